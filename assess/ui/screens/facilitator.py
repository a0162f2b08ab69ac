"""The facilitator's view: who is answering and who has finished, hotspots, consensus.

Refreshes itself every two seconds from the workspace (``recent_activity``, sessions, and a
``WorkshopSummary`` of everyone's answers). Enter on a hotspot records the group's consensus
for it; x clears it. Roles below the minimum group size are named as hidden, never shown.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import DataTable, Static

from assess.aggregation import WorkshopSummary, summarize_workshop
from assess.aggregation.matrix import matrix_from_plain
from assess.errors import AssessError
from assess.models.workshop import ConsensusChoice
from assess.ui.facilitator_view import choice_label, hidden_groups, hotspot_rows, people_rows
from assess.ui.screens.workshop_base import WorkshopFooter, WorkshopScreen
from assess.ui.text_cells import clip
from assess.ui.widgets.bars import ratio_bar
from assess.ui.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from assess.ui.facilitation import Facilitation
    from assess.ui.session import Session

REFRESH_EVERY_S = 2.0
NUMBER_COLUMNS_CELLS = 40  # agreement, spread, role gap, consensus and the tables' padding
POSITION_CELLS = 12  # of the question a person is on
BAR_CELLS = 6  # of a person's progress bar, before "12/43"


class FacilitatorScreen(WorkshopScreen):
    SCREEN_NAME = "facilitator"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("c", "consensus", "key_consensus"),
        Binding("x", "clear_consensus", "key_clear_consensus"),
        Binding("f5", "refresh_view", "key_refresh"),
        Binding("escape", "app.pop_screen", "key_back", show=False),
    ]
    DEFAULT_CSS = """
    FacilitatorScreen DataTable { height: auto; max-height: 45%; margin: 0 1; }
    FacilitatorScreen .section-title { margin: 1 1 0 1; }
    FacilitatorScreen #hidden-note { color: $text-muted; margin: 0 1; height: auto; }
    """

    def __init__(self, facilitation: Facilitation) -> None:
        super().__init__()
        self.facilitation = facilitation
        self.summary: WorkshopSummary | None = None

    @classmethod
    def for_session(cls, session: Session | None) -> FacilitatorScreen:
        """The view on the workspace the app has open, in the name of the one answering."""
        assert session is not None, "the facilitator view needs an open workspace"
        return cls(session.facilitation())

    def compose(self) -> ComposeResult:
        yield TitleBar(self.t("fac_title"), self.facilitation.engagement().organization)
        yield Static(id="people-title", classes="section-title")
        yield DataTable(id="people", cursor_type="row", zebra_stripes=True)
        yield Static(self.t("fac_hotspots"), classes="section-title")
        yield DataTable(id="hotspots", cursor_type="row", zebra_stripes=True)
        yield Static(id="hidden-note", markup=False)
        yield WorkshopFooter()

    def on_mount(self) -> None:
        super().on_mount()
        self._columns()
        self.action_refresh_view()
        self.set_interval(REFRESH_EVERY_S, self.action_refresh_view)

    def fill(self) -> None:
        self._columns()
        self.action_refresh_view()

    def _columns(self) -> None:
        people = self.query_one("#people", DataTable)
        total = len(self.facilitation.questionnaire().questions)
        widths = {"col_answered": BAR_CELLS + 2 + 2 * len(str(total))}  # a Content is not measured
        for key in (
            "col_name",
            "col_role",
            "col_answered",
            "col_position",
            "col_last",
            "col_status",
        ):
            people.add_column(self.t(key), key=key, width=widths.get(key))
        hotspots = self.query_one("#hotspots", DataTable)
        for key in ("col_question", "col_agreement", "col_spread", "col_gap", "col_consensus"):
            hotspots.add_column(self.t(key), key=key)

    # -- refreshing ------------------------------------------------------------------------

    def action_refresh_view(self) -> None:
        try:
            self._refresh()
        except AssessError as exc:
            self.app.report_error(exc)

    def _refresh(self) -> None:
        door = self.facilitation
        q = door.questionnaire()
        sessions = door.participant_sessions()
        rows = people_rows(door.activity(), sessions, q, datetime.now(UTC), self.lang)
        matrix = matrix_from_plain(q, door.everyone())
        self.summary = summarize_workshop(q, matrix, door.decisions(), hotspots=len(q.questions))
        self.query_one("#people-title", Static).update(
            self.t(
                "fac_people",
                n=len(rows),
                done=sum(r.finished for r in rows),
                active=sum(r.active for r in rows),
            )
        )
        self._fill(
            "#people",
            [
                (
                    r.name,
                    r.role,
                    Content.assemble(
                        ratio_bar(r.answered, r.total, BAR_CELLS), f" {r.answered}/{r.total}"
                    ),
                    clip(r.position, POSITION_CELLS),
                    r.last,
                    r.status,
                )
                for r in rows
            ],
        )
        spots = hotspot_rows(self.summary, q, self.lang)
        self._fill(
            "#hotspots",
            [
                (
                    clip(s.text, self._question_cells()),
                    s.agreement,
                    s.std,
                    s.role_gap,
                    s.consensus,
                )
                for s in spots
            ],
            keys=[s.question_id for s in spots],
        )
        hidden = hidden_groups(self.summary)
        note = self.t("fac_hidden_roles", min=self.summary.min_group_size, names=", ".join(hidden))
        self.query_one("#hidden-note", Static).update(note if hidden else "")

    def _question_cells(self) -> int:
        """The question column takes what the numbers leave of the terminal's width."""
        return max(20, self.size.width - NUMBER_COLUMNS_CELLS)

    def on_resize(self) -> None:
        self.action_refresh_view()

    def _fill(
        self, selector: str, rows: list[tuple[object, ...]], keys: list[str] | None = None
    ) -> None:
        """Replace a table's rows, keeping the cursor where it was."""
        table = self.query_one(selector, DataTable)
        cursor = table.cursor_row
        table.clear()
        for index, row in enumerate(rows):
            table.add_row(*row, key=keys[index] if keys else None)
        if rows:
            table.move_cursor(row=min(cursor, len(rows) - 1))

    # -- consensus -------------------------------------------------------------------------

    def selected_question(self) -> str | None:
        table = self.query_one("#hotspots", DataTable)
        if table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return key if isinstance(key, str) else None

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.data_table.id == "hotspots":
            self.action_consensus()

    def action_consensus(self) -> None:
        from assess.ui.screens.consensus import ConsensusScreen

        question_id = self.selected_question()
        if question_id is None or self.summary is None:
            return

        def decided(result: tuple[ConsensusChoice, str] | None) -> None:
            if result is not None:
                self.record(question_id, *result)

        spread = self.summary.question(question_id)
        q = self.facilitation.questionnaire()
        self.app.push_screen(ConsensusScreen(q, spread), decided)

    def record(self, question_id: str, choice: ConsensusChoice, rationale: str) -> None:
        try:
            self.facilitation.decide(question_id, choice, rationale)
        except AssessError as exc:
            self.app.report_error(exc)
            return
        value = choice_label(self.facilitation.questionnaire(), question_id, choice, self.lang)
        self.notify(self.t("cons_saved", question=question_id, value=value))
        self.action_refresh_view()

    def action_clear_consensus(self) -> None:
        question_id = self.selected_question()
        if question_id is None:
            return
        try:
            self.facilitation.undecide(question_id)
        except AssessError as exc:
            self.app.report_error(exc)
            return
        self.notify(self.t("cons_cleared", question=question_id))
        self.action_refresh_view()
