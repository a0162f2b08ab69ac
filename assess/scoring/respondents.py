"""Each respondent on their own: their scorecard and their answers' positions on a scale."""

from __future__ import annotations

from collections.abc import Sequence

from assess.models import Questionnaire, Scorecard
from assess.models.answer_counts import AnswerCounts
from assess.models.plain import PlainRespondent
from assess.scoring.engine import score
from assess.scoring.inputs import pooled_inputs


def respondent_scorecards(q: Questionnaire, people: Sequence[PlainRespondent]) -> list[Scorecard]:
    """Each respondent scored alone, as the engine scores a group."""
    return [
        score(q, pooled_inputs(q, AnswerCounts.of([person.answers])), respondents=1)
        for person in people
    ]


def positions(q: Questionnaire, question_id: str, people: Sequence[PlainRespondent]) -> list[float]:
    """Each respondent's chosen option as a position on 0–100 (N/A and don't know left out)."""
    question = q.question(question_id)
    found = []
    for person in people:
        answer = person.answers.get(question_id)
        if answer is not None and not isinstance(answer[0], str):
            found.append(100 * q.fraction(question, answer[0]))
    return found
