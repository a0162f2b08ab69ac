"""Turn a survey-tool CSV (one row per respondent) into respondents, or say what is wrong.

Columns: ``name`` (required), ``role``, ``group``, ``id`` (optional: a known id updates that
respondent), one per question, and optionally ``<question id>:note`` for notes. What each header
names is decided by ``survey_headers`` (ids, the usual Chinese and English names, a survey
tool's own columns, question texts and numbers). Every problem is reported with its row (the
header is row 1), column and reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from assess.errors import Problem
from assess.interchange.csv_cells import CellReader, Column
from assess.interchange.csv_export import unguard_text
from assess.interchange.csv_text import Table
from assess.interchange.survey_headers import HeaderIndex
from assess.models import Questionnaire
from assess.models.plain import PlainAnswer, PlainRespondent

SHOWN_COLUMNS = 5
Plan = list[tuple[int, str, Column]]  # (column index, question id, readings of its cells)


@dataclass(frozen=True)
class Columns:
    """What each column of the header holds (by index)."""

    meta: dict[str, int]  # "name" / "role" / "group" / "id" -> index
    questions: dict[int, str]  # index -> question id
    notes: dict[int, str]  # index -> question id
    ignored: frozenset[int]  # blank header cells
    skipped: list[str]  # unknown columns left out (with ``skip_unknown``), in file order
    tool: list[str]  # the survey tool's own columns (序号, 提交答卷时间 …), always left out


@dataclass
class Parsed:
    """The respondents read from a CSV and every problem found, row by row."""

    respondents: list[PlainRespondent] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)  # row number of each respondent
    problems: list[Problem] = field(default_factory=list)
    bad_rows: set[int] = field(default_factory=set)
    unanswered: list[int] = field(default_factory=list)  # rows left out: no question answered
    header_problems: list[Problem] = field(default_factory=list)

    @property
    def answers(self) -> int:
        return sum(len(p.answers) for p in self.respondents)


def parse_answers(table: Table, q: Questionnaire) -> Parsed:
    """Read every row; rows with problems are left out of ``respondents`` and listed."""
    reader = RowReader(table, q, [x.id for x in q.questions], skip_unknown=False)
    if reader.header_problems:
        return Parsed(header_problems=reader.header_problems)
    return reader.parse(table.rows)


class RowReader:
    """Reads a table's rows against a questionnaire, in one go or in chunks.

    ``header_problems`` lists what is wrong with the header; rows are read only without any.
    With ``skip_unknown``, columns that are neither respondent data nor a question of ``q``
    (other than the survey tool's own, always left out) are left out instead. Ids are checked
    for repeats across every chunk read. ``order`` is the order the questions were asked in:
    a column headed by a number alone (``Q7``) is that question.
    """

    def __init__(
        self, table: Table, q: Questionnaire, order: list[str], *, skip_unknown: bool
    ) -> None:
        self.table = table
        self.header_problems: list[Problem] = []
        self.columns = read_header(
            table, HeaderIndex(q, order), self.header_problems, skip_unknown=skip_unknown
        )
        reader = CellReader(q)
        self.plan = [
            (index, qid, reader.column(qid)) for index, qid in self.columns.questions.items()
        ]
        self.seen_ids: dict[str, int] = {}

    def parse(self, rows: list[tuple[int, list[str]]]) -> Parsed:
        assert not self.header_problems, "rows are read only under a good header"
        parsed = Parsed()
        for number, cells in rows:
            if not any(cell.strip() for cell in cells):
                continue  # a blank line
            problems = list(_row_problems(self.table, self.columns, number, cells, self.seen_ids))
            person, cell_problems = _respondent(self.table, self.columns, self.plan, number, cells)
            problems += cell_problems
            if problems:
                parsed.problems += problems
                parsed.bad_rows.add(number)
            elif not person.answers:
                parsed.unanswered.append(number)
            else:
                parsed.respondents.append(person)
                parsed.rows.append(number)
        return parsed


def read_header(
    table: Table, index_of: HeaderIndex, problems: list[Problem], *, skip_unknown: bool
) -> Columns:
    meta: dict[str, int] = {}
    questions: dict[int, str] = {}
    notes: dict[int, str] = {}
    ignored: set[int] = set()
    skipped: list[str] = []
    tool: list[str] = []
    unknown: list[str] = []
    for index, raw in enumerate(table.header):
        name = raw.lstrip("\ufeff").strip()
        target = index_of.target(name) if name else None
        if not name:
            ignored.add(index)
        elif target == "tool":
            tool.append(name)
        elif target is None and skip_unknown:
            skipped.append(name)
        elif target is None:
            unknown.append(name)
        elif target in _seen_targets(meta, questions, notes):
            problems.append(
                _problem(table.source, 1, name, "this column appears twice", "keep one")
            )
        else:
            _assign(target, index, meta, questions, notes)
    if unknown:
        problems.append(_unknown_columns(table.source, unknown, index_of.q))
    if "name" not in meta:
        problems.append(
            _problem(
                table.source, 1, "name", "there is no name column", "add a column 'name' (姓名)"
            )
        )
    return Columns(meta, questions, notes, frozenset(ignored), skipped, tool)


def _seen_targets(
    meta: dict[str, int], questions: dict[int, str], notes: dict[int, str]
) -> set[str]:
    return (
        {f"meta:{k}" for k in meta}
        | {f"question:{v}" for v in questions.values()}
        | {f"note:{v}" for v in notes.values()}
    )


def _assign(
    target: str, index: int, meta: dict[str, int], questions: dict[int, str], notes: dict[int, str]
) -> None:
    kind, _, key = target.partition(":")
    if kind == "meta":
        meta[key] = index
    elif kind == "question":
        questions[index] = key
    else:
        notes[index] = key


def _unknown_columns(source: str, names: list[str], q: Questionnaire) -> Problem:
    """One problem for every unknown column, however many: the first few named, then a count."""
    shown = ", ".join(repr(name) for name in names[:SHOWN_COLUMNS])
    more = f" and {len(names) - SHOWN_COLUMNS:,} more" if len(names) > SHOWN_COLUMNS else ""
    ids = ", ".join(x.id for x in q.questions[:3])
    return Problem(
        source,
        "row 1",
        f"{len(names):,} column{'s match' if len(names) > 1 else ' matches'} no question of "
        f"'{q.id}': {shown}{more}",
        "head a question's column with its text as the questionnaire words it, its id "
        f"({ids} …) or its number (Q1 …); or leave such columns out with --skip-unknown-columns",
    )


def _row_problems(
    table: Table, columns: Columns, number: int, cells: list[str], seen_ids: dict[str, int]
) -> Iterator[Problem]:
    extra = [c for c in cells[len(table.header) :] if c.strip()]
    if extra:
        yield _problem(
            table.source,
            number,
            f"#{len(table.header) + 1}",
            f"the row has {len(cells)} cells but the header has {len(table.header)} columns",
            "quote cells that contain the separator, or add a header for the extra column",
        )
    if not _cell(cells, columns.meta["name"]):
        yield _problem(table.source, number, "name", "the name is empty", "give a name")
    for index in sorted(columns.ignored):
        if _cell(cells, index):
            message = f"column #{index + 1} has no header but this row has a value in it"
            yield _problem(table.source, number, f"#{index + 1}", message, "give it a header")
    rid = _cell(cells, columns.meta.get("id"))
    if rid and rid in seen_ids:
        message = f"id {rid!r} is also used in row {seen_ids[rid]}"
        yield _problem(table.source, number, "id", message, "give every row its own id")
    elif rid:
        seen_ids[rid] = number


def _respondent(
    table: Table, columns: Columns, plan: Plan, number: int, cells: list[str]
) -> tuple[PlainRespondent, list[Problem]]:
    problems: list[Problem] = []
    if len(cells) < len(table.header):  # a short row: the missing cells are empty
        cells = cells + [""] * (len(table.header) - len(cells))
    answers: dict[str, PlainAnswer] = {}
    for index, qid, readings in plan:
        choice, problem = readings[cells[index]]
        if choice is not None:
            answers[qid] = (choice, "", None)
        elif problem is not None:
            problems.append(_problem(table.source, number, table.header[index], *problem))
    for index, qid in columns.notes.items():
        if qid in answers and (note := _cell(cells, index)):
            answers[qid] = (answers[qid][0], note, None)
    person = PlainRespondent(
        name=_cell(cells, columns.meta["name"]),
        role=_cell(cells, columns.meta.get("role")),
        group=_cell(cells, columns.meta.get("group")) or None,
        answers=answers,
        id=_cell(cells, columns.meta.get("id")) or None,
    )
    return person, problems


def _cell(cells: list[str], index: int | None) -> str:
    """A text cell, trimmed, without the quote an export put before formula-like text."""
    if index is None or index >= len(cells):
        return ""
    return unguard_text(cells[index].strip())


def _problem(source: str, row: int, column: str, message: str, fix: str) -> Problem:
    return Problem(source, f"row {row}, column {column}", message, fix)
