"""Review: questions not answered yet, answers of "don't know", and every note; then finish."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from assess.errors import AssessError
from assess.models import Question
from assess.models.response import DONT_KNOW
from assess.ui.messages import GoToQuestion
from assess.ui.screens.session_screen import SessionScreen
from assess.ui.widgets.folding import hanging
from assess.ui.widgets.footer import LabelledFooter

FINISH_ID = "finish"
SECTION_STYLES = {
    "open": "$warning",
    "na_note": "$error",
    "unsure": "$secondary",
    "note": "$primary",
}
SECTION_MARKS = {"open": "○", "na_note": "!", "unsure": "?", "note": "✎"}


class ReviewScreen(SessionScreen):
    SCREEN_NAME = "review"
    TITLE_KEY = "review_title"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f", "finish", "key_finish"),
        Binding("escape", "app.show('questionnaire')", "key_questionnaire"),
    ]

    def compose(self) -> ComposeResult:
        yield self.title_bar()
        yield OptionList(*self._items(), id="review")
        yield LabelledFooter()

    def _items(self) -> list[Option | None]:
        answers = self.session.answers
        waiting = self.session.waiting_for_note()
        unanswered = [q for q in self.session.open_questions() if q not in waiting]
        given = [(q, answers[q.id]) for q in self.session.questions if q.id in answers]
        unsure = [q for q, answer in given if answer.choice == DONT_KNOW]
        noted = [q for q, answer in given if answer.note.strip()]
        items: list[Option | None] = []
        items += self._section("open", self.t("review_open", n=len(unanswered)), unanswered)
        if waiting:
            items += self._section("na_note", self.t("review_na_note", n=len(waiting)), waiting)
        items += self._section("unsure", self.t("review_dont_know", n=len(unsure)), unsure)
        items += self._section("note", self.t("review_notes", n=len(noted)), noted)
        finish = Content.assemble(("✔ ", "bold $success"), (self.t("review_finish"), "bold"))
        return [*items, None, Option(finish, id=FINISH_ID)]

    def _section(self, kind: str, title: str, questions: list[Question]) -> list[Option | None]:
        """The section's title, then its questions under the name of their dimension."""
        items: list[Option | None] = [
            Option(Content.styled(title, f"bold {SECTION_STYLES[kind]}"), disabled=True)
        ]
        if not questions:
            none = Content.styled("  " + self.t("review_none"), "italic $text-muted")
            return [*items, Option(none, disabled=True), None]
        for dimension in self.session.questionnaire.dimensions:
            inside = [q for q in questions if q.dimension == dimension.id]
            if inside:
                name = Content.styled("  " + dimension.name.get(self.lang), "$text-accent")
                items.append(Option(name, disabled=True))
                items += [self._item(kind, q) for q in inside]
        return [*items, None]

    def _item(self, kind: str, question: Question) -> Option:
        text = Text(question.text.get(self.lang))
        if kind == "note":
            text.append("\n“" + self.session.answers[question.id].note.strip() + "”", "italic")
        colour = self.app.theme_variables.get(SECTION_STYLES[kind].lstrip("$"), "")
        row = hanging("  " + SECTION_MARKS[kind], text, f"bold {colour}")
        return Option(row, id=f"{kind}:{question.id}")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id == FINISH_ID:
            self.action_finish()
        elif event.option.id is not None:
            self.post_message(GoToQuestion(event.option.id.partition(":")[2]))

    def action_finish(self) -> None:
        try:
            self.session.finish()
        except AssessError as exc:
            self.app.report_error(exc)
            return
        self.app.show("results")
