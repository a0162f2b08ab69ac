"""The Word report: the report's sections as real headings, styled tables, charts as images,
the CJK font set, a sign-off block; LibreOffice opens it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from docx import Document

from tests.office_support import DIMENSIONS_ZH, converted, pdf_words, written
from tests.report_support import demo_workspace


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_workspace(tmp_path_factory.mktemp("demo"))


def test_the_sections_are_headings_with_tables_and_charts(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    written(demo, out)
    document = Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:2] == ["执行摘要", "从传统思维到互联网思维"]
    assert headings[2:7] == DIMENSIONS_ZH
    assert {"工作坊：共识与分歧", "转型路线图", "关键指标", "附录 A · 方法说明", "签署"} <= set(
        headings
    )
    assert len(document.inline_shapes) == 2  # the radar and the roles' radar, as pictures
    assert len(document.tables) > 10
    assert all(t.style.name == "Light Grid Accent 1" for t in document.tables)
    fonts = document.styles["Normal"].element.rPr.rFonts
    assert (
        fonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia")
        == "Noto Sans CJK SC"
    )
    sign = document.tables[-1]
    assert [c.text for c in sign.rows[0].cells][1:] == ["姓名", "签字", "日期"]


def test_respondents_stay_pseudonymous_and_english_works(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    written(demo, out, "--lang", "en")
    document = Document(str(out))
    whole = "\n".join(p.text for p in document.paragraphs) + "".join(
        c.text for t in document.tables for row in t.rows for c in row.cells
    )
    assert "Executive summary" in whole and "User thinking" in whole
    assert "王建国" not in whole and "R1 · Executive" in whole  # named only with --names
    named = tmp_path / "n.docx"
    written(demo, named, "--names")
    assert "R1 · 王建国 · 高管" in "\n".join(p.text for p in Document(str(named)).paragraphs)


@pytest.mark.slow
def test_libreoffice_opens_the_document(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    written(demo, out)
    pdf = converted(out, "pdf")
    flat = pdf_words(pdf)
    assert "青禾智造集团" in flat and all(name in flat for name in DIMENSIONS_ZH)
    assert "2起步" in flat and "设立客户之声负责人与月度例会" in flat
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "NotoSansCJK" in fonts.replace("-", "")
