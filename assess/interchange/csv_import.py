"""Read a survey-tool CSV for a questionnaire and decide what may be imported."""

from __future__ import annotations

from pathlib import Path

from assess.errors import BadInput, Problem
from assess.interchange.csv_answers import Parsed, parse_answers
from assess.interchange.csv_text import read_table
from assess.models import Questionnaire


def read_answers(path: Path, q: Questionnaire) -> Parsed:
    """Every row of the CSV read against the questionnaire (nothing is refused yet)."""
    return parse_answers(read_table(path), q)


def importable(parsed: Parsed, source: str, *, skip_bad_rows: bool) -> list[Problem]:
    """The problems of rows that will be skipped; BadInput when nothing may be imported.

    Header problems (unknown or repeated columns, no name column) always refuse the file;
    bad rows refuse it unless ``skip_bad_rows``.
    """
    if parsed.header_problems:
        raise BadInput(parsed.header_problems)
    if parsed.problems and not skip_bad_rows:
        raise BadInput(parsed.problems)
    if not parsed.respondents:
        raise BadInput.one(source, "no respondent to import", fix="add rows below the header")
    return parsed.problems
