"""Checks for moving answers between a workspace and a response file."""

from __future__ import annotations

from assess.errors import BadInput
from assess.loading.response_io import check_responses
from assess.models import Questionnaire
from assess.models.response import QuestionnaireRef, ResponseFile


def check_response_file(
    rf: ResponseFile, ref: QuestionnaireRef, q: Questionnaire, source: str
) -> None:
    """Refuse a response file for another questionnaire, or with answers that do not fit."""
    _check_questionnaire(rf.questionnaire, ref, source)
    check_responses(rf, q, source)


def _check_questionnaire(theirs: QuestionnaireRef, ours: QuestionnaireRef, source: str) -> None:
    if theirs.id != ours.id:
        raise BadInput.one(
            source,
            f"answers questionnaire {theirs.id!r}, but this workspace uses {ours.id!r}",
            place="questionnaire.id",
            fix="import it into a workspace created with that questionnaire",
        )
    if theirs.hash != ours.hash:
        raise BadInput.one(
            source,
            f"answers a different version of questionnaire {ours.id!r} "
            f"({theirs.version}, {theirs.hash}; this workspace has {ours.version}, {ours.hash})",
            place="questionnaire.hash",
            fix="import it into a workspace created with the same questionnaire version",
        )
