"""What workshop aggregation produces: spread per question and dimension, role gaps, hotspots.

``WorkshopSummary`` is the one object a report or a screen needs; every number in it is
described in ``assess/aggregation/__init__.py``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from assess.models import Scorecard
from assess.models.text import Strict, Text
from assess.models.workshop import Consensus

HiddenReason = Literal["group_below_minimum", "protects_small_group", "too_few_answers"]


class Stats(Strict):
    """Summary of a distribution (option values for a question, 0–100 positions for a dimension)."""

    n: int = Field(ge=1, description="How many values (respondents who chose an option)")
    mean: float
    median: float
    std: float = Field(ge=0, description="Population standard deviation")
    q1: float = Field(description="First quartile (linear interpolation between ranks)")
    q3: float = Field(description="Third quartile (linear interpolation between ranks)")
    iqr: float = Field(ge=0, description="q3 − q1")
    agreement: float = Field(ge=0, le=1, description="Tastle & Wierman consensus, 1 = all agree")


class OptionCount(Strict):
    value: float
    count: int = Field(ge=0)


class LevelCount(Strict):
    level: int
    count: int = Field(ge=0)


class GroupInfo(Strict):
    """A role or group of respondents and whether its breakdown may be shown."""

    name: str = Field(description="The role or group as given; '' when none was given")
    size: int = Field(ge=1)
    shown: bool
    hidden_reason: HiddenReason | None = None


class GroupCell(Strict):
    """One role's (or group's) figures for one question or dimension; empty when hidden."""

    name: str
    shown: bool
    hidden_reason: HiddenReason | None = None
    stats: Stats | None = None
    na: int | None = None
    dont_know: int | None = None


class QuestionSpread(Strict):
    question_id: str
    dimension: str
    stats: Stats | None = Field(description="None when nobody chose an option")
    options: list[OptionCount] = Field(description="Every option, lowest value first")
    na: int
    dont_know: int
    unanswered: int
    role_gap: float | None = Field(
        description="Highest minus lowest shown role mean, on a 0–100 scale; None below 2 roles"
    )
    consensus: Consensus | None = None
    by_role: list[GroupCell]
    by_group: list[GroupCell]


class DimensionSpread(Strict):
    """Spread of respondents' own positions (0–100) on one dimension."""

    dimension: str
    stats: Stats | None
    levels: list[LevelCount] = Field(
        description="Respondents whose own position reaches each level (before critical caps)"
    )
    na: int
    dont_know: int
    role_gap: float | None
    by_role: list[GroupCell]
    by_group: list[GroupCell]


class Hotspot(Strict):
    """A question the group disagrees on, most disagreement first."""

    rank: int = Field(ge=1)
    question_id: str
    dimension: str
    agreement: float
    std: float
    n: int
    role_gap: float | None
    decided: bool = Field(description="A consensus has been recorded for it")


class WorkshopSummary(Strict):
    """Everything a workshop report or facilitator screen shows about several respondents."""

    questionnaire_id: str
    questionnaire_version: str
    respondents: int
    min_group_size: int
    roles: list[GroupInfo]
    groups: list[GroupInfo]
    questions: list[QuestionSpread]
    dimensions: list[DimensionSpread]
    hotspots: list[Hotspot]
    scorecard: Scorecard = Field(description="Scores with the consensus values applied")
    pooled_scorecard: Scorecard = Field(description="Scores of the raw answers pooled")
    method: Text = Field(description="How spread, agreement and hiding are computed")

    def question(self, question_id: str) -> QuestionSpread:
        return next(x for x in self.questions if x.question_id == question_id)

    def dimension(self, dimension_id: str) -> DimensionSpread:
        return next(x for x in self.dimensions if x.dimension == dimension_id)
