"""The questionnaire as a survey tool takes it in: 问卷星's text import and an XLSForm.

Each asks who answers (name, role from the questionnaire's roles), then every question with its
options, N/A where allowed and "don't know", in the order the engagement asks them; the tools'
own exports of the answers then import with `assess import` as they are (question columns
headed by the question's text, or by its id in an XLSForm).
"""

from __future__ import annotations

import io
from typing import Any

from assess.i18n import text
from assess.models import Question, Questionnaire
from assess.models.response import DONT_KNOW, NA
from assess.models.text import Lang

Sheet = list[list[Any]]


def _answers(q: Questionnaire, question: Question, lang: Lang) -> list[tuple[str, str]]:
    """(value, label) of every answer a question offers, extras last."""
    found = [(f"{o.value:g}", o.text.get(lang)) for o in q.options_for(question)]
    if question.allow_na:
        found.append((NA, text("common.na", lang)))
    found.append((DONT_KNOW, text("common.dont_know", lang)))
    return found


def wjx_text(q: Questionnaire, lang: Lang) -> str:
    """问卷星's batch text import (文本导入): title, description, then numbered questions, each
    followed by its options one per line, a blank line between questions."""
    lines = [q.title.get(lang)]
    if q.description is not None:
        lines.append(" ".join(q.description.get(lang).split()))
    lines.append("")
    lines += [f"1、{text('survey.name', lang)}[填空题]", ""]
    roles = [r.name.get(lang) for r in q.roles]
    if roles:
        lines += [f"2、{text('survey.role', lang)}[单选题]", *roles, ""]
    else:
        lines += [f"2、{text('survey.role', lang)}[填空题]", ""]
    for number, question in enumerate(q.questions, start=3):
        lines.append(f"{number}、{_one_line(question.text.get(lang))}[单选题]")
        lines += [_one_line(label) for _, label in _answers(q, question, lang)]
        lines.append("")
    return "\n".join(lines)


def _one_line(value: str) -> str:
    return " ".join(value.split())


def xlsform_sheets(q: Questionnaire, langs: list[Lang]) -> dict[str, Sheet]:
    """An XLSForm (KoboToolbox, ODK): the survey, choices and settings sheets, labels in every
    language of ``langs``; question names are the question ids, choice names the option values."""
    label = [f"label::{text(f'common.lang_{lang}', 'en')} ({lang})" for lang in langs]
    survey: Sheet = [["type", "name", *label, "required"]]
    choices: Sheet = [["list_name", "name", *label]]
    survey.append(["text", "name", *(text("survey.name", lang) for lang in langs), "false"])
    if q.roles:
        survey.append(
            ["select_one roles", "role", *(text("survey.role", lang) for lang in langs), "true"]
        )
        choices += [["roles", r.id, *(r.name.get(lang) for lang in langs)] for r in q.roles]
    else:
        survey.append(["text", "role", *(text("survey.role", lang) for lang in langs), "true"])
    for question in q.questions:
        listed = f"q_{question.id.replace('.', '_')}"
        survey.append(
            [
                f"select_one {listed}",
                question.id,
                *(question.text.get(lang) for lang in langs),
                "false",
            ]
        )
        by_lang = [_answers(q, question, lang) for lang in langs]
        for index, (value, _) in enumerate(by_lang[0]):
            choices.append([listed, value, *(answers[index][1] for answers in by_lang)])
    settings: Sheet = [
        ["form_title", "form_id", "version", "default_language"],
        [
            q.title.get(langs[0]),
            q.id.replace("-", "_"),
            q.version,
            label[0].removeprefix("label::"),
        ],
    ]
    return {"survey": survey, "choices": choices, "settings": settings}


def xlsx_bytes(sheets: dict[str, Sheet]) -> bytes:
    """The sheets as one Excel workbook, every cell text."""
    import xlsxwriter

    out = io.BytesIO()
    with xlsxwriter.Workbook(out, {"in_memory": True}) as book:
        for name, rows in sheets.items():
            sheet = book.add_worksheet(name)
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    sheet.write_string(r, c, str(cell))
    return out.getvalue()
