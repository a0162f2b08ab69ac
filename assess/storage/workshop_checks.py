"""Checks for workshop records: consensus values and respondents imported in bulk.

Whether a choice fits a question is decided by ``answer_checks.answer_problem`` alone; bulk
checks ask it once per distinct (question, choice) pair, not once per answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from pydantic import ValidationError

from assess.models import Answer, Questionnaire
from assess.models.plain import PlainRespondent
from assess.models.response import DONT_KNOW, Choice, Evidence
from assess.storage.checks import Finding, answer_finding

_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
_EVIDENCE = frozenset(e.value for e in Evidence)
_EVIDENCE_OR_NONE = frozenset([*_EVIDENCE, None])


def choice_finding(q: Questionnaire, question_id: str, choice: object) -> Finding | None:
    """Why a bare choice does not fit the question, or None (notes never make one unfit)."""
    try:
        answer = Answer.model_validate({"choice": choice, "answered_at": _EPOCH})
    except ValidationError:
        return Finding(question_id, f"{choice!r} is not a choice", "use an option, 'na' or '?'")
    return answer_finding(q, question_id, answer)


def consensus_finding(q: Questionnaire, question_id: str, choice: object) -> Finding | None:
    """A consensus is an option's value or 'na' (where allowed), never "don't know"."""
    if choice == DONT_KNOW:
        return Finding(
            question_id, '"don\'t know" cannot be a consensus', "agree on an option, or 'na'"
        )
    return choice_finding(q, question_id, choice)


def plain_findings(q: Questionnaire, people: Sequence[PlainRespondent]) -> list[Finding]:
    """Everything wrong with respondents about to be imported, each with its place."""
    fits = _Fits(q)
    findings: list[Finding] = []
    seen_ids: set[str] = set()
    for index, person in enumerate(people):
        where = f"respondents[{index}]"
        if not person.name.strip():
            findings.append(Finding(f"{where}.name", "the name is empty", "give a name"))
        if person.id is not None and person.id in seen_ids:
            findings.append(Finding(f"{where}.id", f"id {person.id!r} appears twice", "drop one"))
        if person.id is not None:
            seen_ids.add(person.id)
        for qid, answer in person.answers.items():
            if fits[qid, answer[0]] is None and answer[2] in _EVIDENCE_OR_NONE:
                continue  # the common case, kept short: 10,000 respondents hold 360,000 answers
            findings.append(_answer_finding(f"{where}.answers.{qid}", fits[qid, answer[0]]))
    return findings


class _Fits(dict[tuple[str, Choice], Finding | None]):
    """``choice_finding`` remembered per distinct (question id, choice)."""

    def __init__(self, q: Questionnaire) -> None:
        super().__init__()
        self.q = q

    def __missing__(self, key: tuple[str, Choice]) -> Finding | None:
        self[key] = found = choice_finding(self.q, *key)
        return found


def _answer_finding(place: str, found: Finding | None) -> Finding:
    if found is not None:
        return Finding(place, found.message, found.fix)
    return Finding(place, "unknown evidence basis", f"use one of {', '.join(sorted(_EVIDENCE))}")
