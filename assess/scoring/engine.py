"""The scoring engine. Pure functions; the policy comes from the questionnaire.

How a score is computed (the report's method appendix prints this with the declared values):

1. Each answered question gets a position f on its own scale: f = (value − lowest) / (highest −
   lowest), so the lowest option is 0 and the highest is 1, whatever the number of options.
2. N/A follows the declared policy: ``exclude`` leaves the question out; ``lowest`` counts it as
   f = 0; ``require_note`` leaves it out when a note explains it, and otherwise holds it open,
   as if unanswered, until the note is written.
   "Don't know" and unanswered questions are left out of the score; they lower coverage and
   confidence instead.
3. Dimension score = 100 × Σ wᵢ·fᵢ / Σ wᵢ over the scored questions i (wᵢ = question weight).
4. Level = the highest level whose threshold the score reaches. A critical question answered below
   its ``below`` value caps the level at its ``cap_level`` (``capped_by`` names the critical
   questions that lowered the level); a critical question may also cap other dimensions it
   names. With several respondents it caps when at least the declared ``critical_share`` of
   those who chose an option chose a low one, whatever the mean; a workshop's consensus on the
   question decides alone.
5. Coverage = Σ w of scored questions / Σ w of all the dimension's questions.
   Confidence = Σ wᵢ·eᵢ over scored questions / Σ w over applicable questions (all but the
   excluded N/A ones), where eᵢ is the evidence factor of the answer (artefact, example, belief,
   unstated). It is banded high / medium / low by the declared bands.
6. Overall index = Σ W_d·score_d / Σ W_d over scored dimensions (W_d = dimension weight); its level
   uses the same thresholds and, when gating is declared, is at most the weakest dimension's level
   plus ``max_above_weakest``. A group of dimensions (when the questionnaire declares groups) is
   scored the same way over its own dimensions.

With several respondents, each question's f and e are the means over those who chose an option.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from assess.models import Dimension, DimensionScore, Question, Questionnaire, Scorecard
from assess.models.scorecard import ConfidenceBand, GroupScore
from assess.models.scoring_policy import ConfidenceBands, NaPolicy, ScoringPolicy
from assess.scoring.inputs import QuestionInput

SHARE_TOLERANCE = 1e-9  # 6 of 9 respondents are 2/3, whatever the rounding


def score(q: Questionnaire, inputs: Mapping[str, QuestionInput], respondents: int = 1) -> Scorecard:
    """Score every dimension and the whole."""
    dims = [score_dimension(q, d, inputs) for d in q.dimensions]
    index = overall_index(q.dimensions, dims)
    by_id = dict(zip((d.id for d in q.dimensions), dims, strict=True))
    groups = []
    for group in q.groups:
        members = [q.dimension(d) for d in group.dimensions]
        value = overall_index(members, [by_id[d] for d in group.dimensions])
        level = None if value is None else q.level_at(value)
        groups.append(GroupScore(group=group.id, score=value, level=level))
    uncapped = None if index is None else q.level_at(index)
    return Scorecard(
        questionnaire_id=q.id,
        questionnaire_version=q.version,
        respondents=respondents,
        dimensions=dims,
        groups=groups,
        overall_index=index,
        overall_level=_gate(uncapped, dims, q.scoring),
        overall_uncapped_level=uncapped,
    )


def score_dimension(
    q: Questionnaire, dim: Dimension, inputs: Mapping[str, QuestionInput]
) -> DimensionScore:
    questions = q.questions_in(dim.id)
    scored = {
        x.id: f for x in questions if (f := scored_fraction(x, inputs.get(x.id), q)) is not None
    }
    value = _weighted_score(questions, scored)
    uncapped = None if value is None else q.level_at(value)
    caps = _binding_caps(q, q.critical_for(dim.id), inputs, uncapped)
    level = min([uncapped, *caps.values()]) if uncapped is not None else None
    confidence = _confidence(questions, inputs, scored, q.scoring)
    policy = q.scoring.na_policy
    held = [x.id for x in questions if x.id in inputs and is_open_na(inputs[x.id], policy)]
    statuses = [inputs[x.id].status for x in questions if x.id in inputs and x.id not in held]
    return DimensionScore(
        dimension=dim.id,
        score=value,
        level=level,
        uncapped_level=uncapped,
        capped_by=list(caps),
        coverage=_weight(questions, scored) / _weight(questions),
        confidence=confidence,
        confidence_band=confidence_band(confidence, q.scoring.confidence_bands),
        total=len(questions),
        answered=len(statuses),
        na=statuses.count("na"),
        dont_know=statuses.count("dont_know"),
        na_without_note=len(held),
    )


def scored_fraction(
    question: Question, item: QuestionInput | None, q: Questionnaire
) -> float | None:
    """The position that enters the score, or None when the question is left out."""
    if item is None or item.status == "dont_know":
        return None
    if item.status == "value":
        return item.fraction
    return 0.0 if q.scoring.na_policy == NaPolicy.LOWEST else None


def is_excluded_na(item: QuestionInput, policy: NaPolicy) -> bool:
    """An N/A the policy leaves out of the denominator (of confidence, too)."""
    if item.status != "na":
        return False
    return policy == NaPolicy.EXCLUDE or (policy == NaPolicy.REQUIRE_NOTE and item.has_note)


def is_open_na(item: QuestionInput, policy: NaPolicy) -> bool:
    """An N/A still waiting for the note ``require_note`` asks for: as if unanswered."""
    return item.status == "na" and policy == NaPolicy.REQUIRE_NOTE and not item.has_note


def overall_index(dims: Sequence[Dimension], scores: Sequence[DimensionScore]) -> float | None:
    pairs = [(d.weight, s.score) for d, s in zip(dims, scores, strict=True) if s.score is not None]
    if not pairs:
        return None
    return sum(w * s for w, s in pairs) / sum(w for w, _ in pairs)


def confidence_band(value: float, bands: ConfidenceBands) -> ConfidenceBand:
    if value >= bands.high:
        return "high"
    return "medium" if value >= bands.medium else "low"


def _weighted_score(questions: Sequence[Question], scored: Mapping[str, float]) -> float | None:
    weight = _weight(questions, scored)
    if weight == 0:
        return None
    total = sum(x.weight * scored[x.id] for x in questions if x.id in scored)
    return min(100.0, max(0.0, 100.0 * total / weight))


def _weight(questions: Sequence[Question], only: Mapping[str, float] | None = None) -> float:
    return sum(x.weight for x in questions if only is None or x.id in only)


def _binding_caps(
    q: Questionnaire,
    questions: Sequence[Question],
    inputs: Mapping[str, QuestionInput],
    level: int | None,
) -> dict[str, int]:
    """Critical questions answered low (by the declared share) whose cap is below the level the
    score reaches (``questions``: those that can cap the dimension)."""
    caps = {}
    for x in questions:
        item, critical = inputs.get(x.id), x.critical
        if critical is None or item is None or item.status != "value" or level is None:
            continue
        if (
            item.low_share >= q.scoring.critical_share - SHARE_TOLERANCE
            and critical.cap_level < level
        ):
            caps[x.id] = critical.cap_level
    return caps


def _confidence(
    questions: Sequence[Question],
    inputs: Mapping[str, QuestionInput],
    scored: Mapping[str, float],
    policy: ScoringPolicy,
) -> float:
    applicable = [
        x
        for x in questions
        if not (x.id in inputs and is_excluded_na(inputs[x.id], policy.na_policy))
    ]
    weight = _weight(applicable)
    if weight == 0:
        return 0.0
    backed = sum(x.weight * inputs[x.id].evidence for x in applicable if x.id in scored)
    return min(1.0, backed / weight)


def _gate(level: int | None, dims: Sequence[DimensionScore], policy: ScoringPolicy) -> int | None:
    levels = [d.level for d in dims if d.level is not None]
    if level is None or policy.gating is None or not levels:
        return level
    return min(level, min(levels) + policy.gating.max_above_weakest)
