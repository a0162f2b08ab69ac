"""Two facts WeasyPrint 70 works out for every line of text, worked out once per style instead.

A line's strut (its line height and baseline) and its Pango font description depend on the style
alone. WeasyPrint makes the font description anew for each text layout; it caches struts, but
under a key it builds for each line from fifteen properties, which costs about as much as the
strut. Each style now keeps both, in its own attributes: a copied or new style works them out
afresh.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

STRUT = "_assess_strut"
FONT_DESCRIPTION = "_assess_font_description"


def remember_per_style() -> None:
    """Make WeasyPrint's struts and font descriptions last as long as their style (WeasyPrint 70
    is imported)."""
    from weasyprint.css import computed_values, units
    from weasyprint.layout import inline
    from weasyprint.text import line_break

    if hasattr(line_break.strut, "worked_out"):
        return
    strut = _per_style(line_break.strut, STRUT)
    for module in (line_break, inline, units, computed_values):
        module.strut = strut  # each imported it by name
    line_break.get_font_description = _per_style(line_break.get_font_description, FONT_DESCRIPTION)


def _per_style(work_out: Callable[[Any], Any], name: str) -> Callable[[Any], Any]:
    """`work_out(style)`, kept in the style's attribute `name`."""

    def remembered(style: Any) -> Any:
        attributes = getattr(style, "__dict__", None)
        if attributes is None:
            return work_out(style)
        if name not in attributes:
            attributes[name] = work_out(style)
        return attributes[name]

    remembered.worked_out = work_out  # type: ignore[attr-defined]
    return remembered
