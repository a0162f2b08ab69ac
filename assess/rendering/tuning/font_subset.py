"""Subset each font of a PDF in one HarfBuzz pass, where WeasyPrint 70 makes two of the same result.

WeasyPrint keeps the glyph ids when it subsets a font (its PDF text refers to glyphs by id), then
subsets the result again, to drop the glyphs after the last one used and, unless hinting is
asked for, the hints. With the ids kept, HarfBuzz already ends the font at the last glyph used:
the second pass only drops the hints, and asking for that in the first gives the same bytes.
For Noto Sans CJK (65,000 glyphs) the second pass took some 0.035 s per font and PDF; a report
half writes two fonts. Fonts with glyphs WeasyPrint had to make up (``missing``) and other
WeasyPrint versions keep WeasyPrint's own two passes.
"""

from __future__ import annotations

from typing import Any

DROPPED_TABLES = (  # the tables WeasyPrint drops
    b"BASE",
    b"DSIG",
    b"EBDT",
    b"EBLC",
    b"EBSC",
    b"GPOS",
    b"GSUB",
    b"JSTF",
    b"LTSH",
    b"PCLT",
    b"SVG ",
)


def subset_in_one_pass() -> None:
    """Make WeasyPrint's fonts subset in one pass (WeasyPrint 70 is imported)."""
    from weasyprint.pdf.fonts import Font

    original = Font._harfbuzz_subset
    if hasattr(original, "two_passes"):
        return

    def one_pass(font: Any, to_unicode: Any, hinting: bool) -> None:
        if font.missing or not _subset(font, to_unicode, hinting):
            original(font, to_unicode, hinting)

    one_pass.two_passes = original  # type: ignore[attr-defined]
    Font._harfbuzz_subset = one_pass


def _subset(font: Any, glyphs: Any, hinting: bool) -> bool:
    """Replace `font.file_content` by the font cut down to `glyphs`; False if HarfBuzz failed."""
    from weasyprint.text.ffi import ffi, harfbuzz
    from weasyprint.text.ffi import harfbuzz_subset as hb
    from weasyprint.text.fonts import get_hb_object_data

    subset_input = ffi.gc(hb.hb_subset_input_create_or_fail(), hb.hb_subset_input_destroy)
    _add(hb.hb_subset_input_glyph_set(subset_input), sorted(glyphs))
    dropped = sorted(harfbuzz.hb_tag_from_string(tag, -1) for tag in DROPPED_TABLES)
    _add(hb.hb_subset_input_set(subset_input, hb.HB_SUBSET_SETS_DROP_TABLE_TAG), dropped)
    flags = hb.HB_SUBSET_FLAGS_RETAIN_GIDS | hb.HB_SUBSET_FLAGS_PASSTHROUGH_UNRECOGNIZED
    flags |= hb.HB_SUBSET_FLAGS_DESUBROUTINIZE
    if not hinting:
        flags |= hb.HB_SUBSET_FLAGS_NO_HINTING
    hb.hb_subset_input_set_flags(subset_input, flags)
    face = ffi.gc(hb.hb_subset_or_fail(font.hb_face, subset_input), harfbuzz.hb_face_destroy)
    content = get_hb_object_data(face) if face else None
    if not content:
        return False
    font.file_content = content
    return True


def _add(hb_set: Any, values: list[int]) -> None:
    """Add the sorted `values` to a HarfBuzz set."""
    from weasyprint.text.ffi import ffi, harfbuzz

    harfbuzz.hb_set_add_sorted_array(
        hb_set, ffi.new(f"hb_codepoint_t[{len(values)}]", values), len(values)
    )
