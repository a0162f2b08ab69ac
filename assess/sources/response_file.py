"""A response file (JSON) as a SOURCE, with the questionnaire it answers."""

from __future__ import annotations

from pathlib import Path

from assess.errors import BadInput
from assess.loading.questionnaire_loader import (
    find_questionnaire_by_id,
    load_questionnaire,
    load_roadmap,
    roadmap_path,
)
from assess.loading.response_io import check_responses, read_response_file
from assess.models.assessment import Assessment
from assess.models.plain import plain_respondent


def recognises(path: Path) -> bool:
    return path.suffix.lower() == ".json"


def read(path: Path, questionnaire_path: Path | None) -> Assessment:
    response = read_response_file(path)
    qpath = questionnaire_path or find_questionnaire_by_id(
        response.questionnaire.id,
        path.parent,
        fix=f"put the questionnaire file in {path.parent} beside {path.name}, "
        "or pass it with --questionnaire PATH",
    )
    q = load_questionnaire(qpath)
    check_responses(response, q, str(path))
    if questionnaire_path is None and response.questionnaire.hash != q.content_hash():
        raise BadInput.one(
            path,
            f"answers version {response.questionnaire.version} ({response.questionnaire.hash}) "
            f"of '{q.id}', but the installed one is {q.version} ({q.content_hash()})",
            place="questionnaire.hash",
            fix="pass the answered version with --questionnaire PATH",
        )
    kb_path = roadmap_path(q, qpath)
    roadmap = load_roadmap(kb_path, q) if kb_path else None
    people = [plain_respondent(person) for person in response.respondents]
    return Assessment.asked(q, roadmap, response.engagement, people, str(path))
