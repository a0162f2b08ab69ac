"""The registry of screens the app can show by name.

A new screen (e.g. the facilitator's view) registers itself with one ``ScreenEntry``: the app's
navigation, the command palette and the help screen pick it up. Screen modules are imported
only when first shown, which keeps the start-up fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.screen import Screen

    from assess.ui.session import Session

    ScreenFactory = Callable[[Session | None], Screen[Any]]


@dataclass(frozen=True)
class ScreenEntry:
    """A screen: its name, its palette command (a label key), and where its class lives."""

    name: str
    command: str
    target: str  # "module:Class": Class.for_session(session) if defined, else Class(session)
    needs_session: bool = True
    title: str = ""  # label key of the screen's title (help); default: the command's

    def load(self) -> ScreenFactory:
        """The screen class (imported now)."""
        module, _, name = self.target.partition(":")
        factory: ScreenFactory = getattr(import_module(module), name)
        return factory

    def build(self, session: Session | None) -> Screen[Any]:
        screen = self.load()
        make: ScreenFactory = getattr(screen, "for_session", screen)
        return make(session)


SCREENS: dict[str, ScreenEntry] = {}


def register(entry: ScreenEntry) -> None:
    SCREENS[entry.name] = entry


for _entry in [
    ScreenEntry(
        "setup",
        "cmd_new",
        "assess.ui.screens.setup:SetupScreen",
        needs_session=False,
        title="setup_title",
    ),
    ScreenEntry(
        "questionnaire",
        "cmd_questionnaire",
        "assess.ui.screens.questionnaire:QuestionnaireScreen",
        title="key_questionnaire",
    ),
    ScreenEntry(
        "review", "cmd_review", "assess.ui.screens.review:ReviewScreen", title="review_title"
    ),
    ScreenEntry(
        "results", "cmd_results", "assess.ui.screens.results:ResultsScreen", title="results_title"
    ),
    ScreenEntry(
        "targets", "cmd_targets", "assess.ui.screens.targets:TargetsScreen", title="targets_title"
    ),
    ScreenEntry(
        "roadmap", "cmd_roadmap", "assess.ui.screens.roadmap:RoadmapScreen", title="roadmap_title"
    ),
    ScreenEntry(
        "export", "cmd_export", "assess.ui.screens.export:ExportScreen", title="export_title"
    ),
    ScreenEntry(
        "facilitator", "cmd_facilitator", "assess.ui.screens.facilitator:FacilitatorScreen"
    ),
    ScreenEntry("help", "cmd_help", "assess.ui.screens.help:HelpScreen", needs_session=False),
]:
    register(_entry)
