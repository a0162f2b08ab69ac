"""How respondents' answers to one question are spread over its options."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from assess.models import Question, Questionnaire, Respondent
from assess.models.response import DONT_KNOW, NA


@dataclass(frozen=True)
class Spread:
    values: list[int]  # the options' values, lowest first
    counts: list[int]  # respondents per option
    median: float | None
    na: int
    dont_know: int

    @property
    def answered(self) -> int:
        return sum(self.counts)

    @property
    def chosen(self) -> list[int]:
        return [v for v, c in zip(self.values, self.counts, strict=True) for _ in range(c)]

    def median_index(self) -> float | None:
        """Where the median sits among the options, as a (fractional) option index."""
        if self.median is None:
            return None
        for index in range(len(self.values) - 1):
            low, high = self.values[index], self.values[index + 1]
            if low <= self.median <= high:
                return index + (self.median - low) / (high - low)
        return float(len(self.values) - 1)


def question_spread(
    q: Questionnaire, question: Question, respondents: Sequence[Respondent]
) -> Spread:
    values = [o.value for o in q.options_for(question)]
    choices = [r.answers[question.id].choice for r in respondents if question.id in r.answers]
    chosen = [c for c in choices if isinstance(c, int)]
    return Spread(
        values=values,
        counts=[chosen.count(v) for v in values],
        median=statistics.median(chosen) if chosen else None,
        na=sum(1 for c in choices if c == NA),
        dont_know=sum(1 for c in choices if c == DONT_KNOW),
    )
