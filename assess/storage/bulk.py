"""Respondents imported in bulk, in two steps: ``prepare`` (pure) and ``write`` (SQL only).

``prepare`` checks the respondents and turns them into table rows: all the Python work, done
before the write lock is taken, and picklable so that another process can do it (the CSV import
prepares chunks in a forked child while this process writes the chunks already prepared).
``write`` runs inside the caller's transaction and never commits.

Most imported answers have no note and no evidence basis, and all share one time: those go in
"lean" rows of four columns, the time bound once per statement, which binds half the values of
full rows (binding is a third of the insert's cost).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain
from operator import itemgetter
from uuid import uuid4

from assess.models import Questionnaire
from assess.models.plain import PlainRespondent
from assess.models.response import Choice
from assess.storage import rows
from assess.storage.checks import Finding
from assess.storage.workshop_checks import plain_findings

Person = tuple[str, str, str, str | None]  # id, name, role, group
Lean = tuple[str, str, int | float | None, str | None]  # respondent id, question id, value, special

_LEAN_BATCH = 50
_LEAN_VALUES = "(?{}, ?{}, ?{}, ?{}, '', NULL, ?{time}, ?{time})"


def _lean_sql(rows_per_statement: int) -> str:
    """The upsert of that many lean rows; the time is the last parameter."""
    time = 4 * rows_per_statement + 1
    values = ", ".join(
        _LEAN_VALUES.format(*range(4 * row + 1, 4 * row + 5), time=time)
        for row in range(rows_per_statement)
    )
    return rows.UPSERT_ANSWERS.format(values=values)


_LEAN_BATCH_SQL = _lean_sql(_LEAN_BATCH)
_LEAN_ONE_SQL = _lean_sql(1)


@dataclass(frozen=True)
class Prepared:
    """Checked respondents as rows; ``write`` refuses it when ``findings`` is not empty."""

    people: list[Person]
    lean: list[tuple[str | int | float | None, ...]]  # _LEAN_BATCH lean rows' values and the time
    lean_rest: list[tuple[str | int | float | None, ...]]  # one lean row's values and the time
    full: list[rows.AnswerRow]  # answers with a note or an evidence basis
    answered: list[str]  # ids of those with at least one answer
    count: int  # answers
    saved_at: str
    findings: list[Finding]


def new_ids(count: int) -> Iterator[str]:
    """Fresh respondent ids in ascending order: their answers then append to the answer table
    (ordered by respondent id) instead of landing all over it."""
    return iter(sorted(uuid4().hex for _ in range(count)))


def prepare(
    q: Questionnaire, people: Sequence[PlainRespondent], ids: Iterator[str] | None = None
) -> Prepared:
    """Check ``people`` and build their rows; those without an id take the next of ``ids``."""
    saved_at = rows.now()
    fresh = ids if ids is not None else new_ids(sum(p.id is None for p in people))
    pairs = [(person.id or next(fresh), person) for person in people]
    columns = _ChoiceColumns()
    lean: list[Lean] = []
    full: list[rows.AnswerRow] = []
    for rid, person in sorted(pairs, key=itemgetter(0)):  # in primary-key order: the B-tree
        for qid, (choice, note, evidence) in sorted(person.answers.items()):  # grows at its end
            if note or evidence is not None:
                full.append((rid, qid, *columns[choice], note, evidence, saved_at, saved_at))
            else:
                lean.append((rid, qid, *columns[choice]))
    whole = len(lean) - len(lean) % _LEAN_BATCH
    return Prepared(
        people=[(rid, p.name, p.role, p.group) for rid, p in pairs],
        lean=[
            (*chain.from_iterable(lean[i : i + _LEAN_BATCH]), saved_at)
            for i in range(0, whole, _LEAN_BATCH)
        ],
        lean_rest=[(*row, saved_at) for row in lean[whole:]],
        full=full,
        answered=[rid for rid, p in pairs if p.answers],
        count=len(lean) + len(full),
        saved_at=saved_at,
        findings=plain_findings(q, people),
    )


def write(conn: sqlite3.Connection, prepared: Prepared) -> list[str]:
    """Add (or, with a known id, update) the respondents and upsert their answers; the ids."""
    assert not prepared.findings, "prepared respondents with findings are never written"
    rows.upsert_respondents(conn, prepared.people)
    conn.executemany(_LEAN_BATCH_SQL, prepared.lean)
    conn.executemany(_LEAN_ONE_SQL, prepared.lean_rest)
    rows.upsert_rows(conn, prepared.full)
    conn.executemany(
        "UPDATE respondent SET last_answer_at = ? WHERE id = ?",
        [(prepared.saved_at, rid) for rid in prepared.answered],
    )
    return [person[0] for person in prepared.people]


@contextmanager
def foreign_keys_off(conn: sqlite3.Connection) -> Iterator[None]:
    """Skip foreign-key checks for a bulk insert that adds the parent rows itself.

    ``write`` adds each respondent before their answers in the same transaction, so the checks
    cannot fail; skipping them saves a lookup per answer. Set outside a transaction (SQLite
    ignores the pragma inside one) and always switched back on.
    """
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


class _ChoiceColumns(dict[Choice, tuple[int | float | None, str | None]]):
    """``rows.choice_columns`` remembered per distinct choice."""

    def __missing__(self, choice: Choice) -> tuple[int | float | None, str | None]:
        self[choice] = found = rows.choice_columns(choice)
        return found
