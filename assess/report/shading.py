"""Table cells shaded with tints of the accent colour: answer grids and distribution strips.

Cheaper to lay out than SVG text (many small numbers), and printed the same by browsers.
"""

from __future__ import annotations

from assess.report.charts.svg import tint
from assess.report.context import ShadedCell

SHADES = 5  # shade-0 (palest) … shade-4 (the accent itself)


def palette(accent: str) -> list[str]:
    """The five shades, palest first."""
    return [tint(accent, 0.88 * (1 - i / (SHADES - 1))) for i in range(SHADES)]


def shaded(text: str, fraction: float, marked: bool = False) -> ShadedCell:
    """A cell whose shade follows `fraction` (0 = palest, 1 = accent)."""
    index = max(0, min(SHADES - 1, round(fraction * (SHADES - 1))))
    return ShadedCell(text=text, css_class=f"shade-{index}" + (" marked" if marked else ""))


def blank(text: str = "", marked: bool = False) -> ShadedCell:
    """An unshaded cell: nobody chose it, N/A, don't know, or padding."""
    return ShadedCell(text=text, css_class="shade-none" + (" marked" if marked else ""))
