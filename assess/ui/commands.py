"""The command palette's own commands: every registered screen, the language switch, home."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

from assess.ui.app import AssessApp
from assess.ui.labels import t
from assess.ui.screens import SCREENS


class AssessCommands(Provider):
    """Commands named in the app's language; those needing a workspace say so."""

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        app = cast(AssessApp, self.app)
        lang = app.lang
        commands: list[tuple[str, Callable[[], object], str]] = [
            (t("cmd_language", lang), app.action_switch_language, ""),
            (t("cmd_home", lang), app.action_home, ""),
            (t("cmd_open", lang), app.action_open_workspace, ""),
        ]
        for entry in SCREENS.values():
            waiting = entry.needs_session and app.session is None
            help_text = t("cmd_needs_workspace", lang) if waiting else ""
            commands.append((t(entry.command, lang), partial(app.show, entry.name), help_text))
        return commands

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands():
            yield DiscoveryHit(name, callback, help=help_text or None)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text or None)
