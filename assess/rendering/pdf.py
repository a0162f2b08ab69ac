"""Render the report HTML to PDF with WeasyPrint (imported here, never at start-up)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assess.paths import reports_dir
from assess.rendering.formats import Assets, Rendered
from assess.rendering.tuning import import_weasyprint
from assess.rendering.tuning.html_tree import weasyprint_html

if TYPE_CHECKING:
    from weasyprint.document import Document

    from assess.rendering.fetcher import AssetsOnlyFetcher
    from assess.report.context import ReportContext

ASSETS = "assets"
_WARM_UP_HTML = (
    '<html lang="zh-CN"><body style="font-family: \'Noto Sans CJK SC\', sans-serif">'
    "<p>评估 Assessment</p><p><b>评估 Assessment</b></p></body></html>"
)


_warm_fonts: list[Any] = []  # the font configuration `warm_up` loaded the CJK faces into


def warm_up() -> None:
    """Import WeasyPrint and load the fonts, so that `render_pdf` starts at once."""
    import_weasyprint()
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    HTML(string=_WARM_UP_HTML).render(font_config=fonts)
    _warm_fonts.append(fonts)


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
    source = weasyprint_html(html, _base_url(), _fetcher(logo))
    return source.render(font_config=_warm_fonts[-1] if _warm_fonts else None)


def _base_url() -> str:
    return (reports_dir() / ASSETS).as_uri() + "/"


def _fetcher(logo: Path | None) -> AssetsOnlyFetcher:
    from assess.rendering.fetcher import AssetsOnlyFetcher

    return AssetsOnlyFetcher(reports_dir() / ASSETS, (logo,) if logo else ())
