"""SQL for respondents and answers, and the conversion between rows and models.

Every function runs inside the caller's transaction; none of them commits.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from itertools import chain
from pathlib import Path

from pydantic import ValidationError

from assess.errors import BadInput
from assess.models import Answer, Engagement, Evidence, Respondent
from assess.models.response import DONT_KNOW, NA, Choice, is_value
from assess.models.workshop import RespondentActivity

AnswerRow = tuple[str, str, int | float | None, str | None, str, str | None, str, str]

UPSERT_ANSWERS = """
INSERT INTO answer (respondent_id, question_id, value, special, note, evidence, answered_at,
                    saved_at)
VALUES {values}
ON CONFLICT (respondent_id, question_id) DO UPDATE SET
    value = excluded.value, special = excluded.special, note = excluded.note,
    evidence = excluded.evidence, answered_at = excluded.answered_at, saved_at = excluded.saved_at
"""
_ROW_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?)"
_UPSERT_ANSWER = UPSERT_ANSWERS.format(values=_ROW_VALUES)
_BATCH = 50  # rows per statement in bulk writes: fewer statements, same SQL
_UPSERT_BATCH = UPSERT_ANSWERS.format(values=", ".join([_ROW_VALUES] * _BATCH))

_ACTIVITY = """
SELECT r.id, r.name, r.role, r.grp, r.position, r.last_answer_at, r.finished_at,
       (SELECT count(*) FROM answer a WHERE a.respondent_id = r.id)
FROM respondent r ORDER BY r.seq
"""


def now() -> str:
    """The current time as stored: ISO 8601, UTC."""
    return datetime.now(UTC).isoformat()


def parse_time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def insert_respondent(conn: sqlite3.Connection, respondent: Respondent) -> None:
    conn.execute(
        "INSERT INTO respondent (id, name, role, grp, created_at) VALUES (?, ?, ?, ?, ?)",
        (respondent.id, respondent.name, respondent.role, respondent.group, now()),
    )


def upsert_respondent(conn: sqlite3.Connection, respondent: Respondent) -> None:
    """Insert, or update name, role and group of an existing respondent (answers untouched)."""
    upsert_respondents(conn, [(respondent.id, respondent.name, respondent.role, respondent.group)])


def upsert_respondents(
    conn: sqlite3.Connection, people: Iterable[tuple[str, str, str, str | None]]
) -> None:
    """``upsert_respondent`` for many (id, name, role, group) at once."""
    created = now()
    conn.executemany(
        "INSERT INTO respondent (id, name, role, grp, created_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role, "
        "grp = excluded.grp",
        [(*person, created) for person in people],
    )


def set_column(
    conn: sqlite3.Connection, respondent_id: str, column: str, value: str | None
) -> bool:
    """Set one of the resume columns; False if there is no such respondent."""
    assert column in ("position", "finished_at", "last_answer_at")
    cursor = conn.execute(
        f"UPDATE respondent SET {column} = ? WHERE id = ?", (value, respondent_id)
    )
    return cursor.rowcount == 1


def upsert_answers(
    conn: sqlite3.Connection, respondent_id: str, answers: Iterable[tuple[str, Answer]]
) -> None:
    saved_at = now()
    upsert_rows(conn, (answer_row(respondent_id, qid, a, saved_at) for qid, a in answers))


def upsert_rows(conn: sqlite3.Connection, answer_rows: Iterable[AnswerRow]) -> None:
    """Insert or overwrite answers; many rows go in statements of ``_BATCH`` rows each."""
    pending = list(answer_rows)
    whole = len(pending) - len(pending) % _BATCH
    if whole:
        conn.executemany(
            _UPSERT_BATCH,
            (tuple(chain.from_iterable(pending[i : i + _BATCH])) for i in range(0, whole, _BATCH)),
        )
    conn.executemany(_UPSERT_ANSWER, pending[whole:])


def delete_answer(conn: sqlite3.Connection, respondent_id: str, question_id: str) -> None:
    conn.execute(
        "DELETE FROM answer WHERE respondent_id = ? AND question_id = ?",
        (respondent_id, question_id),
    )


def load_respondents(
    conn: sqlite3.Connection, order: dict[str, int], respondent_id: str | None = None
) -> list[Respondent]:
    """Respondents in joining order with their answers in questionnaire order."""
    where, params = ("WHERE id = ?", (respondent_id,)) if respondent_id is not None else ("", ())
    people = conn.execute(
        f"SELECT id, name, role, grp FROM respondent {where} ORDER BY seq", params
    ).fetchall()
    answers = _answers_by_respondent(conn, respondent_id)
    return [
        Respondent(
            id=rid,
            name=name,
            role=role,
            group=group,
            answers=dict(sorted(answers.get(rid, {}).items(), key=lambda kv: order.get(kv[0], 0))),
        )
        for rid, name, role, group in people
    ]


def load_activity(conn: sqlite3.Connection) -> list[RespondentActivity]:
    return [
        RespondentActivity(
            respondent_id=rid,
            name=name,
            role=role,
            group=group,
            answered=int(answered),
            position=position,
            last_answer_at=parse_time(last),
            finished_at=parse_time(finished),
        )
        for rid, name, role, group, position, last, finished, answered in conn.execute(_ACTIVITY)
    ]


def _answers_by_respondent(
    conn: sqlite3.Connection, respondent_id: str | None
) -> dict[str, dict[str, Answer]]:
    sql = (
        "SELECT respondent_id, question_id, value, special, note, evidence, answered_at FROM answer"
    )
    rows = (
        conn.execute(sql + " WHERE respondent_id = ?", (respondent_id,))
        if respondent_id is not None
        else conn.execute(sql)
    )
    result: dict[str, dict[str, Answer]] = {}
    for rid, qid, value, special, note, evidence, answered_at in rows:
        result.setdefault(rid, {})[qid] = Answer(
            choice=value if special is None else special,
            note=note,
            evidence=None if evidence is None else Evidence(evidence),
            answered_at=datetime.fromisoformat(answered_at),
        )
    return result


def answer_row(respondent_id: str, question_id: str, answer: Answer, saved_at: str) -> AnswerRow:
    """The answer table's columns for one answer (computed before taking the write lock)."""
    evidence = None if answer.evidence is None else answer.evidence.value
    answered_at = answer.answered_at.isoformat()
    return choice_row(
        respondent_id, question_id, answer.choice, answer.note, evidence, answered_at, saved_at
    )


def choice_row(
    respondent_id: str,
    question_id: str,
    choice: Choice,
    note: str,
    evidence: str | None,
    answered_at: str,
    saved_at: str,
) -> AnswerRow:
    """The answer table's columns from plain values (bulk imports build no Answer models)."""
    value, special = choice_columns(choice)
    return (respondent_id, question_id, value, special, note, evidence, answered_at, saved_at)


def choice_columns(choice: Choice) -> tuple[int | float | None, str | None]:
    """A choice as the answer table's (value, special) columns: exactly one is set."""
    if choice in (NA, DONT_KNOW):
        return None, str(choice)
    return (choice if is_value(choice) else None), None


def load_engagement(conn: sqlite3.Connection, path: Path) -> Engagement:
    row = conn.execute("SELECT data FROM engagement").fetchone()
    try:
        return Engagement.model_validate_json(row[0])
    except (ValidationError, TypeError) as exc:
        raise BadInput.one(
            path,
            f"the engagement record is damaged ({exc})",
            place="engagement",
            fix="restore the file from a backup",
        ) from None


def store_engagement(conn: sqlite3.Connection, engagement: Engagement) -> None:
    conn.execute(
        "INSERT INTO engagement (only_row, data, updated_at) VALUES (1, ?, ?) "
        "ON CONFLICT (only_row) DO UPDATE SET data = excluded.data, "
        "updated_at = excluded.updated_at",
        (engagement.model_dump_json(), now()),
    )
