"""Plan a roadmap: targets and gaps, candidate initiatives, priorities, phasing. No I/O."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from assess.models import Answer, KnowledgeBase, Questionnaire, Scorecard
from assess.planning.horizons import Capacity
from assess.planning.models import Roadmap

AnswerSets = Sequence[Mapping[str, Answer]]
"""Each respondent's answers, keyed by question id."""


def plan_roadmap(
    questionnaire: Questionnaire,
    kb: KnowledgeBase,
    scorecard: Scorecard,
    answer_sets: AnswerSets,
    targets: Mapping[str, int] | None = None,
    capacity: Capacity | None = None,
) -> Roadmap:
    """The phased roadmap from a scorecard towards the targets (default: one level up)."""
    raise NotImplementedError
