"""The questionnaire as one engagement asks it: its profile's wording, weights, N/A and hidden
questions applied, and only its form's questions kept."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assess.models.questionnaire import (
    Form,
    Option,
    OptionWording,
    Profile,
    Question,
    Questionnaire,
    QuestionVariant,
)
from assess.models.response import Engagement

QUESTION_FIELDS = ("allow_na", "weight", "text", "help", "evidence_prompt")
OPTION_FIELDS = ("text", "in_place")


def fitted(q: Questionnaire, profile: str | None, form: str | None) -> Questionnaire:
    """``q`` under ``profile`` and ``form`` (both declared; None leaves that side as it is)."""
    if profile is None and form is None:
        return q
    kept = set(q.form(form).questions) if form is not None else None
    questions = []
    for question in q.questions:
        variant = question.profiles.get(profile) if profile is not None else None
        if variant is not None and variant.hidden:
            continue
        if kept is None or question.id in kept:
            questions.append(question if variant is None else _worded(question, variant))
    # built anew, not copied, so that the per-question caches start empty
    return Questionnaire.model_construct(**{**dict(q), "questions": questions})


def fitted_for(q: Questionnaire, engagement: Engagement) -> Questionnaire:
    return fitted(q, engagement.profile, engagement.form)


def _worded(question: Question, variant: QuestionVariant) -> Question:
    changes = _given(variant, QUESTION_FIELDS)
    if variant.options:
        wording = {o.value: o for o in variant.options}
        changes["options"] = [_option(o, wording.get(o.value)) for o in question.options]
    return question.model_copy(update=changes)


def _option(option: Option, wording: OptionWording | None) -> Option:
    return option if wording is None else option.model_copy(update=_given(wording, OPTION_FIELDS))


def _given(model: QuestionVariant | OptionWording, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(model, name) for name in names if getattr(model, name) is not None}


def answerable(q: Questionnaire) -> Questionnaire:
    """Every question of ``q``, N/A allowed wherever some profile allows it: what a stored
    answer is checked against, whichever profile the engagement has now or had."""
    widened = [
        question.model_copy(update={"allow_na": True})
        if not question.allow_na and any(v.allow_na for v in question.profiles.values())
        else question
        for question in q.questions
    ]
    return Questionnaire.model_construct(**{**dict(q), "questions": widened})


@dataclass(frozen=True)
class Adaptation:
    """What a profile and form changed, for the method appendix."""

    profile: Profile | None
    form: Form | None
    asked: int  # questions asked, of
    total: int  # all the questionnaire's questions
    hidden: int  # left out by the profile
    na_allowed: int  # may be N/A under the profile only
    reweighted: int
    reworded: int


def adaptation(q: Questionnaire, engagement: Engagement) -> Adaptation | None:
    """What ``engagement``'s profile and form change in ``q``; None when it has neither."""
    if engagement.profile is None and engagement.form is None:
        return None
    variants = [
        (question, question.profiles[engagement.profile])
        for question in q.questions
        if engagement.profile is not None and engagement.profile in question.profiles
    ]
    asked = [v for _, v in variants if not v.hidden]
    return Adaptation(
        profile=q.profile(engagement.profile) if engagement.profile else None,
        form=q.form(engagement.form) if engagement.form else None,
        asked=len(fitted_for(q, engagement).questions),
        total=len(q.questions),
        hidden=sum(v.hidden for _, v in variants),
        na_allowed=sum(bool(v.allow_na) and not x.allow_na for x, v in variants if not v.hidden),
        reweighted=sum(v.weight is not None for v in asked),
        reworded=sum(
            any(w is not None for w in (v.text, v.help, v.evidence_prompt)) or bool(v.options)
            for v in asked
        ),
    )
