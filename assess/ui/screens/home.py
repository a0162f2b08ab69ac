"""Home: start a new assessment, resume a recent one, open a workspace file; what is installed.

The recent list comes from the small state file at once; progress per workspace and the
installed questionnaires are read by background workers after the screen is up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from assess.ui.messages import FirstFrame, OpenWorkspace
from assess.ui.screens.base import AssessScreen
from assess.ui.state import RecentWorkspace
from assess.ui.text_cells import clip
from assess.ui.widgets.footer import LabelledFooter
from assess.ui.widgets.title_bar import TitleBar

FILE_CELLS = 24  # of a workspace's file name in the recent list

if TYPE_CHECKING:
    from assess.ui.catalog import Installed


@dataclass(frozen=True)
class Progress:
    """What a workspace's file says about one respondent: answers given, finished or not,
    and when they last answered."""

    answered: int
    finished: bool
    last_answer_at: datetime | None


class HomeScreen(AssessScreen):
    SCREEN_NAME = "home"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new", "key_new"),
        Binding("o", "open", "key_open"),
        Binding("delete", "forget", show=False),
        Binding("q", "app.quit", "key_quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._progress: dict[str, Progress | None] = {}
        self._installed: tuple[Installed, ...] | None = None

    def compose(self) -> ComposeResult:
        yield TitleBar(self.t("app_title"))
        with Vertical(id="home-body"):
            yield Static(self._banner(), id="banner")
            yield Static(id="resume")
            with Horizontal(id="home-columns"):
                yield OptionList(id="menu")
                with Vertical(id="installed"):
                    yield Static(self.t("home_questionnaires"), classes="section-title")
                    yield Static(self.t("home_loading"), id="questionnaires")
        yield LabelledFooter()

    def on_mount(self) -> None:
        self._show_menu()

    def on_first_frame(self, _: FirstFrame) -> None:
        """Read in the background only now: the imports it needs would delay the first frame."""
        self._read_progress()
        self.read_questionnaires()

    def on_screen_resume(self) -> None:
        """Back home: the recent list and the progress may have changed."""
        self._show_menu()
        if self.app.started:
            self._read_progress()

    def fill(self) -> None:
        self._show_menu()
        self._show_questionnaires()

    # -- the menu ------------------------------------------------------------------------

    def _banner(self) -> Content:
        return Content.assemble(
            (self.t("app_title"), "bold $accent"), "\n", (self.t("tagline"), "$text-muted")
        )

    def _menu(self) -> list[Option | None]:
        items: list[Option | None] = [
            Option(Content.assemble(("＋ ", "bold $success"), self.t("home_new")), id="new"),
            Option(Content.assemble(("↗ ", "bold $primary"), self.t("home_open")), id="open"),
            None,
            Option(Content.styled(self.t("home_recent"), "bold $text-muted"), disabled=True),
        ]
        recent = self.app.state.recent
        items += [Option(self._recent_prompt(r), id=f"recent:{i}") for i, r in enumerate(recent)]
        if not recent:
            items.append(Option(Content.styled(self.t("home_no_recent"), "italic"), disabled=True))
        return items

    def _recent_prompt(self, recent: RecentWorkspace) -> Content:
        """Who answers in which workspace, how far they got and when they last answered."""
        progress = self._progress.get(recent.path)
        status = self.t("home_loading")
        when = ""
        if progress is not None:
            status = self.t("recent_progress", answered=progress.answered, total=recent.questions)
            if progress.finished:
                status = f"{status} · {self.t('recent_finished')}"
            if progress.last_answer_at is not None:
                local = progress.last_answer_at.astimezone().strftime("%Y-%m-%d %H:%M")
                when = "  ·  " + self.t("recent_last_answer", when=local)
        return Content.assemble(
            ("▶ ", "$accent"),
            (recent.organization, "bold"),
            ("  ·  ", "$text-muted"),
            recent.respondent,
            ("  ·  " + clip(Path(recent.path).name, FILE_CELLS), "$text-muted"),
            "\n   ",
            (status, "$success"),
            (when, "$text-muted"),
        )

    def _show_menu(self) -> None:
        """The menu with the latest workspace highlighted: Enter resumes it."""
        menu = self.query_one("#menu", OptionList)
        menu.set_options(self._menu())
        recent = self.app.state.recent
        menu.highlighted = menu.get_option_index("recent:0") if recent else 0
        hint = ""
        if recent:
            latest = recent[0]
            hint = self.t(
                "home_resume", organization=latest.organization, respondent=latest.respondent
            )
        self.query_one("#resume", Static).update(Content.styled(hint, "$text-success"))
        self.query_one("#resume", Static).display = bool(recent)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id or ""
        if option_id == "new":
            self.action_new()
        elif option_id == "open":
            self.action_open()
        elif option_id.startswith("recent:"):
            self._resume(self.app.state.recent[int(option_id.split(":")[1])])

    def _resume(self, recent: RecentWorkspace) -> None:
        path = Path(recent.path)
        if not path.exists():
            self.app.forget_workspace(recent.path)
            self.notify(self.t("home_missing", path=recent.path), severity="warning")
            self._show_menu()
            return
        self.post_message(OpenWorkspace(path, recent.respondent_id))

    # -- actions -------------------------------------------------------------------------

    def action_new(self) -> None:
        self.app.show("setup")

    def action_open(self) -> None:
        self.app.action_open_workspace()

    def action_forget(self) -> None:
        option = self.query_one("#menu", OptionList).highlighted_option
        option_id = option.id or "" if option is not None else ""
        if option_id.startswith("recent:"):
            self.app.forget_workspace(self.app.state.recent[int(option_id.split(":")[1])].path)
            self._show_menu()

    # -- background reads ----------------------------------------------------------------

    def _read_progress(self) -> None:
        """Answers given per recent workspace. The one open in this app is not opened again
        (that would drop its connection's locks): its session knows."""
        session, known = self.app.session, {}
        if session is not None:
            path = str(session.path.resolve())
            times = [answer.answered_at for answer in session.answers.values()]
            known[path] = Progress(
                len(session.answers), session.finished(), max(times, default=None)
            )
        self.read_progress(known)

    @work(thread=True, exclusive=True, group="home-progress")
    def read_progress(self, known: dict[str, Progress]) -> None:
        """Each workspace through its own connection, in this worker thread."""
        recent = self.app.state.recent
        progress = {r.path: known.get(r.path) or _progress_in(r) for r in recent}
        self.app.call_from_thread(self._show_progress, progress)

    def _show_progress(self, progress: dict[str, Progress | None]) -> None:
        self._progress = progress
        menu = self.query_one("#menu", OptionList)
        highlighted = menu.highlighted
        menu.set_options(self._menu())
        menu.highlighted = highlighted

    @work(thread=True, exclusive=True, group="home-catalog")
    def read_questionnaires(self) -> None:
        from assess.ui.catalog import installed

        self._installed = installed()
        self.app.call_from_thread(self._show_questionnaires)

    def _show_questionnaires(self) -> None:
        if self._installed is not None:
            lines = [self._installed_line(item) for item in self._installed]
            self.query_one("#questionnaires", Static).update(Content("\n").join(lines))

    def _installed_line(self, item: Installed) -> Content:
        q = item.questionnaire
        if q is None:
            return Content.assemble(
                (item.path.name, "bold"),
                "\n  ",
                (self.t("questionnaire_invalid", error=item.error), "$error"),
            )
        facts = self.t(
            "questionnaire_row",
            version=q.version,
            dimensions=len(q.dimensions),
            questions=len(q.questions),
        )
        return Content.assemble(
            ("◆ ", "$accent"), (q.title.get(self.lang), "bold"), "\n  ", (facts, "$text-muted")
        )


def _progress_in(recent: RecentWorkspace) -> Progress | None:
    from assess.errors import AssessError
    from assess.ui.session import progress_in

    try:
        person = progress_in(Path(recent.path), recent.respondent_id)
    except AssessError:
        return None
    if person is None:
        return None
    return Progress(person.answered, person.finished, person.last_answer_at)
