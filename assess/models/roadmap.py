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


Frequency = Literal["weekly", "monthly", "quarterly", "half-yearly", "yearly"]


class Kpi(Strict):
    """A measure of change: what it counts, how, from where, and how often it is reviewed."""

    id: Identifier | None = Field(None, description="Its id, for initiatives to name it")
    name: Text
    kind: str = Field(description="A built-in kind (conversion, retention …) or a declared one")
    unit: Text
    direction: Literal["up", "down"] = Field(description="Which way is better")
    formula: Text | None = Field(None, description="How it is computed: numerator ÷ denominator")
    source: Text | None = Field(None, description="Where the data comes from")
    baseline: Text | None = Field(None, description="How today's value is taken before starting")
    frequency: Frequency | None = Field(None, description="How often it is reviewed")
    adoption: bool = Field(
        False,
        description="It counts use of a tool or practice, not a result: an initiative pairs it "
        "with a KPI of the outcome",
    )


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
    kpis: list[Kpi | Identifier] = Field(
        min_length=1, max_length=3, description="Its measures, written here or named by id"
    )
    owner: Text | None = Field(None, description="The role that owns it")
    deliverable: Text | None = Field(None, description="What exists when it is done")
    duration_months: int | None = Field(None, ge=1, le=36, description="How long it takes")
    profiles: list[Identifier] = Field(
        default_factory=list,
        description="The questionnaire's profiles it suits (none listed: every organization)",
    )

    def suits(self, profile: str | None) -> bool:
        return not self.profiles or profile is None or profile in self.profiles


class KnowledgeBase(Strict):
    kind: Literal["roadmap"] = "roadmap"
    schema_version: Literal[1] = 1
    id: Identifier
    questionnaire: Identifier = Field(description="Id of the questionnaire this serves")
    kpi_kinds: list[KpiKindDeclared] = Field(
        default_factory=list, description="KPI kinds of this catalog beside the built-in ones"
    )
    kpis: list[Kpi] = Field(
        default_factory=list, description="KPIs defined once, named by id in initiatives"
    )
    initiatives: list[Initiative] = Field(min_length=1)

    def initiative(self, initiative_id: str) -> Initiative:
        return next(i for i in self.initiatives if i.id == initiative_id)

    def for_profile(self, profile: str | None) -> KnowledgeBase:
        """The initiatives that suit ``profile``; prerequisites on the others are dropped."""
        suited = [i for i in self.initiatives if i.suits(profile)]
        if len(suited) == len(self.initiatives):
            return self
        kept = {i.id for i in suited}
        trimmed = [
            i.model_copy(update={"prerequisites": [p for p in i.prerequisites if p in kept]})
            for i in suited
        ]
        return self.model_copy(update={"initiatives": trimmed})

    def kpis_of(self, initiative: Initiative) -> list[Kpi]:
        """The initiative's KPIs, those named by id looked up (unknown ids left out)."""
        named = {k.id: k for k in self.kpis}
        return [
            k if isinstance(k, Kpi) else named[k]
            for k in initiative.kpis
            if isinstance(k, Kpi) or k in named
        ]
