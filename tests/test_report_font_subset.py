"""Fonts are subset in one HarfBuzz pass, into the very bytes WeasyPrint's two passes make."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from assess.rendering.tuning import font_subset
from assess.rendering.tuning.weasy import import_weasyprint

DOCUMENT = (
    '<html lang="zh-CN"><body style="font-family: \'Noto Sans CJK SC\', sans-serif">'
    "<p>互联网思维成熟度评估 Assessment ≥ 3 · 70%</p><p><b>执行摘要 Summary</b></p></body></html>"
)


def embedded_fonts(pdf: bytes, folder: Path) -> list[str]:
    """The names of the fonts embedded in `pdf`, as pdffonts lists them (subset tag + family)."""
    (folder / "fonts.pdf").write_bytes(pdf)
    listed = subprocess.run(
        ["pdffonts", folder / "fonts.pdf"], capture_output=True, text=True, check=True
    ).stdout
    return re.findall(r"^([A-Z]{6}\+\S+)", listed, re.MULTILINE)


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
    font_class: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    one_pass = pdf_bytes()
    monkeypatch.setattr(font_class, "_harfbuzz_subset", font_class._harfbuzz_subset.two_passes)
    two_passes = pdf_bytes()
    assert len(embedded_fonts(one_pass, tmp_path)) == 2, "the regular and the bold face"
    assert one_pass == two_passes, "the same fonts, so the same bytes"
    assert len(one_pass) < 2_000_000, "subset, not whole"


def test_each_font_takes_the_one_pass(
    font_class: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    results: list[bool] = []
    subset = font_subset._subset

    def counted(font: Any, glyphs: Any, hinting: bool) -> bool:
        results.append(subset(font, glyphs, hinting))
        return results[-1]

    monkeypatch.setattr(font_subset, "_subset", counted)
    assert len(embedded_fonts(pdf_bytes(), tmp_path)) == 2
    assert results == [True, True]
