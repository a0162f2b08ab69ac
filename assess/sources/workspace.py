"""A workspace (one SQLite file per engagement) as a SOURCE, read without writing to it."""

from __future__ import annotations

from pathlib import Path

from assess.models.assessment import Assessment
from assess.storage.sqlite_file import looks_like_sqlite
from assess.storage.workspace import Workspace


def recognises(path: Path) -> bool:
    return looks_like_sqlite(path)


def read(path: Path, questionnaire_path: Path | None) -> Assessment:
    """The workspace's own questionnaire snapshot is used (``questionnaire_path`` is not)."""
    with Workspace.open(path, read_only=True) as ws:
        return ws.assessment()
