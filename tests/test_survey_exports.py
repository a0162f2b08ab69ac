"""Real survey exports import as they are: 问卷星 and 腾讯问卷 in CSV (GBK, UTF-8), .xlsx, .xls."""

from __future__ import annotations

from pathlib import Path

import pytest

from assess.interchange.survey_headers import split_number
from assess.loading.questionnaire_loader import find_questionnaire, load_questionnaire
from assess.models.fitting import fitted
from assess.storage import Workspace
from tests.conftest import run_assess
from tests.survey_exports import (
    numbered_rows,
    tencent_rows,
    to_xls,
    wjx_rows,
    write_csv,
    write_xlsx,
)

ASKED = fitted(load_questionnaire(find_questionnaire("internet-thinking")), "industrial", "short")
FIRST, SECOND, THIRD = (q.id for q in ASKED.questions[:3])
PEOPLE = [
    ("王建国", "总经理", {FIRST: 3, SECOND: 2, THIRD: 4}),
    ("赵磊", "市场部经理", {FIRST: 2, SECOND: "(跳过)", THIRD: "-3"}),
    ("吴静", "销售", {FIRST: 1, SECOND: 5}),
]
EXPECTED = {
    "王建国": {FIRST: 3, SECOND: 2, THIRD: 4},
    "赵磊": {FIRST: 2},
    "吴静": {FIRST: 1, SECOND: 5},
}


def imported(export: Path, tmp_path: Path) -> tuple[dict[str, dict[str, object]], str]:
    ws = tmp_path / "ws.assess"
    result = run_assess(
        "import", export, "--workspace", ws, "--profile", "industrial", "--form", "short"
    )
    assert result.returncode == 0, result.stderr
    with Workspace.open(ws, read_only=True) as opened:
        found = {
            p.name: {qid: a.choice for qid, a in p.answers.items()}
            for p in opened.answers.respondents()
        }
        roles = {p.name: p.role for p in opened.answers.respondents()}
    assert roles == {"王建国": "总经理", "赵磊": "市场部经理", "吴静": "销售"}
    return found, result.stdout + result.stderr


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig"])
def test_a_wjx_csv_export_imports_as_it_is(tmp_path: Path, encoding: str) -> None:
    export = write_csv(tmp_path / "问卷星.csv", wjx_rows(ASKED, PEOPLE), encoding)
    found, said = imported(export, tmp_path)
    assert found == EXPECTED
    assert "imported 3 respondents (6 answers)" in said
    assert "left out the survey tool's own columns: 序号, 提交答卷时间, 所用时间, 来源" in said


def test_a_wjx_excel_export_imports_as_it_is(tmp_path: Path) -> None:
    found, _ = imported(write_xlsx(tmp_path / "问卷星.xlsx", wjx_rows(ASKED, PEOPLE)), tmp_path)
    assert found == EXPECTED


@pytest.mark.slow
def test_an_old_excel_export_imports_as_it_is(tmp_path: Path) -> None:
    xls = to_xls(write_xlsx(tmp_path / "tencent.xlsx", tencent_rows(ASKED, PEOPLE)))
    found, _ = imported(xls, tmp_path)
    assert found == {
        name: {k: v for k, v in answers.items() if k != THIRD or name == "王建国"}
        for name, answers in EXPECTED.items()
    }


def test_a_tencent_csv_export_imports_as_it_is(tmp_path: Path) -> None:
    export = write_csv(tmp_path / "腾讯问卷.csv", tencent_rows(ASKED, PEOPLE), "utf-8-sig")
    found, said = imported(export, tmp_path)
    assert found["王建国"] == EXPECTED["王建国"] and found["吴静"] == EXPECTED["吴静"]
    assert "编号, 开始答题时间, 结束答题时间, 答题时长" in said


def test_columns_numbered_q1_are_the_questions_in_the_order_asked(tmp_path: Path) -> None:
    people = [(n, r, {k: v for k, v in a.items() if isinstance(v, int)}) for n, r, a in PEOPLE]
    export = write_csv(tmp_path / "generic.csv", numbered_rows(ASKED, people), "utf-8")
    found, _ = imported(export, tmp_path)
    assert found == EXPECTED


def test_a_question_reworded_in_the_survey_is_named_in_one_short_list(tmp_path: Path) -> None:
    rows = wjx_rows(ASKED, PEOPLE)
    rows[0][8] = "3、我们公司的客户关系怎么样？"
    rows[0][9] = "4、另一道自己加的题"
    export = write_csv(tmp_path / "edited.csv", rows, "gbk")
    result = run_assess("import", export, "--workspace", tmp_path / "ws.assess")
    assert result.returncode == 2
    [line] = [x for x in result.stderr.splitlines() if "match no question" in x]
    assert "'3、我们公司的客户关系怎么样？', '4、另一道自己加的题'" in line
    assert len(result.stderr) < 600  # one short message, not every id for every row
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("3、企业怎样经营？(单选题)", (3, "企业怎样经营？")),
        ("12.企业怎样经营？*", (12, "企业怎样经营？")),
        ("Q7", (7, "")),
        ("Q7. How does it work?", (7, "How does it work?")),
        ("第5题 企业怎样", (5, "企业怎样")),
        ("1、您的姓名：", (1, "您的姓名")),
        ("姓名", (None, "姓名")),
        ("2026年的目标", (None, "2026年的目标")),
    ],
)
def test_survey_headers_lose_their_numbers_and_tags(
    header: str, expected: tuple[int | None, str]
) -> None:
    assert split_number(header) == expected
