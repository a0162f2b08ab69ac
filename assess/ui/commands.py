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
    """Commands named in the app's language; screens about a workspace once one is open."""

    def _commands(self) -> list[tuple[str, Callable[[], object]]]:
        app = cast(AssessApp, self.app)
        lang = app.lang
        commands: list[tuple[str, Callable[[], object]]] = [
            (t("cmd_language", lang), app.action_switch_language),
            (t("cmd_home", lang), app.action_home),
            (t("cmd_open", lang), app.action_open_workspace),
        ]
        commands += [
            (t(entry.command, lang), partial(app.show, entry.name))
            for entry in SCREENS.values()
            if app.session is not None or not entry.needs_session
        ]
        return commands

    async def discover(self) -> Hits:
        for name, callback in self._commands():
            yield DiscoveryHit(name, callback)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback)
