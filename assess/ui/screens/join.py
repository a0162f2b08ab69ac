"""Joining a served workshop: the join code first, then name and role, then the questions.

This is the bottom screen of a participant's app: once joined, it only offers to go back to
the questions.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Static

from assess.serving import MAX_ATTEMPTS, code_matches
from assess.ui.screens.workshop_base import WorkshopFooter, WorkshopScreen
from assess.ui.widgets.title_bar import TitleBar


class JoinScreen(WorkshopScreen):
    SCREEN_NAME = "home"  # the bottom of a participant's stack, where the app's home would be
    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "submit", "key_join", show=False)]
    DEFAULT_CSS = """
    JoinScreen #join-body { padding: 1 2; height: auto; max-width: 80; }
    JoinScreen Input { margin: 1 0 0 0; }
    JoinScreen #join-problem { color: $text-error; height: auto; margin: 1 0 0 0; }
    """

    def __init__(self, join_code: str) -> None:
        super().__init__()
        self._join_code = join_code
        self.failures = 0
        self.code_accepted = False
        self.joined_as: tuple[str, str] | None = None

    def compose(self) -> ComposeResult:
        yield TitleBar(self.t("join_title"))
        with Vertical(id="join-body"):
            if self.joined_as is not None:
                name, role = self.joined_as
                yield Static(self.t("join_joined", name=name, role=role or "—"), markup=False)
            elif not self.code_accepted:
                yield Static(self.t("join_intro"))
                yield Input(placeholder=self.t("join_code"), id="code", password=True)
            else:
                yield Static(self.t("join_who"))
                yield Input(placeholder=self.t("join_name"), id="name", max_length=80)
                yield Input(placeholder=self.t("join_role"), id="role", max_length=80)
            yield Static("", id="join-problem", markup=False)
        yield WorkshopFooter()

    def on_screen_resume(self) -> None:
        if self.joined_as is not None:
            self.refresh(recompose=True)

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "code":
            await self._check_code(event.value)
        elif event.input.id == "name":
            self.query_one("#role", Input).focus()
        else:
            self._join()

    def action_submit(self) -> None:
        if self.joined_as is not None:
            self.app.show("questionnaire")

    async def _check_code(self, typed: str) -> None:
        if code_matches(typed, self._join_code):
            self.code_accepted = True
            await self.recompose()
            self.query_one("#name", Input).focus()
            return
        self.failures += 1
        left = MAX_ATTEMPTS - self.failures
        if left <= 0:
            self.app.exit(message=self.t("join_locked"))
            return
        self.query_one("#code", Input).value = ""
        self.query_one("#join-problem", Static).update(self.t("join_wrong", left=left))

    def _join(self) -> None:
        from assess.ui.participant import ParticipantApp

        name = self.query_one("#name", Input).value.strip()
        role = self.query_one("#role", Input).value.strip()
        if not name:
            self.query_one("#join-problem", Static).update(self.t("join_name_missing"))
            self.query_one("#name", Input).focus()
            return
        assert isinstance(self.app, ParticipantApp)
        if self.app.join(name, role):
            self.joined_as = (name, role)
