"""Opening a workspace's SQLite file safely: header checks, connection settings, transactions.

A file is inspected by reading its 100-byte header *before* SQLite touches it, so a file that
is not ours (not SQLite, another application's database, made by a newer assess) is refused
without a single byte changing. Connection settings:

- ``journal_mode=WAL``: readers never block the writer and the writer never blocks readers;
  a workshop of thirty processes shares one file.
- ``synchronous=NORMAL``: in WAL mode a COMMIT is in the WAL (in the OS page cache) when it
  returns, so killing the process at any moment loses no committed answer. Only a power cut or
  OS crash can roll back the last few commits; FULL would fsync every answer, which costs more
  than the autosave budget and protects against a failure this product does not promise.
- ``busy_timeout`` of 10 s: writers queue for the write lock instead of failing; every write
  is one short ``BEGIN IMMEDIATE`` … ``COMMIT``, so waits are milliseconds.
- ``foreign_keys=ON`` and ``isolation_level=None`` (explicit transactions only).

POSIX advisory locks belong to the process: closing *any* file descriptor of a database file
drops every lock SQLite holds on it (sqlite.org/howtocorrupt.html §2.2). So once this process
has a connection to a file, its header is never read again with a plain ``open()``; the
connections are counted per file (``assess.files.open_databases``) and the checks they made
stand.

A workspace in a read-only file or folder is opened read-only (``mode=ro``); where SQLite cannot
even create its shared-memory file beside it, as ``immutable``, which is safe because nobody can
write there either.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pydantic import ValidationError

from assess.errors import AssessError, BadInput
from assess.files.inputs import check_input
from assess.files.open_databases import connected_here, count_connection, forget_connection
from assess.storage.schema import APPLICATION_ID

BUSY_TIMEOUT_S = 10.0
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
OPEN_FIX = "pass a workspace file created by assess, or create a new workspace"


def looks_like_sqlite(path: Path) -> bool:
    """Does the file start with SQLite's magic string? Safe while connected to it."""
    if connected_here(path):
        return True
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC


def check_header(path: Path, newest: int) -> None:
    """Refuse (BadInput) a path that is not an assess workspace this version can open."""
    if connected_here(path):
        return  # already open in this process: checked then, and reading it would drop locks
    header = _read_header(path)
    if not header:
        raise BadInput.one(path, "the file is empty, not an assess workspace", fix=OPEN_FIX)
    if not header.startswith(SQLITE_MAGIC) or len(header) < HEADER_SIZE:
        raise BadInput.one(
            path, "not an assess workspace (not a SQLite database, or damaged)", fix=OPEN_FIX
        )
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise BadInput.one(
            path,
            f"a SQLite database of another application (application_id {app_id:#010x}), "
            "not an assess workspace",
            place="SQLite header",
            fix=OPEN_FIX,
        )
    check_version(path, int.from_bytes(header[60:64], "big"), newest)
    _check_whole_pages(path, int.from_bytes(header[16:18], "big"))


def _check_whole_pages(path: Path, page_size: int) -> None:
    """SQLite only ever writes whole pages: a file of another length was cut short.

    (SQLite itself notices a file shorter than its page count, but reads a partial last page
    as zeros.) The page count in the raw header is not compared: a concurrent checkpoint
    rewrites page 1 before it extends the file.
    """
    page_size = 65536 if page_size == 1 else page_size
    valid = 512 <= page_size <= 65536 and page_size & (page_size - 1) == 0
    if not valid or path.stat().st_size % page_size:
        raise damaged(path, sqlite3.DatabaseError("the file does not end on a page boundary"))


def check_version(path: Path, version: int, newest: int) -> None:
    """Refuse a file made by a newer assess, or one whose schema was never written."""
    if version > newest:
        raise BadInput.one(
            path,
            f"made by a newer assess (workspace version {version}; this assess reads up to "
            f"{newest})",
            place="schema version",
            fix="upgrade assess (pip install --upgrade assess) to open it",
        )
    if version < 1:
        raise BadInput.one(
            path, "an incomplete assess workspace (no schema)", place="schema version", fix=OPEN_FIX
        )


def _read_header(path: Path) -> bytes:
    if not path.exists():
        raise BadInput.one(path, "no such workspace file", fix="check the path or create one")
    check_input(path, what="a workspace file")
    try:
        with path.open("rb") as handle:
            return handle.read(HEADER_SIZE)
    except OSError as exc:
        message = f"cannot read the file ({exc.strerror})"
        raise BadInput.one(path, message, fix="check permissions") from None


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection with busy timeout and explicit transactions; never creates a file."""
    mode = "ro" if read_only else "rw"
    conn = _connect(f"{path.absolute().as_uri()}?mode={mode}", path)
    if read_only and not _readable(conn):
        close(conn, path)
        _refuse_pending_wal(path)
        conn = _connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", path)
    return conn


def _connect(uri: str, path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    count_connection(path)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    except BaseException:
        close(conn, path)
        raise
    return conn


def _readable(conn: sqlite3.Connection) -> bool:
    """Can SQLite read through this connection (a read-only folder may deny it its -shm file)?"""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        return False
    return True


def _refuse_pending_wal(path: Path) -> None:
    """An immutable read would miss answers still in the write-ahead log: refuse instead."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise BadInput.one(
            path,
            "the workspace has recent answers in its -wal file, and its folder is read-only",
            fix="open it once where it can be written, or copy the folder somewhere writable",
        )


def close(conn: sqlite3.Connection, path: Path) -> None:
    """Close a connection made by `connect` for this path."""
    conn.close()
    forget_connection(path)


def configure(conn: sqlite3.Connection) -> None:
    """Per-connection settings, applied once the file is known to be ours and current."""
    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")


@contextmanager
def write_transaction(conn: sqlite3.Connection, path: Path) -> Iterator[sqlite3.Connection]:
    """One short write transaction: BEGIN IMMEDIATE takes the write lock up front."""
    with translate_errors(path):
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


@contextmanager
def read_transaction(conn: sqlite3.Connection, path: Path) -> Iterator[sqlite3.Connection]:
    """A consistent snapshot across several SELECTs."""
    with translate_errors(path):
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")


@contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """Turn SQLite errors a user can meet into messages naming the file and the fix."""
    try:
        yield
    except sqlite3.IntegrityError:
        raise
    except sqlite3.OperationalError as exc:
        raise _operational(path, exc) from exc
    except sqlite3.DatabaseError as exc:
        raise damaged(path, exc) from exc


@contextmanager
def stored_data(path: Path) -> Iterator[None]:
    """Rows that cannot become models (a text where a number belongs…): a damaged workspace."""
    try:
        yield
    except (ValidationError, ValueError, TypeError) as exc:
        raise damaged(path, sqlite3.DatabaseError(str(exc).splitlines()[0])) from None


def damaged(path: Path, exc: sqlite3.Error) -> BadInput:
    return BadInput.one(
        path,
        f"the workspace is damaged or truncated ({exc})",
        fix="restore the file from a backup; it was not changed",
    )


def _operational(path: Path, exc: sqlite3.OperationalError) -> AssessError:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return AssessError(
            f"{path}: the workspace stayed busy for {BUSY_TIMEOUT_S:.0f} s ({text}); "
            "another program holds it — close it and try again"
        )
    if "readonly" in text or "unable to open" in text:
        return BadInput.one(path, f"cannot write the workspace ({text})", fix="check permissions")
    if "malformed" in text or "not a database" in text:
        return damaged(path, exc)
    return AssessError(f"{path}: workspace error ({text})")


def check_pages(conn: sqlite3.Connection, path: Path) -> None:
    """SQLite's own check of every page and index (``quick_check``); damaged: BadInput."""
    found = conn.execute("PRAGMA quick_check(3)").fetchall()
    if [row[0] for row in found] != ["ok"]:
        problems = "; ".join(str(row[0]) for row in found)
        raise damaged(path, sqlite3.DatabaseError(problems))


def check_snapshot(conn: sqlite3.Connection, path: Path) -> None:
    """A readable file of ours must hold exactly one questionnaire snapshot and engagement."""
    counts = conn.execute(
        "SELECT (SELECT count(*) FROM questionnaire_snapshot), (SELECT count(*) FROM engagement)"
    ).fetchone()
    if tuple(counts) != (1, 1):
        raise damaged(path, sqlite3.DatabaseError("questionnaire snapshot or engagement missing"))
