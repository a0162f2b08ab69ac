"""The report context: every number and string the templates print, prepared in one language.

Templates only loop and print. Chart fields hold inline SVG and are left out of the JSON output.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from assess.models import Scorecard
from assess.models.text import Lang
from assess.planning import Roadmap
from assess.report.charts.timeline import TimelineRow
from assess.report.context_since import ChangeSection, PeersSection
from assess.report.part import Part

SvgMarkup = Annotated[str, Field(exclude=True)]
"""A chart: inline SVG, left out of the JSON output."""


class Meta(Part):
    lang: Lang
    html_lang: str
    title: str
    author: str
    subject: str
    keywords: str
    generator: str
    date: str
    date_iso: str


class Theme(Part):
    accent: str
    accent_tint: str = Field(description="A pale tint of the accent for backgrounds")
    shades: list[str] = Field(description="Five tints of the accent, palest first")


class ShadedCell(Part):
    """A table cell tinted by the accent (see assess.report.shading)."""

    text: str
    css_class: str


class Cover(Part):
    title: str = Field(description="The questionnaire's title")
    subtitle: str
    language_note: str = Field(description="Said once when the questionnaire lacks the language")
    organization: str
    details: list[str] = Field(description="Industry, size and respondents, where known")
    consultant: str
    date: str
    logo_url: str | None
    questionnaire: str


class DimensionRow(Part):
    """One line of the executive summary's dimension table."""

    name: str
    score: str
    level: str
    target: str
    gap: str
    bar_percent: float = Field(description="Score as a width in percent, for the inline bar")
    target_percent: float | None


class Highlight(Part):
    """A strength or a gap: the question and its figure (level reached, or points to gain)."""

    dimension: str
    question: str
    figure: str
    note: str = Field("", description="Why it does not lift its dimension, when it does not")


class KeyFinding(Part):
    """A claim about the organization, and the figures that back it."""

    claim: str
    evidence: str


class Move(Part):
    title: str
    lever: str
    horizon: str
    dimension: str


class GroupRow(Part):
    """A group of dimensions (a model's business function) and its score."""

    name: str
    score: str
    level: str


class Summary(Part):
    headline: str
    overall_index: str
    overall_level: str
    overall_note: str
    respondents: str
    many: bool = Field(description="More dimensions than a radar shows well: bars, full width")
    radar: SvgMarkup = Field(description="Current vs target; empty below three dimensions")
    dimensions: list[DimensionRow]
    groups: list[GroupRow]
    findings: list[KeyFinding]
    strengths: list[Highlight]
    gaps: list[Highlight]
    first_moves: list[Move]


class FrameRow(Part):
    """One row of the "from → to" frame, with where the organization stands on it."""

    aspect: str
    before: str
    after: str
    dimensions: str = Field(description="The dimensions that place it, named")
    figure: str = Field(description="Their mean score, as shown")
    position: float | None = Field(description="Their mean score (0–100): the marker")


class Frame(Part):
    title: str
    rows: list[FrameRow]


class HoldingBack(Part):
    question: str
    today: str
    next_step: str
    gain: str
    critical: bool


class QuestionSpread(Part):
    question: str
    options: list[ShadedCell] = Field(
        description="How many chose each option, lowest first; the median's cell is marked"
    )
    stats: str = Field(description="Lowest / median / highest option chosen")
    agreement: str = Field(description="Agreement index, 1 = all agree (assess.aggregation)")
    answered: str


class DimensionPage(Part):
    id: str
    name: str
    shift: str
    score: str
    level: str
    target: str
    coverage: str
    confidence: str
    bar: SvgMarkup
    narrative_now: str
    narrative_target: str
    notes: list[str] = Field(description="Critical caps and other remarks")
    holding_back: list[HoldingBack]
    spread: list[QuestionSpread] = Field(description="Empty with a single respondent")
    spread_columns: int = Field(description="Option cells per spread row (the longest scale)")


class GridRow(Part):
    lever: str
    summary: str
    cells: list[list[str]] = Field(description="Initiative titles per scheduled horizon")


class KpiLine(Part):
    name: str
    unit: str
    direction: str
    formula: str = Field(description="How it is computed; empty when the catalog does not say")
    baseline: str = Field(description="How today's value is taken, from where, how often reviewed")


class InitiativeKpis(Part):
    """One scheduled initiative with why it is in the plan and the KPIs that track it."""

    title: str
    dimension: str
    lever: str
    horizon: str
    step: str
    effort: int
    impact: int
    quick_win: bool
    needs: str
    owner: str = Field(description="Who owns it, how long it takes; empty when not said")
    deliverable: str
    kpis: list[KpiLine]
    baseline: str = Field(description="The KPIs' baselines from today's answers, once each")


class Timeline(Part):
    chart: SvgMarkup
    months: str
    names: list[TimelineRow]
    layout: str = Field(description="CSS custom properties matching the chart's rows to the names")


class NextStep(Part):
    """Without an initiative catalogue: the answer to raise next, and the practice it means."""

    dimension: str
    target: str
    question: str
    next_option: str
    gain: str


class RoadmapPart(Part):
    catalogue: bool = Field(description="Planned from an initiative catalog")
    horizons: list[str]
    grid: list[GridRow]
    timelines: list[Timeline] = Field(exclude=True, description="One per page")
    backlog_note: str
    next_steps: list[NextStep] = Field(description="Without a catalog: what to do next")


class TableRow(Part):
    cells: list[str]


class MethodPart(Part):
    maths: list[str] = Field(description="The engine's method, one paragraph per step")
    thresholds: list[TableRow]
    policy: list[TableRow]
    evidence: list[TableRow]
    critical: list[TableRow]
    evidence_rules: list[TableRow] = Field(
        description="Per option of a question that says so: what its evidence must show"
    )
    weights: list[TableRow]
    priority: str
    phasing: str


class RespondentKey(Part):
    key: str = Field(description="Column heading and pseudonym, e.g. R1")
    name: str = Field(description="Empty unless the report names respondents (--names)")
    role: str


class AnswerNote(Part):
    key: str
    text: str


class RoleNotes(Part):
    """Notes of one role (roles under the minimum size pooled as "other roles")."""

    role: str
    notes: list[str]
    more: str = Field(description="How many more notes there are, or ''")


class AnsweredQuestion(Part):
    id: str
    text: str
    choices: list[ShadedCell] = Field(
        description="One per respondent in key order, or (summarised) how many chose each "
        "option, then N/A and don't know"
    )
    notes: list[AnswerNote] = Field(description="Each respondent's note (not summarised)")
    answered: str = Field("", description="Summarised: how many answered")
    role_notes: list[RoleNotes] = Field(
        default_factory=list, description="Summarised: notes grouped by role"
    )


class AnswerSection(Part):
    dimension: str
    questions: list[AnsweredQuestion]


class AnswersPart(Part):
    summarised: bool = Field(
        description="More respondents than a readable grid holds: distributions per question"
    )
    legend: str
    respondents: list[RespondentKey] = Field(description="The grid's columns (not summarised)")
    columns: list[str] = Field(description="Summarised: the heading of each choice cell")
    sections: list[AnswerSection]


class GroupLine(Part):
    """A role or group that is broken down, and its size."""

    name: str
    figure: str


class DimensionStats(Part):
    name: str
    mean: str
    median: str
    iqr: str
    std: str
    agreement: str


class HotspotRow(Part):
    rank: int
    dimension: str
    question: str
    options: list[ShadedCell] = Field(
        description="How many chose each option (lowest first), then N/A and don't know"
    )
    agreement: str
    std: str
    decided: str = Field(description="A mark when a consensus has been recorded, else ''")


class LegendEntry(Part):
    name: str
    css_class: str = Field(description="The swatch's class, matching the radar series")


class ConsensusRow(Part):
    question: str
    value: str
    rationale: str
    decided_by: str


class WorkshopSection(Part):
    """The workshop pages, present with two or more respondents (assess.aggregation)."""

    respondents: str
    finished: str
    min_group_note: str
    roles: list[GroupLine] = Field(description="Roles broken down (at least the minimum size)")
    groups: list[GroupLine]
    hidden: list[str] = Field(description="Roles and groups not broken down, and why")
    dimensions: list[DimensionStats]
    hotspots: list[HotspotRow]
    hotspot_columns: list[str] = Field(description="Heading of each option cell in hotspot rows")
    radar: SvgMarkup = Field(description="Empty with fewer than two shown roles")
    radar_legend: list[LegendEntry]
    radar_roles: list[str] = Field(description="The roles drawn on the radar")
    consensus: list[ConsensusRow]


class ReportContext(Part):
    meta: Meta
    labels: dict[str, str]
    theme: Theme
    cover: Cover
    summary: Summary
    frame: Frame | None = Field(description="The questionnaire's 'from → to' frame, if it has one")
    change: ChangeSection | None = Field(None, description="Since the baseline, when one is given")
    peers: PeersSection | None = Field(None, description="Against the portfolio, when asked")
    dimensions: list[DimensionPage]
    roadmap: RoadmapPart
    kpis: list[InitiativeKpis]
    method: MethodPart
    answers: AnswersPart
    workshop: WorkshopSection | None = None
    scorecard: Scorecard
    plan: Roadmap
