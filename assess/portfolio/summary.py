"""What the portfolio keeps of an engagement: no names, no notes, no organization unless asked.

Industry and size are kept as bands a peer filter can use; the scores are those the report
shows (dimension scores, and each question's mean position on its scale); the spread is the
standard deviation of the respondents' own dimension scores.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from statistics import pstdev

from pydantic import BaseModel, Field

from assess.models.assessment import Assessment
from assess.scoring.assessment import score_assessment
from assess.scoring.respondents import positions, respondent_scorecards

SIZE_BANDS = ((100, "<100"), (500, "100–499"), (1000, "500–999"), (5000, "1000–4999"))
LARGEST_BAND = "5000+"


class DimensionSummary(BaseModel):
    dimension: str
    score: float | None
    spread: float | None = Field(description="Std. dev. of the respondents' own scores")


class EngagementSummary(BaseModel):
    key: str = Field(description="A one-way fingerprint of the engagement: re-adding replaces")
    questionnaire: str
    version: str
    major: int
    industry: str
    size_band: str | None
    profile: str | None
    added_on: date
    respondents: int
    organization: str | None = Field(description="Only when the consultant opts in")
    overall: float | None
    dimensions: list[DimensionSummary]
    questions: dict[str, float] = Field(description="Mean position (0–100) per question")


def summarize(
    assessment: Assessment, *, named: bool = False, today: date | None = None
) -> EngagementSummary:
    q, engagement = assessment.questionnaire, assessment.engagement
    card = score_assessment(assessment)
    people = assessment.respondents
    own = respondent_scorecards(q, people)
    dimensions = []
    for d in card.dimensions:
        scores = [s for c in own if (s := c.dimension(d.dimension).score) is not None]
        spread = pstdev(scores) if len(scores) >= 2 else None
        dimensions.append(DimensionSummary(dimension=d.dimension, score=d.score, spread=spread))
    questions = {}
    for question in q.questions:
        found = positions(q, question.id, people)
        if found:
            questions[question.id] = sum(found) / len(found)
    return EngagementSummary(
        key=fingerprint(assessment),
        questionnaire=q.id,
        version=q.version,
        major=major_version(q.version),
        industry=" ".join(engagement.industry.split()),
        size_band=size_band(engagement.size),
        profile=engagement.profile,
        added_on=today or date.today(),
        respondents=len(people),
        organization=engagement.organization if named else None,
        overall=card.overall_index,
        dimensions=dimensions,
        questions=questions,
    )


def fingerprint(assessment: Assessment) -> str:
    """The same engagement gives the same key; the key gives nothing back (SHA-256)."""
    engagement = assessment.engagement
    seed = "\n".join([assessment.questionnaire.id, engagement.organization, engagement.industry])
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:32]


def major_version(version: str) -> int:
    found = re.match(r"\d+", version)
    return int(found.group()) if found else 0


def size_band(size: str) -> str | None:
    """'2,400 人 people' → '1000–4999'; None when the size says no number."""
    found = re.search(r"\d[\d,，\s]*", size)
    if found is None:
        return None
    people = int(re.sub(r"\D", "", found.group()))
    return next((band for limit, band in SIZE_BANDS if people < limit), LARGEST_BAND)
