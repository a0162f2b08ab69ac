"""Score a whole engagement: all respondents' answers pooled."""

from __future__ import annotations

from assess.models import Scorecard
from assess.scoring.engine import score
from assess.scoring.inputs import pooled_inputs
from assess.sources import Assessment


def score_assessment(assessment: Assessment) -> Scorecard:
    q = assessment.questionnaire
    inputs = pooled_inputs(q, (r.answers for r in assessment.respondents))
    return score(q, inputs, respondents=len(assessment.respondents))
