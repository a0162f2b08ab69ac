"""Copy a font's whole file out of HarfBuzz only if WeasyPrint 70 reads it.

For each font it draws with, WeasyPrint copies the whole font file into Python bytes
(`Font.file_content`), to subset it later. Noto Sans CJK is a 20 MB collection: copying it, for
the regular and the bold face, took some 0.045 s of each PDF, mostly the kernel handing out and
clearing 40 MB of fresh memory. Subsetting with HarfBuzz reads the face through HarfBuzz and
replaces the content without ever reading it. Here the copy is made when the content is first
read (a variable font, an emoji font, a font not subset), and never otherwise.
"""

from __future__ import annotations

from typing import Any


class _Unread:
    """The whole file of a HarfBuzz face, not copied yet."""

    __slots__ = ("face",)

    def __init__(self, face: Any) -> None:
        self.face = face


def read_font_files_on_demand() -> None:
    """Make WeasyPrint copy a font file when it reads it (WeasyPrint 70 is imported)."""
    from weasyprint.pdf import fonts
    from weasyprint.text.fonts import get_hb_object_data

    if isinstance(getattr(fonts.Font, "file_content", None), property):
        return

    def whole_file_later(hb_object: Any, ot_color: Any = None, glyph: Any = None) -> Any:
        if ot_color is None and _has_data(hb_object):
            return _Unread(hb_object)
        return get_hb_object_data(hb_object, ot_color, glyph)

    def content(font: Any) -> Any:
        kept = vars(font)["_content"]
        if isinstance(kept, _Unread):
            kept = vars(font)["_content"] = get_hb_object_data(kept.face)
        return kept

    def replace(font: Any, value: Any) -> None:
        vars(font)["_content"] = value

    fonts.get_hb_object_data = whole_file_later  # what `Font` reads whole files with
    fonts.Font.file_content = property(content, replace)


def _has_data(face: Any) -> bool:
    """Whether the face's file holds anything (WeasyPrint takes an empty one for a failure)."""
    from weasyprint.text.ffi import harfbuzz

    blob = harfbuzz.hb_face_reference_blob(face)
    try:
        return bool(harfbuzz.hb_blob_get_length(blob))
    finally:
        harfbuzz.hb_blob_destroy(blob)
