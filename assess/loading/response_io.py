"""Read and write response files (JSON, schema: `assess questionnaire schema --kind response`)."""

from __future__ import annotations

from pathlib import Path

from assess.errors import BadInput, Problem
from assess.files.inputs import RESPONSE_LIMIT, decode_text, read_input
from assess.loading.answer_checks import answer_problem
from assess.loading.engagement_checks import engagement_problems
from assess.loading.json_source import parse_json
from assess.loading.model_errors import validate_document
from assess.models import Questionnaire, ResponseFile
from assess.models.fitting import answerable


def read_response_file(path: Path) -> ResponseFile:
    data = read_input(path, limit=RESPONSE_LIMIT, what="a response file")
    text = decode_text(data, str(path))
    if not text.strip():
        raise BadInput.one(path, "the file is empty", fix="write the content or pass another file")
    return validate_document(ResponseFile, parse_json(text, str(path)), str(path))


def write_response_file(path: Path, response: ResponseFile) -> None:
    path.write_text(response.model_dump_json(indent=2) + "\n", encoding="utf-8")


def check_responses(response: ResponseFile, q: Questionnaire, source: str) -> None:
    """Every answer must fit the questionnaire; all problems are reported at once."""
    if response.questionnaire.id != q.id:
        raise BadInput.one(
            source,
            f"answers questionnaire '{response.questionnaire.id}', not '{q.id}'",
            place="questionnaire.id",
            fix="pass the questionnaire these answers belong to (--questionnaire PATH)",
        )
    problems = _duplicate_ids(response, source)
    any_profile = answerable(q)
    problems += [
        Problem(source, f"engagement.{place}", message, fix)
        for place, message, fix in engagement_problems(q, response.engagement)
    ]
    problems += [
        Problem(source, f"respondents[{index}].answers.{qid}", *found)
        for index, person in enumerate(response.respondents)
        for qid, answer in person.answers.items()
        if (found := answer_problem(any_profile, qid, answer))
    ]
    if problems:
        raise BadInput(problems)


def _duplicate_ids(response: ResponseFile, source: str) -> list[Problem]:
    seen: set[str] = set()
    problems: list[Problem] = []
    for index, person in enumerate(response.respondents):
        if person.id in seen:
            problems.append(
                Problem(
                    source,
                    f"respondents[{index}].id",
                    f"respondent id '{person.id}' appears twice",
                    "give every respondent a distinct id",
                )
            )
        seen.add(person.id)
    return problems
