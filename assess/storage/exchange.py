"""Checks for moving answers between a workspace and a response file."""

from __future__ import annotations

from assess.errors import BadInput, Problem
from assess.models import Questionnaire
from assess.models.response import QuestionnaireRef, ResponseFile
from assess.storage.checks import answer_finding


def check_response_file(
    rf: ResponseFile, ref: QuestionnaireRef, q: Questionnaire, source: str
) -> None:
    """Refuse a response file for another questionnaire, or with answers that do not fit."""
    _check_questionnaire(rf.questionnaire, ref, source)
    problems = _duplicate_ids(rf, source)
    for index, person in enumerate(rf.respondents):
        for question_id, answer in person.answers.items():
            finding = answer_finding(q, question_id, answer)
            if finding is not None:
                place = f"respondents[{index}].answers.{question_id}"
                problems.append(Problem(source, place, finding.message, finding.fix))
    if problems:
        raise BadInput(problems)


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


def _duplicate_ids(rf: ResponseFile, source: str) -> list[Problem]:
    seen: set[str] = set()
    problems: list[Problem] = []
    for index, person in enumerate(rf.respondents):
        if person.id in seen:
            problems.append(
                Problem(
                    source,
                    f"respondents[{index}].id",
                    f"respondent id {person.id!r} appears twice",
                    "give every respondent a distinct id",
                )
            )
        seen.add(person.id)
    return problems
