"""Read a survey-tool CSV for a questionnaire and decide what may be imported.

``read_answers`` reads the whole file at once (for scoring a CSV directly). The import reads it
in chunks (``csv_chunks``), each checked and prepared for the workspace, so that one process can
prepare the next chunk while another writes the last one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from assess.errors import BadInput, Problem
from assess.interchange.csv_answers import Parsed, RowReader, parse_answers
from assess.interchange.csv_text import Table, read_table
from assess.interchange.sheet_text import is_sheet, read_sheet
from assess.models import Questionnaire
from assess.storage import bulk

CHUNK_ROWS = 500


def read_answers(path: Path, q: Questionnaire) -> Parsed:
    """Every row of the export read against the questionnaire (nothing is refused yet)."""
    return parse_answers(read_export(path), q)


def read_export(path: Path, encoding: str | None = None) -> Table:
    """A survey export as a table: a spreadsheet (.xlsx, .xls, .ods) or a CSV."""
    return read_sheet(path) if is_sheet(path) else read_table(path, encoding)


def importable(parsed: Parsed, source: str, *, skip_bad_rows: bool) -> list[Problem]:
    """The problems of rows that will be skipped; BadInput when nothing may be imported.

    Header problems (unknown or repeated columns, no name column) always refuse the file;
    bad rows refuse it unless ``skip_bad_rows``.
    """
    if parsed.header_problems:
        raise BadInput(parsed.header_problems)
    _refuse(parsed.problems, len(parsed.respondents), source, skip_bad_rows=skip_bad_rows)
    return parsed.problems


@dataclass(frozen=True)
class CsvChunk:
    """Up to ``CHUNK_ROWS`` rows ready to write, and the problems of the rows skipped."""

    prepared: bulk.Prepared
    skipped: list[Problem]
    skipped_rows: int
    skipped_columns: list[str]  # the same in every chunk
    tool_columns: list[str]  # the survey tool's own, left out (the same in every chunk)
    unanswered: list[int]  # rows without a single answer, left out


def csv_chunks(
    path: Path,
    q: Questionnaire,
    order: list[str],
    *,
    skip_bad_rows: bool,
    skip_unknown_columns: bool,
    encoding: str | None = None,
) -> Iterator[CsvChunk]:
    """The file's rows, chunk by chunk, as ``importable`` decides: after a bad row (without
    ``skip_bad_rows``) no more chunks come, and the end raises BadInput with every problem.
    ``order`` is the order the questions were asked in (for columns headed by a number)."""
    table = read_export(path, encoding)
    reader = RowReader(table, q, order, skip_unknown=skip_unknown_columns)
    if reader.header_problems:
        raise BadInput(reader.header_problems)
    ids = bulk.new_ids(len(table.rows))
    problems: list[Problem] = []
    good = 0
    for start in range(0, len(table.rows), CHUNK_ROWS):
        parsed = reader.parse(table.rows[start : start + CHUNK_ROWS])
        problems += parsed.problems
        good += len(parsed.respondents)
        if skip_bad_rows or not problems:
            prepared = bulk.prepare(q, parsed.respondents, ids)
            columns = reader.columns
            yield CsvChunk(
                prepared,
                parsed.problems,
                len(parsed.bad_rows),
                columns.skipped,
                columns.tool,
                parsed.unanswered,
            )
    _refuse(problems, good, table.source, skip_bad_rows=skip_bad_rows)


@dataclass
class ImportTally:
    """Counts what passes from ``csv_chunks`` to the workspace."""

    respondents: int = 0
    answers: int = 0
    skipped: list[Problem] = field(default_factory=list)
    skipped_rows: int = 0
    skipped_columns: list[str] = field(default_factory=list)
    tool_columns: list[str] = field(default_factory=list)
    unanswered: list[int] = field(default_factory=list)

    def prepared(self, chunks: Iterable[CsvChunk]) -> Iterator[bulk.Prepared]:
        for chunk in chunks:
            self.respondents += len(chunk.prepared.people)
            self.answers += chunk.prepared.count
            self.skipped += chunk.skipped
            self.skipped_rows += chunk.skipped_rows
            self.skipped_columns = chunk.skipped_columns
            self.tool_columns = chunk.tool_columns
            self.unanswered += chunk.unanswered
            yield chunk.prepared


def _refuse(problems: list[Problem], good: int, source: str, *, skip_bad_rows: bool) -> None:
    if problems and not skip_bad_rows:
        raise BadInput(problems)
    if not good:
        raise BadInput.one(
            source,
            "no row answers any question: nothing to import",
            fix="check that the question columns are headed by the questions' texts or ids (or "
            "start from `assess questionnaire template`)",
        )
