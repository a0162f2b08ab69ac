"""A question's answers as full sentences, each behind its key (1–9, n, ?); the chosen one marked.

Each option is a two-column grid, so a long sentence wraps under its own start (hanging
indent), in Chinese as in English.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.table import Table
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from assess.ui.messages import OptionChosen
from assess.ui.widgets.folding import hanging


@dataclass(frozen=True)
class Choice:
    """One line of the list: its key, its text, what choosing it records."""

    key: str
    text: str
    value: int | float | str  # an option value, 'na' or 'dont_know'
    special: bool = False


class AnswerOptions(OptionList):
    """Pick with the keys, the arrows and Enter, or the mouse; posts ``OptionChosen``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._choices: list[Choice] = []

    def show(self, choices: list[Choice], chosen: int | float | str | None) -> None:
        """Show a question's choices; highlight the chosen one, else the first."""
        colours = self.app.theme_variables
        self._choices = choices
        self.set_options(
            Option(_prompt(c, c.value == chosen, colours), id=f"choice-{n}")
            for n, c in enumerate(choices)
        )
        values = [c.value for c in choices]
        self.highlighted = values.index(chosen) if chosen in values else 0

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Left and right are the screen's (previous and next question), not scrolling."""
        return action not in ("scroll_left", "scroll_right")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(OptionChosen(self._choices[event.option_index].value))


def _prompt(choice: Choice, chosen: bool, colours: dict[str, str]) -> Table:
    if chosen:
        mark_style = f"bold reverse {colours.get('success', 'green')}"
        return hanging(f" {choice.key} ", f"{choice.text}  ✔", mark_style, "bold")
    mark_style = f"bold {colours.get('accent', 'yellow')}"
    return hanging(f" {choice.key} ", choice.text, mark_style, "italic" if choice.special else "")
