"""The report's HTML as a WeasyPrint document, its tree read by expat instead of tinyhtml5.

WeasyPrint parses HTML with tinyhtml5, in pure Python: 0.3 s of CPU for the demo report. The
report's templates write well-formed XML (void elements closed: ``<col />``) and user text is
escaped, so the C parser of the standard library reads the very same tree in a few milliseconds;
the one difference, where the whitespace around ``<body>`` goes, is evened out. A document expat
refuses (a control character in a note, say), and any WeasyPrint but the pinned one, is parsed by
WeasyPrint as ever.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from xml.etree import ElementTree

from assess.rendering.tuning import tuned

if TYPE_CHECKING:
    from weasyprint import HTML


def weasyprint_html(html: str, base_url: str, url_fetcher: Any) -> HTML:
    """`html` ready for WeasyPrint to render, parsed quickly when it is well-formed XML.

    `_document` sets the attributes of WeasyPrint's `HTML` that this version sets.
    """
    import weasyprint

    root = xml_tree(html) if tuned() else None
    if root is None:
        return weasyprint.HTML(string=html, base_url=base_url, url_fetcher=url_fetcher)
    return _document(root, base_url, url_fetcher)


def xml_tree(html: str) -> ElementTree.Element | None:
    """The tree tinyhtml5 makes of `html`, read as XML; None if `html` is not well-formed XML."""
    try:
        root = ElementTree.fromstring(html)
    except ElementTree.ParseError:
        return None
    body = root.find("body")
    if root.tag != "html" or root.find("head") is None or body is None:
        return None
    root.text = None  # an HTML parser drops the whitespace before <head>…
    _end_body_with(body, (body.tail or "") + html.rsplit("</html>", 1)[1])  # …and keeps that
    body.tail = None  # after </body> and </html> inside <body>
    return root


def _end_body_with(body: ElementTree.Element, text: str) -> None:
    if len(body):
        body[-1].tail = (body[-1].tail or "") + text
    else:
        body.text = (body.text or "") + text


def _document(root: ElementTree.Element, base_url: str, url_fetcher: Any) -> HTML:
    """A WeasyPrint `HTML` holding `root`, set up as `HTML.__init__` sets up a parsed one."""
    import cssselect2
    from weasyprint import HTML

    document = HTML.__new__(HTML)
    document.base_url = base_url
    document.url_fetcher = url_fetcher
    document.media_type = "print"
    document.wrapper_element = cssselect2.ElementWrapper.from_html_root(root)
    document.etree_element = document.wrapper_element.etree_element
    return document
