"""Cut the report HTML in two documents that can be rendered at the same time, and page numbers.

Every top-level <section> starts on a new page, so the report cut between two sections lays out
exactly as the whole does. The halves are rendered without the page-number footer, which needs
the total page count; `numbers_html` renders the footers alone, once both counts are known, to
be stamped onto the merged pages (see `assess.report.pdf_merge`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assess.report.stylesheet import PAGE_CSS, report_css

SECTION = re.compile(r"(?=<section[ >])")
PART = re.compile(r'class="section-title"|data-part=')  # opens a part: a first-level bookmark
RUNNING = re.compile(r'<p class="running"[^>]*>.*?</p>', re.DOTALL)
NO_FOOTER = "<style>@page { @bottom-right { content: none; } }</style>\n</head>"


@dataclass(frozen=True)
class Halves:
    first: str
    second: str


def split_document(html: str) -> Halves | None:
    """The document as two of about equal work, cut before a part (so the bookmarks nest as in
    the whole); None when it has no place to cut."""
    head, body_tag, body = _parts(html)
    sections = SECTION.split(body.rsplit("</body>", 1)[0])
    lead, sections = sections[0], sections[1:]
    cuts = [index for index, section in enumerate(sections) if index and PART.search(section)]
    if not cuts:
        return None
    cut = _balanced_cut([_cost(section) for section in sections], cuts)
    head = head.replace("</head>", NO_FOOTER, 1)
    return Halves(
        first=_document(head, body_tag, lead + "".join(sections[:cut])),
        second=_document(
            head, body_tag, _with_running(sections[cut], body) + "".join(sections[cut + 1 :])
        ),
    )


def numbers_html(html: str, pages: int) -> str:
    """A document of `pages` empty pages showing only the footer (the first page is the cover)."""
    opening = html.split("<head", 1)[0]
    page_css = report_css((PAGE_CSS,))
    style = f"{page_css} .cover {{ page: cover; }} .page {{ break-before: page; }}"
    blanks = '<div class="page"></div>' * (pages - 1)
    head = f'{opening}<head><meta charset="utf-8" /><style>{style}</style></head>'
    return _document(head, "<body>", f'<div class="cover"></div>{blanks}')


def _with_running(section: str, body: str) -> str:
    """`section` also holding the organization's name for the running header (set on the cover)."""
    running = RUNNING.search(body)
    if running is None:
        return section
    opening, rest = section.split(">", 1)
    return f"{opening}>{running[0]}{rest}"


def _parts(html: str) -> tuple[str, str, str]:
    head, rest = html.split("<body", 1)
    attributes, body = rest.split(">", 1)
    return head, f"<body{attributes}>", body


def _cost(section: str) -> int:
    """About how long a section takes to lay out and draw: its number of elements.

    Each element costs WeasyPrint about the same, whatever its text; a section's length in
    characters is a poor measure, dominated by the charts' data URLs, which cost little.
    """
    return section.count("<")


def _balanced_cut(costs: list[int], cuts: list[int]) -> int:
    """Of the `cuts` (indexes into `costs`), the one that splits `costs` into the closest sums."""
    total = sum(costs)
    return min(cuts, key=lambda cut: abs(total - 2 * sum(costs[:cut])))


def _document(head: str, body_tag: str, body: str) -> str:
    return f"{head}{body_tag}{body}</body>\n</html>\n"
