"""What moves the needle: answers whose improvement raises a dimension's score most.

Gains are measured with the scoring engine itself: the pooled answer is raised one option (and to
the top option), the dimension is scored again, and its new score is compared.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from assess.models import DimensionScore, Question, Questionnaire
from assess.models.answer_counts import AnswerCounts
from assess.planning.answers import nearest_option, summarize_question
from assess.planning.labels import concat, label
from assess.planning.models import NeedleMover
from assess.scoring import QuestionInput, pooled_inputs, score
from assess.scoring.engine import score_dimension, scored_fraction
from assess.scoring.inputs import low_share_at

NEEDLE_MOVERS_PER_DIMENSION = 3


def needle_movers(
    questionnaire: Questionnaire,
    counts: AnswerCounts,
    limit: int = NEEDLE_MOVERS_PER_DIMENSION,
) -> dict[str, list[NeedleMover]]:
    """Per dimension id: up to `limit` answers to raise, then up to `limit` open ones to answer."""
    inputs = pooled_inputs(questionnaire, counts)
    base = score(questionnaire, inputs)
    result: dict[str, list[NeedleMover]] = {}
    for dim in questionnaire.dimensions:
        current = base.dimension(dim.id)
        questions = questionnaire.questions_in(dim.id)
        raises = [
            m
            for x in questions
            if (m := _raise(questionnaire, x, counts, inputs, current)) is not None
        ]
        raises.sort(key=lambda m: _raise_rank(m, current))
        opens = [_answer(questionnaire, x, counts, inputs) for x in questions]
        answers = sorted(
            (m for m in opens if m is not None), key=lambda m: _answer_rank(m, q=questionnaire)
        )
        result[dim.id] = raises[:limit] + answers[:limit]
    return result


def _raise(
    q: Questionnaire,
    question: Question,
    counts: AnswerCounts,
    inputs: Mapping[str, QuestionInput],
    current: DimensionScore,
) -> NeedleMover | None:
    """The gain from raising a scored answer, or None when it is not scored or already top."""
    item = inputs.get(question.id)
    fraction = scored_fraction(question, item, q)
    if item is None or fraction is None or fraction >= 1 or current.score is None:
        return None
    step = 1 / (len(q.options_for(question)) - 1)
    one_step = min(1.0, fraction + step)
    after_step = _rescore(q, inputs, question, item, one_step)
    after_top = _rescore(q, inputs, question, item, 1.0)
    gain = round((after_step.score or 0.0) - current.score, 2)
    low, high = q.value_range(question)
    next_option = nearest_option(q, question, low + one_step * (high - low)).as_next_step()
    hint = label("needle_raise", option=next_option, gain=f"{gain:.1f}")
    if after_step.level != current.level:
        hint = concat(hint, label("needle_level", before=current.level, after=after_step.level))
    return NeedleMover(
        question=question.id,
        text=question.text,
        kind="raise",
        current=summarize_question(q, question, counts, item),
        next_option=next_option,
        gain_one_step=gain,
        gain_to_top=round((after_top.score or 0.0) - current.score, 2),
        level_after_one_step=after_step.level,
        level_after_top=after_top.level,
        hint=hint,
    )


def _answer(
    q: Questionnaire,
    question: Question,
    counts: AnswerCounts,
    inputs: Mapping[str, QuestionInput],
) -> NeedleMover | None:
    """An "answer this" hint for a question left open (not answered, or "don't know")."""
    item = inputs.get(question.id)
    if item is not None and item.status != "dont_know":
        return None
    status = label("status_unanswered" if item is None else "status_dont_know")
    return NeedleMover(
        question=question.id,
        text=question.text,
        kind="answer",
        current=summarize_question(q, question, counts, item),
        next_option=None,
        gain_one_step=None,
        gain_to_top=None,
        level_after_one_step=None,
        level_after_top=None,
        hint=label("needle_answer", status=status),
    )


def _rescore(
    q: Questionnaire,
    inputs: Mapping[str, QuestionInput],
    question: Question,
    item: QuestionInput,
    fraction: float,
) -> DimensionScore:
    """The question's dimension scored again with `item` raised to `fraction`."""
    low, high = q.value_range(question)
    low_share = low_share_at(q, question.id, low + fraction * (high - low))
    raised = replace(item, status="value", fraction=fraction, low_share=low_share)
    return score_dimension(q, q.dimension(question.dimension), {**inputs, question.id: raised})


def _raise_rank(mover: NeedleMover, current: DimensionScore) -> tuple[int, float, float, str]:
    """Level gained first, then score gained one step up, then up to the top; ties by id."""
    levels = (mover.level_after_one_step or 0) - (current.level or 0)
    return (-levels, -(mover.gain_one_step or 0.0), -(mover.gain_to_top or 0.0), mover.question)


def _answer_rank(mover: NeedleMover, q: Questionnaire) -> tuple[float, str]:
    """Heaviest questions first; ties by id."""
    return (-q.question(mover.question).weight, mover.question)
