"""Join the two halves of a report rendered in parallel into one PDF, and stamp the page numbers."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader, PdfWriter

from assess.report.pdf_parallel import Parts


def merge_pdfs(parts: Parts, out: Path) -> None:
    """The first half then the second (outlines and metadata kept), each page with its number."""
    writer = PdfWriter(clone_from=parts.first)
    writer.append(PdfReader(parts.second), import_outline=True)
    for page, footer in zip(writer.pages, PdfReader(parts.numbers).pages, strict=True):
        page.merge_page(footer)
    writer.write(out)
