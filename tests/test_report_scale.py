"""The report's size depends on the questionnaire, not on how many people answered."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from assess.models.assessment import Assessment
from assess.models.plain import PlainRespondent
from assess.rendering.html import render_html
from assess.rendering.pdf import render_pdf
from assess.report.answers import GRID_RESPONDENTS, NOTES_PER_ROLE
from assess.report.build import ReportOptions, report_context
from assess.report.context import ReportContext
from tests.report_support import page_texts

ROLES = ["高管", "中层经理", "一线员工", "顾问"]


def crowd(assessment: Assessment, size: int) -> Assessment:
    """The demo engagement answered by ``size`` people (answers drawn from the demo's)."""
    rng = random.Random(size)
    people = [
        PlainRespondent(
            name=f"员工{n}",
            role=ROLES[n % 3] if n != 7 else ROLES[3],  # one lone consultant
            answers={
                qid: (answer[0], f"备注 {n}" if n % 4 == 0 else "", answer[2])
                for qid, answer in rng.choice(assessment.respondents).answers.items()
            },
            id=f"p{n}",
        )
        for n in range(size)
    ]
    return replace(assessment, respondents=people)


def context(assessment: Assessment) -> ReportContext:
    return report_context(assessment, ReportOptions(lang="zh", day=date(2026, 11, 22)))


def test_a_small_group_gets_the_grid_and_a_large_one_the_distributions(
    assessment: Assessment,
) -> None:
    small = context(crowd(assessment, GRID_RESPONDENTS)).answers
    large = context(crowd(assessment, 400)).answers
    assert not small.summarised and len(small.respondents) == GRID_RESPONDENTS
    assert large.summarised and large.respondents == []
    first = large.sections[0].questions[0]
    assert len(first.choices) == len(large.columns) == 5 + 2
    assert sum(int(c.text) for c in first.choices[:5] if c.text) <= 400
    assert first.answered.endswith("/ 400 人作答")


def test_notes_are_grouped_by_role_a_few_each_and_small_roles_are_pooled(
    assessment: Assessment,
) -> None:
    answers = context(crowd(assessment, 400)).answers
    groups = [g for s in answers.sections for q in s.questions for g in q.role_notes]
    assert groups and all(len(g.notes) <= NOTES_PER_ROLE for g in groups)
    assert any(g.more.startswith("另有") for g in groups)
    assert {g.role for g in groups} <= {"高管", "中层经理", "一线员工", "其他角色"}
    assert "顾问" not in {g.role for g in groups}  # one person: not shown by role


@pytest.mark.slow
def test_the_pdf_has_as_many_pages_for_forty_as_for_four_hundred(
    assessment: Assessment, tmp_path: Path
) -> None:
    pages = []
    for size in (40, 400):
        pdf = tmp_path / f"{size}.pdf"
        pdf.write_bytes(render_pdf(render_html(context(crowd(assessment, size)))).data)
        pages.append(len(page_texts(pdf)))
    assert pages[0] == pages[1]
