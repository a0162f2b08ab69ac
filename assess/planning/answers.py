"""What respondents answered, summarised per question for reasons and KPI baselines."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from assess.models import Answer, Option, Question, Questionnaire
from assess.models.response import DONT_KNOW, NA
from assess.models.text import Text
from assess.planning.labels import join, label
from assess.planning.models import AnswerStatus, AnswerSummary
from assess.scoring import QuestionInput, level_for

AnswerSets = Sequence[Mapping[str, Answer]]
"""Each respondent's answers, keyed by question id."""


def summarize_answers(
    q: Questionnaire, answer_sets: AnswerSets, inputs: Mapping[str, QuestionInput]
) -> dict[str, AnswerSummary]:
    """One summary per question of the questionnaire; `inputs` are the pooled engine inputs."""
    return {x.id: summarize_question(q, x, answer_sets, inputs.get(x.id)) for x in q.questions}


def summarize_question(
    q: Questionnaire, question: Question, answer_sets: AnswerSets, pooled: QuestionInput | None
) -> AnswerSummary:
    choices = [a[question.id].choice for a in answer_sets if question.id in a]
    values = [c for c in choices if isinstance(c, int)]
    mean = sum(values) / len(values) if values else None
    option = None if mean is None else nearest_option(q, question, mean)
    level = None
    if pooled is not None and pooled.fraction is not None and pooled.status == "value":
        level = level_for(100 * pooled.fraction, q.scoring.level_thresholds)
    status = _status(choices, bool(values))
    return AnswerSummary(
        question=question.id,
        text=question.text,
        status=status,
        mean_value=None if mean is None else round(mean, 2),
        option=None if option is None else option.text,
        level=level,
        respondents=len(values),
        na=sum(1 for c in choices if c == NA),
        dont_know=sum(1 for c in choices if c == DONT_KNOW),
        hint=_hint(status, option, level),
    )


def nearest_option(q: Questionnaire, question: Question, value: float) -> Option:
    """The option closest to a (mean) value; the lower one on a tie."""
    return min(q.options_for(question), key=lambda o: (abs(o.value - value), o.value))


def baseline_hint(summaries: Sequence[AnswerSummary]) -> Text:
    """KPI baseline from the answers to an initiative's questions."""
    answered = [s.hint for s in summaries if s.status == "value"]
    return join(answered) if answered else label("no_baseline")


def _status(choices: Sequence[object], any_value: bool) -> AnswerStatus:
    if any_value:
        return "value"
    if NA in choices:
        return "na"
    return "dont_know" if choices else "unanswered"


def _hint(status: AnswerStatus, option: Option | None, level: int | None) -> Text:
    if status == "value" and option is not None:
        return label("hint_value", option=option.text, level=level)
    return label(f"hint_{status}" if status != "value" else "hint_unanswered")
