"""What each participant page shows, from the questionnaire as asked and one person's answers.

Pure: no web framework, no storage. Option values travel in forms as text (``"2"``, ``"0.25"``)
and are read back only if they are one of the question's own values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from assess.i18n import text
from assess.models import Answer, Choice, Evidence, Question, Questionnaire
from assess.models.response import DONT_KNOW, NA
from assess.models.text import Lang

Status = Literal["answered", "open", "dont_know", "needs_note"]
EVIDENCE_ORDER = (Evidence.BELIEF, Evidence.EXAMPLE, Evidence.ARTEFACT)


@dataclass(frozen=True)
class Choosable:
    value: str
    label: str
    checked: bool
    rule: str = ""  # what evidence must show to claim it (critical questions)


@dataclass(frozen=True)
class QuestionPage:
    number: int  # 1-based, in the order asked
    total: int
    answered: int
    dimension: str
    text: str
    help: str
    evidence_prompt: str
    options: list[Choosable]
    extras: list[Choosable]  # N/A (where allowed) and don't know
    evidence: list[Choosable]
    note: str
    na_needs_note: bool


@dataclass(frozen=True)
class ReviewRow:
    number: int
    dimension: str
    text: str
    status: Status


def value_text(value: int | float) -> str:
    return f"{value:g}"


def status_of(q: Questionnaire, answer: Answer | None) -> Status:
    if answer is None:
        return "open"
    if q.scoring.holds_open(answer.choice, answer.note):
        return "needs_note"
    return "dont_know" if answer.choice == DONT_KNOW else "answered"


def question_page(
    q: Questionnaire,
    number: int,
    answers: Mapping[str, Answer],
    answered: int,
    role: str,
    lang: Lang,
    draft: Answer | None = None,
) -> QuestionPage:
    """Question ``number`` (1-based) with the person's answer, or the ``draft`` they sent back;
    ``answered`` of the questions are answered so far."""
    question = q.questions[number - 1]
    given = draft if draft is not None else answers.get(question.id)
    chosen = _chosen(given)
    prompt = q.evidence_prompt_for(question, role)
    extras = [Choosable(NA, text("common.na", lang), chosen == NA)] if question.allow_na else []
    extras.append(Choosable(DONT_KNOW, text("common.dont_know", lang), chosen == DONT_KNOW))
    return QuestionPage(
        number=number,
        total=len(q.questions),
        answered=answered,
        dimension=q.dimension(question.dimension).name.get(lang),
        text=question.text.get(lang),
        help=question.help.get(lang) if question.help else "",
        evidence_prompt=prompt.get(lang) if prompt else "",
        options=[
            Choosable(
                value_text(o.value),
                o.text.get(lang),
                chosen == value_text(o.value),
                o.evidence.get(lang) if o.evidence is not None else "",
            )
            for o in q.options_for(question)
        ],
        extras=extras,
        evidence=[
            Choosable(
                e.value,
                text(f"app.evidence_{e.value}", lang),
                given is not None and given.evidence == e,
            )
            for e in EVIDENCE_ORDER
        ],
        note=given.note if given is not None else "",
        na_needs_note=question.allow_na and q.scoring.holds_open(NA, ""),
    )


def read_choice(q: Questionnaire, question: Question, raw: str | None) -> Choice | None:
    """The choice a form sent, if it is one this question offers; None otherwise."""
    if raw == DONT_KNOW:
        return "dont_know"
    if raw == NA:
        return "na" if question.allow_na else None
    for option in q.options_for(question):
        if raw == value_text(option.value):
            return option.value
    return None


def read_evidence(raw: str | None) -> Evidence | None:
    return next((e for e in EVIDENCE_ORDER if e.value == raw), None)


def review_rows(q: Questionnaire, answers: Mapping[str, Answer], lang: Lang) -> list[ReviewRow]:
    return [
        ReviewRow(
            number,
            q.dimension(question.dimension).name.get(lang),
            question.text.get(lang),
            status_of(q, answers.get(question.id)),
        )
        for number, question in enumerate(q.questions, start=1)
    ]


def _chosen(answer: Answer | None) -> str | None:
    if answer is None:
        return None
    choice = answer.choice
    return choice if isinstance(choice, str) else value_text(choice)
