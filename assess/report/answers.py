"""Appendix B: every answer, as a grid of respondents while one fits a page, else summarised.

Up to ``GRID_RESPONDENTS`` respondents each have a column (by pseudonym, named only when asked)
and every note is printed. Beyond that the appendix shows, per question, how many chose each
option and the notes grouped by role, at most ``NOTES_PER_ROLE`` each: its length then depends on
the questionnaire, not on how many people answered. Roles too small to stay anonymous
(``DEFAULT_MIN_GROUP_SIZE``) are pooled as "other roles".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from assess.aggregation import DEFAULT_MIN_GROUP_SIZE
from assess.i18n import text
from assess.models import Question, Questionnaire
from assess.models.assessment import Assessment
from assess.models.plain import PlainAnswer, PlainRespondent
from assess.models.pseudonym import pseudonym
from assess.models.response import DONT_KNOW, NA, is_value
from assess.models.text import Lang
from assess.report.context import (
    AnsweredQuestion,
    AnswerNote,
    AnswerSection,
    AnswersPart,
    RespondentKey,
    RoleNotes,
    ShadedCell,
)
from assess.report.shading import blank, shaded

GRID_RESPONDENTS = 20  # columns of 6.5 mm beside the question still fit an A4 page
NOTES_PER_ROLE = 3
NA_MARK, DONT_KNOW_MARK = "N/A", "?"


def answers_part(assessment: Assessment, lang: Lang, *, names: bool) -> AnswersPart:
    """The appendix; respondents are keyed by pseudonym, and named only with ``names``."""
    if len(assessment.respondents) > GRID_RESPONDENTS:
        return _summarised(assessment, lang)
    q = assessment.questionnaire
    keyed = [(pseudonym(n), r) for n, r in enumerate(assessment.respondents, start=1)]
    return AnswersPart(
        summarised=False,
        legend=text("report.answers_legend", lang),
        respondents=[
            RespondentKey(key=k, name=r.name if names else "", role=r.role) for k, r in keyed
        ],
        columns=[],
        sections=_sections(q, lang, lambda x: _grid_question(q, x, keyed, lang)),
    )


def _sections(
    q: Questionnaire, lang: Lang, question: Callable[[Question], AnsweredQuestion]
) -> list[AnswerSection]:
    return [
        AnswerSection(
            dimension=d.name.get(lang), questions=[question(x) for x in q.questions_in(d.id)]
        )
        for d in q.dimensions
    ]


def _grid_question(
    q: Questionnaire, question: Question, keyed: list[tuple[str, PlainRespondent]], lang: Lang
) -> AnsweredQuestion:
    answers = [(key, r.answers.get(question.id)) for key, r in keyed]
    return AnsweredQuestion(
        id=question.id,
        text=question.text.get(lang),
        choices=[_cell(q, question, answer) for _, answer in answers],
        notes=[
            AnswerNote(key=key, text=answer[1])
            for key, answer in answers
            if answer is not None and answer[1].strip()
        ],
    )


def _cell(q: Questionnaire, question: Question, answer: PlainAnswer | None) -> ShadedCell:
    """The chosen option's position (1 = lowest), shaded by how high it sits on the scale."""
    if answer is None:
        return blank()
    choice = answer[0]
    if is_value(choice):
        return shaded(str(q.position(question, choice)), q.fraction(question, choice))
    return blank(NA_MARK if choice == NA else DONT_KNOW_MARK)


def _summarised(assessment: Assessment, lang: Lang) -> AnswersPart:
    q = assessment.questionnaire
    widest = max(len(q.options_for(x)) for x in q.questions)
    notes = _notes_by_role(assessment.respondents, lang)
    return AnswersPart(
        summarised=True,
        legend=text(
            "report.answers_summarised",
            lang,
            n=len(assessment.respondents),
            per_role=NOTES_PER_ROLE,
        ),
        respondents=[],
        columns=[str(n) for n in range(1, widest + 1)] + [NA_MARK, DONT_KNOW_MARK],
        sections=_sections(
            q, lang, lambda x: _counted_question(assessment, x, widest, notes.get(x.id, []), lang)
        ),
    )


def _counted_question(
    assessment: Assessment, question: Question, widest: int, notes: list[RoleNotes], lang: Lang
) -> AnsweredQuestion:
    q = assessment.questionnaire
    chosen = assessment.counts.choices(question.id)
    options = q.options_for(question)
    most = max((chosen[o.value] for o in options), default=0) or 1
    cells = [
        shaded(str(chosen[o.value]), chosen[o.value] / most) if chosen[o.value] else blank()
        for o in options
    ]
    cells += [blank()] * (widest - len(options))
    cells += [
        blank(str(chosen[NA]) if chosen[NA] else ""),
        blank(str(chosen[DONT_KNOW]) if chosen[DONT_KNOW] else ""),
    ]
    answered = sum(chosen[o.value] for o in options)
    total = assessment.counts.respondents
    return AnsweredQuestion(
        id=question.id,
        text=question.text.get(lang),
        choices=cells,
        notes=[],
        answered=text("report.answered_of", lang, n=answered, total=total),
        role_notes=notes,
    )


def _notes_by_role(people: Sequence[PlainRespondent], lang: Lang) -> dict[str, list[RoleNotes]]:
    """Per question id: its notes grouped by role, each role's first few and how many more."""
    sizes = Counter(person.role for person in people)
    other = text("report.other_roles", lang)
    found: dict[str, dict[str, list[str]]] = {}
    for person in people:
        role = (
            person.role if person.role and sizes[person.role] >= DEFAULT_MIN_GROUP_SIZE else other
        )
        for qid, (_, note, _) in person.answers.items():
            if note.strip():
                found.setdefault(qid, {}).setdefault(role, []).append(note.strip())
    return {
        qid: [
            RoleNotes(
                role=role,
                notes=notes[:NOTES_PER_ROLE],
                more=text("report.more_notes", lang, n=len(notes) - NOTES_PER_ROLE)
                if len(notes) > NOTES_PER_ROLE
                else "",
            )
            for role, notes in sorted(roles.items(), key=lambda item: (item[0] == other, item[0]))
        ]
        for qid, roles in found.items()
    }
