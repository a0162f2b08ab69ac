"""Checks that keep a workspace consistent with its questionnaire snapshot."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from assess.errors import BadInput, Problem
from assess.loading.answer_checks import answer_problem, question_problem
from assess.loading.engagement_checks import engagement_problems, target_problem
from assess.models import Answer, Engagement, Questionnaire


@dataclass(frozen=True)
class Finding:
    """Something wrong with one input: where, what, and the fix."""

    place: str
    message: str
    fix: str


def raise_findings(path: Path, findings: Sequence[Finding | None]) -> None:
    """BadInput naming the workspace file and every finding, if there is any."""
    problems = [Problem(str(path), f.place, f.message, f.fix) for f in findings if f is not None]
    if problems:
        raise BadInput(problems)


def answer_finding(q: Questionnaire, question_id: str, answer: Answer) -> Finding | None:
    """Why this answer does not fit the questionnaire, or None when it fits."""
    problem = answer_problem(q, question_id, answer)
    return Finding(question_id, *problem) if problem else None


def question_finding(q: Questionnaire, question_id: str) -> Finding | None:
    problem = question_problem(q, question_id)
    return Finding(question_id, *problem) if problem else None


def target_finding(q: Questionnaire, dimension_id: str, level: int) -> Finding | None:
    """Why a target level does not fit the questionnaire, or None."""
    problem = target_problem(q, dimension_id, level)
    return Finding(*problem) if problem else None


def engagement_findings(q: Questionnaire, engagement: Engagement) -> list[Finding]:
    """Why the engagement's targets, profile or form do not fit the questionnaire."""
    return [Finding(*problem) for problem in engagement_problems(q, engagement)]
