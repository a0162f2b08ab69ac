"""`assess facilitate`: the app opened on the facilitator's view of one workspace."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from textual.screen import Screen

from assess.storage.workspace import Workspace
from assess.ui.app import AssessApp
from assess.ui.screens.facilitator import FacilitatorScreen


class FacilitatorApp(AssessApp):
    TITLE = "assess · facilitator"
    MODES: ClassVar[dict[str, str | Callable[[], Screen[Any]]]] = {}  # the facilitator's view

    def __init__(self, workspace: Path, facilitator: str = "") -> None:
        super().__init__()
        self.workspace = Workspace.open(workspace)
        self.facilitator = facilitator

    def get_default_screen(self) -> Screen[None]:
        return FacilitatorScreen(workspace=self.workspace, by=self.facilitator)

    def on_unmount(self) -> None:
        self.workspace.close()


def run_facilitator(workspace: Path, facilitator: str = "") -> None:
    FacilitatorApp(workspace, facilitator).run()
