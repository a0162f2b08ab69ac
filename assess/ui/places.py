"""Where the app keeps its own files: the state file and new workspaces.

``ASSESS_HOME`` overrides the user data folder (tests point it at a temporary folder).
"""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

WORKSPACE_SUFFIX = ".assess"
_UNSAFE = re.compile(r"[\\/:*?\"<>|\s.]+")


def app_home() -> Path:
    """The folder holding the state file and, by default, new workspaces."""
    override = os.environ.get("ASSESS_HOME")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("assess", appauthor=False)


def state_file() -> Path:
    return app_home() / "state.json"


def workspaces_dir() -> Path:
    return app_home() / "workspaces"


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
