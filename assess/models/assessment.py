"""One engagement as the core sees it: the questionnaire, its catalogue, who answered what."""

from __future__ import annotations

from dataclasses import dataclass

from assess.models.questionnaire import Questionnaire
from assess.models.response import Engagement, Respondent
from assess.models.roadmap import KnowledgeBase
from assess.models.workshop import Consensus


@dataclass(frozen=True)
class Assessment:
    """Everything needed to score and report one engagement."""

    questionnaire: Questionnaire
    roadmap: KnowledgeBase | None
    engagement: Engagement
    respondents: list[Respondent]
    source: str  # the file it was read from, as the user named it
    consensus: tuple[Consensus, ...] = ()  # workshop decisions; they override pooled answers
