"""A survey-tool export (CSV or spreadsheet) as a SOURCE for `assess score` and `assess report`."""

from __future__ import annotations

from pathlib import Path

from assess.interchange.csv_import import importable, read_answers
from assess.interchange.sheet_text import SHEET_SUFFIXES
from assess.loading.questionnaire_loader import (
    DEFAULT_QUESTIONNAIRE,
    find_questionnaire,
    load_questionnaire,
    load_roadmap,
    roadmap_path,
)
from assess.models import Engagement
from assess.models.assessment import Assessment

CSV_SUFFIXES = (".csv", ".tsv")


def recognises(path: Path) -> bool:
    return path.suffix.lower() in (*CSV_SUFFIXES, *SHEET_SUFFIXES)


def read(path: Path, questionnaire_path: Path | None) -> Assessment:
    """Answers from the CSV for the given questionnaire (default: the built-in one)."""
    qpath = questionnaire_path or find_questionnaire(DEFAULT_QUESTIONNAIRE)
    q = load_questionnaire(qpath)
    parsed = read_answers(path, q)
    importable(parsed, str(path), skip_bad_rows=False)
    kb_path = roadmap_path(q, qpath)
    roadmap = load_roadmap(kb_path, q) if kb_path else None
    engagement = Engagement(organization=path.stem or "survey")
    return Assessment(q, roadmap, engagement, parsed.respondents, str(path))
