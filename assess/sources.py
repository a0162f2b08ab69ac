"""SOURCE arguments: a response file (JSON), a workspace or a CSV, resolved to one Assessment."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assess.errors import BadInput
from assess.files.inputs import check_input
from assess.loading.questionnaire_loader import (
    find_questionnaire_by_id,
    load_questionnaire,
    load_roadmap,
    roadmap_path,
)
from assess.loading.response_io import check_responses, read_response_file
from assess.models import Engagement, KnowledgeBase, Questionnaire, Respondent
from assess.models.workshop import Consensus
from assess.storage.sqlite_file import looks_like_sqlite


@dataclass(frozen=True)
class Assessment:
    """Everything needed to score and report one engagement."""

    questionnaire: Questionnaire
    roadmap: KnowledgeBase | None
    engagement: Engagement
    respondents: list[Respondent]
    source: str
    consensus: tuple[Consensus, ...] = ()  # workshop decisions; they override pooled answers


def load_source(path: Path, questionnaire_path: Path | None = None) -> Assessment:
    check_input(path, what="a response file, a workspace or a CSV")
    if path.suffix.lower() == ".json":
        return _from_response_file(path, questionnaire_path)
    if path.suffix.lower() in (".csv", ".tsv"):
        from assess.interchange.csv_source import assessment_from_csv

        return assessment_from_csv(path, questionnaire_path)
    if looks_like_sqlite(path):
        return _from_workspace(path)
    raise BadInput.one(
        path,
        "not a response file (.json), a workspace (.assess SQLite file) or a CSV (.csv, .tsv)",
        fix="pass a response file, a workspace or a survey-tool CSV",
    )


def _from_response_file(path: Path, questionnaire_path: Path | None) -> Assessment:
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
    return Assessment(q, roadmap, response.engagement, list(response.respondents), str(path))


def _from_workspace(path: Path) -> Assessment:
    from assess.storage.workspace import Workspace

    with Workspace.open(path, read_only=True) as ws:
        return Assessment(
            ws.questionnaire(),
            ws.roadmap(),
            ws.engagement(),
            ws.respondents(),
            str(path),
            tuple(ws.consensus()),
        )
