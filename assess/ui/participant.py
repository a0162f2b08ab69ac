"""A participant's app in a served workshop: join, then answer; nothing else.

``assess serve`` runs one of these per browser session, on the facilitator's machine. So that a
participant can only answer, the app shows no home screen, command palette, file dialogs or
exports: only the questions, the review of their own answers and the help. Joining adds a
respondent and a participant session to the workspace; the session is marked alive while the
browser stays connected, for the facilitator's view.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from textual.screen import Screen

from assess.errors import AssessError
from assess.ui.app import AssessApp
from assess.ui.messages import OpenWorkspace, StartAssessment
from assess.ui.screens.join import JoinScreen
from assess.ui.state import AppState

PARTICIPANT_SCREENS = frozenset({"questionnaire", "review", "help"})
ALIVE_EVERY_S = 15.0


class ParticipantApp(AssessApp):
    ENABLE_COMMAND_PALETTE = False
    MODES: ClassVar[dict[str, str | Callable[[], Screen[Any]]]] = {}  # the join screen instead
    TITLE = "assess · workshop"

    def __init__(self, workspace: Path, join_code: str) -> None:
        super().__init__()
        self.workspace_path = workspace
        self.join_code = join_code
        self.token: str | None = None
        self.respondent_id: str | None = None

    def get_default_screen(self) -> Screen[None]:
        return JoinScreen(self.join_code)

    def join(self, name: str, role: str) -> bool:
        """Add the participant to the workspace, start their session, show the questions."""
        from assess.ui.session import join_workshop

        try:
            self.respondent_id, self.token = join_workshop(self.workspace_path, name, role)
        except AssessError as exc:
            self.report_error(exc)
            return False
        self.set_interval(ALIVE_EVERY_S, self._alive)
        self.post_message(OpenWorkspace(self.workspace_path, self.respondent_id))
        return True

    def _alive(self) -> None:
        if self.session is not None and self.token is not None:
            try:
                self.session.keep_alive(self.token)
            except AssessError as exc:
                self.report_error(exc)

    # -- what a participant may not do ------------------------------------------------------

    def show(self, name: str) -> None:
        if name in PARTICIPANT_SCREENS and self.respondent_id is not None:
            super().show(name)
        else:
            from assess.ui.workshop_labels import wt

            self.notify(wt("not_in_workshop", self.lang), severity="warning")

    # Textual runs the handlers of every class in the MRO: these only stop the app's own
    # handler (prevent_default) when a participant may not do what the message asks.

    async def on_open_workspace(self, message: OpenWorkspace) -> None:
        if message.path != self.workspace_path or message.respondent_id != self.respondent_id:
            message.prevent_default()

    async def on_start_assessment(self, message: StartAssessment) -> None:
        message.prevent_default()  # participants never create workspaces

    def _save(self, state: AppState) -> None:
        self.state = state  # in memory only: the state file belongs to the facilitator's account


def run_participant(workspace: Path, join_code: str) -> None:
    ParticipantApp(workspace, join_code).run()
