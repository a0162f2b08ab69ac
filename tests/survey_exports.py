"""Survey exports as 问卷星 and 腾讯问卷 write them, made from a questionnaire and answers."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from assess.models import Questionnaire
from tests.office_support import converted

WJX_TOOL_COLUMNS = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP"]
TENCENT_TOOL_COLUMNS = ["编号", "开始答题时间", "结束答题时间", "答题时长"]
Person = tuple[str, str, dict[str, int | str]]  # name, role, {question id: value or a mark}


def wjx_header(q: Questionnaire) -> list[str]:
    """问卷星: ``N、题干``, the name and role asked as questions 1 and 2, single choices tagged."""
    return [
        *WJX_TOOL_COLUMNS,
        "1、您的姓名：",
        "2、您的职务：",
        *(f"{n}、{x.text.zh}(单选题)" for n, x in enumerate(q.questions, start=3)),
    ]


def wjx_rows(q: Questionnaire, people: Sequence[Person]) -> list[list[str]]:
    rows = [wjx_header(q)]
    for number, (name, role, answers) in enumerate(people, start=1):
        tool = [
            str(number),
            f"2026/11/2{number} 10:0{number}:12",
            "316秒",
            "微信",
            "N/A",
            "10.0.0.9(上海)",
        ]
        rows.append(
            [
                *tool,
                name,
                role,
                *(_as_text(q, x.id, answers.get(x.id, "(跳过)")) for x in q.questions),
            ]
        )
    return rows


def tencent_rows(q: Questionnaire, people: Sequence[Person]) -> list[list[str]]:
    """腾讯问卷: ``N.题干`` headers, option texts, 姓名 and 岗位 as plain columns."""
    header = [
        *TENCENT_TOOL_COLUMNS,
        "姓名",
        "岗位",
        *(f"{n}.{x.text.zh}" for n, x in enumerate(q.questions, start=1)),
    ]
    rows = [header]
    for number, (name, role, answers) in enumerate(people, start=1):
        tool = [str(number), "2026-11-20 10:00:00", "2026-11-20 10:06:00", "6分0秒"]
        rows.append(
            [*tool, name, role, *(_as_text(q, x.id, answers.get(x.id, "")) for x in q.questions)]
        )
    return rows


def numbered_rows(q: Questionnaire, people: Sequence[Person]) -> list[list[str]]:
    """A generic tool: ``Q1`` … headers and option numbers in the cells."""
    rows = [["Name", "Role", *(f"Q{n}" for n in range(1, len(q.questions) + 1))]]
    for name, role, answers in people:
        rows.append([name, role, *(str(answers.get(x.id, "")) for x in q.questions)])
    return rows


def _as_text(q: Questionnaire, question_id: str, value: int | str) -> str:
    if isinstance(value, str):
        return value
    question = q.question(question_id)
    return next(o.text.zh for o in q.options_for(question) if o.value == value)


def write_csv(path: Path, rows: list[list[str]], encoding: str) -> Path:
    with path.open("w", encoding=encoding, newline="") as out:
        csv.writer(out).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[str]]) -> Path:
    """As Excel holds it: numbers as numbers, text as text."""
    import xlsxwriter

    with xlsxwriter.Workbook(str(path)) as book:
        sheet = book.add_worksheet("Sheet1")
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                if cell.lstrip("-").isdigit():
                    sheet.write_number(r, c, int(cell))
                else:
                    sheet.write_string(r, c, cell)
    return path


def to_xls(xlsx: Path) -> Path:
    """The same workbook in Excel 97 (.xls), converted by LibreOffice."""
    return converted(xlsx, "xls")
