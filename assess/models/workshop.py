"""Workshop records: the facilitator's consensus per question, participants' sessions, and
what a live view shows of each respondent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from pydantic import Field

from assess.models.response import Value
from assess.models.text import Strict

ConsensusChoice = int | float | Literal["na"]


class Consensus(Strict):
    """The value a workshop agreed on for one question; it replaces the pooled answer in scoring.

    The respondents' own answers are kept: the consensus is recorded beside them.
    """

    question_id: str = Field(min_length=1)
    choice: Value | Literal["na"] = Field(description="The agreed option's value, or 'na'")
    rationale: str = Field("", description="Why the group agreed on this value")
    decided_by: str = Field("", description="Who recorded the decision (the facilitator)")
    decided_at: datetime


class ParticipantSession(Strict):
    """One browser session of `assess serve`, bound to the respondent who joined through it."""

    token: str = Field(min_length=1)
    respondent_id: str = Field(min_length=1)
    joined_at: datetime
    last_seen: datetime


@dataclass(frozen=True)
class RespondentActivity:
    """What a facilitator view shows per respondent: progress, place and last activity."""

    respondent_id: str
    name: str
    role: str
    group: str | None
    answered: int
    position: str | None
    last_answer_at: datetime | None
    finished_at: datetime | None

    @property
    def finished(self) -> bool:
        return self.finished_at is not None
