"""Checks of how a questionnaire adapts: its profiles (each question's variants), forms and
roles (each question's evidence prompts by role)."""

from __future__ import annotations

from collections.abc import Iterator

from assess.loading.questionnaire_checks import Finding, Loc, duplicates
from assess.models import Question, Questionnaire
from assess.models.fitting import fitted


def check_adaptations(q: Questionnaire) -> list[Finding]:
    found = [
        *duplicates(("profiles",), [p.id for p in q.profiles], "profile id"),
        *duplicates(("forms",), [f.id for f in q.forms], "form id"),
        *duplicates(("roles",), [r.id for r in q.roles], "role id"),
        *(f for i, question in enumerate(q.questions) for f in _check_prompts(q, i, question)),
        *(f for i, question in enumerate(q.questions) for f in _check_variants(q, i, question)),
        *(f for i in range(len(q.forms)) for f in _check_form(q, i)),
    ]
    return found or list(_every_dimension_asked(q))


def _check_variants(q: Questionnaire, index: int, question: Question) -> Iterator[Finding]:
    declared = [p.id for p in q.profiles]
    values = [o.value for o in q.options_for(question)]
    for profile_id, variant in question.profiles.items():
        loc: Loc = ("questions", index, "profiles", profile_id)
        if profile_id not in declared:
            yield Finding(
                loc,
                f"unknown profile '{profile_id}'",
                f"declare it under `profiles:` or use one of: {', '.join(declared) or '(none)'}",
            )
        for at, wording in enumerate(variant.options):
            if wording.value not in values:
                yield Finding(
                    (*loc, "options", at, "value"),
                    f"no option of the question has the value {wording.value:g}",
                    f"use one of its values: {', '.join(f'{v:g}' for v in values)}",
                )


def _check_prompts(q: Questionnaire, index: int, question: Question) -> Iterator[Finding]:
    declared = [r.id for r in q.roles]
    for role_id in question.evidence_prompts:
        if role_id not in declared:
            yield Finding(
                ("questions", index, "evidence_prompts", role_id),
                f"unknown role '{role_id}'",
                f"declare it under `roles:` or use one of: {', '.join(declared) or '(none)'}",
            )


def _check_form(q: Questionnaire, index: int) -> Iterator[Finding]:
    form = q.forms[index]
    for at, question_id in enumerate(form.questions):
        if not q.has_question(question_id):
            yield Finding(
                ("forms", index, "questions", at),
                f"unknown question '{question_id}'",
                "name a question of this questionnaire",
            )
    yield from duplicates(
        ("forms", index, "questions"), form.questions, "question", field="", fix="list it once"
    )


def _every_dimension_asked(q: Questionnaire) -> Iterator[Finding]:
    """Each profile and form, alone and together, asks every dimension at least one question."""
    for profile in [None, *q.profiles]:
        for index, form in [(0, None), *enumerate(q.forms)]:
            if profile is None and form is None:
                continue
            asked = fitted(q, profile.id if profile else None, form.id if form else None)
            missing = [d.id for d in q.dimensions if not asked.questions_in(d.id)]
            if missing:
                names = [
                    f"profile '{profile.id}'" if profile else "",
                    f"form '{form.id}'" if form else "",
                ]
                yield Finding(
                    ("forms", index) if form else ("profiles",),
                    f"{' with '.join(n for n in names if n)} asks nothing of dimension "
                    f"'{missing[0]}'",
                    "keep at least one of its questions",
                )
