"""Who is answering? Pick someone who already joined the workspace, or join as someone new."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from assess.ui.screens.base import AssessModal

if TYPE_CHECKING:
    from assess.models.workshop import RespondentActivity


@dataclass(frozen=True)
class Who:
    """An existing respondent (by id), or a new one to add (id None)."""

    respondent_id: str | None
    name: str = ""
    role: str = ""


class RespondentScreen(AssessModal[Who | None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "key_close")]

    def __init__(self, people: Sequence[RespondentActivity]) -> None:
        super().__init__()
        self._people = list(people)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.t("who_title"), classes="dialog-title")
            yield OptionList(*self._options(), id="people")
            with Horizontal(id="new-respondent"):
                yield Input(placeholder=self.t("who_name"), id="name", compact=True)
                yield Input(placeholder=self.t("field_role"), id="role", compact=True)

    def _options(self) -> list[Option]:
        options = [
            Option(
                Content.assemble(
                    (person.name, "bold"),
                    (f"  {person.role}", "$text-muted"),
                    (f"  {self.t('answered_count', n=person.answered)}", "$success"),
                ),
                id=person.respondent_id,
            )
            for person in self._people
        ]
        return [*options, Option(Content.styled(self.t("who_new"), "bold $accent"), id="new")]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id == "new":
            self.query_one("#name", Input).focus()
        elif event.option.id is not None:
            self.dismiss(Who(event.option.id))

    def on_input_submitted(self) -> None:
        name = self.query_one("#name", Input).value.strip()
        if name:
            self.dismiss(Who(None, name, self.query_one("#role", Input).value.strip()))
        else:
            self.query_one("#name", Input).focus()
