"""Planner properties over random knowledge bases (DAGs), answers, targets and capacities."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from assess.models import Answer, KnowledgeBase, Questionnaire
from assess.planning import Capacity, Horizon, Roadmap, plan_roadmap
from assess.planning.horizons import SCHEDULED
from assess.planning.selection import in_target_range
from assess.planning.targets import planning_level
from assess.scoring import pooled_inputs, score
from tests.conftest import counted
from tests.planning_strategies import planning_inputs

ORDER = {h: n for n, h in enumerate(Horizon)}

Inputs = tuple[Questionnaire, KnowledgeBase, list[dict[str, Answer]], dict[str, int], Capacity]


def plan(inputs: Inputs) -> Roadmap:
    q, kb, answers, targets, capacity = inputs
    card = score(q, pooled_inputs(q, counted(answers)), respondents=len(answers))
    return plan_roadmap(q, kb, card, counted(answers), targets, capacity)


def current_levels(inputs: Inputs) -> dict[str, int]:
    q, _, answers, _, _ = inputs
    card = score(q, pooled_inputs(q, counted(answers)))
    return {d.dimension: planning_level(q, d) for d in card.dimensions}


@settings(max_examples=100, deadline=None)
@given(planning_inputs())
def test_prerequisites_are_scheduled_strictly_earlier(inputs: Inputs) -> None:
    roadmap = plan(inputs)
    for item in roadmap.initiatives:
        for prereq in item.prerequisites:
            before = roadmap.initiative(prereq).horizon
            if item.horizon == Horizon.BACKLOG:
                continue
            assert ORDER[before] < ORDER[item.horizon], (prereq, before, item.id, item.horizon)


@settings(max_examples=100, deadline=None)
@given(planning_inputs())
def test_every_unmet_prerequisite_is_in_the_plan_and_met_ones_are_reached(inputs: Inputs) -> None:
    _, kb, _, _, _ = inputs
    roadmap = plan(inputs)
    current = current_levels(inputs)
    planned = {i.id for i in roadmap.initiatives}
    for item in roadmap.initiatives:
        declared = set(kb.initiative(item.id).prerequisites)
        assert set(item.prerequisites) | set(item.met_prerequisites) == declared
        assert set(item.prerequisites) <= planned
        for met in item.met_prerequisites:
            step = kb.initiative(met)
            assert step.to_level <= current[step.dimension]


@settings(max_examples=100, deadline=None)
@given(planning_inputs())
def test_capacity_and_first_horizon_effort_limit_hold(inputs: Inputs) -> None:
    capacity = inputs[4]
    roadmap = plan(inputs)
    for horizon in SCHEDULED:
        items = roadmap.in_horizon(horizon)
        assert sum(i.effort for i in items) <= (capacity.points(horizon) or 0)
        limit = capacity.max_effort(horizon)
        assert all(limit is None or i.effort <= limit for i in items)
    for plan_ in roadmap.horizons:
        assert plan_.effort == sum(i.effort for i in roadmap.in_horizon(plan_.horizon))


@settings(max_examples=100, deadline=None)
@given(planning_inputs())
def test_exactly_the_target_range_is_planned_and_nothing_is_dropped(inputs: Inputs) -> None:
    _, kb, _, _, _ = inputs
    roadmap = plan(inputs)
    current = current_levels(inputs)
    target = {g.dimension: g.target_level for g in roadmap.gaps}
    expected = {
        i.id
        for i in kb.initiatives
        if in_target_range(i, current[i.dimension], target[i.dimension])
    }
    assert {i.id for i in roadmap.initiatives if i.inclusion == "gap"} == expected
    pulled = [i for i in roadmap.initiatives if i.inclusion == "prerequisite"]
    assert all(i.required_by and i.id not in expected for i in pulled)
    in_cells = sorted(
        x for lever in roadmap.levers for cell in lever.cells for x in cell.initiatives
    )
    assert in_cells == sorted(i.id for i in roadmap.initiatives)


@settings(max_examples=100, deadline=None)
@given(planning_inputs())
def test_targets_at_or_below_current_plan_no_gap_work(inputs: Inputs) -> None:
    roadmap = plan(inputs)
    for gap in roadmap.gaps:
        if gap.gap_levels == 0:
            gap_work = [i for i in roadmap.initiatives if i.dimension == gap.dimension]
            assert all(i.inclusion == "prerequisite" for i in gap_work)


@settings(max_examples=100, deadline=None)
@given(planning_inputs())
def test_prerequisites_never_rank_below_what_needs_them(inputs: Inputs) -> None:
    roadmap = plan(inputs)
    for item in roadmap.initiatives:
        for prereq in item.prerequisites:
            assert roadmap.initiative(prereq).priority >= item.priority


@settings(max_examples=60, deadline=None)
@given(planning_inputs(), st.randoms(use_true_random=False))
def test_output_is_deterministic_and_independent_of_file_order(
    inputs: Inputs, rng: random.Random
) -> None:
    q, kb, answers, targets, capacity = inputs
    first = plan(inputs).model_dump_json()
    assert plan(inputs).model_dump_json() == first
    shuffled = list(kb.initiatives)
    rng.shuffle(shuffled)
    reordered = kb.model_copy(update={"initiatives": shuffled})
    assert plan((q, reordered, answers, targets, capacity)).model_dump_json() == first
