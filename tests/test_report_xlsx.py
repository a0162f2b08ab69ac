"""The Excel workbook: sheets in the report's language, numbers as numbers from the same content
as the PDF, pseudonyms unless --names, no formula from user text, and LibreOffice reads it."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from assess.scoring.assessment import score_assessment
from assess.sources import load_source
from assess.storage import Workspace
from tests.office_support import DIMENSIONS_ZH, converted, pdf_words, written
from tests.report_support import demo_workspace


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_workspace(tmp_path_factory.mktemp("demo"))


def workbook(source: Path, out: Path, *more: str) -> CalamineWorkbook:
    written(source, out, *more)
    return CalamineWorkbook.from_path(str(out))


def test_the_workbook_has_every_sheet_with_the_reports_numbers(demo: Path, tmp_path: Path) -> None:
    book = workbook(demo, tmp_path / "r.xlsx")
    assert book.sheet_names == [
        "摘要",
        "题目",
        "答案",
        "备注",
        "分歧热点",
        "路线图",
        "关键指标",
        "方法",
    ]
    summary = book.get_sheet_by_name("摘要").to_python()
    card = score_assessment(load_source(demo))
    assert summary[1][0] == "青禾智造集团"
    assert summary[3][1] == pytest.approx(card.overall_index)
    rows = {row[0]: row for row in summary[7:12]}
    assert list(rows) == DIMENSIONS_ZH
    assert rows["平台思维"][1] == pytest.approx(card.dimension("platform").score)
    assert rows["平台思维"][2] == "1 传统"


def test_answers_are_one_row_per_respondent_by_pseudonym_unless_named(
    demo: Path, tmp_path: Path
) -> None:
    answers = workbook(demo, tmp_path / "r.xlsx").get_sheet_by_name("答案").to_python()
    assert [row[0] for row in answers[1:]] == [f"R{n}" for n in range(1, 10)]
    assert answers[0][2] == "user.lifecycle" and isinstance(answers[1][2], float)
    with Workspace.open(demo, read_only=True) as ws:
        first = ws.answers.respondents()[0]
    assert answers[1][2] == first.answers["user.lifecycle"].choice
    named = workbook(demo, tmp_path / "n.xlsx", "--names").get_sheet_by_name("答案").to_python()
    assert named[1][0] == f"R1 · {first.name}"


def test_text_never_becomes_a_formula(demo: Path, tmp_path: Path) -> None:
    copy = tmp_path / "w.assess"
    copy.write_bytes(demo.read_bytes())
    with Workspace.open(copy) as ws:
        person = ws.answers.respondents()[0]
        answer = person.answers["user.lifecycle"]
        evil = answer.model_copy(update={"note": '=HYPERLINK("http://evil.example","点我")'})
        ws.answers.save(person.id, "user.lifecycle", evil)
    out = tmp_path / "r.xlsx"
    notes = workbook(copy, out).get_sheet_by_name("备注").to_python()
    assert [r[4] for r in notes if "evil" in r[4]] == ['=HYPERLINK("http://evil.example","点我")']
    with zipfile.ZipFile(out) as package:
        sheets = [n for n in package.namelist() if n.startswith("xl/worksheets/")]
        assert not any("<f>" in package.read(n).decode("utf-8") for n in sheets)


def test_english_sheets(demo: Path, tmp_path: Path) -> None:
    book = workbook(demo, tmp_path / "r.xlsx", "--lang", "en")
    assert book.sheet_names[:3] == ["Summary", "Questions", "Answers"]
    roadmap = book.get_sheet_by_name("Roadmap").to_python()
    assert roadmap[0][:3] == ["Initiative", "Dimension", "Lever"]
    assert len(roadmap) > 10


@pytest.mark.slow
def test_libreoffice_opens_the_workbook(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    workbook(demo, out)
    flat = pdf_words(converted(out, "pdf"))
    assert "青禾智造集团" in flat and all(name in flat for name in DIMENSIONS_ZH)
    assert "设立客户之声负责人与月度例会" in flat  # an initiative of the plan
