"""Checks that keep a workspace consistent with its questionnaire snapshot."""

from __future__ import annotations

from dataclasses import dataclass

from assess.models import Answer, Questionnaire
from assess.models.response import DONT_KNOW, NA


@dataclass(frozen=True)
class Finding:
    """Something wrong with one input: where, what, and the fix."""

    place: str
    message: str
    fix: str


def answer_finding(q: Questionnaire, question_id: str, answer: Answer) -> Finding | None:
    """Why this answer does not fit the questionnaire, or None when it fits."""
    if not q.has_question(question_id):
        return _unknown_question(q, question_id)
    question = q.question(question_id)
    choice = answer.choice
    if choice == NA and not question.allow_na:
        return Finding(
            question_id, "N/A is not allowed for this question", "choose one of the options"
        )
    if choice in (NA, DONT_KNOW):
        return None
    values = [o.value for o in q.options_for(question)]
    if isinstance(choice, bool) or choice not in values:
        allowed = ", ".join(str(v) for v in values)
        return Finding(
            question_id, f"{choice!r} is not an option of this question", f"use one of {allowed}"
        )
    return None


def question_finding(q: Questionnaire, question_id: str) -> Finding | None:
    return None if q.has_question(question_id) else _unknown_question(q, question_id)


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


def _unknown_question(q: Questionnaire, question_id: str) -> Finding:
    return Finding(
        question_id,
        f"no question {question_id!r} in questionnaire {q.id!r} {q.version}",
        "use a question id from the questionnaire",
    )
