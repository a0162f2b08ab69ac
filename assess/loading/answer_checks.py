"""Is an answer acceptable for a question? Shared by response files, workspaces and CSV import."""

from __future__ import annotations

from assess.models import Answer, Questionnaire
from assess.models.response import DONT_KNOW, NA


def answer_problem(q: Questionnaire, question_id: str, answer: Answer) -> tuple[str, str] | None:
    """(message, fix) when the answer does not fit the question, else None."""
    if not q.has_question(question_id):
        return f"unknown question id '{question_id}'", f"use a question id of '{q.id}'"
    question = q.question(question_id)
    if answer.choice == NA:
        if not question.allow_na:
            return "N/A is not allowed for this question", "choose an option or 'dont_know'"
        return None
    if answer.choice == DONT_KNOW:
        return None
    values = [o.value for o in q.options_for(question)]
    if answer.choice not in values:
        return (
            f"choice {answer.choice} is not an option",
            f"use one of {values}, 'na' or 'dont_know'",
        )
    return None
