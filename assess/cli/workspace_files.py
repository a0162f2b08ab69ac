"""Open a workspace for a command, or create it only once the command's input has been checked."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from assess.loading.questionnaire_loader import (
    DEFAULT_QUESTIONNAIRE,
    find_questionnaire,
    load_questionnaire,
)
from assess.models import Engagement, Questionnaire
from assess.models.text import Lang
from assess.storage import Workspace
from assess.storage.new_workspace import create_workspace


@dataclass
class Opening:
    """An existing workspace, or the plan for a new one that ``fill`` carries out."""

    path: Path
    questionnaire: Questionnaire
    questionnaire_path: Path | None
    organization: str
    opened: Workspace | None = field(default=None)
    language: Lang | None = None  # of a new workspace (default: the questionnaire's first)

    def fill(self, action: Callable[[Workspace], object]) -> None:
        """``action`` on the workspace; a new workspace appears only once it has succeeded."""
        if self.opened is not None:
            action(self.opened)
        else:
            self.opened = self._create(action)

    def _create(self, fill: Callable[[Workspace], object]) -> Workspace:
        assert self.questionnaire_path is not None
        engagement = Engagement(
            organization=self.organization,
            language=self.language or self.questionnaire.languages[0],
        )
        return create_workspace(self.path, self.questionnaire_path, engagement, fill)


@contextmanager
def open_or_create(
    path: Path, questionnaire: Path | None, organization: str, language: Lang | None = None
) -> Iterator[Opening]:
    """The workspace at ``path``; when there is none, one is created on first use with
    ``questionnaire`` (default: the built-in one), so failing input leaves no new file."""
    if path.exists():
        with Workspace.open(path) as ws:
            yield Opening(path, ws.questionnaire(), None, organization, ws)
        return
    qpath = questionnaire or find_questionnaire(DEFAULT_QUESTIONNAIRE)
    q = load_questionnaire(qpath)
    opening = Opening(path, q, qpath, organization or "workshop", language=language)
    try:
        yield opening
    finally:
        if opening.opened is not None:
            opening.opened.close()
