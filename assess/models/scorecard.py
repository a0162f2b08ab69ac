"""The result of scoring: per dimension and overall."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from assess.models.text import Strict

ConfidenceBand = Literal["high", "medium", "low"]


class DimensionScore(Strict):
    dimension: str
    score: float | None = Field(description="0–100; None when nothing was scored")
    level: int | None = Field(description="Level after critical caps; None when nothing was scored")
    uncapped_level: int | None
    capped_by: list[str] = Field(description="Critical questions that lowered the level")
    coverage: float = Field(ge=0, le=1, description="Weight share of questions that were scored")
    confidence: float = Field(ge=0, le=1)
    confidence_band: ConfidenceBand
    total: int
    answered: int
    na: int
    dont_know: int
    na_without_note: int = Field(
        0, description="N/A answers held open: the policy requires a note and none was written"
    )


class GroupScore(Strict):
    """A group of dimensions (a model's business function): their weighted mean."""

    group: str
    score: float | None
    level: int | None


class Scorecard(Strict):
    questionnaire_id: str
    questionnaire_version: str
    respondents: int
    dimensions: list[DimensionScore]
    groups: list[GroupScore] = Field(default_factory=list)
    overall_index: float | None
    overall_level: int | None
    overall_uncapped_level: int | None

    def dimension(self, dimension_id: str) -> DimensionScore:
        return next(d for d in self.dimensions if d.dimension == dimension_id)
