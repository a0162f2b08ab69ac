"""Help: every key of every screen, generated from the screens' own bindings."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from assess.ui.labels import has_label
from assess.ui.screens import SCREENS
from assess.ui.screens.base import AssessModal
from assess.ui.session import Session

KEY_WIDTH = 14


class HelpScreen(AssessModal[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,f1", "dismiss", "key_close")]

    def __init__(self, session: Session | None = None) -> None:
        super().__init__()

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide-dialog"):
            yield Static(self.t("help_title"), classes="dialog-title")
            yield VerticalScroll(Static(self._keys()), id="help-keys")
            yield Static(self.t("help_mouse"), classes="muted")

    def _keys(self) -> Content:
        from assess.ui.screens.home import HomeScreen

        palette = Binding(self.app.COMMAND_PALETTE_BINDING, "command_palette", "palette")
        quit_key = Binding("ctrl+q", "quit", "key_quit")
        sections = [
            (self.t("help_everywhere"), [*self.app.BINDINGS, palette, quit_key]),
            (self.t("key_home"), HomeScreen.BINDINGS),
        ]
        sections += [
            (self.t(entry.title or entry.command), getattr(entry.load(), "BINDINGS", []))
            for entry in SCREENS.values()
            if entry.name != "help"
        ]
        return Content("\n\n").join(self._section(title, keys) for title, keys in sections)

    def _section(self, title: str, bindings: Iterable[BindingType]) -> Content:
        lines = [Content.styled(title, "bold $accent")]
        for binding in bindings:
            if isinstance(binding, Binding) and binding.description:
                lines.append(self._line(binding))
        return Content("\n").join(lines)

    def _line(self, binding: Binding) -> Content:
        keys = binding.key_display or ", ".join(
            self.app.get_key_display(Binding(key, "")) for key in binding.key.split(",")
        )
        description = binding.description
        text = self.t(description) if has_label(description) else description
        return Content.assemble(("  " + keys.ljust(KEY_WIDTH), "bold $primary"), text)
