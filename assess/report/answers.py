"""Appendix B: every question with each respondent's choice, and every note."""

from __future__ import annotations

from assess.models import Answer, Question, Respondent
from assess.models.response import DONT_KNOW, NA
from assess.models.text import Lang
from assess.report.context import (
    AnsweredQuestion,
    AnswerNote,
    AnswerSection,
    AnswersPart,
    RespondentKey,
)
from assess.sources import Assessment

NA_MARK, DONT_KNOW_MARK = "N/A", "?"


def answers_part(assessment: Assessment, lang: Lang) -> AnswersPart:
    q = assessment.questionnaire
    keyed = [(f"R{n}", r) for n, r in enumerate(assessment.respondents, start=1)]
    return AnswersPart(
        respondents=[RespondentKey(key=k, name=r.name, role=r.role) for k, r in keyed],
        sections=[
            AnswerSection(
                dimension=d.name.get(lang),
                questions=[_question(x, keyed, lang) for x in q.questions_in(d.id)],
            )
            for d in q.dimensions
        ],
    )


def _question(
    question: Question, keyed: list[tuple[str, Respondent]], lang: Lang
) -> AnsweredQuestion:
    answers = [(key, r.answers.get(question.id)) for key, r in keyed]
    return AnsweredQuestion(
        id=question.id,
        text=question.text.get(lang),
        choices=[_mark(answer) for _, answer in answers],
        notes=[
            AnswerNote(key=key, text=answer.note)
            for key, answer in answers
            if answer is not None and answer.note.strip()
        ],
    )


def _mark(answer: Answer | None) -> str:
    if answer is None:
        return ""
    if answer.choice == NA:
        return NA_MARK
    if answer.choice == DONT_KNOW:
        return DONT_KNOW_MARK
    return str(answer.choice)
