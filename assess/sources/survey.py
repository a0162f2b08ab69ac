"""A survey-tool export (CSV) as a SOURCE for `assess score` and `assess report`."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from assess.interchange.csv_import import importable, read_answers
from assess.loading.questionnaire_loader import (
    DEFAULT_QUESTIONNAIRE,
    find_questionnaire,
    load_questionnaire,
    load_roadmap,
    roadmap_path,
)
from assess.models import Answer, Engagement, Respondent
from assess.models.assessment import Assessment
from assess.models.plain import PlainRespondent

CSV_SUFFIXES = (".csv", ".tsv")


def recognises(path: Path) -> bool:
    return path.suffix.lower() in CSV_SUFFIXES


def read(path: Path, questionnaire_path: Path | None) -> Assessment:
    """Answers from the CSV for the given questionnaire (default: the built-in one)."""
    qpath = questionnaire_path or find_questionnaire(DEFAULT_QUESTIONNAIRE)
    q = load_questionnaire(qpath)
    parsed = read_answers(path, q)
    importable(parsed, str(path), skip_bad_rows=False)
    when = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    respondents = [
        _respondent(person, f"row-{row}", when)
        for person, row in zip(parsed.respondents, parsed.rows, strict=True)
    ]
    kb_path = roadmap_path(q, qpath)
    roadmap = load_roadmap(kb_path, q) if kb_path else None
    engagement = Engagement(organization=path.stem or "survey")
    return Assessment(q, roadmap, engagement, respondents, str(path))


def _respondent(person: PlainRespondent, fallback_id: str, when: datetime) -> Respondent:
    answers = {
        qid: Answer(choice=choice, note=note, answered_at=when)
        for qid, (choice, note, _) in person.answers.items()
    }
    return Respondent(
        id=person.id or fallback_id,
        name=person.name,
        role=person.role,
        group=person.group,
        answers=answers,
    )
