"""Render the report HTML to PDF with WeasyPrint (imported here, never at start-up)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from assess.paths import reports_dir
from assess.report.weasy import import_weasyprint

if TYPE_CHECKING:
    from weasyprint.document import Document

ASSETS = "assets"
_WARM_FONTS: list[Any] = []  # a FontConfiguration already holding the CJK faces, see warm_up
_WARM_UP_HTML = (
    '<html lang="zh-CN"><body style="font-family: \'Noto Sans CJK SC\', sans-serif">'
    "<p>评估 Assessment</p><p><b>评估 Assessment</b></p></body></html>"
)


def warm_up() -> None:
    """Import WeasyPrint and load the fonts, so that the next `write_pdf` starts at once."""
    import_weasyprint()
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    HTML(string=_WARM_UP_HTML).render(font_config=fonts)
    _WARM_FONTS.append(fonts)


def write_pdf(html: str, out: Path, logo: Path | None = None) -> int:
    """Write the PDF; return its number of pages."""
    document = lay_out(html, logo)
    document.write_pdf(out)
    return len(document.pages)


def lay_out(html: str, logo: Path | None = None) -> Document:
    """The document laid out in pages, ready to be written (its page count is known)."""
    import_weasyprint()
    from weasyprint import HTML

    from assess.report.fetcher import AssetsOnlyFetcher

    folder = reports_dir()
    fetcher = AssetsOnlyFetcher(folder / ASSETS, (logo,) if logo else ())
    source = HTML(string=html, base_url=(folder / ASSETS).as_uri() + "/", url_fetcher=fetcher)
    return source.render(font_config=_WARM_FONTS[-1] if _WARM_FONTS else None)
