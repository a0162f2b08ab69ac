"""Two assessments side by side: per dimension and per question, the change and its verdict."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from assess.comparison.noise import MIN_RESPONDENTS, ROUNDS, Interval, change_interval
from assess.errors import BadInput
from assess.models import Questionnaire, Scorecard
from assess.models.assessment import Assessment
from assess.models.plain import PlainRespondent
from assess.models.text import Text
from assess.planning.assessment import plan_assessment
from assess.planning.targets import dimension_gaps
from assess.scoring.assessment import score_assessment
from assess.scoring.respondents import positions, respondent_scorecards

Verdict = Literal["up", "down", "no_significant_change", "too_few_respondents"]


class Change(BaseModel):
    before: float | None
    after: float | None
    change: float | None = Field(description="after − before, on the 0–100 scale")
    low: float | None = Field(description="95 % interval of the change (bootstrap), low end")
    high: float | None
    verdict: Verdict


class DimensionChange(Change):
    dimension: str
    name: Text
    level_before: int | None
    level_after: int | None
    target: int | None = Field(description="The T0 target level (stored, else one level up)")
    target_reached: bool


class QuestionChange(Change):
    question: str
    replaces: str | None = Field(description="The T0 question it is compared with, if another")
    dimension: str
    text: Text
    initiatives: list[Text] = Field(description="Planned at T0 to move this question")


class Comparison(BaseModel):
    questionnaire: str
    version_before: str
    version_after: str
    respondents_before: int
    respondents_after: int
    method: str = Field(description="How significance is judged, with its limits")
    dimensions: list[DimensionChange]
    questions: list[QuestionChange]
    removed: list[str] = Field(description="Questions asked at T0 only: not compared")
    added: list[str] = Field(description="Questions asked at T1 only: not compared")


METHOD = (
    f"Change = T1 − T0 on the 0–100 scale. Significance: 95 % percentile bootstrap of the "
    f"difference of mean per-respondent scores ({ROUNDS} resamples of each side's respondents, "
    f"independently); significant when the interval excludes 0; no verdict with fewer than "
    f"{MIN_RESPONDENTS} respondents on a side."
)


def compare(before: Assessment, after: Assessment) -> Comparison:
    q0, q1 = before.questionnaire, after.questionnaire
    if q0.id != q1.id:
        raise BadInput.one(
            after.source,
            f"answers '{q1.id}', but the earlier assessment answers '{q0.id}'",
            fix="compare two assessments of the same questionnaire",
        )
    card0, card1 = score_assessment(before), score_assessment(after)
    targets = {
        g.dimension: g.target_level for g in dimension_gaps(q0, card0, before.engagement.targets)
    }
    per0 = respondent_scorecards(q0, before.respondents)
    per1 = respondent_scorecards(q1, after.respondents)
    counterparts = crosswalk(q0, q1)
    planned = _planned_for_questions(before)
    return Comparison(
        questionnaire=q0.id,
        version_before=q0.version,
        version_after=q1.version,
        respondents_before=len(before.respondents),
        respondents_after=len(after.respondents),
        method=METHOD,
        dimensions=[
            _dimension(d.id, d.name, card0, card1, per0, per1, targets.get(d.id))
            for d in q1.dimensions
            if any(x.id == d.id for x in q0.dimensions)
        ],
        questions=[
            _question(
                q0,
                q1,
                earlier,
                later,
                before.respondents,
                after.respondents,
                planned.get(earlier, []),
            )
            for later, earlier in counterparts.items()
        ],
        removed=[x.id for x in q0.questions if x.id not in counterparts.values()],
        added=[x.id for x in q1.questions if x.id not in counterparts],
    )


def crosswalk(q0: Questionnaire, q1: Questionnaire) -> dict[str, str]:
    """T1 question id → the T0 question it is compared with: the same id, else the first
    earlier id it declares it ``replaces``. Nothing is matched by guess."""
    found = {}
    for question in q1.questions:
        earlier = [question.id, *question.replaces]
        match = next((x for x in earlier if q0.has_question(x)), None)
        if match is not None:
            found[question.id] = match
    return found


def _verdict(change: float | None, interval: Interval | None) -> Verdict:
    if interval is None or change is None:
        return "too_few_respondents"
    if not interval.significant:
        return "no_significant_change"
    return "up" if change > 0 else "down"


def _dimension(
    dimension: str,
    name: Text,
    card0: Scorecard,
    card1: Scorecard,
    per0: list[Scorecard],
    per1: list[Scorecard],
    target: int | None,
) -> DimensionChange:
    d0, d1 = card0.dimension(dimension), card1.dimension(dimension)
    values0 = [s for c in per0 if (s := c.dimension(dimension).score) is not None]
    values1 = [s for c in per1 if (s := c.dimension(dimension).score) is not None]
    change = None if d0.score is None or d1.score is None else d1.score - d0.score
    interval = change_interval(values0, values1)
    return DimensionChange(
        dimension=dimension,
        name=name,
        before=d0.score,
        after=d1.score,
        change=change,
        low=interval.low if interval else None,
        high=interval.high if interval else None,
        verdict=_verdict(change, interval),
        level_before=d0.level,
        level_after=d1.level,
        target=target,
        target_reached=target is not None and d1.level is not None and d1.level >= target,
    )


def _question(
    q0: Questionnaire,
    q1: Questionnaire,
    earlier: str,
    question_id: str,
    people0: list[PlainRespondent],
    people1: list[PlainRespondent],
    initiatives: list[Text],
) -> QuestionChange:
    """``question_id`` at T1 against ``earlier`` at T0 (the same id, or the one it replaces),
    each answer as its position on its own scale (0–100)."""
    values0 = positions(q0, earlier, people0)
    values1 = positions(q1, question_id, people1)
    mean0 = sum(values0) / len(values0) if values0 else None
    mean1 = sum(values1) / len(values1) if values1 else None
    change = None if mean0 is None or mean1 is None else mean1 - mean0
    interval = change_interval(values0, values1)
    question = q1.question(question_id)
    return QuestionChange(
        question=question_id,
        replaces=None if earlier == question_id else earlier,
        dimension=question.dimension,
        text=question.text,
        before=mean0,
        after=mean1,
        change=change,
        low=interval.low if interval else None,
        high=interval.high if interval else None,
        verdict=_verdict(change, interval),
        initiatives=initiatives,
    )


def _planned_for_questions(before: Assessment) -> dict[str, list[Text]]:
    """The initiatives planned at T0, by the questions each was meant to move."""
    if before.roadmap is None:
        return {}
    plan = plan_assessment(before)
    found: dict[str, list[Text]] = {}
    for item in plan.initiatives:
        for question_id in before.roadmap.initiative(item.id).questions:
            found.setdefault(question_id, []).append(item.title)
    return found
