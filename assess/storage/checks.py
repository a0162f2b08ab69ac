"""Checks that keep a workspace consistent with its questionnaire snapshot."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from assess.errors import BadInput, Problem
from assess.loading.answer_checks import answer_problem, question_problem
from assess.models import Answer, Questionnaire


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
    dimension_ids = [d.id for d in q.dimensions]
    if dimension_id not in dimension_ids:
        return Finding(
            f"targets.{dimension_id}",
            f"unknown dimension {dimension_id!r}",
            f"use one of {', '.join(dimension_ids)}",
        )
    levels = sorted(lv.value for lv in q.levels)
    if level not in levels:
        return Finding(
            f"targets.{dimension_id}",
            f"level {level} is not a level of questionnaire {q.id!r}",
            f"use one of {', '.join(str(v) for v in levels)}",
        )
    return None


def targets_findings(q: Questionnaire, targets: dict[str, int]) -> list[Finding]:
    found = (target_finding(q, dim, level) for dim, level in targets.items())
    return [f for f in found if f is not None]
