"""What every screen of the app shares: its name, the language, and relabelling on a switch."""

from __future__ import annotations

from typing import Any, ClassVar, TypeVar

from textual import getters
from textual.screen import ModalScreen, Screen

from assess.ui.app import AssessApp
from assess.ui.labels import UiLang, t
from assess.ui.widgets.folding import Folded, Part, folded

ResultType = TypeVar("ResultType")


class LabelledScreen(Screen[ResultType]):
    """A screen in the app's language; composed again when the language changes.

    ``SCREEN_NAME`` is its name in the registry (``assess.ui.screens.SCREENS``).
    """

    SCREEN_NAME: ClassVar[str] = ""
    app = getters.app(AssessApp)

    @property
    def lang(self) -> UiLang:
        return self.app.lang

    def t(self, key: str, **values: Any) -> str:
        return t(key, self.lang, **values)

    def folded(self, *parts: Part) -> Folded:
        """Chinese-aware text in the theme's colours (see ``widgets.folding``)."""
        return folded(list(parts), self.app.theme_variables)

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self.relabel, init=False)
        self.watch(self.app, "theme", self.relabel, init=False)

    async def relabel(self) -> None:
        """Show the screen in the new language or theme: compose it again, fill it, and give
        the focus back to the widget that had it (the keys go on working)."""
        focused = self.focused.id if self.focused is not None else None
        await self.recompose()
        self.fill()
        again = self.query(f"#{focused}") if focused else None
        if again:
            again.first().focus()
        else:
            self.focus_next()

    def fill(self) -> None:
        """Put the content into the composed widgets (again after a language switch)."""


class AssessScreen(LabelledScreen[None]):
    """A full screen."""


class AssessModal(LabelledScreen[ResultType], ModalScreen[ResultType]):
    """A dialog over the current screen."""
