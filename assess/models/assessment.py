"""One engagement as the core sees it: the questionnaire, its catalogue, who answered what."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from assess.models.answer_counts import AnswerCounts
from assess.models.fitting import Adaptation, adaptation, fitted_for
from assess.models.plain import PlainRespondent
from assess.models.questionnaire import Questionnaire
from assess.models.response import Engagement
from assess.models.roadmap import KnowledgeBase
from assess.models.workshop import Consensus


@dataclass(frozen=True)
class Assessment:
    """Everything needed to score and report one engagement."""

    questionnaire: Questionnaire
    roadmap: KnowledgeBase | None
    engagement: Engagement
    respondents: list[PlainRespondent]  # plain tuples: an online survey may bring 10,000
    source: str  # the file it was read from, as the user named it
    consensus: tuple[Consensus, ...] = ()  # workshop decisions; they override pooled answers
    adaptation: Adaptation | None = None  # what the engagement's profile and form changed

    @classmethod
    def asked(
        cls,
        questionnaire: Questionnaire,
        roadmap: KnowledgeBase | None,
        engagement: Engagement,
        respondents: list[PlainRespondent],
        source: str,
        consensus: tuple[Consensus, ...] = (),
    ) -> Assessment:
        """The engagement as its profile and form ask ``questionnaire``."""
        return cls(
            fitted_for(questionnaire, engagement),
            roadmap,
            engagement,
            respondents,
            source,
            consensus,
            adaptation(questionnaire, engagement),
        )

    @cached_property
    def counts(self) -> AnswerCounts:
        """Everyone's answers counted per question (counted once, on first use)."""
        return AnswerCounts.of(person.answers for person in self.respondents)
