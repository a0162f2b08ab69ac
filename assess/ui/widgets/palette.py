"""Textual's command palette in the app's language: its prompt and its "no matches" line."""

from __future__ import annotations

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette
from textual.widgets.option_list import Option

from assess.ui.labels import UiLang, t


class LocalPalette(CommandPalette):
    def __init__(self, lang: UiLang) -> None:
        super().__init__(placeholder=t("palette_search", lang), id="--command-palette")
        self.lang = lang

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """As Textual's own, with the line in the app's language (its text is fixed there)."""
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(
                        Align.center(Text(t("palette_none", self.lang), style="not bold")),
                        disabled=True,
                        id=self._NO_MATCHES,
                    )
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
