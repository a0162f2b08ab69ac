"""Creating a workspace file (built complete in memory, then written under its name in one
step), and opening one (checked, and upgraded when older)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from assess import __version__
from assess.errors import BadInput
from assess.files.outputs import publish_new
from assess.models import Engagement, Questionnaire
from assess.storage import rows, schema
from assess.storage.sqlite_file import (
    check_header,
    check_pages,
    check_snapshot,
    check_version,
    close,
    configure,
    connect,
    translate_errors,
    write_transaction,
)


def create_file(
    path: Path,
    q: Questionnaire,
    q_yaml: str,
    roadmap_yaml: str | None,
    engagement: Engagement,
    fill: Callable[[sqlite3.Connection], None] | None = None,
) -> None:
    """Build the workspace in memory, then write it to ``path`` whole.

    ``fill`` may write more into it first. Nothing of it is on disk until it is complete, so a
    failure or a kill, even ``kill -9``, leaves no file and no client data behind.
    """
    refuse_existing(path)
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        with translate_errors(path):
            build(conn, path, q, q_yaml, roadmap_yaml, engagement)
        if fill is not None:
            fill(conn)
        with translate_errors(path):
            content = conn.serialize()
    finally:
        conn.close()
    publish_new(path, content)


def refuse_existing(path: Path) -> None:
    if path.exists() or path.is_symlink():
        raise BadInput.one(
            path,
            "a file already exists here; a new workspace never overwrites one",
            fix="choose another file name, or open the existing workspace",
        )
    if not path.parent.is_dir():
        raise BadInput.one(path, "the folder does not exist", fix="create the folder first")


def build(
    conn: sqlite3.Connection,
    path: Path,
    q: Questionnaire,
    q_yaml: str,
    roadmap_yaml: str | None,
    engagement: Engagement,
) -> None:
    """Write a complete new workspace into an empty database."""
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("PRAGMA foreign_keys = ON")
    schema.migrate(conn, str(path), None)
    with write_transaction(conn, path):
        conn.execute(
            "INSERT INTO questionnaire_snapshot (only_row, questionnaire_id, version, "
            "content_hash, questionnaire_yaml, roadmap_yaml) VALUES (1, ?, ?, ?, ?, ?)",
            (q.id, q.version, q.content_hash(), q_yaml, roadmap_yaml),
        )
        rows.store_engagement(conn, engagement)
        conn.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [("created_at", rows.now()), ("created_by", f"assess {__version__}")],
        )


def open_file(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection to the workspace at ``path``, upgraded to the newest schema.

    ``read_only``: the caller only reads. Where the file or its folder cannot be written, the
    connection is then read-only (and refused if the file would need upgrading).

    A file that is not a workspace, one newer than this program, or one whose pages SQLite finds
    damaged is refused unchanged.
    """
    newest = schema.schema_version()
    check_header(path, newest)
    read_only = read_only and not _writable(path)  # else as usual: SQLite tidies its side files
    with translate_errors(path):
        conn = connect(path, read_only=read_only)
    try:
        with translate_errors(path):
            version = schema.user_version(conn)
            check_version(path, version, newest)
            if read_only and version < newest:
                raise BadInput.one(
                    path,
                    "made by an older assess, and it cannot be upgraded here (read-only)",
                    fix="open it once where it can be written, to upgrade it",
                )
            if not read_only:
                configure(conn)
            check_pages(conn, path)
            if version < newest:
                schema.migrate(conn, str(path), None)
            check_snapshot(conn, path)
    except BaseException:
        close(conn, path)
        raise
    return conn


def _writable(path: Path) -> bool:
    """Can SQLite write the file and create its side files (-wal, -shm) beside it?"""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)
