"""Roadmap planner: from a scorecard and targets to a phased plan over four levers. No I/O."""

from assess.planning.horizons import Capacity, phasing_rules_text
from assess.planning.models import (
    AnswerSummary,
    DimensionGap,
    Horizon,
    HorizonCell,
    HorizonPlan,
    LeverPlan,
    NeedleMover,
    PlannedInitiative,
    PlannedKpi,
    Roadmap,
)
from assess.planning.needle import needle_movers
from assess.planning.planner import plan_roadmap
from assess.planning.priority import priority_formula_text

__all__ = [
    "AnswerSummary",
    "Capacity",
    "DimensionGap",
    "Horizon",
    "HorizonCell",
    "HorizonPlan",
    "LeverPlan",
    "NeedleMover",
    "PlannedInitiative",
    "PlannedKpi",
    "Roadmap",
    "needle_movers",
    "phasing_rules_text",
    "plan_roadmap",
    "priority_formula_text",
]
