"""Render the report HTML to PDF with WeasyPrint (imported here, never at start-up)."""

from __future__ import annotations

from pathlib import Path

from assess.paths import reports_dir

ASSETS = "assets"


def write_pdf(html: str, out: Path, logo: Path | None = None) -> int:
    """Write the PDF; return its number of pages."""
    from weasyprint import HTML

    from assess.report.fetcher import AssetsOnlyFetcher

    folder = reports_dir()
    fetcher = AssetsOnlyFetcher(folder / ASSETS, (logo,) if logo else ())
    source = HTML(string=html, base_url=(folder / ASSETS).as_uri() + "/", url_fetcher=fetcher)
    document = source.render()
    document.write_pdf(out)
    return len(document.pages)
