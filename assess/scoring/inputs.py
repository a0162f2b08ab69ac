"""Reduce answers (one respondent's, or many pooled) to what the engine scores per question."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from assess.models import Answer, Questionnaire
from assess.models.answer_counts import AnswerCounts
from assess.models.response import NA, Choice, Evidence
from assess.models.scoring_policy import EvidenceFactors

Status = Literal["value", "na", "dont_know"]


@dataclass(frozen=True, slots=True)
class QuestionInput:
    """One question's answer as the engine sees it."""

    status: Status
    fraction: float | None = None  # 0 = lowest option, 1 = highest; only for "value"
    evidence: float = 0.0  # evidence factor 0–1 (see EvidenceFactors)
    has_note: bool = False
    low_share: float = 0.0  # of a critical question: the share of options chosen below its bar


def low_share_at(q: Questionnaire, question_id: str, value: float) -> float:
    """1 when ``value`` is below the question's critical bar, else 0 (and 0 if not critical)."""
    critical = q.question(question_id).critical
    return 1.0 if critical is not None and value < critical.below else 0.0


def evidence_factor(evidence: Evidence | None, factors: EvidenceFactors) -> float:
    if evidence is None:
        return factors.unstated
    return float(getattr(factors, evidence.value))


def input_from_answer(q: Questionnaire, question_id: str, answer: Answer) -> QuestionInput:
    factor = evidence_factor(answer.evidence, q.scoring.evidence_factors)
    return input_from_choice(q, question_id, answer.choice, factor, bool(answer.note.strip()))


def input_from_choice(
    q: Questionnaire, question_id: str, choice: Choice, evidence: float, has_note: bool
) -> QuestionInput:
    """One answer given as plain values (choice, evidence factor, whether a note was written)."""
    if choice == NA:
        return QuestionInput("na", evidence=evidence, has_note=has_note)
    if isinstance(choice, str):  # DONT_KNOW
        return QuestionInput("dont_know", has_note=has_note)
    fraction = q.fraction(q.question(question_id), choice)
    return QuestionInput(
        "value", fraction, evidence, has_note, low_share_at(q, question_id, choice)
    )


def inputs_from_answers(
    q: Questionnaire, answers: Mapping[str, Answer]
) -> dict[str, QuestionInput]:
    """One respondent's answers; answers to questions the questionnaire lacks are ignored."""
    return {
        qid: input_from_answer(q, qid, answer)
        for qid, answer in answers.items()
        if q.has_question(qid)
    }


def pooled_inputs(q: Questionnaire, counts: AnswerCounts) -> dict[str, QuestionInput]:
    """Pool several respondents: mean position and mean evidence over those who chose an option.

    Every distinct answer is turned into the engine's input once and weighed by how many gave
    it. A question nobody answered with an option is N/A when anyone said N/A, else "don't know".
    Answers to questions the questionnaire lacks are ignored.
    """
    factors = q.scoring.evidence_factors
    pooled = {}
    for qid, found in counts.per_question.items():
        if q.has_question(qid) and found:
            items = [
                (input_from_choice(q, qid, choice, _factor(evidence, factors), noted), count)
                for (choice, evidence, noted), count in found.items()
            ]
            pooled[qid] = pool_counted(items)
    return pooled


def _factor(evidence: str | None, factors: EvidenceFactors) -> float:
    return evidence_factor(None if evidence is None else Evidence(evidence), factors)


def pool_counted(items: Sequence[tuple[QuestionInput, int]]) -> QuestionInput:
    """Combine inputs for one question, each given with how many respondents gave it."""
    values = [(i, n) for i, n in items if i.status == "value"]
    if values:
        fraction = _mean([(i.fraction or 0.0, n) for i, n in values])
        evidence = _mean([(i.evidence, n) for i, n in values])
        low = _mean([(i.low_share, n) for i, n in values])
        return QuestionInput("value", fraction, evidence, any(i.has_note for i, _ in values), low)
    nas = [(i, n) for i, n in items if i.status == "na"]
    if nas:
        evidence = _mean([(i.evidence, n) for i, n in nas])
        return QuestionInput("na", evidence=evidence, has_note=any(i.has_note for i, _ in nas))
    return QuestionInput("dont_know", has_note=any(i.has_note for i, _ in items))


def _mean(weighted: Sequence[tuple[float, int]]) -> float:
    return sum(x * n for x, n in weighted) / sum(n for _, n in weighted)
