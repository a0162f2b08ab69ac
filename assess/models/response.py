"""Answers given by respondents, and the response file used to move them in and out."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Final, Literal, TypeGuard

from pydantic import Field, StrictFloat, StrictInt

from assess.models.text import Lang, Strict

NA: Final = "na"
DONT_KNOW: Final = "dont_know"
Value = StrictInt | StrictFloat  # an option's value: 1, 2 … or 0, 0.25, 0.5, 1
Choice = int | float | Literal["na", "dont_know"]


def is_value(choice: object) -> TypeGuard[int | float]:
    """Is this choice an option's value (not N/A, "don't know" or a stray boolean)?"""
    return isinstance(choice, int | float) and not isinstance(choice, bool)


class Evidence(StrEnum):
    """What the answer rests on."""

    BELIEF = "belief"
    EXAMPLE = "example"
    ARTEFACT = "artefact"


class Answer(Strict):
    choice: Value | Literal["na", "dont_know"] = Field(
        description="The chosen option's value, 'na' or 'dont_know'"
    )
    note: str = ""
    evidence: Evidence | None = None
    answered_at: datetime


class Respondent(Strict):
    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    role: str = ""
    group: str | None = None
    answers: dict[str, Answer] = Field(default_factory=dict)


class Branding(Strict):
    consultant: str = ""
    accent_color: str = Field("#b4232a", pattern=r"^#[0-9a-fA-F]{6}$")
    logo: str | None = Field(None, description="Path to a PNG/JPEG/SVG logo for the report cover")


class Engagement(Strict):
    organization: str = Field(min_length=1)
    industry: str = ""
    size: str = ""
    language: Lang = "zh"
    branding: Branding = Branding()
    targets: dict[str, int] = Field(
        default_factory=dict, description="Target level per dimension id; default one level up"
    )
    profile: str | None = Field(
        None, description="The questionnaire's profile for this organization (industry, ownership)"
    )
    form: str | None = Field(None, description="The form asked (a declared subset); None: all")


class QuestionnaireRef(Strict):
    id: str
    version: str
    hash: str = Field(description="Questionnaire.content_hash() of the version answered")


class ResponseFile(Strict):
    """Interchange format: one engagement's answers (JSON)."""

    format: Literal["assess-response"] = "assess-response"
    format_version: Literal[1] = 1
    questionnaire: QuestionnaireRef
    engagement: Engagement
    respondents: list[Respondent] = Field(min_length=1)
