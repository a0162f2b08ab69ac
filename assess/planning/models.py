"""The planner's output: targets and gaps per dimension, and a phased roadmap on four levers.

Every field a person reads is a bilingual ``Text`` (from the questionnaire, the knowledge base or
the planner's label table), so one ``Roadmap`` renders in either language.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import Field

from assess.models.roadmap import Frequency, Lever
from assess.models.text import Strict, Text


class Horizon(StrEnum):
    """When an initiative is scheduled; BACKLOG holds work that does not fit within 24 months."""

    MONTHS_0_3 = "0-3m"
    MONTHS_3_12 = "3-12m"
    MONTHS_12_24 = "12-24m"
    BACKLOG = "backlog"


DEFAULT_CAPACITY_PER_QUARTER = 8
"""Effort points (the knowledge base's 1–5 effort scale) the organization can absorb per quarter."""

FIRST_HORIZON_MAX_EFFORT = 3
"""Largest single effort that can be done in the 0–3 month horizon."""

AnswerStatus = Literal["value", "na", "dont_know", "unanswered"]
TargetSource = Literal["default", "set"]
Inclusion = Literal["gap", "prerequisite", "unlock"]
NeedleKind = Literal["raise", "answer"]


class AnswerSummary(Strict):
    """What the respondents answered to one question (pooled over respondents)."""

    question: str
    text: Text = Field(description="The question")
    status: AnswerStatus = Field(description="'value' when at least one respondent chose an option")
    mean_value: float | None = Field(description="Mean chosen option value")
    option: Text | None = Field(description="The option nearest to the mean value")
    level: int | None = Field(description="Level the pooled answer alone reaches on the scale")
    respondents: int = Field(description="How many chose an option")
    na: int
    dont_know: int
    hint: Text = Field(description="e.g. today: 'Some decisions consult reports' (level 2)")


class NeedleMover(Strict):
    """An answer whose improvement would raise its dimension's score (computed by the engine)."""

    question: str
    text: Text
    kind: NeedleKind = Field(description="'raise' an answered question, or 'answer' an open one")
    current: AnswerSummary
    next_option: Text | None = Field(
        description="The option one step above today's answer, as what is in place there"
    )
    gain_one_step: float | None = Field(description="Score points gained, answer one option up")
    gain_to_top: float | None = Field(description="Score points gained, answer at the top option")
    level_after_one_step: int | None
    level_after_top: int | None
    hint: Text


class DimensionGap(Strict):
    """Current state, target and gap of one dimension."""

    dimension: str
    name: Text
    weight: float
    current_score: float | None = Field(description="None when nothing was scored")
    current_level: int | None = Field(description="None when nothing was scored (planned from 1)")
    capped_by: list[str] = Field(
        default_factory=list, description="Critical questions that hold the level below the score"
    )
    target_level: int
    target_source: TargetSource
    gap_levels: int = Field(ge=0, description="target − current level, floored at 0")
    gap_points: float = Field(
        ge=0, description="target level's threshold − current score, floored at 0"
    )
    needle_movers: list[NeedleMover] = Field(default_factory=list)


class PlannedKpi(Strict):
    name: Text
    kind: str
    unit: Text
    direction: Literal["up", "down"]
    baseline: Text = Field(description="Baseline hint from today's answers")
    formula: Text | None = None
    source: Text | None = None
    baseline_method: Text | None = Field(None, description="How to take today's value")
    frequency: Frequency | None = None
    adoption: bool = False


class PlannedInitiative(Strict):
    """One initiative of the knowledge base, placed in the plan, with why and when."""

    id: str
    title: Text
    description: Text
    dimension: str
    lever: Lever
    from_level: int
    to_level: int
    effort: int
    impact: int
    base_priority: float = Field(description="The priority formula applied to this initiative")
    priority: float = Field(description="base_priority, raised to that of what depends on it")
    quick_win: bool
    horizon: Horizon
    inclusion: Inclusion = Field(
        description="'gap': closes a gap; 'prerequisite': pulled in; 'unlock': raises the "
        "answer to a critical question that holds its dimension down"
    )
    prerequisites: list[str] = Field(description="Prerequisites that are in the plan")
    met_prerequisites: list[str] = Field(description="Prerequisites the organization has reached")
    required_by: list[str] = Field(description="Planned initiatives that need this one")
    reason: Text
    answers: list[AnswerSummary]
    kpis: list[PlannedKpi]
    owner: Text | None = None
    deliverable: Text | None = None
    duration_months: int | None = None


class HorizonPlan(Strict):
    horizon: Horizon
    name: Text
    start_month: int
    end_month: int | None = Field(description="None for the backlog")
    capacity: int | None = Field(description="Effort points available; None for the backlog")
    max_effort: int | None = Field(description="Largest single effort allowed; None = no limit")
    effort: int = Field(description="Effort points scheduled")
    initiatives: int


class HorizonCell(Strict):
    horizon: Horizon
    initiatives: list[str] = Field(description="Initiative ids, highest priority first")


class LeverPlan(Strict):
    """One lever's row of the lever × horizon grid, with a summary."""

    lever: Lever
    name: Text
    summary: Text
    initiatives: int
    quick_wins: int
    effort: int
    dimensions: list[str]
    cells: list[HorizonCell] = Field(description="One per horizon, backlog last")


class Roadmap(Strict):
    questionnaire_id: str
    questionnaire_version: str
    knowledge_base_id: str | None = Field(
        description="The initiative catalog planned from; None when the questionnaire has none"
    )
    capacity_per_quarter: int = Field(
        DEFAULT_CAPACITY_PER_QUARTER, description="Effort points per quarter used to phase"
    )
    first_horizon_max_effort: int = Field(
        FIRST_HORIZON_MAX_EFFORT, description="Largest effort placed in 0–3 months"
    )
    gaps: list[DimensionGap] = Field(description="Targets and gaps, in questionnaire order")
    horizons: list[HorizonPlan]
    levers: list[LeverPlan] = Field(description="All four levers, in Lever order")
    initiatives: list[PlannedInitiative] = Field(
        description="By horizon, then priority (highest first), then id"
    )

    def initiative(self, initiative_id: str) -> PlannedInitiative:
        return next(i for i in self.initiatives if i.id == initiative_id)

    def gap(self, dimension_id: str) -> DimensionGap:
        return next(g for g in self.gaps if g.dimension == dimension_id)

    def in_horizon(self, horizon: Horizon) -> list[PlannedInitiative]:
        return [i for i in self.initiatives if i.horizon == horizon]

    def cell(self, lever: Lever, horizon: Horizon) -> list[PlannedInitiative]:
        """The initiatives of one grid cell, highest priority first."""
        return [i for i in self.initiatives if i.lever == lever and i.horizon == horizon]
