"""The roadmap knowledge base: initiatives on four levers, each serving one level step."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import Field

from assess.models.questionnaire import Identifier
from assess.models.text import Strict, Text


class Lever(StrEnum):
    ORGANIZATION = "organization"
    PROCESS = "process"
    CULTURE = "culture"
    TECH = "tech"


class KpiKind(StrEnum):
    """What a KPI measures. Deliberately no raw traffic or user-count kind (anti-vanity rule)."""

    CONVERSION = "conversion"
    RETENTION = "retention"
    LIFETIME_VALUE = "lifetime_value"
    CYCLE_TIME = "cycle_time"
    DATA_DECISIONS = "data_decisions"
    PARTNER_VALUE = "partner_value"
    SATISFACTION = "satisfaction"
    QUALITY = "quality"
    EFFICIENCY = "efficiency"
    ENGAGEMENT_DEPTH = "engagement_depth"
    CAPABILITY = "capability"
    COMPLIANCE = "compliance"


class KpiKindDeclared(Strict):
    """A kind of KPI a catalogue adds to the built-in ones (never a raw count of traffic,
    followers or users: the anti-vanity rule holds for every kind)."""

    id: Identifier
    name: Text
    measures: Text = Field(description="What it measures: the change in depth it shows")


class Kpi(Strict):
    name: Text
    kind: str = Field(description="A built-in kind (conversion, retention …) or a declared one")
    unit: Text
    direction: Literal["up", "down"] = Field(description="Which way is better")


class Initiative(Strict):
    id: Identifier
    title: Text
    description: Text
    dimension: Identifier
    lever: Lever
    from_level: int = Field(ge=0)
    to_level: int = Field(ge=1)
    effort: int = Field(ge=1, le=5)
    impact: int = Field(ge=1, le=5)
    prerequisites: list[Identifier] = Field(default_factory=list)
    questions: list[Identifier] = Field(
        default_factory=list, description="Questions whose answers this initiative improves"
    )
    kpis: list[Kpi] = Field(min_length=1, max_length=3)


class KnowledgeBase(Strict):
    kind: Literal["roadmap"] = "roadmap"
    schema_version: Literal[1] = 1
    id: Identifier
    questionnaire: Identifier = Field(description="Id of the questionnaire this serves")
    kpi_kinds: list[KpiKindDeclared] = Field(
        default_factory=list, description="KPI kinds of this catalogue beside the built-in ones"
    )
    initiatives: list[Initiative] = Field(min_length=1)

    def initiative(self, initiative_id: str) -> Initiative:
        return next(i for i in self.initiatives if i.id == initiative_id)
