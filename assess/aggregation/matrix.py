"""Answers as columns of plain values: one column per question, one entry per respondent.

Aggregating 10,000 respondents must not build 300,000 pydantic objects; columns of ints and
short strings let ``collections.Counter`` and list comprehensions do the work.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from assess.models import Questionnaire, Respondent
from assess.models.plain import PlainRespondent, plain_respondent

Cell = int | float | str | None  # an option's value, "na", "dont_know", or None (unanswered)
Column = tuple[Sequence[Cell], Sequence[bool], Sequence[str | None]]  # choices, notes, evidence


@dataclass(frozen=True)
class AnswerMatrix:
    """Everyone's answers, column by column, respondents in the same order in every column.

    ``notes`` (whether a note was written) and ``evidence`` (an ``Evidence`` value or None) may
    be None when no answer has one, as in a survey-tool CSV.
    """

    question_ids: tuple[str, ...]
    roles: tuple[str, ...]
    groups: tuple[str | None, ...]
    choices: tuple[Sequence[Cell], ...]
    notes: tuple[Sequence[bool], ...] | None = None
    evidence: tuple[Sequence[str | None], ...] | None = None

    def __post_init__(self) -> None:
        n = len(self.roles)
        columns = [self.choices, self.notes or (), self.evidence or ()]
        if len(self.groups) != n or any(len(c) != n for part in columns for c in part):
            raise ValueError("every column needs one entry per respondent")
        if len(self.choices) != len(self.question_ids):
            raise ValueError("one choices column per question id")

    @property
    def size(self) -> int:
        """How many respondents."""
        return len(self.roles)

    @cached_property
    def _index(self) -> dict[str, int]:
        return {qid: i for i, qid in enumerate(self.question_ids)}

    def column(
        self, question_id: str
    ) -> tuple[Sequence[Cell], Sequence[bool], Sequence[str | None]]:
        """Choices, note flags and evidence of one question (flags and evidence filled in)."""
        i = self._index.get(question_id)
        if i is None:  # a question nobody was asked
            return [None] * self.size, [False] * self.size, [None] * self.size
        notes = self.notes[i] if self.notes is not None else [False] * self.size
        evidence = self.evidence[i] if self.evidence is not None else [None] * self.size
        return self.choices[i], notes, evidence


def matrix_from_plain(q: Questionnaire, people: Sequence[PlainRespondent]) -> AnswerMatrix:
    """Columns for every question of ``q``; answers to other question ids are left out."""
    question_ids = tuple(x.id for x in q.questions)
    cells = [[p.answers.get(qid) for p in people] for qid in question_ids]
    return AnswerMatrix(
        question_ids=question_ids,
        roles=tuple(p.role for p in people),
        groups=tuple(p.group for p in people),
        choices=tuple([None if a is None else a[0] for a in col] for col in cells),
        notes=tuple([a is not None and bool(a[1].strip()) for a in col] for col in cells),
        evidence=tuple([None if a is None else a[2] for a in col] for col in cells),
    )


def matrix_from_respondents(q: Questionnaire, people: Sequence[Respondent]) -> AnswerMatrix:
    return matrix_from_plain(q, [plain_respondent(p) for p in people])
