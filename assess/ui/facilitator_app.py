"""`assess facilitate`: the app opened on the facilitator's view of one workspace."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from textual.screen import Screen

from assess.ui.app import AssessApp
from assess.ui.facilitation import Facilitation
from assess.ui.screens.facilitator import FacilitatorScreen


class FacilitatorApp(AssessApp):
    TITLE = "assess · facilitator"
    MODES: ClassVar[dict[str, str | Callable[[], Screen[Any]]]] = {}  # the facilitator's view

    def __init__(self, workspace: Path, facilitator: str = "") -> None:
        super().__init__()
        self.facilitation = Facilitation.open(workspace, facilitator)
        # the workshop's language, not the one this machine's app last used (F2 still switches)
        self.set_reactive(AssessApp.lang, self.facilitation.engagement().language)

    def get_default_screen(self) -> Screen[None]:
        return FacilitatorScreen(self.facilitation)

    def on_unmount(self) -> None:
        self.facilitation.close()


def run_facilitator(workspace: Path, facilitator: str = "") -> None:
    FacilitatorApp(workspace, facilitator).run()
