"""The report's output formats and how OUT's suffix names one."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from assess.errors import BadInput

Format = Literal["pdf", "html", "json"]
FORMATS: tuple[Format, ...] = ("pdf", "html", "json")


def format_for(out: Path) -> Format:
    """The format named by OUT's suffix."""
    suffix = out.suffix.lower().lstrip(".")
    suffix = "html" if suffix == "htm" else suffix
    for fmt in FORMATS:
        if suffix == fmt:
            return fmt
    raise BadInput.one(
        out,
        f"cannot tell the report format from the suffix '{out.suffix}'",
        place="-o",
        fix="end OUT with .pdf, .html or .json, or pass --format",
    )
