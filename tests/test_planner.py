"""The roadmap planner on the mini fixture and on the built-in internet-thinking content."""

from __future__ import annotations

from pathlib import Path

import pytest

from assess.errors import BadInput
from assess.loading.questionnaire_loader import (
    find_questionnaire,
    load_questionnaire,
    load_roadmap,
    roadmap_path,
)
from assess.models import Answer, Engagement, KnowledgeBase, Lever, Questionnaire, Respondent
from assess.models.assessment import Assessment
from assess.models.plain import plain_respondent
from assess.planning import (
    Capacity,
    Horizon,
    Roadmap,
    phasing_rules_text,
    plan_roadmap,
    priority_formula_text,
)
from assess.planning.assessment import plan_assessment
from assess.planning.priority import QUICK_WIN_MAX_EFFORT, QUICK_WIN_MIN_IMPACT
from assess.scoring import pooled_inputs, score
from tests.conftest import FIXTURES, NOW, counted

Answers = dict[str, Answer]


@pytest.fixture(scope="module")
def kb(mini: Questionnaire) -> KnowledgeBase:
    return load_roadmap(FIXTURES / "mini.roadmap.yaml", mini)


def answers(**choices: int | str) -> Answers:
    """Answers keyed by question id written with '_' for '.': user_feedback=2."""
    return {k.replace("_", ".", 1): Answer(choice=v, answered_at=NOW) for k, v in choices.items()}


def plan(
    q: Questionnaire,
    kb: KnowledgeBase,
    given: list[Answers],
    targets: dict[str, int] | None = None,
    capacity: Capacity | None = None,
) -> Roadmap:
    card = score(q, pooled_inputs(q, counted(given)), respondents=len(given))
    return plan_roadmap(q, kb, card, counted(given), targets, capacity)


LOW = answers(user_feedback=1, data_decisions=1)  # both dimensions at level 1, score 0


def ids(roadmap: Roadmap) -> set[str]:
    return {i.id for i in roadmap.initiatives}


def test_default_target_is_one_level_up_with_gap_in_levels_and_points(
    mini: Questionnaire, kb: KnowledgeBase
) -> None:
    roadmap = plan(mini, kb, [answers(user_feedback=2, data_decisions=1)])
    user, data = roadmap.gap("user"), roadmap.gap("data")
    assert (user.current_level, user.target_level, user.target_source) == (2, 3, "default")
    assert (user.gap_levels, user.gap_points) == (1, 15.0)  # threshold 40 − score 25
    assert (data.current_level, data.target_level, data.gap_points) == (1, 2, 20.0)


def test_default_target_is_capped_at_the_top_level(mini: Questionnaire, kb: KnowledgeBase) -> None:
    top = answers(user_feedback=5, user_touchpoints=4, data_decisions=3, data_privacy=4)
    roadmap = plan(mini, kb, [top])
    assert all(g.target_level == 5 and g.gap_levels == 0 for g in roadmap.gaps)
    assert roadmap.initiatives == []


def test_unscored_dimension_is_planned_from_the_lowest_level(
    mini: Questionnaire, kb: KnowledgeBase
) -> None:
    roadmap = plan(mini, kb, [answers(user_feedback=1)])
    data = roadmap.gap("data")
    assert data.current_level is None and data.target_level == 2 and data.gap_points == 20.0
    assert "data.dashboard" in ids(roadmap)
    assert "not assessed" in roadmap.initiative("data.dashboard").reason.en


def test_candidates_lie_between_current_and_target(mini: Questionnaire, kb: KnowledgeBase) -> None:
    assert ids(plan(mini, kb, [LOW])) == {"user.listen", "data.dashboard"}
    assert ids(plan(mini, kb, [LOW], {"user": 3})) == {
        "user.listen",
        "user.cocreate",
        "data.dashboard",
    }


def test_targets_at_or_below_current_give_no_initiatives(
    mini: Questionnaire, kb: KnowledgeBase
) -> None:
    roadmap = plan(mini, kb, [answers(user_feedback=3, data_decisions=1)], {"user": 2, "data": 1})
    assert roadmap.initiatives == []
    assert all(g.gap_levels == 0 and g.gap_points == 0 for g in roadmap.gaps)
    assert [lever.lever for lever in roadmap.levers] == list(Lever)
    assert all(lever.initiatives == 0 for lever in roadmap.levers)
    assert roadmap.levers[0].summary.en == "No initiatives on this lever for these targets."


def test_prerequisite_is_scheduled_in_an_earlier_horizon(
    mini: Questionnaire, kb: KnowledgeBase
) -> None:
    roadmap = plan(mini, kb, [LOW], {"user": 3})
    listen, cocreate = roadmap.initiative("user.listen"), roadmap.initiative("user.cocreate")
    assert cocreate.prerequisites == ["user.listen"] and listen.required_by == ["user.cocreate"]
    assert (listen.horizon, cocreate.horizon) == (Horizon.MONTHS_0_3, Horizon.MONTHS_3_12)
    assert listen.priority >= cocreate.priority
    assert "User co-creation panel" in listen.reason.en


def test_reached_prerequisite_counts_as_met(mini: Questionnaire, kb: KnowledgeBase) -> None:
    roadmap = plan(mini, kb, [answers(user_feedback=2, data_decisions=1)])
    cocreate = roadmap.initiative("user.cocreate")
    assert cocreate.prerequisites == [] and cocreate.met_prerequisites == ["user.listen"]
    assert "user.listen" not in ids(roadmap)
    assert cocreate.horizon == Horizon.MONTHS_0_3


def test_unmet_prerequisite_outside_the_range_is_pulled_in_with_its_reason(
    mini: Questionnaire, kb: KnowledgeBase
) -> None:
    data = kb.model_dump()
    data["initiatives"][1]["prerequisites"] = ["user.listen", "data.dashboard"]
    needy = KnowledgeBase.model_validate(data)
    roadmap = plan(mini, needy, [answers(user_feedback=2, data_decisions=1)], {"data": 1})
    pulled = roadmap.initiative("data.dashboard")
    assert pulled.inclusion == "prerequisite" and pulled.required_by == ["user.cocreate"]
    assert (
        pulled.base_priority == 0
        and pulled.priority == roadmap.initiative("user.cocreate").priority
    )
    assert pulled.reason.en.startswith("Prerequisite of 'User co-creation panel'")
    assert "决策仪表盘" not in pulled.reason.zh and "用户共创小组" in pulled.reason.zh
    cocreate = roadmap.initiative("user.cocreate")
    assert cocreate.prerequisites == ["data.dashboard"] and cocreate.met_prerequisites == [
        "user.listen"
    ]
    assert cocreate.horizon == Horizon.MONTHS_3_12 and pulled.horizon == Horizon.MONTHS_0_3


def test_priority_follows_the_documented_formula(mini: Questionnaire, kb: KnowledgeBase) -> None:
    roadmap = plan(mini, kb, [LOW], {"user": 3})
    # W: user 1 / mean 1.5, data 2 / mean 1.5. G: user 2, data 1.
    assert roadmap.initiative("user.listen").base_priority == round(2 * (1 / 1.5) * 1 * 4 / 2, 2)
    assert roadmap.initiative("user.cocreate").base_priority == round(
        2 * (1 / 1.5) * (1 / 2) * 4 / 3, 2
    )
    assert roadmap.initiative("data.dashboard").base_priority == round(1 * (2 / 1.5) * 5 / 3, 2)
    en, zh = priority_formula_text("en"), priority_formula_text("zh")
    assert "G × W × S × I ÷ E" in en and "G × W × S × I ÷ E" in zh
    assert f"impact ≥ {QUICK_WIN_MIN_IMPACT}" in en and f"effort ≤ {QUICK_WIN_MAX_EFFORT}" in en
    assert "每季度 8 个投入点" in phasing_rules_text("zh") and "8, 24 and 32" in phasing_rules_text(
        "en"
    )


def test_quick_wins_are_flagged(mini: Questionnaire, kb: KnowledgeBase) -> None:
    roadmap = plan(mini, kb, [LOW])
    assert roadmap.initiative("user.listen").quick_win  # impact 4, effort 2
    assert not roadmap.initiative("data.dashboard").quick_win  # effort 3


def test_capacity_spills_lower_priority_work_later_and_to_the_backlog(
    mini: Questionnaire, kb: KnowledgeBase
) -> None:
    roadmap = plan(mini, kb, [LOW], {"user": 3}, Capacity(per_quarter=1))
    horizons = {i.id: i.horizon for i in roadmap.initiatives}
    assert horizons == {
        "user.listen": Horizon.MONTHS_3_12,
        "data.dashboard": Horizon.MONTHS_12_24,
        "user.cocreate": Horizon.BACKLOG,
    }
    backlog = next(h for h in roadmap.horizons if h.horizon == Horizon.BACKLOG)
    assert backlog.initiatives == 1 and backlog.capacity is None
    culture = next(lever for lever in roadmap.levers if lever.lever == Lever.CULTURE)
    assert culture.cells[-1].initiatives == ["user.cocreate"]
    assert "in the backlog: 1" in culture.summary.en and "待办 1 项" in culture.summary.zh


def test_first_horizon_takes_only_small_work(mini: Questionnaire, kb: KnowledgeBase) -> None:
    roadmap = plan(mini, kb, [LOW], capacity=Capacity(first_horizon_max_effort=2))
    assert roadmap.initiative("user.listen").horizon == Horizon.MONTHS_0_3
    assert roadmap.initiative("data.dashboard").horizon == Horizon.MONTHS_3_12


def test_reason_answers_and_kpi_baseline_come_from_the_answers(
    mini: Questionnaire, kb: KnowledgeBase
) -> None:
    given = [answers(user_feedback=2, data_decisions=1), answers(user_feedback=2, data_decisions=2)]
    roadmap = plan(mini, kb, given, {"user": 3})
    cocreate = roadmap.initiative("user.cocreate")
    assert cocreate.answers == []
    assert cocreate.kpis[0].baseline.en == "no baseline in the answers: measure it first"
    listen_roadmap = plan(mini, kb, [LOW, answers(user_feedback=2)])
    listen = listen_roadmap.initiative("user.listen")
    (summary,) = listen.answers
    assert (summary.question, summary.respondents, summary.mean_value) == ("user.feedback", 2, 1.5)
    assert summary.hint.en == "today: 'Not collected.' (level 1)"
    assert summary.hint.zh == "现状：“不收集。”（1 级）"
    assert listen.kpis[0].baseline == summary.hint
    assert "Not collected." in listen.reason.en and "不收集。" in listen.reason.zh


def test_answer_summary_reports_na_and_dont_know(mini: Questionnaire, kb: KnowledgeBase) -> None:
    data = kb.model_dump()
    data["initiatives"][2]["questions"] = ["data.privacy", "data.decisions"]
    roadmap = plan(
        mini,
        KnowledgeBase.model_validate(data),
        [answers(user_feedback=1, data_privacy="na", data_decisions="dont_know")],
    )
    privacy, decisions = roadmap.initiative("data.dashboard").answers
    assert (privacy.status, privacy.na, privacy.hint.en) == ("na", 1, "today: not applicable")
    assert (decisions.status, decisions.dont_know) == ("dont_know", 1)


def test_bad_targets_are_bad_input(mini: Questionnaire, kb: KnowledgeBase) -> None:
    with pytest.raises(BadInput, match="unknown dimension 'nope'"):
        plan(mini, kb, [LOW], {"nope": 2})
    with pytest.raises(BadInput, match=r"outside 1\.\.5"):
        plan(mini, kb, [LOW], {"user": 6})


def assessment(q: Questionnaire, kb: KnowledgeBase, targets: dict[str, int]) -> Assessment:
    engagement = Engagement(organization="Acme", targets=targets)
    respondent = Respondent(id="r1", name="Li", answers=LOW)
    return Assessment(q, kb, engagement, [plain_respondent(respondent)], "answers.json")


def test_engagement_targets_apply_and_overrides_win(mini: Questionnaire, kb: KnowledgeBase) -> None:
    stored = plan_assessment(assessment(mini, kb, {"user": 3, "data": 1}))
    assert stored.gap("user").target_level == 3 and stored.gap("user").target_source == "set"
    assert "user.cocreate" in ids(stored) and "data.dashboard" not in ids(stored)
    overridden = plan_assessment(assessment(mini, kb, {"user": 3}), {"user": 2})
    assert overridden.gap("user").target_level == 2 and "user.cocreate" not in ids(overridden)


def test_bad_engagement_targets_name_the_source(mini: Questionnaire, kb: KnowledgeBase) -> None:
    with pytest.raises(BadInput, match=r"answers\.json at targets\.user: target level 7"):
        plan_assessment(assessment(mini, kb, {"user": 7}))


def test_same_input_gives_identical_json(mini: Questionnaire, kb: KnowledgeBase) -> None:
    given = [answers(user_feedback=2, data_decisions=1, user_touchpoints="dont_know")]
    first = plan(mini, kb, given, {"user": 4}).model_dump_json()
    assert plan(mini, kb, given, {"user": 4}).model_dump_json() == first
    assert Roadmap.model_validate_json(first).model_dump_json() == first


# --- the built-in content --------------------------------------------------------------------


@pytest.fixture(scope="module")
def builtin() -> tuple[Questionnaire, KnowledgeBase]:
    try:
        path = find_questionnaire("internet-thinking")
    except BadInput:
        pytest.skip("the built-in questionnaire is not there yet")
    q = load_questionnaire(path)
    kb_path = roadmap_path(q, path)
    if kb_path is None or not Path(kb_path).exists():
        pytest.skip("the built-in knowledge base is not there yet")
    return q, load_roadmap(kb_path, q)


def low_maturity(q: Questionnaire) -> list[Answers]:
    """Three respondents answering mostly the lowest options, some the second."""
    return [
        {
            x.id: Answer(choice=1 + ((n + r) % 3 == 0), answered_at=NOW)
            for n, x in enumerate(q.questions)
        }
        for r in range(3)
    ]


def test_low_maturity_organization_gets_work_on_all_four_levers(
    builtin: tuple[Questionnaire, KnowledgeBase],
) -> None:
    q, kb = builtin
    roadmap = plan(q, kb, low_maturity(q))
    assert all(g.current_level == 1 and g.target_level == 2 for g in roadmap.gaps)
    assert all(lever.initiatives > 0 for lever in roadmap.levers)
    scheduled = [i for i in roadmap.initiatives if i.horizon != Horizon.BACKLOG]
    assert {i.lever for i in scheduled} == set(Lever)
    assert roadmap.in_horizon(Horizon.MONTHS_0_3), "quick wins in the first three months"
    assert any(i.quick_win for i in roadmap.in_horizon(Horizon.MONTHS_0_3))
    for item in roadmap.initiatives:
        assert item.reason.zh and item.reason.en and item.kpis
        assert all(k.baseline.zh and k.baseline.en for k in item.kpis)


def test_ambitious_targets_on_builtin_content_respect_capacity(
    builtin: tuple[Questionnaire, KnowledgeBase],
) -> None:
    q, kb = builtin
    capacity = Capacity()
    roadmap = plan(q, kb, low_maturity(q), {d.id: 4 for d in q.dimensions}, capacity)
    for horizon in roadmap.horizons:
        if horizon.capacity is not None:
            assert horizon.effort <= horizon.capacity
    assert roadmap.in_horizon(Horizon.BACKLOG), "more work than 24 months hold goes to the backlog"


def test_level_held_back_by_a_critical_answer_is_explained(
    mini: Questionnaire, kb: KnowledgeBase
) -> None:
    data = kb.model_dump()
    data["initiatives"][2].update(from_level=2, to_level=3)
    stepped = KnowledgeBase.model_validate(data)
    roadmap = plan(mini, stepped, [answers(user_feedback=1, data_decisions=1, data_privacy=4)])
    gap = roadmap.gap("data")
    assert (gap.current_score, gap.current_level, gap.capped_by) == (50.0, 2, ["data.decisions"])
    assert (gap.target_level, gap.gap_levels, gap.gap_points) == (3, 1, 0.0)
    reason = roadmap.initiative("data.dashboard").reason
    assert "critical questions hold the level back" in reason.en and "关键题" in reason.zh


def test_roadmap_records_the_capacity_for_its_method_text(
    mini: Questionnaire, kb: KnowledgeBase
) -> None:
    roadmap = plan(mini, kb, [LOW], capacity=Capacity(per_quarter=5, first_horizon_max_effort=2))
    assert Capacity.of(roadmap) == Capacity(5, 2)
    assert "5 effort points per quarter (5, 15 and 20 points)" in phasing_rules_text(
        "en", Capacity.of(roadmap)
    )
    assert Capacity.of(plan(mini, kb, [LOW])) == Capacity()


def test_without_a_catalogue_the_plan_holds_targets_gaps_and_next_steps(
    mini: Questionnaire,
) -> None:
    respondent = Respondent(id="r1", name="Li", answers=LOW)
    bare = Assessment(
        mini, None, Engagement(organization="Acme"), [plain_respondent(respondent)], "answers.json"
    )
    roadmap = plan_assessment(bare)
    assert roadmap.knowledge_base_id is None and roadmap.initiatives == []
    assert all(g.target_level == (g.current_level or 1) + 1 for g in roadmap.gaps)
    raises = [m for g in roadmap.gaps for m in g.needle_movers if m.kind == "raise"]
    assert raises and all(m.next_option is not None for m in raises)


def test_a_critical_question_holding_a_dimension_down_pulls_in_what_improves_it(
    mini: Questionnaire, kb: KnowledgeBase
) -> None:
    """data.decisions answered 1 caps data at 2 though data.privacy alone would lift it: the
    initiative on data.decisions (step 1→2, already 'reached') is planned to unlock the target,
    and only while the target lies above the capped level."""
    linked = [
        i.model_copy(update={"questions": ["data.decisions"]}) if i.id == "data.dashboard" else i
        for i in kb.initiatives
    ]
    kb = kb.model_copy(update={"initiatives": linked})
    given = [answers(user_feedback=3, data_decisions=1, data_privacy=4)]
    card = score(mini, pooled_inputs(mini, counted(given)), respondents=1)
    assert card.dimension("data").capped_by == ["data.decisions"]
    held = plan(mini, kb, given, targets={"data": 3})
    [unlock] = [i for i in held.initiatives if i.id == "data.dashboard"]
    assert unlock.inclusion == "unlock"
    assert "data.dashboard" not in ids(plan(mini, kb, given, targets={"data": 2}))
