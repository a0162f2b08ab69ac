"""A dialog asking for the path of a workspace file."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Static

from assess.ui.screens.base import AssessModal


class OpenFileScreen(AssessModal[Path | None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "key_close")]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.t("open_title"), classes="dialog-title")
            yield Input(placeholder=self.t("open_hint"), id="path")
            yield Static("", id="problem", classes="problem")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        path = Path(event.value.strip()).expanduser()
        if not event.value.strip() or not path.is_file():
            self.query_one("#problem", Static).update(self.t("open_missing", path=event.value))
            return
        self.dismiss(path)
