"""SQL for workshop mode: consensus decisions, participant sessions, respondents in bulk.

Bulk writes are in ``bulk.py``.

Every function runs inside the caller's transaction; none of them commits.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from assess.models.plain import PlainAnswer, PlainRespondent
from assess.models.response import is_value
from assess.models.workshop import Consensus, ParticipantSession

_UPSERT_CONSENSUS = """
INSERT INTO consensus (question_id, value, special, rationale, decided_by, decided_at)
VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (question_id) DO UPDATE SET
    value = excluded.value, special = excluded.special, rationale = excluded.rationale,
    decided_by = excluded.decided_by, decided_at = excluded.decided_at
"""

_PLAIN_ANSWERS = (
    "SELECT a.respondent_id, a.question_id, a.value, a.special, a.note, a.evidence "
    "FROM answer a JOIN respondent r ON r.id = a.respondent_id ORDER BY r.seq"
)


def upsert_consensus(conn: sqlite3.Connection, decision: Consensus) -> None:
    choice = decision.choice
    conn.execute(
        _UPSERT_CONSENSUS,
        (
            decision.question_id,
            choice if is_value(choice) else None,
            None if is_value(choice) else choice,
            decision.rationale,
            decision.decided_by,
            decision.decided_at.isoformat(),
        ),
    )


def load_consensus(conn: sqlite3.Connection) -> list[Consensus]:
    found = conn.execute(
        "SELECT question_id, value, special, rationale, decided_by, decided_at FROM consensus"
    )
    return [
        Consensus(
            question_id=qid,
            choice=value if special is None else special,
            rationale=rationale,
            decided_by=decided_by,
            decided_at=datetime.fromisoformat(decided_at),
        )
        for qid, value, special, rationale, decided_by, decided_at in found
    ]


def delete_consensus(conn: sqlite3.Connection, question_id: str | None) -> int:
    """Remove one decision (or, with None, all of them); returns how many were removed."""
    if question_id is None:
        return conn.execute("DELETE FROM consensus").rowcount
    return conn.execute("DELETE FROM consensus WHERE question_id = ?", (question_id,)).rowcount


def respondent_exists(conn: sqlite3.Connection, respondent_id: str) -> bool:
    found = conn.execute("SELECT 1 FROM respondent WHERE id = ?", (respondent_id,)).fetchone()
    return found is not None


def insert_session(conn: sqlite3.Connection, token: str, respondent_id: str, at: str) -> None:
    conn.execute(
        "INSERT INTO participant_session (token, respondent_id, joined_at, last_seen) "
        "VALUES (?, ?, ?, ?)",
        (token, respondent_id, at, at),
    )


def touch_session(conn: sqlite3.Connection, token: str, at: str) -> bool:
    """Record that the session was just seen; False if there is no such session."""
    cursor = conn.execute(
        "UPDATE participant_session SET last_seen = ? WHERE token = ?", (at, token)
    )
    return cursor.rowcount == 1


def load_sessions(conn: sqlite3.Connection, token: str | None = None) -> list[ParticipantSession]:
    where, params = ("WHERE token = ?", (token,)) if token is not None else ("", ())
    found = conn.execute(
        "SELECT token, respondent_id, joined_at, last_seen FROM participant_session "
        f"{where} ORDER BY joined_at",
        params,
    )
    return [
        ParticipantSession(
            token=tok,
            respondent_id=rid,
            joined_at=datetime.fromisoformat(joined),
            last_seen=datetime.fromisoformat(seen),
        )
        for tok, rid, joined, seen in found
    ]


def load_plain(conn: sqlite3.Connection) -> list[PlainRespondent]:
    """Every respondent in joining order with answers as plain tuples."""
    answers: dict[str, dict[str, PlainAnswer]] = {}
    for rid, qid, value, special, note, evidence in conn.execute(_PLAIN_ANSWERS):
        answers.setdefault(rid, {})[qid] = (value if special is None else special, note, evidence)
    people = conn.execute("SELECT id, name, role, grp FROM respondent ORDER BY seq")
    return [
        PlainRespondent(name, role, group, answers.get(rid, {}), rid)
        for rid, name, role, group in people
    ]
