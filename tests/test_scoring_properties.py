"""Properties of the scoring engine over random questionnaires and answers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from assess.models import Questionnaire
from assess.scoring import QuestionInput, score
from assess.scoring.inputs import input_from_choice, pool_counted
from tests.strategies import answered


@given(answered())
def test_scores_stay_within_bounds(case: tuple[Questionnaire, dict[str, QuestionInput]]) -> None:
    q, inputs = case
    card = score(q, inputs)
    for dim in card.dimensions:
        assert dim.score is None or 0 <= dim.score <= 100
        assert dim.level is None or 1 <= dim.level <= q.max_level
        assert dim.level is None or dim.level <= (dim.uncapped_level or 0)
        assert 0 <= dim.coverage <= 1 and 0 <= dim.confidence <= 1
    assert card.overall_index is None or 0 <= card.overall_index <= 100


@given(answered(), st.data())
def test_raising_one_answer_never_lowers_its_dimension(
    case: tuple[Questionnaire, dict[str, QuestionInput]], data: st.DataObject
) -> None:
    q, inputs = case
    raisable = [k for k, v in inputs.items() if v.status == "value" and (v.fraction or 0) < 1]
    if not raisable:
        return
    qid = data.draw(st.sampled_from(raisable))
    question = q.question(qid)
    low, high = q.value_range(question)
    current = round(low + (inputs[qid].fraction or 0) * (high - low))
    higher = data.draw(st.integers(current + 1, high))
    raised = dict(inputs)
    item = inputs[qid]
    raised[qid] = input_from_choice(q, qid, higher, item.evidence, item.has_note)
    before = score(q, inputs).dimension(question.dimension)
    after = score(q, raised).dimension(question.dimension)
    assert (after.score or 0) >= (before.score or 0)
    assert (after.level or 0) >= (before.level or 0)
    assert (score(q, raised).overall_index or 0) >= (score(q, inputs).overall_index or 0)


@given(answered(na_policy="exclude"), st.data())
def test_na_under_exclude_changes_nothing_but_coverage(
    case: tuple[Questionnaire, dict[str, QuestionInput]], data: st.DataObject
) -> None:
    """Marking a question N/A scores exactly as if the question were not in the questionnaire."""
    q, inputs = case
    qid = data.draw(st.sampled_from([x.id for x in q.questions]))
    dim_id = q.question(qid).dimension
    if len(q.questions_in(dim_id)) == 1:
        return
    with_na = score(q, {**inputs, qid: QuestionInput("na", evidence=0.5)})
    without = _drop_question(q, qid)
    reduced = score(without, {k: v for k, v in inputs.items() if k != qid})
    a, b = with_na.dimension(dim_id), reduced.dimension(dim_id)
    assert a.score == b.score and a.level == b.level and a.confidence == b.confidence
    assert a.coverage <= b.coverage
    assert with_na.overall_index == reduced.overall_index


@given(answered())
def test_weights_act_as_repetition(case: tuple[Questionnaire, dict[str, QuestionInput]]) -> None:
    """Doubling a question's weight scores like asking it twice with the same answer."""
    q, inputs = case
    target = q.questions[0]
    doubled = _with_questions(
        q,
        [x.model_copy(update={"weight": x.weight * 2}) if x is target else x for x in q.questions],
    )
    copy = target.model_copy(update={"id": target.id + "-copy"})
    repeated = _with_questions(q, [*q.questions, copy])
    repeated_inputs = dict(inputs)
    if target.id in inputs:
        repeated_inputs[copy.id] = inputs[target.id]
    a = score(doubled, inputs).dimension(target.dimension).score
    b = score(repeated, repeated_inputs).dimension(target.dimension).score
    assert (a is None and b is None) or abs((a or 0) - (b or 0)) < 1e-9


@given(answered())
def test_dont_know_lowers_confidence_not_score(
    case: tuple[Questionnaire, dict[str, QuestionInput]],
) -> None:
    """Replacing an answer with "don't know" scores as if unanswered (never as the lowest)."""
    q, inputs = case
    values = [k for k, v in inputs.items() if v.status == "value"]
    if not values:
        return
    qid = values[0]
    dim_id = q.question(qid).dimension
    before = score(q, inputs).dimension(dim_id)
    dont_know = score(q, {**inputs, qid: QuestionInput("dont_know")}).dimension(dim_id)
    unanswered = score(q, {k: v for k, v in inputs.items() if k != qid}).dimension(dim_id)
    assert (dont_know.score, dont_know.level) == (unanswered.score, unanswered.level)
    assert dont_know.confidence < before.confidence
    assert dont_know.dont_know == before.dont_know + 1


def _with_questions(q: Questionnaire, questions: list) -> Questionnaire:  # type: ignore[type-arg]
    return Questionnaire.model_validate(
        {**q.model_dump(), "questions": [x.model_dump() for x in questions]}
    )


def _drop_question(q: Questionnaire, qid: str) -> Questionnaire:
    return _with_questions(q, [x for x in q.questions if x.id != qid])


@given(answered(na_policy="require_note"), st.booleans())
def test_na_without_the_note_it_needs_is_held_open(
    case: tuple[Questionnaire, dict[str, QuestionInput]], noted: bool
) -> None:
    """Under require_note an N/A without a note scores as unanswered, never as the lowest
    option; with its note it is left out of the denominator."""
    q, inputs = case
    values = [k for k, v in inputs.items() if v.status == "value"]
    if not values:
        return
    qid = values[0]
    dim_id = q.question(qid).dimension
    na = score(q, {**inputs, qid: QuestionInput("na", evidence=1.0, has_note=noted)})
    unanswered = score(q, {k: v for k, v in inputs.items() if k != qid})
    a, b = na.dimension(dim_id), unanswered.dimension(dim_id)
    assert (a.score, a.level) == (b.score, b.level)
    assert a.na_without_note == b.na_without_note + (0 if noted else 1)
    assert a.answered == b.answered + (1 if noted else 0)
    if not noted:
        assert (a.coverage, a.confidence) == (b.coverage, b.confidence)


@given(answered(), st.data())
def test_a_critical_question_caps_by_the_share_answering_low_not_by_the_mean(
    case: tuple[Questionnaire, dict[str, QuestionInput]], data: st.DataObject
) -> None:
    """Respondents split between the lowest and the highest option: the cap follows how many
    chose low, against the declared share, whatever their mean (a minority can't cap)."""
    q, inputs = case
    critical = [x for x in q.questions if x.critical is not None]
    if not critical:
        return
    question = data.draw(st.sampled_from(critical))
    low, high = q.value_range(question)
    lows, highs = data.draw(st.integers(0, 9)), data.draw(st.integers(0, 9))
    if lows + highs == 0:
        return
    answers = [
        (input_from_choice(q, question.id, value, 1.0, False), count)
        for value, count in ((low, lows), (high, highs))
        if count
    ]
    pooled = {**inputs, question.id: pool_counted(answers)}
    dim = score(q, pooled).dimension(question.dimension)
    share_low = lows / (lows + highs)
    binds = (dim.uncapped_level or 0) > question.critical.cap_level  # type: ignore[union-attr]
    assert (question.id in dim.capped_by) == (share_low >= q.scoring.critical_share and binds)
