"""Render the report HTML to PDF with WeasyPrint (imported here, never at start-up)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assess.paths import reports_dir
from assess.rendering.formats import Assets, Rendered
from assess.rendering.stylesheet import report_css
from assess.rendering.tuning.html_tree import weasyprint_html
from assess.rendering.tuning.weasy import import_weasyprint

if TYPE_CHECKING:
    from weasyprint.document import Document

    from assess.rendering.fetcher import AssetsOnlyFetcher
    from assess.report.context import ReportContext

ASSETS = "assets"
_WARM_UP_HTML = (
    '<html lang="zh-CN"><body style="font-family: \'Noto Sans CJK SC\', sans-serif">'
    "<p>评估 Assessment</p><p><b>评估 Assessment</b></p></body></html>"
)


@dataclass(frozen=True)
class _Warm:
    """What `warm_up` prepared: fonts holding the CJK faces, and the stylesheet, parsed."""

    fonts: Any
    css: str
    sheet: Any


_warm: list[_Warm] = []


def warm_up() -> None:
    """Import WeasyPrint, load the fonts and parse the stylesheet, so `write_pdf` starts at once.

    The stylesheet is parsed here too (see `_prepared`), while the caller is still busy.
    """
    import_weasyprint()
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    HTML(string=_WARM_UP_HTML).render(font_config=fonts)
    css = report_css()
    sheet = CSS(string=css, base_url=_base_url(), url_fetcher=_fetcher(None), font_config=fonts)
    _warm.append(_Warm(fonts, css, sheet))


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int


def render(context: ReportContext, assets: Assets) -> Rendered:
    """The report as a PDF, laid out by ``assets.pdf`` (here, or in a PdfWorker)."""
    from assess.rendering.html import render_html

    rendered = assets.pdf(render_html(context), assets.logo)
    return Rendered(rendered.data, rendered.pages)


def render_pdf(html: str, logo: Path | None = None) -> RenderedPdf:
    """The PDF of ``html`` and its number of pages (written by the caller, see writer)."""
    document = lay_out(html, logo)
    data = document.write_pdf()
    assert isinstance(data, bytes)
    return RenderedPdf(data, len(document.pages))


def lay_out(html: str, logo: Path | None = None) -> Document:
    """The document laid out in pages, ready to be written (its page count is known)."""
    import_weasyprint()
    html, sheets = _prepared(html)
    source = weasyprint_html(html, _base_url(), _fetcher(logo))
    fonts = _warm[-1].fonts if _warm else None
    return source.render(font_config=fonts, stylesheets=sheets)


def _prepared(html: str) -> tuple[str, list[Any]]:
    """`html` without the stylesheet that `warm_up` parsed, and that stylesheet; else unchanged.

    WeasyPrint applies it as a user stylesheet: what remains of the document's own <style> (the
    accent colours) and style attributes take precedence over it, as they did within the page.
    """
    if not _warm or _warm[-1].css not in html:
        return html, []
    return html.replace(_warm[-1].css, "", 1), [_warm[-1].sheet]


def _base_url() -> str:
    return (reports_dir() / ASSETS).as_uri() + "/"


def _fetcher(logo: Path | None) -> AssetsOnlyFetcher:
    from assess.rendering.fetcher import AssetsOnlyFetcher

    return AssetsOnlyFetcher(reports_dir() / ASSETS, (logo,) if logo else ())
