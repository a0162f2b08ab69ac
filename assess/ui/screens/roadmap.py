"""Roadmap: the lever × horizon grid, the initiatives of the chosen cell, and their details.

The planner runs in a worker thread over the workspace (its own connection) with the stored
targets.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.coordinate import Coordinate
from textual.widgets import DataTable, OptionList, Static
from textual.widgets.option_list import Option

from assess.models.assessment import Assessment
from assess.planning import Horizon, PlannedInitiative, PlannedKpi, Roadmap
from assess.planning.assessment import plan_assessment
from assess.ui.screens.session_screen import ComputedScreen
from assess.ui.widgets.folding import Folded, Part
from assess.ui.widgets.footer import LabelledFooter


class RoadmapScreen(ComputedScreen[Roadmap]):
    SCREEN_NAME = "roadmap"
    TITLE_KEY = "roadmap_title"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("t", "app.show('targets')", "key_targets"),
        Binding("x", "app.show('export')", "key_export"),
        Binding("escape", "app.show('questionnaire')", "key_questionnaire"),
    ]

    def compose(self) -> ComposeResult:
        yield self.title_bar()
        yield Static(self.t("computing"), id="roadmap-note")
        yield DataTable(id="grid", cursor_type="cell", zebra_stripes=True)
        with Horizontal(id="roadmap-body"):
            yield OptionList(id="initiatives")
            with VerticalScroll(id="initiative-pane"):
                yield Static(id="initiative")
                yield Vertical(id="kpis")
        yield LabelledFooter()

    def compute(self, assessment: Assessment) -> Roadmap:
        return plan_assessment(assessment)

    def failed(self, problem: str) -> None:
        self.query_one("#roadmap-note", Static).update(Content.styled(problem, "$error"))

    def fill(self) -> None:
        if self.data is None:
            return
        lang, roadmap = self.lang, self.data
        summary = self.t("roadmap_summary", n=len(roadmap.initiatives))
        if not roadmap.initiatives:
            summary = self.t("roadmap_empty")
        self.query_one("#roadmap-note", Static).update(Content.styled(summary, "$text-muted"))
        grid = self.query_one(DataTable)
        grid.clear(columns=True)
        names = [lever.name.get(lang) for lever in roadmap.levers]
        width = max(cell_len(name) for name in [self.t("lever"), *names])
        grid.add_column(self.t("lever"), key="lever", width=width)  # a Content is not measured
        for plan in roadmap.horizons:  # short headings: the grid fits 80 columns
            heading = (
                self.t("months_span", start=plan.start_month, end=plan.end_month)
                if plan.end_month is not None
                else self.t("later")
            )
            grid.add_column(heading, key=plan.horizon.value)
        for lever in roadmap.levers:
            cells = [self._cell(len(c.initiatives), c.horizon) for c in lever.cells]
            grid.add_row(
                Content.styled(lever.name.get(lang), "bold"), *cells, key=lever.lever.value
            )
        grid.cursor_coordinate = Coordinate(0, 1)
        grid.focus()

    def _cell(self, count: int, horizon: Horizon) -> Content:
        if count == 0:
            return Content.styled("·", "$text-muted")
        quick = horizon == Horizon.MONTHS_0_3
        return Content.styled(str(count), "bold $success" if quick else "")

    def on_data_table_cell_highlighted(self, event: DataTable.CellHighlighted) -> None:
        if self.data is None:
            return
        lever = self.data.levers[event.coordinate.row]
        column = event.coordinate.column
        cells = lever.cells[column - 1 : column] if column > 0 else lever.cells
        chosen = [i for cell in cells for i in cell.initiatives]
        items = [self.data.initiative(i) for i in chosen]
        self.query_one("#initiatives", OptionList).set_options(
            Option(self._item(i), id=i.id) for i in items
        )
        self._show_initiative(items[0] if items else None)

    def on_data_table_cell_selected(self) -> None:
        self.query_one("#initiatives", OptionList).focus()

    def _item(self, initiative: PlannedInitiative) -> Content:
        mark = ("★ ", "$success") if initiative.quick_win else ("• ", "$text-muted")
        return Content.assemble(mark, initiative.title.get(self.lang))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if self.data is not None and event.option.id is not None:
            self._show_initiative(self.data.initiative(event.option.id))

    def _show_initiative(self, initiative: PlannedInitiative | None) -> None:
        detail = self._detail(initiative) if initiative is not None else ""
        self.query_one("#initiative", Static).update(detail)
        kpis = self.query_one("#kpis", Vertical)
        kpis.remove_children()
        if initiative is not None and initiative.kpis:
            kpis.mount(Static(self.t("kpis"), classes="section-title"))
            kpis.mount_all(self._kpi(kpi) for kpi in initiative.kpis)

    def _kpi(self, kpi: PlannedKpi) -> Static:
        lang = self.lang
        arrow = "↑" if kpi.direction == "up" else "↓"
        return Static(
            self.folded(
                (f"{arrow} {kpi.name.get(lang)} ({kpi.unit.get(lang)})", "bold"),
                "\n",
                (self.t("baseline", text=kpi.baseline.get(lang)), "$text-muted"),
            ),
            classes="card",
        )

    def _detail(self, initiative: PlannedInitiative) -> Folded:
        assert self.data is not None
        lang, q = self.lang, self.session.questionnaire
        facts = [
            q.dimension(initiative.dimension).name.get(lang),
            f"{initiative.from_level}→{initiative.to_level}",
            self.t("effort", n=initiative.effort),
            self.t("impact", n=initiative.impact),
        ]
        if initiative.quick_win:
            facts.append(self.t("quick_win"))
        parts: list[Part] = [
            (initiative.title.get(lang), "bold $accent"),
            ("\n" + " · ".join(facts), "$text-muted"),
            "\n\n" + initiative.description.get(lang),
            ("\n\n" + self.t("why"), "bold"),
            "\n" + initiative.reason.get(lang),
        ]
        if initiative.prerequisites:
            titles = [self.data.initiative(p).title.get(lang) for p in initiative.prerequisites]
            parts.append(
                (
                    "\n\n" + self.t("prerequisites", items=self.t("list_separator").join(titles)),
                    "$warning",
                )
            )
        return self.folded(*parts)
