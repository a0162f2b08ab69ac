"""The facilitator's door to a workspace: who is answering, everyone's answers, the consensus."""

from __future__ import annotations

from pathlib import Path

from assess.models import Engagement, Questionnaire
from assess.models.plain import PlainRespondent
from assess.models.workshop import (
    Consensus,
    ConsensusChoice,
    ParticipantSession,
    RespondentActivity,
)
from assess.storage.workspace import Workspace


class Facilitation:
    """One facilitator at one workspace; ``owned``: closing it closes the workspace."""

    def __init__(self, workspace: Workspace, facilitator: str, *, owned: bool) -> None:
        self._workspace = workspace
        self.facilitator = facilitator
        self._owned = owned

    @classmethod
    def open(cls, path: Path, facilitator: str) -> Facilitation:
        return cls(Workspace.open(path), facilitator, owned=True)

    def questionnaire(self) -> Questionnaire:
        return self._workspace.asked()

    def engagement(self) -> Engagement:
        return self._workspace.engagement.get()

    def activity(self) -> list[RespondentActivity]:
        return self._workspace.answers.activity()

    def participant_sessions(self) -> list[ParticipantSession]:
        return self._workspace.sessions.list()

    def everyone(self) -> list[PlainRespondent]:
        return self._workspace.answers.plain()

    def decisions(self) -> list[Consensus]:
        return self._workspace.workshop.decisions()

    def decide(self, question_id: str, choice: ConsensusChoice, rationale: str) -> Consensus:
        """Record the value the group agreed on, in the facilitator's name."""
        return self._workspace.workshop.record(
            question_id, choice, rationale=rationale, decided_by=self.facilitator
        )

    def undecide(self, question_id: str) -> None:
        self._workspace.workshop.clear(question_id)

    def close(self) -> None:
        if self._owned:
            self._workspace.close()
