"""Does an answer fit its question? The one check for response files, workspaces and CSV."""

from __future__ import annotations

from assess.models import Answer, Questionnaire
from assess.models.response import DONT_KNOW, NA


def question_problem(q: Questionnaire, question_id: str) -> tuple[str, str] | None:
    """(message, fix) when the questionnaire has no such question, else None."""
    if q.has_question(question_id):
        return None
    return (
        f"no question '{question_id}' in questionnaire '{q.id}' {q.version}",
        "use a question id from the questionnaire",
    )


def answer_problem(q: Questionnaire, question_id: str, answer: Answer) -> tuple[str, str] | None:
    """(message, fix) when the answer does not fit the question, else None."""
    missing = question_problem(q, question_id)
    if missing:
        return missing
    question = q.question(question_id)
    if answer.choice == NA:
        if not question.allow_na:
            return "N/A is not allowed for this question", "choose an option or 'dont_know'"
        return None
    if answer.choice == DONT_KNOW:
        return None
    values = [o.value for o in q.options_for(question)]
    if isinstance(answer.choice, bool) or answer.choice not in values:
        return (
            f"choice {answer.choice} is not an option",
            f"use one of {values}, 'na' or 'dont_know'",
        )
    return None
