"""The Textual app: navigation between registered screens, the open session, language, theme.

Start-up stays light: only the home screen is imported here; the core (pydantic models,
storage) is imported when a workspace is opened, or by the home screen's background workers.
"""

from __future__ import annotations

import os
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.reactive import reactive
from textual.screen import Screen

from assess.ui.labels import UiLang, other, t
from assess.ui.messages import (
    FirstFrame,
    GoToQuestion,
    OpenWorkspace,
    ShowScreen,
    StartAssessment,
)
from assess.ui.screens import SCREENS
from assess.ui.state import AppState, RecentWorkspace, load_state, save_state

if TYPE_CHECKING:
    from collections.abc import Iterable

    from assess.errors import AssessError
    from assess.ui.screens.respondent import Who
    from assess.ui.session import OpenedWorkspace, Session

STYLES = Path(__file__).resolve().parent / "styles"
READY_FILE_ENV = "ASSESS_READY_FILE"  # the start-up bench: write the time when ready, then exit


def _commands() -> type[Provider]:
    from assess.ui.commands import AssessCommands

    return AssessCommands


class AssessApp(App[None]):
    # every style sheet at once: a screen's own CSS_PATH would make Textual parse all CSS again
    CSS_PATH = [STYLES / "app.tcss", *sorted(set(STYLES.glob("*.tcss")) - {STYLES / "app.tcss"})]  # noqa: RUF012
    TITLE = "assess"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012 (Textual's own)
    VERTICAL_BREAKPOINTS = [(0, "-short"), (32, "-tall")]  # noqa: RUF012
    COMMANDS = App.COMMANDS | {_commands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "key_help"),
        Binding("f2", "switch_language", "key_language", show=False),
        Binding("f3", "change_theme", "key_theme", show=False),
    ]

    lang: reactive[UiLang] = reactive[UiLang]("zh")
    started = False  # True once the first screen is on the terminal

    def __init__(self, workspace: Path | None = None) -> None:
        super().__init__()
        self.state = load_state()
        self.session: Session | None = None
        self.initial_workspace = workspace
        self.set_reactive(AssessApp.lang, self.state.lang)

    def get_key_display(self, binding: Binding) -> str:
        """A screen may show a key as it works there (answer keys: as many as the options)."""
        shown = getattr(self.screen, "key_display", None)
        own = shown(binding) if callable(shown) else None
        return own if isinstance(own, str) else super().get_key_display(binding)

    def get_default_screen(self) -> Screen[None]:
        from assess.ui.screens.home import HomeScreen

        return HomeScreen()

    async def on_mount(self) -> None:
        if self.state.theme in self.available_themes:
            self.theme = self.state.theme
        self.watch(self, "theme", self._remember_theme, init=False)
        if self.initial_workspace is not None:
            self.post_message(OpenWorkspace(self.initial_workspace))

    def on_ready(self) -> None:
        ready_file = os.environ.get(READY_FILE_ENV)
        if ready_file:
            Path(ready_file).write_text(repr(time.time()), encoding="utf-8")
            self.exit()
            return
        self.started = True
        self.screen_stack[0].post_message(FirstFrame())

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's own palette commands, in the app's language (F1 replaces its key panel)."""
        yield SystemCommand(t("cmd_theme", self.lang), "", self.action_change_theme)
        yield SystemCommand(t("cmd_quit", self.lang), "", self.action_quit)

    # -- actions ---------------------------------------------------------------------------

    def action_help(self) -> None:
        self.show("help")

    def action_command_palette(self) -> None:
        """Textual's palette, in the app's language."""
        from textual.command import CommandPalette

        from assess.ui.widgets.palette import LocalPalette

        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]
            self.push_screen(LocalPalette(self.lang))

    def action_switch_language(self) -> None:
        self.lang = other(self.lang)
        self._save(replace(self.state, lang=self.lang))
        self.notify(t("language_now", self.lang), timeout=2)

    async def action_home(self) -> None:
        await self._pop_to_home()

    def action_open_workspace(self) -> None:
        from assess.ui.screens.open_file import OpenFileScreen

        def opened(path: Path | None) -> None:
            if path is not None:
                self.post_message(OpenWorkspace(path))

        self.push_screen(OpenFileScreen(), opened)

    # -- navigation ------------------------------------------------------------------------

    def show(self, name: str) -> None:
        """Show a registered screen: answering sits on home; other screens sit on answering."""
        entry = SCREENS[name]
        if entry.needs_session and self.session is None:
            self.notify(t("cmd_needs_workspace", self.lang), severity="warning")
            return
        if name == "questionnaire" and self._on_stack("questionnaire"):
            while self.screen_name() != "questionnaire":
                self.pop_screen()
            return
        screen = entry.build(self.session)
        if self.screen_name() not in ("home", "questionnaire", "") and not screen.is_modal:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def action_show(self, name: str) -> None:
        """For bindings: ``app.show('results')``."""
        self.show(name)

    def screen_name(self) -> str:
        return str(getattr(self.screen, "SCREEN_NAME", ""))

    def _on_stack(self, name: str) -> bool:
        return any(getattr(s, "SCREEN_NAME", "") == name for s in self.screen_stack)

    async def _pop_to_home(self) -> None:
        while len(self.screen_stack) > 1:
            await self.pop_screen()

    def on_show_screen(self, message: ShowScreen) -> None:
        self.show(message.name)

    def on_go_to_question(self, message: GoToQuestion) -> None:
        """Back to the answering screen, which shows the question."""
        self.show("questionnaire")
        self.screen.post_message(GoToQuestion(message.question_id))

    # -- opening and creating workspaces ---------------------------------------------------

    async def on_start_assessment(self, message: StartAssessment) -> None:
        from assess.errors import AssessError
        from assess.ui.session import Session

        await self._leave_session()
        try:
            session = Session.create(message.new)
        except AssessError as exc:
            self.report_error(exc)
            return
        await self._start(session)

    async def on_open_workspace(self, message: OpenWorkspace) -> None:
        from assess.errors import AssessError
        from assess.ui.session import OpenedWorkspace

        await self._leave_session()  # before the file is opened again in this process
        try:
            workspace = OpenedWorkspace(message.path)
        except AssessError as exc:
            self.report_error(exc)
            return
        try:
            people = workspace.people()
        except AssessError as exc:
            workspace.close()
            self.report_error(exc)
            return
        ids = [p.respondent_id for p in people]
        chosen = message.respondent_id if message.respondent_id in ids else None
        if chosen is None and len(ids) == 1:
            chosen = ids[0]
        if chosen is not None:
            await self._start(workspace.answer_as(chosen))
            return
        from assess.ui.screens.respondent import RespondentScreen

        async def picked(who: Who | None) -> None:
            await self._picked(workspace, who)

        self.push_screen(RespondentScreen(people), picked)

    async def _picked(self, workspace: OpenedWorkspace, who: Who | None) -> None:
        from assess.errors import AssessError

        if who is None:
            workspace.close()
            return
        try:
            if who.respondent_id:
                session = workspace.answer_as(who.respondent_id)
            else:
                session = workspace.join(who.name, who.role)
        except AssessError as exc:
            self.report_error(exc)
            workspace.close()
            return
        await self._start(session)

    async def _start(self, session: Session) -> None:
        self.session = session
        self._save(self.state.remember(_recent_entry(session)))
        await self._pop_to_home()
        self.show("questionnaire")
        if session.finished():
            self.show("results")

    async def _leave_session(self) -> None:
        """Back to the home screen, with the open workspace (if any) closed."""
        await self._pop_to_home()
        if self.session is not None:
            self.session.close()
            self.session = None

    # -- state and errors ------------------------------------------------------------------

    def forget_workspace(self, path: str) -> None:
        self._save(self.state.forget(path))

    def report_error(self, error: AssessError | OSError) -> None:
        self.notify(t("error", self.lang, error=str(error)), severity="error", timeout=10)

    def _remember_theme(self, theme: str) -> None:
        self._save(replace(self.state, theme=theme))

    def _save(self, state: AppState) -> None:
        self.state = state
        try:
            save_state(state)
        except OSError as exc:
            self.report_error(exc)


def _recent_entry(session: Session) -> RecentWorkspace:
    return RecentWorkspace(
        path=str(session.path.resolve()),
        organization=session.engagement().organization,
        respondent_id=session.respondent_id,
        respondent=session.respondent_name,
        questions=len(session.questions),
        opened_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )


def run(workspace: Path | None = None) -> None:
    """Run the app in this terminal."""
    AssessApp(workspace).run()
