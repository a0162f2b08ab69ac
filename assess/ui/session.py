"""One person answering in one workspace: with ``facilitation``, the app's only door to storage.

Every answer goes straight to ``AnswerStore.save`` (one short transaction) together with
the position, so a killed app loses nothing. Imported lazily: it pulls in the pydantic models.
"""

from __future__ import annotations

from pathlib import Path

from assess.answering import Answering, NewAssessment
from assess.models.workshop import RespondentActivity
from assess.storage.workspace import Workspace
from assess.ui.facilitation import Facilitation

__all__ = ["NewAssessment", "OpenedWorkspace", "Session", "progress_in"]


class OpenedWorkspace:
    """A workspace the app has opened, before someone starts answering in it."""

    def __init__(self, path: Path) -> None:
        self._workspace = Workspace.open(path)

    def people(self) -> list[RespondentActivity]:
        return self._workspace.answers.activity()

    def answer_as(self, respondent_id: str) -> Session:
        """The session of a respondent already in the workspace (it then owns the workspace)."""
        return Session(self._workspace, respondent_id)

    def join(self, name: str, role: str) -> Session:
        """A new respondent's session."""
        return Session(self._workspace, self._workspace.answers.add_respondent(name, role))

    def close(self) -> None:
        self._workspace.close()


def progress_in(path: Path, respondent_id: str) -> RespondentActivity | None:
    """How far a respondent got in a workspace not open in this app (read, not written)."""
    with Workspace.open(path, read_only=True) as workspace:
        activity = workspace.answers.activity()
    return next((p for p in activity if p.respondent_id == respondent_id), None)


class Session(Answering):
    """The app's answering session; it also opens the facilitator's view of its workspace."""

    def facilitation(self) -> Facilitation:
        """The facilitator's view of this session's workspace (the session keeps it open)."""
        return Facilitation(self.workspace, self.respondent_name, owned=False)
