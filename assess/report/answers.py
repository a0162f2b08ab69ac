"""Appendix B: every question with each respondent's choice (a shaded row), and every note."""

from __future__ import annotations

from assess.models import Answer, Question, Questionnaire, Respondent
from assess.models.response import NA
from assess.models.text import Lang
from assess.report.charts.marks import Mark, keys_row, marks_row
from assess.report.context import (
    AnsweredQuestion,
    AnswerNote,
    AnswerSection,
    AnswersPart,
    RespondentKey,
)
from assess.report.labels import labels_for
from assess.sources import Assessment

NA_MARK, DONT_KNOW_MARK = "N/A", "?"


def answers_part(assessment: Assessment, lang: Lang, accent: str) -> AnswersPart:
    q = assessment.questionnaire
    keyed = [(f"R{n}", r) for n, r in enumerate(assessment.respondents, start=1)]
    label = labels_for(lang)["respondent"]
    return AnswersPart(
        respondents=[RespondentKey(key=k, name=r.name, role=r.role) for k, r in keyed],
        keys=keys_row([k for k, _ in keyed], label),
        sections=[
            AnswerSection(
                dimension=d.name.get(lang),
                questions=[_question(q, x, keyed, lang, accent) for x in q.questions_in(d.id)],
            )
            for d in q.dimensions
        ],
    )


def _question(
    q: Questionnaire,
    question: Question,
    keyed: list[tuple[str, Respondent]],
    lang: Lang,
    accent: str,
) -> AnsweredQuestion:
    answers = [(key, r.answers.get(question.id)) for key, r in keyed]
    marks = [_mark(q, question, answer) for _, answer in answers]
    return AnsweredQuestion(
        id=question.id,
        text=question.text.get(lang),
        choices=[m.label for m in marks],
        marks=marks_row(marks, accent, labels_for(lang)["choice"]),
        notes=[
            AnswerNote(key=key, text=answer.note)
            for key, answer in answers
            if answer is not None and answer.note.strip()
        ],
    )


def _mark(q: Questionnaire, question: Question, answer: Answer | None) -> Mark:
    if answer is None:
        return Mark("", None)
    if isinstance(answer.choice, int):
        return Mark(str(answer.choice), q.fraction(question, answer.choice))
    return Mark(NA_MARK if answer.choice == NA else DONT_KNOW_MARK, None)
