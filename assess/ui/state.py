"""The app's small JSON state file: recent workspaces, interface language and theme.

Written atomically (temporary file, then rename), so a kill never leaves half a file; a file
that cannot be read is ignored rather than stopping the app.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from assess.ui.labels import UiLang
from assess.ui.places import state_file

MAX_RECENT = 12


@dataclass(frozen=True)
class RecentWorkspace:
    """A workspace opened lately, and who was answering in it."""

    path: str
    organization: str
    respondent_id: str
    respondent: str
    questions: int
    opened_at: str


@dataclass(frozen=True)
class AppState:
    lang: UiLang = "zh"
    theme: str = "textual-dark"
    recent: list[RecentWorkspace] = field(default_factory=list)

    def remember(self, entry: RecentWorkspace) -> AppState:
        """The state with `entry` first; older entries for the same file are dropped."""
        others = [r for r in self.recent if r.path != entry.path]
        return replace(self, recent=[entry, *others][:MAX_RECENT])

    def forget(self, path: str) -> AppState:
        return replace(self, recent=[r for r in self.recent if r.path != path])


def load_state(path: Path | None = None) -> AppState:
    path = path or state_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return _state_from(data)
    except (OSError, ValueError, TypeError, KeyError):
        return AppState()


def save_state(state: AppState, path: Path | None = None) -> None:
    path = path or state_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(asdict(state), ensure_ascii=False, indent=1), "utf-8")
    os.replace(temporary, path)


def _state_from(data: dict[str, Any]) -> AppState:
    lang = data.get("lang")
    return AppState(
        lang="en" if lang == "en" else "zh",
        theme=str(data.get("theme") or AppState.theme),
        recent=[RecentWorkspace(**item) for item in data.get("recent", [])],
    )
