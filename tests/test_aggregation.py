"""Workshop aggregation: hand-computed statistics, hiding of small groups, hotspots, consensus."""

from __future__ import annotations

import math
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assess.aggregation import AnswerMatrix, distribution_stats, summarize_workshop
from assess.aggregation.breakdown import cross_protect, partition
from assess.aggregation.matrix import Cell, matrix_from_plain
from assess.models import Answer, Questionnaire
from assess.models.plain import PlainRespondent
from assess.models.response import Choice
from assess.models.workshop import Consensus
from assess.scoring import pooled_inputs, score
from assess.scoring.consensus import apply_consensus
from assess.scoring.engine import score_dimension
from assess.scoring.inputs import inputs_from_answers
from tests.conftest import NOW, counted

L75 = math.log2(0.75)

# counts, low, high -> n, mean, median, std, q1, q3, iqr, agreement
STATS_CASES = [
    ({3: 4}, 1, 5, (4, 3.0, 3.0, 0.0, 3.0, 3.0, 0.0, 1.0)),
    ({1: 1, 5: 1}, 1, 5, (2, 3.0, 3.0, 2.0, 2.0, 4.0, 2.0, 0.0)),
    ({1: 1, 2: 2, 3: 1}, 1, 5, (4, 2.0, 2.0, math.sqrt(0.5), 1.75, 2.25, 0.5, 1 + L75 / 2)),
    (
        {1: 1, 2: 1, 3: 1, 4: 1, 5: 1},
        1,
        5,
        (5, 3.0, 3.0, math.sqrt(2.0), 2.0, 4.0, 2.0, 1 + (2 * -1 + 2 * L75) / 5),
    ),
    (
        {2: 3, 4: 1},
        1,
        4,
        (
            4,
            2.5,
            2.0,
            math.sqrt(0.75),
            2.0,
            2.5,
            0.5,
            1 + (0.75 * math.log2(5 / 6) + 0.25 * math.log2(0.5)),
        ),
    ),
    ({0.0: 1, 100.0: 1}, 0, 100, (2, 50.0, 50.0, 50.0, 25.0, 75.0, 50.0, 0.0)),
    ({7: 2}, 7, 7, (2, 7.0, 7.0, 0.0, 7.0, 7.0, 0.0, 1.0)),
]


@pytest.mark.parametrize(("counts", "low", "high", "expected"), STATS_CASES)
def test_distribution_stats_by_hand(
    counts: dict[float, int], low: int, high: int, expected: tuple[float, ...]
) -> None:
    stats = distribution_stats(counts, low, high)
    assert stats is not None
    got = (stats.n, stats.mean, stats.median, stats.std, stats.q1, stats.q3, stats.iqr)
    assert got == pytest.approx(expected[:7])
    assert stats.agreement == pytest.approx(expected[7], abs=1e-12)


def test_no_values_no_stats() -> None:
    assert distribution_stats({}, 1, 5) is None
    assert distribution_stats({3: 0}, 1, 5) is None


@given(st.dictionaries(st.integers(1, 7), st.integers(0, 50), min_size=1))
def test_agreement_is_between_0_and_1(counts: dict[int, int]) -> None:
    stats = distribution_stats(counts, 1, 7)
    assert stats is None or 0.0 <= stats.agreement <= 1.0


@given(st.integers(1, 5), st.integers(1, 1000))
def test_agreement_is_1_when_all_agree(value: int, count: int) -> None:
    stats = distribution_stats({value: count}, 1, 5)
    assert stats is not None and stats.agreement == 1.0 and stats.std == 0.0


@given(st.integers(1, 500))
def test_agreement_is_0_when_split_between_the_ends(count: int) -> None:
    stats = distribution_stats({1: count, 5: count}, 1, 5)
    assert stats is not None and stats.agreement == pytest.approx(0.0, abs=1e-12)


# -- hiding small groups --------------------------------------------------------------------

labels = st.lists(st.sampled_from(["CEO", "IT", "sales", "ops", "", None]), max_size=40)


@given(labels, labels, st.integers(1, 6))
def test_a_group_below_the_minimum_is_never_shown(
    roles: list[str | None], groups: list[str | None], min_size: int
) -> None:
    size = min(len(roles), len(groups))
    by_role = partition(roles[:size], min_size)
    by_group = cross_protect(by_role, partition(groups[:size], min_size), min_size)
    for part in (by_role, by_group):
        hidden = sum(part.sizes[name] for name in part.hidden)
        everything = len(part.hidden) == len(part.sizes)
        assert hidden == 0 or hidden >= min_size or everything  # subtraction reveals no one
        for info in part.info():
            assert info.shown == (info.hidden_reason is None)
            assert not info.shown or info.size >= min_size
            if info.size < min_size:
                assert info.hidden_reason == "group_below_minimum"


Rows = list[tuple[str, str | None, dict[str, Cell]]]


def people(rows: Rows) -> list[PlainRespondent]:
    return [
        PlainRespondent(
            name=f"p{i}",
            role=role,
            group=group,
            answers={qid: (c, "", None) for qid, c in answers.items() if c is not None},  # type: ignore[misc]
        )
        for i, (role, group, answers) in enumerate(rows)
    ]


def test_small_roles_are_hidden_with_their_reason_and_never_dropped(mini: Questionnaire) -> None:
    rows: Rows = [("CEO", None, {"user.feedback": 5})]
    rows += [("IT", None, {"user.feedback": 2}) for _ in range(3)]
    rows += [("sales", None, {"user.feedback": 4}) for _ in range(4)]
    summary = summarize_workshop(mini, matrix_from_plain(mini, people(rows)))
    assert [(r.name, r.size, r.shown, r.hidden_reason) for r in summary.roles] == [
        ("CEO", 1, False, "group_below_minimum"),
        ("IT", 3, False, "protects_small_group"),  # else overall − sales = the CEO's answer
        ("sales", 4, True, None),
    ]
    cells = {c.name: c for c in summary.question("user.feedback").by_role}
    assert set(cells) == {"CEO", "IT", "sales"}
    assert cells["CEO"].stats is None and cells["IT"].stats is None
    assert cells["sales"].stats is not None and cells["sales"].stats.mean == 4
    assert summary.groups[0].name == "" and summary.groups[0].size == 8


def test_a_cell_with_too_few_answers_is_hidden(mini: Questionnaire) -> None:
    rows: Rows = [
        ("IT", None, {"user.feedback": 2, "data.privacy": 3 if i == 0 else None}) for i in range(3)
    ]
    rows += [("sales", None, {"user.feedback": 4, "data.privacy": 1}) for _ in range(3)]
    summary = summarize_workshop(mini, matrix_from_plain(mini, people(rows)))
    privacy = {c.name: c for c in summary.question("data.privacy").by_role}
    assert privacy["IT"].hidden_reason == "too_few_answers" and privacy["IT"].stats is None
    assert privacy["sales"].shown
    assert summary.question("data.privacy").stats is not None  # overall still shown
    assert summary.question("data.privacy").unanswered == 2


def test_a_group_that_differs_from_a_role_by_one_person_is_hidden(mini: Questionnaire) -> None:
    rows: Rows = [("IT", "north", {"user.feedback": 2}) for _ in range(3)]
    rows += [("sales", "north", {"user.feedback": 4})]
    rows += [("sales", "south", {"user.feedback": 4}) for _ in range(3)]
    summary = summarize_workshop(mini, matrix_from_plain(mini, people(rows)))
    groups = {g.name: g for g in summary.groups}
    assert groups["north"].hidden_reason == "protects_small_group"  # north − IT = one person
    assert groups["south"].hidden_reason == "protects_small_group"  # south − sales = one
    assert all(r.shown for r in summary.roles)


# -- per question and per dimension --------------------------------------------------------

ROWS: Rows = [
    (
        "lead",
        "g1",
        {"user.feedback": 5, "user.touchpoints": 4, "data.decisions": 3, "data.privacy": "na"},
    ),
    (
        "lead",
        "g1",
        {"user.feedback": 4, "user.touchpoints": "na", "data.decisions": 3, "data.privacy": 4},
    ),
    ("lead", "g2", {"user.feedback": 5, "user.touchpoints": 3, "data.decisions": "dont_know"}),
    (
        "staff",
        "g2",
        {"user.feedback": 1, "user.touchpoints": 1, "data.decisions": 1, "data.privacy": 1},
    ),
    (
        "staff",
        "g2",
        {"user.feedback": 2, "user.touchpoints": 2, "data.decisions": 2, "data.privacy": 2},
    ),
    (
        "staff",
        "g1",
        {"user.feedback": 1, "user.touchpoints": 1, "data.decisions": 3, "data.privacy": 2},
    ),
]


@pytest.fixture
def workshop(mini: Questionnaire) -> list[PlainRespondent]:
    return people(ROWS)


def test_question_figures(mini: Questionnaire, workshop: list[PlainRespondent]) -> None:
    summary = summarize_workshop(mini, matrix_from_plain(mini, workshop))
    feedback = summary.question("user.feedback")
    assert [(o.value, o.count) for o in feedback.options] == [
        (1, 2),
        (2, 1),
        (3, 0),
        (4, 1),
        (5, 2),
    ]
    assert feedback.stats is not None
    assert (feedback.stats.n, feedback.stats.mean, feedback.stats.median) == (6, 3.0, 3.0)
    cells = {c.name: c for c in feedback.by_role}
    assert cells["lead"].stats is not None and cells["lead"].stats.mean == pytest.approx(14 / 3)
    assert cells["staff"].stats is not None and cells["staff"].stats.mean == pytest.approx(4 / 3)
    assert feedback.role_gap == pytest.approx(100 * (14 / 3 - 4 / 3) / 4)
    privacy = summary.question("data.privacy")
    assert (privacy.na, privacy.dont_know, privacy.unanswered) == (1, 0, 1)
    decisions = summary.question("data.decisions")
    assert (decisions.na, decisions.dont_know, decisions.unanswered) == (0, 1, 0)
    assert {c.name: c.dont_know for c in decisions.by_role} == {"lead": 1, "staff": 0}


def test_dimension_positions_follow_the_engine(
    mini: Questionnaire, workshop: list[PlainRespondent]
) -> None:
    summary = summarize_workshop(mini, matrix_from_plain(mini, workshop))
    user = summary.dimension("user")
    expected = []
    for person in workshop:
        answers = {qid: _answer(choice, note) for qid, (choice, note, _) in person.answers.items()}
        found = score_dimension(mini, mini.dimension("user"), inputs_from_answers(mini, answers))
        if found.score is not None:
            expected.append(found.score)
    assert user.stats is not None
    assert user.stats.n == len(expected)
    assert user.stats.mean == pytest.approx(sum(expected) / len(expected))
    assert sum(c.count for c in user.levels) == len(expected)
    assert user.na == 1 and summary.dimension("data").dont_know == 1


def test_hotspots_rank_the_least_agreement_first(
    mini: Questionnaire, workshop: list[PlainRespondent]
) -> None:
    summary = summarize_workshop(mini, matrix_from_plain(mini, workshop))
    agreements = [h.agreement for h in summary.hotspots]
    assert agreements == sorted(agreements)
    assert [h.rank for h in summary.hotspots] == list(range(1, len(agreements) + 1))
    assert summary.hotspots[0].question_id == "user.feedback"  # two camps at both ends


def _answer(choice: Choice, note: str = "") -> Answer:
    return Answer(choice=choice, note=note, answered_at=NOW)


def _models(workshop: list[PlainRespondent]) -> list[dict[str, Answer]]:
    return [{qid: _answer(c, n) for qid, (c, n, _) in p.answers.items()} for p in workshop]


def test_pooled_scorecard_equals_the_engine_on_pooled_answers(
    mini: Questionnaire, workshop: list[PlainRespondent]
) -> None:
    summary = summarize_workshop(mini, matrix_from_plain(mini, workshop))
    expected = score(mini, pooled_inputs(mini, counted(_models(workshop))), respondents=6)
    assert summary.pooled_scorecard.overall_index == pytest.approx(expected.overall_index)
    for got, want in zip(summary.pooled_scorecard.dimensions, expected.dimensions, strict=True):
        assert got.score == pytest.approx(want.score)
        assert (got.level, got.answered, got.na, got.dont_know) == (
            want.level,
            want.answered,
            want.na,
            want.dont_know,
        )
        assert got.confidence == pytest.approx(want.confidence)


def test_consensus_drives_the_scorecard_while_raw_answers_stay(
    mini: Questionnaire, workshop: list[PlainRespondent]
) -> None:
    decision = Consensus(
        question_id="user.feedback", choice=2, rationale="we agreed", decided_at=NOW
    )
    plain = summarize_workshop(mini, matrix_from_plain(mini, workshop))
    decided = summarize_workshop(mini, matrix_from_plain(mini, workshop), [decision])
    pooled = pooled_inputs(mini, counted(_models(workshop)))
    expected = score(mini, apply_consensus(mini, pooled, [decision]), respondents=6)
    assert decided.scorecard.dimension("user").score == pytest.approx(
        expected.dimension("user").score
    )
    assert decided.scorecard.dimension("user").score != pytest.approx(
        plain.scorecard.dimension("user").score
    )
    assert decided.pooled_scorecard == plain.pooled_scorecard
    feedback = decided.question("user.feedback")
    assert feedback.consensus == decision
    assert feedback.options == plain.question("user.feedback").options  # raw answers shown
    assert [h.decided for h in decided.hotspots if h.question_id == "user.feedback"] == [True]


def test_an_empty_workshop(mini: Questionnaire) -> None:
    summary = summarize_workshop(mini, AnswerMatrix((), (), (), ()))
    assert summary.respondents == 0 and summary.hotspots == [] and summary.roles == []
    assert all(x.stats is None for x in summary.questions)
    assert summary.scorecard.overall_index is None


def test_a_matrix_with_ragged_columns_is_refused() -> None:
    with pytest.raises(ValueError, match="one entry per respondent"):
        AnswerMatrix(("q",), ("a", "b"), (None, None), ([1],))


cells = st.sampled_from([1, 2, 3, 4, "na", "dont_know", None])
labelled = st.tuples(
    st.sampled_from(["CEO", "IT", "ops"]), st.sampled_from(["a", "b", None]), cells
)


@given(st.lists(labelled, max_size=25), st.integers(1, 5))
def test_a_summary_never_shows_a_small_group(
    mini: Questionnaire, rows: list[tuple[str, str | None, Cell]], min_size: int
) -> None:
    answers: Rows = [(role, group, {"data.privacy": cell}) for role, group, cell in rows]
    matrix = matrix_from_plain(mini, people(answers))
    summary = summarize_workshop(mini, matrix, min_group_size=min_size)
    sizes: dict[str, Counter[str]] = {
        "roles": Counter(role for role, _, _ in rows),
        "groups": Counter(group or "" for _, group, _ in rows),
    }
    for spread in [*summary.questions, *summary.dimensions]:
        for kind, found in (("roles", spread.by_role), ("groups", spread.by_group)):
            for cell in found:
                assert not cell.shown or sizes[kind][cell.name] >= min_size
                assert cell.shown == (cell.na is not None)
                assert cell.stats is None or 0.0 <= cell.stats.agreement <= 1.0
        assert spread.stats is None or 0.0 <= spread.stats.agreement <= 1.0
