"""The scoring policy a questionnaire declares; the engine reads it, the report prints it."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from assess.models.text import Strict


class NaPolicy(StrEnum):
    """What an N/A answer does to a dimension's score."""

    EXCLUDE = "exclude"  # left out of the denominator
    LOWEST = "lowest"  # counted as the lowest option
    REQUIRE_NOTE = "require_note"  # left out when a note explains it, else still open


class EvidenceFactors(Strict):
    """How much an answer contributes to confidence, by the evidence behind it (0–1)."""

    artefact: float = Field(1.0, ge=0, le=1, description="A document, dashboard or system shown")
    example: float = Field(0.75, ge=0, le=1, description="A concrete example named")
    belief: float = Field(0.5, ge=0, le=1, description="The respondent's belief, nothing shown")
    unstated: float = Field(0.5, ge=0, le=1, description="No evidence basis given")


class ConfidenceBands(Strict):
    """Confidence at or above `high` is high, at or above `medium` is medium, else low."""

    high: float = Field(0.75, gt=0, le=1)
    medium: float = Field(0.5, gt=0, le=1)


class Gating(Strict):
    """The overall level may exceed the weakest dimension's level by at most this many levels."""

    max_above_weakest: int = Field(1, ge=0)


class ScoringPolicy(Strict):
    na_policy: NaPolicy = NaPolicy.EXCLUDE
    level_thresholds: list[float] = Field(
        description="Score (0–100) at which each level starts, lowest level first; the first is 0."
    )
    evidence_factors: EvidenceFactors = EvidenceFactors()
    confidence_bands: ConfidenceBands = ConfidenceBands()
    gating: Gating | None = None
    critical_share: float = Field(
        0.5,
        gt=0,
        le=1,
        description="A critical question caps its dimension when at least this share of those "
        "who chose an option chose a low one (a workshop's consensus decides alone)",
    )

    def holds_open(self, choice: object, note: str) -> bool:
        """Is this answer an N/A still waiting for the note the policy requires? It then counts
        as not yet answered: never scored, and listed for review."""
        return choice == "na" and self.na_policy == NaPolicy.REQUIRE_NOTE and not note.strip()
