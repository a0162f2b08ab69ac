"""Messages the screens and widgets send: navigation up to the app, choices up to a screen."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from assess.ui.session import NewAssessment


class FirstFrame(Message):
    """The first screen is on the terminal: time for background work (imports, reads)."""


class OpenWorkspace(Message):
    """Open this workspace file (the app asks who is answering when it cannot tell)."""

    def __init__(self, path: Path, respondent_id: str | None = None) -> None:
        super().__init__()
        self.path = path
        self.respondent_id = respondent_id


class StartAssessment(Message):
    """Create a workspace from the set-up form and start answering."""

    def __init__(self, new: NewAssessment) -> None:
        super().__init__()
        self.new = new


class ShowScreen(Message):
    """Go to a registered screen (see ``assess.ui.screens.SCREENS``)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name


class OptionChosen(Message):
    """An answer was picked: an option value, 'na' or 'dont_know'."""

    def __init__(self, choice: int | float | str) -> None:
        super().__init__()
        self.choice = choice


class EvidenceChosen(Message):
    """An evidence basis was picked ('belief', 'example', 'artefact')."""

    def __init__(self, evidence: str) -> None:
        super().__init__()
        self.evidence = evidence


class GoToQuestion(Message):
    """Show this question on the answering screen."""

    def __init__(self, question_id: str) -> None:
        super().__init__()
        self.question_id = question_id
