"""Report content about other assessments: the change since a baseline, the standing among
the firm's peers."""

from __future__ import annotations

from pydantic import Field

from assess.report.part import Part


class ChangeRow(Part):
    name: str
    before: str
    after: str
    change: str
    interval: str
    verdict: str
    verdict_class: str = Field(description="up, down, no_significant_change or too_few_respondents")
    target: str


class ChangeSection(Part):
    """Since the last assessment (``assess report T1 --baseline T0``)."""

    title: str
    dimensions: list[ChangeRow]
    questions: list[ChangeRow] = Field(description="Questions that moved, or were meant to")
    initiatives: list[str] = Field(description="Per question row: the initiatives planned at T0")
    not_compared: str
    method: str


class PeerRow(Part):
    name: str
    score: str
    percentile: str
    quartiles: str = Field(description="The peers' 25th, 50th and 75th percentiles")


class PeersSection(Part):
    """Compared with the firm's own portfolio (``assess report --portfolio``)."""

    title: str
    lead: str
    rows: list[PeerRow] = Field(description="Empty when there are too few peers")
