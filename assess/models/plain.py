"""Respondents with answers as plain tuples, for bulk work (CSV import, aggregation).

Building a pydantic ``Answer`` costs microseconds; a workshop export of 10,000 respondents holds
hundreds of thousands of answers, so bulk paths carry them as tuples instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from assess.models.response import Answer, Choice, Respondent

# (choice, note, evidence basis: an ``Evidence`` value or None)
PlainAnswer = tuple[Choice, str, str | None]


@dataclass(frozen=True, slots=True)
class PlainRespondent:
    """A respondent and their answers by question id; ``id`` None means "give them a new one"."""

    name: str
    role: str = ""
    group: str | None = None
    answers: Mapping[str, PlainAnswer] = field(default_factory=dict)
    id: str | None = None


def plain_respondent(person: Respondent) -> PlainRespondent:
    """The plain form of a respondent model."""
    return PlainRespondent(
        person.name, person.role, person.group, plain_answers(person.answers), person.id
    )


def plain_answers(answers: Mapping[str, Answer]) -> dict[str, PlainAnswer]:
    """Answer models as plain tuples, by question id."""
    return {
        qid: (a.choice, a.note, None if a.evidence is None else a.evidence.value)
        for qid, a in answers.items()
    }
