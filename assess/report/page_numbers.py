"""The page-number overlay, rendered once per page count and kept in the user's cache folder.

The overlay (one page per report page, holding only its footer, "3 / 17") depends on the page
count, the page style and the document's language, never on the report's content. Rendering it
is a layout of that many pages at the very end of `assess report` (about 0.1 s), so each one is
kept, named after a digest of exactly what it is rendered from, and copied the next time.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from assess import __version__
from assess.cache_files import digest, keep
from assess.paths import cache_dir
from assess.report.pdf import write_pdf
from assess.report.pdf_split import numbers_html


def write_numbers(html: str, pages: int, out: Path) -> None:
    """Write the overlay for the report `html` of `pages` pages to `out`."""
    source = numbers_html(html, pages)
    kept = cache_dir() / "page-numbers" / f"{_digest(source)}.pdf"
    if _whole(kept):
        shutil.copyfile(kept, out)
        return
    write_pdf(source, out)
    keep(kept, out.read_bytes())


def _digest(source: str) -> str:
    from weasyprint import __version__ as weasyprint_version

    return digest(__version__, weasyprint_version, source)


def _whole(pdf: Path) -> bool:
    """A complete PDF file (a write cut short lacks the end-of-file marker)."""
    try:
        with pdf.open("rb") as file:
            if file.read(5) != b"%PDF-":
                return False
            file.seek(-64, os.SEEK_END)
            return b"%%EOF" in file.read()
    except OSError:
        return False
