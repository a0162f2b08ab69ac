"""Needle movers: raising the answer they name really raises the dimension's score by the gain."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from assess.models import Answer, Question, Questionnaire
from assess.planning import needle_movers
from assess.scoring import pooled_inputs, score
from tests.conftest import NOW, counted
from tests.planning_strategies import answer_sets
from tests.strategies import questionnaires

Answers = dict[str, Answer]


def dimension_score(q: Questionnaire, answers: Answers, dimension: str) -> float:
    value = score(q, pooled_inputs(q, counted([answers]))).dimension(dimension).score
    assert value is not None
    return value


def raised(q: Questionnaire, question: Question, answer: Answer, steps: int = 1) -> Answer:
    """The respondent's answer moved `steps` options up (an N/A counted as lowest starts there)."""
    values = [o.value for o in q.options_for(question)]
    index = values.index(answer.choice) if isinstance(answer.choice, int) else 0
    return answer.model_copy(update={"choice": values[min(index + steps, len(values) - 1)]})


def test_mini_movers_raise_the_score_by_their_gain(mini: Questionnaire) -> None:
    answers = {
        "user.feedback": Answer(choice=2, answered_at=NOW),
        "data.decisions": Answer(choice=1, answered_at=NOW),
        "data.privacy": Answer(choice=2, answered_at=NOW),
        "user.touchpoints": Answer(choice="dont_know", answered_at=NOW),
    }
    movers = needle_movers(mini, counted([answers]))
    data = movers["data"]
    assert [m.question for m in data] == ["data.decisions", "data.privacy"]
    decisions = data[0]
    # data.decisions is critical (below 2 caps at level 2): one step up both adds points and
    # lifts the cap, so it leads.
    assert decisions.gain_one_step == 25.0 and decisions.level_after_one_step == 3
    assert decisions.next_option is not None and decisions.next_option.en == (
        "Some decisions consult reports."
    )
    assert "raise to 'Some decisions consult reports.'" in decisions.hint.en
    user = movers["user"]
    assert [(m.question, m.kind) for m in user] == [
        ("user.feedback", "raise"),
        ("user.touchpoints", "answer"),
    ]
    assert user[1].gain_one_step is None and "answer this" in user[1].hint.en
    for dim, items in movers.items():
        for mover in items:
            if mover.kind != "raise":
                continue
            question = mini.question(mover.question)
            before = dimension_score(mini, answers, dim)
            better = {**answers, question.id: raised(mini, question, answers[question.id])}
            assert mover.gain_one_step is not None and mover.gain_one_step > 0
            assert abs(dimension_score(mini, better, dim) - before - mover.gain_one_step) < 0.01


def test_top_answers_are_not_movers(mini: Questionnaire) -> None:
    answers = {"user.feedback": Answer(choice=5, answered_at=NOW)}
    user = needle_movers(mini, counted([answers]))["user"]
    assert [(m.question, m.kind) for m in user] == [("user.touchpoints", "answer")]


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_every_raise_mover_raises_the_score_by_its_gains(data: st.DataObject) -> None:
    q = data.draw(questionnaires())
    (answers,) = data.draw(answer_sets(q).filter(lambda sets: len(sets) == 1))
    for dim, movers in needle_movers(q, counted([answers]), limit=100).items():
        raises = [m for m in movers if m.kind == "raise"]
        level = score(q, pooled_inputs(q, counted([answers]))).dimension(dim).level or 0
        ranks = [
            (level - (m.level_after_one_step or 0), -(m.gain_one_step or 0), m.question)
            for m in raises
        ]
        assert [r[:2] for r in ranks] == sorted(r[:2] for r in ranks), "levels, then points"
        assert [m.kind for m in movers] == sorted(m.kind for m in movers)[::-1], "raises first"
        for mover in raises:
            question = q.question(mover.question)
            before = dimension_score(q, answers, dim)
            one = {**answers, question.id: raised(q, question, answers[question.id])}
            top = {**answers, question.id: raised(q, question, answers[question.id], 99)}
            assert mover.gain_one_step is not None and mover.gain_to_top is not None
            assert mover.gain_one_step > 0 and mover.gain_to_top >= mover.gain_one_step
            assert abs(dimension_score(q, one, dim) - before - mover.gain_one_step) < 0.01
            assert abs(dimension_score(q, top, dim) - before - mover.gain_to_top) < 0.01
