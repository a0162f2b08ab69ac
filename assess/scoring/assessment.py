"""Score a whole engagement: all respondents' answers pooled, workshop consensus applied."""

from __future__ import annotations

from assess.models import Scorecard
from assess.models.assessment import Assessment
from assess.scoring.consensus import apply_consensus
from assess.scoring.engine import score
from assess.scoring.inputs import pooled_inputs


def score_assessment(assessment: Assessment) -> Scorecard:
    q = assessment.questionnaire
    inputs = pooled_inputs(q, assessment.counts)
    inputs = apply_consensus(q, inputs, assessment.consensus)
    return score(q, inputs, respondents=len(assessment.respondents))
