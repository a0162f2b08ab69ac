"""Hypothesis strategies: random but valid questionnaires and answers."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from assess.models import Questionnaire
from assess.scoring import QuestionInput
from assess.scoring.inputs import input_from_choice

LEVELS = 5


def _text(word: str) -> dict[str, str]:
    return {"zh": f"{word}(中)", "en": word}


@st.composite
def questionnaires(draw: st.DrawFn, na_policy: str | None = None) -> Questionnaire:
    dims = draw(st.integers(1, 4))
    questions: list[dict[str, Any]] = []
    for d in range(dims):
        for n in range(draw(st.integers(1, 5))):
            options = draw(st.integers(2, 6))
            question: dict[str, Any] = {
                "id": f"d{d}.q{n}",
                "dimension": f"d{d}",
                "text": _text(f"question {d}.{n}"),
                "weight": draw(st.sampled_from([0.5, 1.0, 1.5, 2.0, 3.0])),
                "allow_na": True,
                "options": [
                    {"value": v, "text": _text(f"option {v}")} for v in range(1, options + 1)
                ],
            }
            if draw(st.booleans()):
                question["critical"] = {
                    "below": draw(st.integers(2, options)),
                    "cap_level": draw(st.integers(1, LEVELS - 1)),
                }
            questions.append(question)
    return Questionnaire.model_validate(
        {
            "id": "random",
            "version": "1",
            "title": _text("random"),
            "levels": [{"value": v, "name": _text(f"L{v}")} for v in range(1, LEVELS + 1)],
            "scoring": {
                "critical_share": draw(st.sampled_from([0.5, 0.6, 2 / 3, 1.0])),
                "na_policy": na_policy
                or draw(st.sampled_from(["exclude", "lowest", "require_note"])),
                "level_thresholds": [0, 20, 40, 60, 80],
                "gating": draw(st.sampled_from([None, {"max_above_weakest": 1}])),
            },
            "dimensions": [
                {
                    "id": f"d{d}",
                    "name": _text(f"dim {d}"),
                    "weight": draw(st.sampled_from([1.0, 2.0])),
                }
                for d in range(dims)
            ],
            "questions": questions,
        }
    )


@st.composite
def question_input(draw: st.DrawFn, q: Questionnaire, question_id: str) -> QuestionInput:
    status = draw(st.sampled_from(["value", "value", "value", "na", "dont_know"]))
    evidence = draw(st.sampled_from([0.5, 0.75, 1.0]))
    if status == "value":
        low, high = q.value_range(q.question(question_id))
        value = draw(st.integers(int(low), int(high)))
        return input_from_choice(q, question_id, value, evidence, draw(st.booleans()))
    return QuestionInput(status, None, evidence, draw(st.booleans()))


@st.composite
def answered(
    draw: st.DrawFn, na_policy: str | None = None
) -> tuple[Questionnaire, dict[str, QuestionInput]]:
    """A questionnaire and answers to a random subset of its questions."""
    q = draw(questionnaires(na_policy))
    inputs = {}
    for question in q.questions:
        if draw(st.integers(0, 9)) > 0:
            inputs[question.id] = draw(question_input(q, question.id))
    return q, inputs
