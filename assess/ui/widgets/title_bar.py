"""The one-line bar at the top: the product, the screen, and who is answering for whom."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static


class TitleBar(Horizontal):
    """``◆ assess │ <title>`` on the left, `context` (organization · respondent) on the right."""

    def __init__(self, title: str, context: str = "") -> None:
        super().__init__()
        self._heading = title
        self._who = context

    def compose(self) -> ComposeResult:
        yield Static(
            Content.assemble(
                (" ◆ assess ", "bold"), ("│ ", "$text-muted"), (self._heading, "bold")
            ),
            id="title-left",
        )
        yield Static(self._who, id="title-right", markup=False)
