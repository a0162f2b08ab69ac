"""Plan a whole engagement: its pooled scorecard, its stored targets and any overrides."""

from __future__ import annotations

from collections.abc import Mapping

from assess.errors import BadInput
from assess.models.assessment import Assessment
from assess.planning.horizons import Capacity
from assess.planning.models import Roadmap
from assess.planning.planner import plan_roadmap
from assess.planning.targets import target_problems
from assess.scoring.assessment import score_assessment


def plan_assessment(
    assessment: Assessment,
    targets: Mapping[str, int] | None = None,
    capacity: Capacity | None = None,
) -> Roadmap:
    """Targets: `targets` over the engagement's stored ones over the default (one level up).
    Without a roadmap catalogue, the plan holds targets, gaps and next steps only."""
    stored = assessment.engagement.targets
    problems = target_problems(stored, assessment.questionnaire, assessment.source, "targets.")
    if problems:
        raise BadInput(problems)
    merged = {**assessment.engagement.targets, **(targets or {})}
    return plan_roadmap(
        assessment.questionnaire,
        assessment.roadmap,
        score_assessment(assessment),
        assessment.counts,
        merged,
        capacity,
        assessment.engagement.profile,
    )
