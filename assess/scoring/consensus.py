"""Consensus overrides: the value a workshop agreed on replaces the pooled answer in scoring.

For a question with a consensus the engine sees that value instead of the respondents' pooled
answers: its position on the scale (or N/A), the pooled evidence factor of the raw answers (the
policy's "unstated" factor when nobody chose an option or N/A), and a note when a rationale was
given (which matters for the ``require_note`` N/A policy). Questions without one keep their
pooled input; the raw answers themselves are never changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from assess.models import Questionnaire
from assess.models.workshop import Consensus
from assess.scoring.inputs import QuestionInput, input_from_choice


def apply_consensus(
    q: Questionnaire, inputs: Mapping[str, QuestionInput], decisions: Iterable[Consensus]
) -> dict[str, QuestionInput]:
    """The scoring inputs with each decided question's input replaced by its consensus."""
    result = dict(inputs)
    for decision in decisions:
        if not q.has_question(decision.question_id):
            continue
        raw = inputs.get(decision.question_id)
        evidence = (
            raw.evidence
            if raw is not None and raw.status != "dont_know"
            else q.scoring.evidence_factors.unstated
        )
        result[decision.question_id] = input_from_choice(
            q, decision.question_id, decision.choice, evidence, bool(decision.rationale.strip())
        )
    return result
