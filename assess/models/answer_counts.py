"""Everyone's answers counted per question: what scoring, planning and the report summaries need,
the same size for nine respondents or ten thousand."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from assess.models.plain import PlainAnswer
from assess.models.response import Choice

Key = tuple[Choice, str | None, bool]  # choice, evidence basis, whether a note was written


@dataclass(frozen=True)
class AnswerCounts:
    """Per question id: how many respondents gave each (choice, evidence, note written)."""

    per_question: dict[str, Counter[Key]]
    respondents: int

    @classmethod
    def of(cls, answer_sets: Iterable[Mapping[str, PlainAnswer]]) -> AnswerCounts:
        """Count each respondent's answers (by question id)."""
        per_question: dict[str, Counter[Key]] = {}
        respondents = 0
        for answers in answer_sets:
            respondents += 1
            for qid, (choice, note, evidence) in answers.items():
                found = per_question.get(qid)
                if found is None:
                    found = per_question[qid] = Counter()
                found[(choice, evidence, bool(note.strip()))] += 1
        return cls(per_question, respondents)

    def choices(self, question_id: str) -> Counter[Choice]:
        """How many respondents gave each choice to the question."""
        found: Counter[Choice] = Counter()
        for (choice, _, _), count in self.per_question.get(question_id, Counter()).items():
            found[choice] += count
        return found
