"""Appendix B: every question with each respondent's choice (shaded cells), and every note."""

from __future__ import annotations

from assess.models import Answer, Question, Questionnaire, Respondent
from assess.models.assessment import Assessment
from assess.models.pseudonym import pseudonym
from assess.models.response import NA
from assess.models.text import Lang
from assess.report.context import (
    AnsweredQuestion,
    AnswerNote,
    AnswerSection,
    AnswersPart,
    RespondentKey,
    ShadedCell,
)
from assess.report.shading import blank, shaded

NA_MARK, DONT_KNOW_MARK = "N/A", "?"


def answers_part(assessment: Assessment, lang: Lang, *, names: bool) -> AnswersPart:
    """The appendix; respondents are keyed by pseudonym, and named only with ``names``."""
    q = assessment.questionnaire
    keyed = [(pseudonym(n), r) for n, r in enumerate(assessment.respondents, start=1)]
    return AnswersPart(
        respondents=[
            RespondentKey(key=k, name=r.name if names else "", role=r.role) for k, r in keyed
        ],
        sections=[
            AnswerSection(
                dimension=d.name.get(lang),
                questions=[_question(q, x, keyed, lang) for x in q.questions_in(d.id)],
            )
            for d in q.dimensions
        ],
    )


def _question(
    q: Questionnaire,
    question: Question,
    keyed: list[tuple[str, Respondent]],
    lang: Lang,
) -> AnsweredQuestion:
    answers = [(key, r.answers.get(question.id)) for key, r in keyed]
    return AnsweredQuestion(
        id=question.id,
        text=question.text.get(lang),
        choices=[_choice(q, question, answer) for _, answer in answers],
        notes=[
            AnswerNote(key=key, text=answer.note)
            for key, answer in answers
            if answer is not None and answer.note.strip()
        ],
    )


def _choice(q: Questionnaire, question: Question, answer: Answer | None) -> ShadedCell:
    """The chosen value, shaded by how high it sits on the question's scale."""
    if answer is None:
        return blank()
    if isinstance(answer.choice, int):
        return shaded(str(answer.choice), q.fraction(question, answer.choice))
    return blank(NA_MARK if answer.choice == NA else DONT_KNOW_MARK)
