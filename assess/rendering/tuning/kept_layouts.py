"""Shape each line of text once, where WeasyPrint 70 shapes it again to draw it.

WeasyPrint measures a line of text with a Pango layout, then frees the layout
(`Layout.deactivate`); to draw the line it makes a new one and shapes the text again
(`Layout.reactivate`). Drawing also puts the layout in single-paragraph mode, and changing the
mode makes Pango lay the text out anew. Here a layout is kept from measuring to drawing, and is
in single-paragraph mode from the start when its text holds no paragraph break (there, the mode
changes nothing), so drawing reuses the line as it was measured. A layout drawn with another
style, or with the extra word spacing of justified text, is made again as before.
"""

from __future__ import annotations

from typing import Any

PARAGRAPH_BREAKS = ("\n", "\r", "\u2029")  # what Pango ends a paragraph on


def keep_text_layouts() -> None:
    """Make WeasyPrint's text layouts last from measuring to drawing (WeasyPrint 70 is imported)."""
    from weasyprint.text.ffi import pango
    from weasyprint.text.line_break import Layout

    if hasattr(Layout.reactivate, "made_again"):
        return
    set_text, reactivate = Layout.set_text, Layout.reactivate

    def set_text_as_one_paragraph(layout: Any, text: str, justify: bool = False) -> None:
        set_text(layout, text, justify)
        if not any(mark in layout.text for mark in PARAGRAPH_BREAKS):
            pango.pango_layout_set_single_paragraph_mode(layout.layout, True)

    def keep(layout: Any) -> None:
        """Keep the layout, as measured, for drawing."""

    def reuse(layout: Any, style: Any) -> None:
        if style is not getattr(layout, "style", None) or layout.justification_spacing:
            reactivate(layout, style)

    reuse.made_again = reactivate  # type: ignore[attr-defined]
    Layout.set_text = set_text_as_one_paragraph
    Layout.deactivate = keep
    Layout.reactivate = reuse
