"""The lever × horizon grid, each lever's summary, and the load of each horizon."""

from __future__ import annotations

from collections.abc import Sequence

from assess.models import Questionnaire
from assess.models.roadmap import Lever
from assess.planning.horizons import MONTHS, Capacity
from assess.planning.labels import HORIZON_NAMES, LEVER_NAMES, LIST_SEPARATOR, join, label
from assess.planning.models import (
    Horizon,
    HorizonCell,
    HorizonPlan,
    LeverPlan,
    PlannedInitiative,
)


def horizon_plans(
    initiatives: Sequence[PlannedInitiative], capacity: Capacity
) -> list[HorizonPlan]:
    plans = []
    for horizon in Horizon:
        items = [i for i in initiatives if i.horizon == horizon]
        start, end = MONTHS[horizon]
        plans.append(
            HorizonPlan(
                horizon=horizon,
                name=HORIZON_NAMES[horizon],
                start_month=start,
                end_month=end,
                capacity=capacity.points(horizon),
                max_effort=capacity.max_effort(horizon),
                effort=sum(i.effort for i in items),
                initiatives=len(items),
            )
        )
    return plans


def lever_plans(q: Questionnaire, initiatives: Sequence[PlannedInitiative]) -> list[LeverPlan]:
    """All four levers, even those without initiatives; cells keep the initiatives' order."""
    return [_lever_plan(q, lever, [i for i in initiatives if i.lever == lever]) for lever in Lever]


def _lever_plan(q: Questionnaire, lever: Lever, items: Sequence[PlannedInitiative]) -> LeverPlan:
    dims = [d.id for d in q.dimensions if any(i.dimension == d.id for i in items)]
    quick_wins = sum(1 for i in items if i.quick_win)
    effort = sum(i.effort for i in items)
    summary = label("lever_empty")
    if items:
        summary = label(
            "lever_summary",
            count=len(items),
            quick_wins=quick_wins,
            backlog=sum(1 for i in items if i.horizon == Horizon.BACKLOG),
            effort=effort,
            dimensions=join([q.dimension(d).name for d in dims], LIST_SEPARATOR),
        )
    return LeverPlan(
        lever=lever,
        name=LEVER_NAMES[lever],
        summary=summary,
        initiatives=len(items),
        quick_wins=quick_wins,
        effort=effort,
        dimensions=dims,
        cells=[
            HorizonCell(horizon=h, initiatives=[i.id for i in items if i.horizon == h])
            for h in Horizon
        ],
    )
