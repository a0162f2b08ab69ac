"""What changed since an earlier assessment (T0) of the same organization: the report's change
rows in two tables, computed in a worker (T0 read from its own file)."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Static

from assess.models.assessment import Assessment
from assess.report.context_since import ChangeSection
from assess.ui.screens.session_screen import ComputedScreen
from assess.ui.session import Session
from assess.ui.widgets.footer import LabelledFooter

NUMBERS = ("t0", "t1", "change", "interval", "verdict")


class ComparisonScreen(ComputedScreen[ChangeSection]):
    TITLE_KEY = "compare_title"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "app.pop_screen", "key_back")]
    DEFAULT_CSS = """
    ComparisonScreen DataTable { height: auto; max-height: 50%; margin: 0 1; }
    ComparisonScreen #compare-note { margin: 0 1; color: $text-muted; height: auto; }
    """

    def __init__(self, session: Session | None, baseline: Path) -> None:
        super().__init__(session)
        self.baseline = baseline

    def compose(self) -> ComposeResult:
        yield self.title_bar()
        yield Static(self.t("computing"), id="compare-note")
        yield DataTable(id="compare-dimensions", cursor_type="row", zebra_stripes=True)
        yield DataTable(id="compare-questions", cursor_type="row", zebra_stripes=True)
        yield LabelledFooter()

    def compute(self, assessment: Assessment) -> ChangeSection:
        from assess.comparison.compare import compare
        from assess.report.change import change_section
        from assess.sources import load_source

        return change_section(compare(load_source(self.baseline), assessment), self.lang)

    def fill(self) -> None:
        from assess.i18n import text

        section = self.data
        if section is None:
            return

        def label(key: str) -> str:
            return text(f"report.change_{key}", self.lang)

        self.query_one("#compare-note", Static).update(f"{section.title}\n{label('legend')}")
        dims = self.query_one("#compare-dimensions", DataTable)
        dims.clear(columns=True)
        dims.add_columns(label("dimension"), *(label(h) for h in NUMBERS), label("target"))
        for r in section.dimensions:
            dims.add_row(r.name, r.before, r.after, r.change, r.interval, r.verdict, r.target)
        questions = self.query_one("#compare-questions", DataTable)
        questions.clear(columns=True)
        questions.add_columns(
            label("question"), label("change"), label("verdict"), label("initiatives")
        )
        for r, planned in zip(section.questions, section.initiatives, strict=True):
            questions.add_row(r.name[:40], r.change, r.verdict, planned[:60])

    def failed(self, problem: str) -> None:
        self.query_one("#compare-note", Static).update(problem)
