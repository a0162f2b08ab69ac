"""Surveys made from the questionnaire, and the round trip: made here → answered in the tool →
the tool's export imported → the same answers."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from assess.loading.questionnaire_loader import find_questionnaire, load_questionnaire
from assess.models.fitting import fitted
from assess.storage import Workspace
from tests.conftest import run_assess
from tests.survey_exports import WJX_TOOL_COLUMNS, write_csv

BUILT_IN = load_questionnaire(find_questionnaire("internet-thinking"))
ASKED = fitted(BUILT_IN, "industrial", "short")
# what three people tick: the n-th answer (0-based) of every question, as the tool shows them
TICKS = {"张三": 0, "李四": 2, "王五": 4}


def export(tmp_path: Path, to: str, *more: str) -> Path:
    out = tmp_path / f"survey-{to}"
    result = run_assess(
        "questionnaire", "export", "internet-thinking", "--to", to, "-o", out,
        "--profile", "industrial", "--form", "short", *more,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return out


def imported(answers_file: Path, tmp_path: Path) -> dict[str, dict[str, object]]:
    ws = tmp_path / "ws.assess"
    result = run_assess(
        "import", answers_file, "--workspace", ws, "--profile", "industrial", "--form", "short"
    )
    assert result.returncode == 0, result.stderr
    with Workspace.open(ws, read_only=True) as opened:
        return {
            p.name: {qid: a.choice for qid, a in p.answers.items()} | {"role": p.role}
            for p in opened.answers.respondents()
        }


def expected(role: str | None = None) -> dict[str, dict[str, object]]:
    return {
        name: {q.id: ASKED.options_for(q)[tick].value for q in ASKED.questions}
        | {"role": role or "中层经理"}
        for name, tick in TICKS.items()
    }


def test_a_wjx_survey_round_trips(tmp_path: Path) -> None:
    blocks = [b.splitlines() for b in export(tmp_path, "wjx").read_text("utf-8").split("\n\n")]
    questions = [b for b in blocks if b and b[0][:1].isdigit()]
    assert len(questions) == 2 + len(ASKED.questions)
    assert all(q[0].endswith(("[单选题]", "[填空题]")) for q in questions)
    # 问卷星 exports each question's column as its title, and the text of the option ticked
    header = [*WJX_TOOL_COLUMNS, *(q[0].rsplit("[", 1)[0] for q in questions)]
    rows = [header]
    for number, (name, tick) in enumerate(TICKS.items(), start=1):
        cells = [name, "中层经理", *(q[1:][tick] for q in questions[2:])]
        rows.append(
            [str(number), "2026/12/1 10:00:00", "300秒", "手机提交", "直接访问", "10.0.0.1", *cells]
        )
    assert imported(write_csv(tmp_path / "wjx-export.csv", rows, "gbk"), tmp_path) == expected()


def test_an_xlsform_round_trips(tmp_path: Path) -> None:
    book = CalamineWorkbook.from_path(str(export(tmp_path, "xlsform")))
    assert book.sheet_names == ["survey", "choices", "settings"]
    survey = book.get_sheet_by_name("survey").to_python()
    choices = book.get_sheet_by_name("choices").to_python()
    assert survey[0][:4] == ["type", "name", "label::Chinese (zh)", "label::English (en)"]
    names = [row[1] for row in survey[1:]]
    assert names == ["name", "role", *(q.id for q in ASKED.questions)]
    listed: dict[str, list[str]] = {}
    for row in choices[1:]:
        listed.setdefault(row[0], []).append(row[1])
    lists = [row[0].removeprefix("select_one ") for row in survey[3:]]
    # KoboToolbox exports one column per question name, holding the choice's name
    rows = [names]
    for name, tick in TICKS.items():
        rows.append([name, "manager", *(listed[lst][tick] for lst in lists)])
    got = imported(write_csv(tmp_path / "kobo-export.csv", rows, "utf-8"), tmp_path)
    assert got == expected(role="manager")
    assert BUILT_IN.role_name("manager", "zh") == "中层经理"


@pytest.mark.slow
def test_the_paper_form_has_every_question_with_tick_boxes(tmp_path: Path) -> None:
    pdf = export(tmp_path, "paper")
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = "".join(text.split())
    for question in ASKED.questions:
        assert "".join(question.text.zh.split())[:20] in flat
        for option in ASKED.options_for(question):
            assert "".join(option.text.zh.split())[:12] in flat
    fonts = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    assert "Noto-Sans-CJK-SC" in fonts and " yes yes " in fonts
    english = export(tmp_path, "paper", "--lang", "en")
    text_en = subprocess.run(
        ["pdftotext", str(english), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Don't know" in text_en and "Rests on" in text_en


def test_an_export_never_writes_over_its_questionnaire(tmp_path: Path) -> None:
    source = tmp_path / "q.yaml"
    source.write_bytes(find_questionnaire("internet-thinking").read_bytes())
    before = source.read_bytes()
    result = run_assess("questionnaire", "export", source, "--to", "wjx", "-o", source)
    assert result.returncode == 2 and source.read_bytes() == before
