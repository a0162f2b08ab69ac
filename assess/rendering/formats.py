"""The report's output formats, registered in one place: a format is one module that renders the
report content to bytes, and one line in ``FORMATS``.

Renderers are imported when used (``module:function``), so that choosing a format costs nothing
until it is written: the command line starts without WeasyPrint.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from assess.errors import BadInput

if TYPE_CHECKING:
    from assess.rendering.pdf import RenderedPdf
    from assess.report.context import ReportContext

PdfRenderer = Callable[[str, "Path | None"], "RenderedPdf"]
"""Renders HTML to a PDF's bytes and page count (in this process or in a PdfWorker)."""


@dataclass(frozen=True)
class Rendered:
    data: bytes
    pages: int | None = None


@dataclass(frozen=True)
class Assets:
    """What a renderer may use besides the report content: the logo (the only file outside the
    report's own assets it may read) and the PDF renderer to lay pages out with."""

    logo: Path | None
    pdf: PdfRenderer


Renderer = Callable[["ReportContext", Assets], Rendered]


@dataclass(frozen=True)
class OutputFormat:
    name: str
    suffixes: tuple[str, ...]
    renderer: str  # "module:function" of a Renderer
    sets_chinese_type: bool  # lays out text itself, so it needs a CJK font on this machine

    def render(self, context: ReportContext, assets: Assets) -> Rendered:
        module, function = self.renderer.split(":")
        render: Renderer = getattr(importlib.import_module(module), function)
        return render(context, assets)


FORMATS: dict[str, OutputFormat] = {
    f.name: f
    for f in (
        OutputFormat("pdf", (".pdf",), "assess.rendering.pdf:render", True),
        OutputFormat("html", (".html", ".htm"), "assess.rendering.html:render", False),
        OutputFormat("json", (".json",), "assess.rendering.json_report:render", False),
        OutputFormat("xlsx", (".xlsx",), "assess.rendering.xlsx_report:render", False),
        OutputFormat("pptx", (".pptx",), "assess.rendering.pptx_report:render", False),
        OutputFormat("docx", (".docx",), "assess.rendering.docx_report:render", False),
    )
}
FORMAT_NAMES = tuple(FORMATS)


def format_for(out: Path) -> OutputFormat:
    """The format named by OUT's suffix."""
    suffix = out.suffix.lower()
    for fmt in FORMATS.values():
        if suffix in fmt.suffixes:
            return fmt
    endings = ", ".join(f.suffixes[0] for f in FORMATS.values())
    raise BadInput.one(
        out,
        f"cannot tell the report format from the suffix '{out.suffix}'",
        place="-o",
        fix=f"end OUT with one of {endings}, or pass --format",
    )
