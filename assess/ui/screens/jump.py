"""Jump to any question: the dimensions with their questions, open ones marked."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from assess.models import Answer
from assess.models.response import DONT_KNOW
from assess.ui.screens.base import AssessModal
from assess.ui.session import Session
from assess.ui.widgets.folding import hanging


class JumpScreen(AssessModal[int | None]):
    """Returns the index of the chosen question."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,j", "dismiss(None)", "key_close"),
    ]

    def __init__(self, session: Session, current: int) -> None:
        super().__init__()
        self.session = session
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide-dialog"):
            yield Static(self.t("jump_title"), classes="dialog-title")
            yield Static(self.t("jump_keys"), classes="dialog-hint")
            yield OptionList(*self._options(), id="questions")

    def on_mount(self) -> None:
        questions = self.query_one("#questions", OptionList)
        questions.highlighted = questions.get_option_index(str(self.current))
        self.call_after_refresh(questions.scroll_to_highlight)

    def on_resize(self) -> None:
        """Once the dialog has its size, the current question is in view (also after resizing)."""
        self.call_after_refresh(self.query_one("#questions", OptionList).scroll_to_highlight)

    def _options(self) -> list[Option]:
        q, lang, answers = self.session.questionnaire, self.lang, self.session.answers
        colours = self.app.theme_variables
        options: list[Option] = []
        for dimension in q.dimensions:
            in_dimension = q.questions_in(dimension.id)
            done = self.session.answered_in(dimension.id)
            head = Content.assemble(
                (dimension.name.get(lang), "bold $accent"),
                (f"  {done}/{len(in_dimension)}", "$text-muted"),
            )
            options.append(Option(head, disabled=True))
            for question in in_dimension:
                index = self.session.questions.index(question)
                mark, colour = _mark(
                    answers.get(question.id), self.session.is_answered(question.id)
                )
                row = hanging(mark, question.text.get(lang), f"bold {colours.get(colour, '')}")
                options.append(Option(row, id=str(index)))
        return options

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id or 0))


def _mark(answer: Answer | None, answered: bool) -> tuple[str, str]:
    """✔ answered, ? don't know, ○ open (an N/A still waiting for its note is open)."""
    if answer is None or not answered:
        return "○", "warning"
    if answer.choice == DONT_KNOW:
        return "?", "accent"
    return "✔", "success"
