"""What the workshop screens share: their own labels (before the app's) and a footer using them."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult

from assess.ui.screens.base import AssessScreen
from assess.ui.widgets.footer import LabelledFooter
from assess.ui.workshop_labels import has_workshop_label, wt


class WorkshopScreen(AssessScreen):
    """A full screen whose labels come from ``workshop_labels`` first."""

    def t(self, key: str, **values: Any) -> str:
        return wt(key, self.lang, **values)


class WorkshopFooter(LabelledFooter):
    """The key footer, with the workshop screens' key labels."""

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            description = getattr(widget, "description", None)  # a key (Textual's FooterKey)
            if isinstance(description, str) and has_workshop_label(description):
                widget.description = wt(description, self.app.lang)  # type: ignore[attr-defined]
            yield widget
