"""What respondents answered, summarised per question for reasons and KPI baselines."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from assess.models import Option, Question, Questionnaire
from assess.models.answer_counts import AnswerCounts
from assess.models.response import DONT_KNOW, NA, Choice, is_value
from assess.models.text import Text
from assess.planning.labels import join, label
from assess.planning.models import AnswerStatus, AnswerSummary
from assess.scoring import QuestionInput


def summarize_answers(
    q: Questionnaire, counts: AnswerCounts, inputs: Mapping[str, QuestionInput]
) -> dict[str, AnswerSummary]:
    """One summary per question of the questionnaire; `inputs` are the pooled engine inputs."""
    return {x.id: summarize_question(q, x, counts, inputs.get(x.id)) for x in q.questions}


def summarize_question(
    q: Questionnaire, question: Question, counts: AnswerCounts, pooled: QuestionInput | None
) -> AnswerSummary:
    choices = counts.choices(question.id)
    values = {c: n for c, n in choices.items() if is_value(c)}
    answered = sum(values.values())
    mean = sum(c * n for c, n in values.items()) / answered if answered else None
    option = None if mean is None else nearest_option(q, question, mean)
    level = None
    if pooled is not None and pooled.fraction is not None and pooled.status == "value":
        level = q.level_at(100 * pooled.fraction)
    status = _status(choices, bool(values))
    return AnswerSummary(
        question=question.id,
        text=question.text,
        status=status,
        mean_value=None if mean is None else round(mean, 2),
        option=None if option is None else option.text,
        level=level,
        respondents=answered,
        na=choices[NA],
        dont_know=choices[DONT_KNOW],
        hint=_hint(status, option, level),
    )


def nearest_option(q: Questionnaire, question: Question, value: float) -> Option:
    """The option closest to a (mean) value; the lower one on a tie."""
    return min(q.options_for(question), key=lambda o: (abs(o.value - value), o.value))


def baseline_hint(summaries: Sequence[AnswerSummary]) -> Text:
    """KPI baseline from the answers to an initiative's questions."""
    answered = [s.hint for s in summaries if s.status == "value"]
    return join(answered) if answered else label("no_baseline")


def _status(choices: Counter[Choice], any_value: bool) -> AnswerStatus:
    if any_value:
        return "value"
    if choices[NA]:
        return "na"
    return "dont_know" if choices else "unanswered"


def _hint(status: AnswerStatus, option: Option | None, level: int | None) -> Text:
    if status == "value" and option is not None:
        return label("hint_value", option=option.text, level=level)
    return label(f"hint_{status}" if status != "value" else "hint_unanswered")
