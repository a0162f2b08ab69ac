"""Recording a consensus: the question's answers (overall and by role), then value and rationale."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, Static

from assess.aggregation import QuestionSpread
from assess.interchange.csv_cells import CellReader
from assess.models import Questionnaire
from assess.models.workshop import ConsensusChoice
from assess.ui.screens.base import AssessModal
from assess.ui.text_cells import clip
from assess.ui.widgets.bars import ratio_bar
from assess.ui.workshop_labels import wt

BAR = 24


class ConsensusScreen(AssessModal[tuple[ConsensusChoice, str] | None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "key_close")]

    def __init__(self, q: Questionnaire, spread: QuestionSpread) -> None:
        super().__init__()
        self.q = q
        self.spread = spread

    def t(self, key: str, **values: Any) -> str:
        return wt(key, self.lang, **values)

    def compose(self) -> ComposeResult:
        question = self.q.question(self.spread.question_id)
        with Vertical(classes="dialog wide-dialog"):
            title = self.t("cons_title", question=question.text.get(self.lang))
            yield Static(title, classes="dialog-title", markup=False)
            yield Static(self._distribution())
            yield Static(self._roles(), markup=False)
            yield Input(placeholder=self.t("cons_value"), id="value", value=self._current())
            yield Input(placeholder=self.t("cons_rationale"), id="rationale", value=self._reason())
            yield Static("", id="cons-problem", classes="problem", markup=False)

    def _distribution(self) -> Content:
        stats = self.spread.stats
        head = self.t(
            "cons_spread",
            n=stats.n if stats else 0,
            mean="–" if stats is None else f"{stats.mean:.1f}",
            agreement="–" if stats is None else f"{stats.agreement:.2f}",
        )
        total = max(1, sum(o.count for o in self.spread.options))
        lines = [Content(head)]
        texts = {
            o.value: o.text.get(self.lang)
            for o in self.q.options_for(self.q.question(self.spread.question_id))
        }
        for option in self.spread.options:
            bar = ratio_bar(option.count, total, BAR)
            label = f" {option.value} ({option.count}) {clip(texts.get(option.value, ''), 64)}"
            lines.append(Content.assemble(bar, label))
        extra = f"N/A {self.spread.na} · ? {self.spread.dont_know}"
        lines.append(Content(extra))
        return Content("\n").join(lines)

    def _roles(self) -> str:
        parts = []
        for cell in self.spread.by_role:
            if cell.stats is not None:
                parts.append(f"{cell.name or '—'}: {cell.stats.mean:.1f} (n={cell.stats.n})")
            else:
                parts.append(f"{cell.name or '—'}: {self.t('hidden')}")
        return " · ".join(parts)

    def _current(self) -> str:
        decided = self.spread.consensus
        return "" if decided is None else str(decided.choice)

    def _reason(self) -> str:
        decided = self.spread.consensus
        return "" if decided is None else decided.rationale

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "value":
            self.query_one("#rationale", Input).focus()
            return
        text = self.query_one("#value", Input).value
        choice, problem = CellReader(self.q).read_cell(self.spread.question_id, text)
        if choice is None or choice == "dont_know":
            message = problem[0] if problem else self.t("cons_bad_value")
            self.query_one("#cons-problem", Static).update(message)
            self.query_one("#value", Input).focus()
            return
        rationale = self.query_one("#rationale", Input).value.strip()
        self.dismiss((choice, rationale))
