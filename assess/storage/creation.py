"""Creating a workspace file (built complete in a temporary file, then linked into place), and
opening one (checked, and upgraded when older)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from uuid import uuid4

from assess import __version__
from assess.errors import BadInput
from assess.models import Engagement, Questionnaire
from assess.storage import rows, schema
from assess.storage.sqlite_file import (
    check_header,
    check_snapshot,
    check_version,
    close,
    configure,
    connect,
    translate_errors,
    write_transaction,
)

_SIDE_FILES = ("", "-wal", "-shm", "-journal")


def create_file(
    path: Path,
    q: Questionnaire,
    q_yaml: str,
    roadmap_yaml: str | None,
    engagement: Engagement,
    fill: Callable[[Path], None] | None = None,
) -> None:
    """Build the workspace in a hidden temporary file next to ``path``, then publish it.

    ``fill`` may write more into the temporary file first. Nobody ever sees a half-written
    workspace, and a crash leaves only the temporary file.
    """
    refuse_existing(path)
    temp = path.with_name(f".{path.name}.{uuid4().hex[:8]}.creating")
    try:
        with translate_errors(path):
            build_file(temp, q, q_yaml, roadmap_yaml, engagement)
        if fill is not None:
            fill(temp)
        publish(temp, path)
    finally:
        for suffix in _SIDE_FILES:
            Path(f"{temp}{suffix}").unlink(missing_ok=True)


def refuse_existing(path: Path) -> None:
    if path.exists() or path.is_symlink():
        raise _exists(path)
    if not path.parent.is_dir():
        raise BadInput.one(path, "the folder does not exist", fix="create the folder first")


def _exists(path: Path) -> BadInput:
    return BadInput.one(
        path,
        "a file already exists here; a new workspace never overwrites one",
        fix="choose another file name, or open the existing workspace",
    )


def build_file(
    temp: Path, q: Questionnaire, q_yaml: str, roadmap_yaml: str | None, engagement: Engagement
) -> None:
    """Write a complete workspace into a temporary file."""
    conn = connect(temp, create=True)
    try:
        conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        configure(conn)
        schema.migrate(conn, str(temp), None)
        with write_transaction(conn, temp):
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
    finally:
        close(conn, temp)


def publish(temp: Path, path: Path) -> None:
    """Move the finished file into place atomically, never replacing an existing file."""
    try:
        try:
            os.link(temp, path)
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links: exclusive create, then copy
            with temp.open("rb") as src, path.open("xb") as dst:
                shutil.copyfileobj(src, dst)
    except FileExistsError:
        raise _exists(path) from None


def open_file(path: Path) -> sqlite3.Connection:
    """A connection to the workspace at ``path``, upgraded to the newest schema.

    A file that is not a workspace, or one newer than this program, is refused unchanged.
    """
    newest = schema.schema_version()
    check_header(path, newest)
    with translate_errors(path):
        conn = connect(path)
    try:
        with translate_errors(path):
            version = schema.user_version(conn)
            check_version(path, version, newest)
            configure(conn)
            if version < newest:
                schema.migrate(conn, str(path), None)
            check_snapshot(conn, path)
    except BaseException:
        close(conn, path)
        raise
    return conn
