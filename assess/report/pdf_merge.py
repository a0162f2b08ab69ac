"""Join the two halves of a report rendered in parallel into one PDF, and stamp the page numbers.

pikepdf (qpdf) does it in C++: about 0.03 s for the demo report, against 0.2 s with pypdf, and
this step runs alone at the very end, while both cores wait.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from pikepdf import Array, OutlineItem, Pdf

from assess.report.pdf_parallel import Parts


def merge_pdfs(parts: Parts, out: Path) -> None:
    """The first half then the second (bookmarks and metadata kept), each page with its number."""
    with (
        Pdf.open(parts.first) as whole,
        Pdf.open(parts.second) as second,
        Pdf.open(parts.numbers) as numbers,
    ):
        offset = len(whole.pages)
        whole.pages.extend(second.pages)
        _append_outline(whole, second, offset)
        for page, footer in zip(whole.pages, numbers.pages, strict=True):
            page.add_overlay(footer, rect=None)  # the whole page: both are A4
        whole.save(out)


def _append_outline(whole: Pdf, second: Pdf, offset: int) -> None:
    """The second half's bookmarks after the first's, pointing at the same places."""
    index = {page.obj.objgen: number for number, page in enumerate(second.pages)}
    with second.open_outline() as source, whole.open_outline() as target:
        target.root.extend(_moved(source.root, whole, index, offset))


def _moved(
    items: Iterable[OutlineItem], whole: Pdf, index: dict[tuple[int, int], int], offset: int
) -> Iterator[OutlineItem]:
    for item in items:
        moved = OutlineItem(item.title, _destination(item.destination, whole, index, offset))
        moved.children.extend(_moved(item.children, whole, index, offset))
        yield moved


def _destination(
    destination: object, whole: Pdf, index: dict[tuple[int, int], int], offset: int
) -> Array | None:
    """[page, /XYZ, left, top, zoom] on the second half's page, as the same on the whole's."""
    if not isinstance(destination, Array) or len(destination) == 0:
        return None
    page, *where = list(destination)
    number = index.get(page.objgen)
    if number is None:
        return None
    return Array([whole.pages[offset + number].obj, *where])
