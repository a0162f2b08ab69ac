"""Join the two halves of a report rendered in parallel into one PDF, and stamp the page numbers.

pikepdf (qpdf) does it in C++: about 0.03 s for the demo report, against 0.2 s with pypdf, and
this step runs alone at the very end, while both cores wait. The same report makes the same
bytes: each footer is placed under a name made from its page number (pikepdf's `add_overlay`
draws a random one; a name must differ from page to page, as pages may share their resources)
and the file's ID is derived from its content.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from pikepdf import Array, Name, OutlineItem, Page, Pdf, Rectangle

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
        for number, (page, footer) in enumerate(zip(whole.pages, numbers.pages, strict=True), 1):
            _stamp(page, footer, Name(f"/PageNumber{number}"))
        whole.save(out, deterministic_id=True)


def _stamp(page: Page, footer: Page, name: Name) -> None:
    """Draw `footer` over the whole of `page` (both are A4), as `add_overlay` does."""
    drawing = footer.as_form_xobject()
    page.add_resource(drawing, Name.XObject, name=name)
    placed = page.calc_form_xobject_placement(
        drawing,
        name,
        Rectangle(page.trimbox),
        invert_transformations=True,
        allow_shrink=True,
        allow_expand=True,
    )
    page.contents_add(b"q\n", prepend=True)
    page.contents_add(b"Q\n" + placed)
    page.contents_coalesce()


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
