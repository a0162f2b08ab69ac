"""Fonts are subset in one HarfBuzz pass, into the very bytes WeasyPrint's two passes make."""

from __future__ import annotations

import io
from typing import Any

import pikepdf
import pytest

from assess.report import font_subset
from assess.report.weasy import import_weasyprint

DOCUMENT = (
    '<html lang="zh-CN"><body style="font-family: \'Noto Sans CJK SC\', sans-serif">'
    "<p>互联网思维成熟度评估 Assessment ≥ 3 · 70%</p><p><b>执行摘要 Summary</b></p></body></html>"
)


def embedded_fonts(pdf: bytes) -> dict[str, bytes]:
    """Each embedded font file of `pdf`, by font name."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        return {
            str(item.FontName): item.FontFile3.read_bytes()
            for item in document.objects
            if isinstance(item, pikepdf.Dictionary) and item.get("/Type") == "/FontDescriptor"
        }


def pdf_bytes() -> bytes:
    from weasyprint import HTML

    written = HTML(string=DOCUMENT).write_pdf()
    assert isinstance(written, bytes)
    return written


@pytest.fixture
def font_class() -> Any:
    import_weasyprint()
    from weasyprint.pdf.fonts import Font

    return Font


def test_the_pinned_weasyprint_subsets_in_one_pass(font_class: Any) -> None:
    assert hasattr(font_class._harfbuzz_subset, "two_passes")


def test_one_pass_makes_the_fonts_two_passes_make(
    font_class: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    one_pass = embedded_fonts(pdf_bytes())
    monkeypatch.setattr(font_class, "_harfbuzz_subset", font_class._harfbuzz_subset.two_passes)
    two_passes = embedded_fonts(pdf_bytes())
    assert len(one_pass) == 2, "the regular and the bold face"
    assert one_pass == two_passes
    assert all(len(data) < 2_000_000 for data in one_pass.values()), "subset, not whole"


def test_each_font_takes_the_one_pass(font_class: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    results: list[bool] = []
    subset = font_subset._subset

    def counted(font: Any, glyphs: Any, hinting: bool) -> bool:
        results.append(subset(font, glyphs, hinting))
        return results[-1]

    monkeypatch.setattr(font_subset, "_subset", counted)
    assert len(embedded_fonts(pdf_bytes())) == 2
    assert results == [True, True]
