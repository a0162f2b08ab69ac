"""Count one question's column once; derive its pooled scoring input and per-respondent positions.

Every distinct (choice, evidence, note) combination is turned into the engine's
``QuestionInput`` once and pooled with its count (``scoring.inputs.pool_counted``), so the
pooled input equals ``pooled_inputs`` over the same answers. A respondent's scored position on
the question comes from the engine's own ``scored_fraction`` (N/A policy included).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

from assess.aggregation.matrix import AnswerMatrix, Cell
from assess.models import Question, Questionnaire
from assess.models.response import DONT_KNOW, NA, Evidence
from assess.scoring.engine import scored_fraction
from assess.scoring.inputs import QuestionInput, evidence_factor, input_from_choice, pool_counted


@dataclass(frozen=True)
class QuestionTally:
    """One question's answers counted."""

    question: Question
    values: dict[float, int]  # option value -> respondents who chose it (every option present)
    na: int
    dont_know: int
    unanswered: int
    pooled: QuestionInput | None  # None when nobody answered
    fractions: list[float]  # per respondent: position 0–1 entering the score (0.0 if none)
    scored: list[int]  # per respondent: 1 when the question enters their score, else 0


def tally_question(q: Questionnaire, question: Question, matrix: AnswerMatrix) -> QuestionTally:
    choices, notes, evidence = matrix.column(question.id)
    joint = Counter(zip(choices, evidence, notes, strict=True))
    inputs = {key: _input(q, question, *key) for key in joint if key[0] is not None}
    by_choice: Counter[Cell] = Counter()
    for (choice, _, _), count in joint.items():
        by_choice[choice] += count
    fractions, scored = _per_respondent(q, question, inputs, choices, notes)
    pooled = pool_counted([(item, joint[key]) for key, item in inputs.items()]) if inputs else None
    return QuestionTally(
        question=question,
        values={o.value: by_choice.get(o.value, 0) for o in q.options_for(question)},
        na=by_choice.get(NA, 0),
        dont_know=by_choice.get(DONT_KNOW, 0),
        unanswered=by_choice.get(None, 0),
        pooled=pooled,
        fractions=fractions,
        scored=scored,
    )


def _per_respondent(
    q: Questionnaire,
    question: Question,
    inputs: dict[tuple[Cell, str | None, bool], QuestionInput],
    choices: Sequence[Cell],
    notes: Sequence[bool],
) -> tuple[list[float], list[int]]:
    """Each respondent's scored position and whether it counts, looked up by (choice, note).

    The note is only part of the lookup when it changes the outcome (N/A under require_note).
    """
    outcome: dict[tuple[Cell, bool], float | None] = {(None, False): None, (None, True): None}
    for (choice, _, noted), item in inputs.items():
        outcome[(choice, noted)] = scored_fraction(question, item, q)
    by_choice = {choice: result for (choice, _), result in outcome.items()}
    if all(result == by_choice[choice] for (choice, _), result in outcome.items()):
        keys: Iterable[Hashable] = choices
        found: dict[Hashable, float | None] = {k: v for k, v in by_choice.items()}
    else:
        keys, found = zip(choices, notes, strict=True), {k: v for k, v in outcome.items()}
    fraction = {key: 0.0 if result is None else result for key, result in found.items()}
    counts = {key: 0 if result is None else 1 for key, result in found.items()}
    ordered = list(keys)
    return list(map(fraction.__getitem__, ordered)), list(map(counts.__getitem__, ordered))


def _input(
    q: Questionnaire, question: Question, choice: Cell, evidence: str | None, noted: bool
) -> QuestionInput:
    basis = None if evidence is None else Evidence(evidence)
    factor = evidence_factor(basis, q.scoring.evidence_factors)
    return input_from_choice(q, question.id, choice, factor, noted)  # type: ignore[arg-type]


def dimension_positions(
    questions: Sequence[Question], tallies: dict[str, QuestionTally], size: int
) -> list[float | None]:
    """Each respondent's own position (0–100) on a dimension: 100 × Σ wᵢ·fᵢ / Σ wᵢ over the
    questions they have a scored answer for (the engine's formula, for one respondent)."""
    if not questions:
        return [None] * size
    found = [(float(x.weight), tallies[x.id]) for x in questions]
    weighted = map(sum, zip(*(map(w.__mul__, t.fractions) for w, t in found), strict=True))
    weights = map(sum, zip(*(map(w.__mul__, t.scored) for w, t in found), strict=True))
    return [None if d == 0 else 100.0 * a / d for a, d in zip(weighted, weights, strict=True)]
