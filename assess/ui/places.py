"""Where the app keeps its own files, in the user's data folder: the state file and new
workspaces."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from assess.paths import data_dir

WORKSPACE_SUFFIX = ".assess"
_UNSAFE = re.compile(r"[\\/:*?\"<>|\s.]+")


def state_file() -> Path:
    return data_dir() / "state.json"


def workspaces_dir() -> Path:
    return data_dir() / "workspaces"


def new_workspace_path(organization: str, day: date, folder: Path | None = None) -> Path:
    """A free file name for a new engagement, e.g. ``青禾智造-2026-11-22.assess``."""
    folder = folder or workspaces_dir()
    stem = _UNSAFE.sub("-", organization.strip()).strip("-")[:40] or "engagement"
    stem = f"{stem}-{day.isoformat()}"
    candidate = folder / f"{stem}{WORKSPACE_SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{WORKSPACE_SUFFIX}"
        number += 1
    return candidate
