"""The workspace schema: identity (application_id), version (user_version) and migrations.

A workspace file carries ``PRAGMA application_id = APPLICATION_ID`` ("ASSS") so that a SQLite
file of another program is recognised and left alone, and ``PRAGMA user_version`` = the number
of migrations applied to it. ``MIGRATIONS[i]`` takes a file from version ``i`` to ``i + 1``;
adding a migration is appending one line to that tuple. All pending migrations run in one
``BEGIN IMMEDIATE`` transaction together with the ``user_version`` bump, so a file is either
fully upgraded or untouched, and concurrent openers of an old file migrate it exactly once.

Table layout (schema version 2; times are ISO 8601 UTC text):

- ``meta(key, value)`` — ``created_at``, ``created_by`` (assess version).
- ``questionnaire_snapshot`` (one row) — ``questionnaire_id``, ``version``, ``content_hash``
  (``Questionnaire.content_hash()`` when created), ``questionnaire_yaml``, ``roadmap_yaml``: the
  workspace stays self-contained when the installed questionnaire files change.
- ``engagement`` (one row) — ``data``: the ``Engagement`` model as JSON (targets included).
- ``respondent(seq, id, name, role, grp, created_at, position, finished_at, last_answer_at)`` —
  ``seq`` keeps joining order, ``id`` is a uuid4 hex; the last three columns support resume and
  the facilitator's live view.
- ``answer(respondent_id, question_id, value, special, note, evidence, answered_at, saved_at)``
  — primary key (respondent, question), so saving again overwrites; an option ``value`` or a
  ``special`` of 'na' / 'dont_know', exactly one of the two.
- ``consensus(question_id, value, special, rationale, decided_by, decided_at)`` (v2) — the value a
  workshop agreed on per question (an option or 'na'); scoring uses it instead of the pooled
  answers, which stay untouched.
- ``participant_session(token, respondent_id, joined_at, last_seen)`` (v2) — browser sessions of
  ``assess serve``, each bound to the respondent who joined through it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from assess.errors import AssessError

APPLICATION_ID = 0x41535353  # "ASSS"

Migration = Callable[[sqlite3.Connection], None]

V1_INITIAL = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE questionnaire_snapshot (
    only_row           INTEGER PRIMARY KEY CHECK (only_row = 1),
    questionnaire_id   TEXT NOT NULL,
    version            TEXT NOT NULL,
    content_hash       TEXT NOT NULL,
    questionnaire_yaml TEXT NOT NULL,
    roadmap_yaml       TEXT
);

CREATE TABLE engagement (
    only_row   INTEGER PRIMARY KEY CHECK (only_row = 1),
    data       TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE respondent (
    seq            INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL CHECK (name <> ''),
    role           TEXT NOT NULL DEFAULT '',
    grp            TEXT,
    created_at     TEXT NOT NULL,
    position       TEXT,
    finished_at    TEXT,
    last_answer_at TEXT
);

CREATE TABLE answer (
    respondent_id TEXT NOT NULL REFERENCES respondent (id) ON DELETE CASCADE,
    question_id   TEXT NOT NULL,
    value         INTEGER,
    special       TEXT CHECK (special IN ('na', 'dont_know')),
    note          TEXT NOT NULL DEFAULT '',
    evidence      TEXT,
    answered_at   TEXT NOT NULL,
    saved_at      TEXT NOT NULL,
    PRIMARY KEY (respondent_id, question_id),
    CHECK ((value IS NULL) <> (special IS NULL))
) WITHOUT ROWID;
"""

V2_WORKSHOP = """
CREATE TABLE consensus (
    question_id TEXT PRIMARY KEY,
    value       INTEGER,
    special     TEXT CHECK (special IN ('na')),
    rationale   TEXT NOT NULL DEFAULT '',
    decided_by  TEXT NOT NULL DEFAULT '',
    decided_at  TEXT NOT NULL,
    CHECK ((value IS NULL) <> (special IS NULL))
) WITHOUT ROWID;

CREATE TABLE participant_session (
    token         TEXT PRIMARY KEY,
    respondent_id TEXT NOT NULL REFERENCES respondent (id) ON DELETE CASCADE,
    joined_at     TEXT NOT NULL,
    last_seen     TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX participant_session_by_respondent ON participant_session (respondent_id);
"""


def run_script(script: str) -> Migration:
    """A migration that runs SQL statements inside the caller's transaction.

    ``Connection.executescript`` would COMMIT first, so statements are executed one by one.
    """

    def migrate(conn: sqlite3.Connection) -> None:
        for statement in split_statements(script):
            conn.execute(statement)

    return migrate


def split_statements(script: str) -> list[str]:
    """Split SQL into complete statements (semicolons inside strings or triggers are kept)."""
    statements: list[str] = []
    buffer = ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \n\t;"):
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip(" \n\t;"):
        raise ValueError(f"incomplete SQL statement: {buffer.strip()[:60]}")
    return statements


MIGRATIONS: tuple[Migration, ...] = (
    run_script(V1_INITIAL),  # 1: initial schema
    run_script(V2_WORKSHOP),  # 2: workshop consensus and participant sessions
)


def schema_version(migrations: Sequence[Migration] | None = None) -> int:
    """The version a file has once every migration has been applied."""
    return len(MIGRATIONS if migrations is None else migrations)


def migrate(conn: sqlite3.Connection, file: str, migrations: Sequence[Migration] | None) -> None:
    """Bring the file to the newest version in one transaction; no-op if it is current.

    Foreign keys are off while migrating (table rebuilds need that) and checked before COMMIT.
    """
    steps = MIGRATIONS if migrations is None else migrations
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = user_version(conn)
        for index in range(current, len(steps)):
            steps[index](conn)
        if current < len(steps):
            conn.execute(f"PRAGMA user_version = {len(steps)}")
            _check_foreign_keys(conn)
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise AssessError(
                f"{file}: upgrading the workspace failed ({exc}); the file was left unchanged"
            ) from exc
        raise
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def application_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA application_id").fetchone()[0])


def _check_foreign_keys(conn: sqlite3.Connection) -> None:
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise sqlite3.IntegrityError(f"foreign key check failed after migration: {broken[:3]}")
