"""The key footer, in the app's language: binding descriptions are label keys."""

from __future__ import annotations

from textual import getters
from textual.app import ComposeResult
from textual.widgets import Footer

from assess.ui.app import AssessApp
from assess.ui.labels import has_label, t


class LabelledFooter(Footer):
    """A footer that translates each key's description and follows language switches."""

    app = getters.app(AssessApp)

    def __init__(self) -> None:
        super().__init__(compact=True)

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self.recompose, init=False)

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            description = getattr(widget, "description", None)  # a key (Textual's FooterKey)
            if isinstance(description, str) and has_label(description):
                widget.description = t(description, self.app.lang)  # type: ignore[attr-defined]
            yield widget
