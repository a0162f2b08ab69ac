"""Read one CSV cell as an answer to one question.

A cell may hold an option's value (a number counts only when it is one of the question's values:
never silently another one), ``N/A`` / ``na`` / ``不适用``, ``?`` / ``dont_know`` / ``不知道``
(don't know), or the full text of an option in Chinese or English, as any profile words it (as
survey tools export choice questions). An empty cell, or a survey tool's mark for a skipped or
unshown question (问卷星's ``(跳过)``, -2 or -3), means "not answered". Whether the answer fits
the question is decided by ``answer_checks.answer_problem`` (through ``choice_finding``); each
distinct (question, cell) pair is read once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assess.models import Questionnaire
from assess.models.response import Choice
from assess.storage.workshop_checks import choice_finding

NA_WORDS = frozenset({"na", "n/a", "n.a.", "not applicable", "不适用"})
DONT_KNOW_WORDS = frozenset(
    {"?", "？", "dont_know", "don't know", "dont know", "dk", "不知道", "不清楚"}
)
SKIPPED_WORDS = frozenset({"(跳过)", "（跳过）", "跳过", "(空)", "（空）", "-2", "-3"})
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_SPACES = re.compile(r"\s+")

Reading = tuple[Choice | None, tuple[str, str] | None]  # (choice or None, (message, fix))


class Column(dict[str, "Reading"]):
    """The readings of one question's cells, each distinct cell read once."""

    def __init__(self, reader: CellReader, question_id: str) -> None:
        super().__init__()
        self.reader = reader
        self.question_id = question_id

    def __missing__(self, cell: str) -> Reading:
        self[cell] = found = self.reader.read_cell(self.question_id, cell)
        return found


@dataclass
class CellReader:
    """Reads cells for one questionnaire."""

    q: Questionnaire
    _texts: dict[str, dict[str, Choice]] = field(default_factory=dict)

    def column(self, question_id: str) -> Column:
        """A lookup ``column[cell]`` of readings for one question's cells."""
        return Column(self, question_id)

    def read_cell(self, question_id: str, cell: str) -> Reading:
        """(choice, None), or (None, None) for an empty cell, or (None, (message, fix))."""
        text = _normal(cell)
        if not text or text in SKIPPED_WORDS:
            return None, None
        choice = self._choice(question_id, text)
        if choice is None:
            return None, (
                f"{cell.strip()!r} is not an answer to this question",
                "use an option's number, N/A, ? (don't know) or an option's text",
            )
        problem = choice_finding(self.q, question_id, choice)
        if problem is not None:
            return None, (problem.message, problem.fix)
        return choice, None

    def _choice(self, question_id: str, text: str) -> Choice | None:
        if text in NA_WORDS:
            return "na"
        if text in DONT_KNOW_WORDS:
            return "dont_know"
        if _NUMBER.fullmatch(text):
            return self._option_value(question_id, float(text))
        return self._option_texts(question_id).get(text)

    def _option_value(self, question_id: str, number: float) -> Choice:
        """The option whose value the number is; else the number itself (refused later)."""
        question = self.q.question(question_id)
        found = next((o.value for o in self.q.options_for(question) if o.value == number), None)
        if found is not None:
            return found
        return int(number) if number.is_integer() else number

    def _option_texts(self, question_id: str) -> dict[str, Choice]:
        if question_id not in self._texts:
            question = self.q.question(question_id)
            worded = [(o.value, o.text) for o in self.q.options_for(question)]
            worded += [  # as each profile words them
                (o.value, o.text)
                for variant in question.profiles.values()
                for o in variant.options
                if o.text is not None
            ]
            self._texts[question_id] = {
                _normal(text): value
                for value, wording in worded
                for text in (wording.zh, wording.en)
                if text is not None
            }
        return self._texts[question_id]


def _normal(text: str) -> str:
    """Compare cells without regard to case, surrounding or repeated white space."""
    return _SPACES.sub(" ", text).strip().casefold()
