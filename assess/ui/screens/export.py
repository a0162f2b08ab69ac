"""Export: the leadership report in any registered format, written by a worker thread.

The report is rendered by the report package's own ``render_report`` (the same code as
``assess report``), in-process in the worker; the screen stays responsive and shows progress.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical
from textual.content import Content
from textual.widgets import Button, Checkbox, Input, Label, ProgressBar, Select, Static

from assess.errors import AssessError
from assess.models.text import Lang
from assess.rendering.formats import FORMAT_NAMES, FORMATS, OutputFormat

if TYPE_CHECKING:
    from assess.models.assessment import Assessment
from assess.ui.screens.session_screen import SessionScreen
from assess.ui.widgets.footer import LabelledFooter

STEPS = 3  # read the workspace, prepare the renderer, render


class ExportScreen(SessionScreen):
    SCREEN_NAME = "export"
    AUTO_FOCUS = "#start"
    TITLE_KEY = "export_title"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "export", "key_export"),
        Binding("escape", "app.show('questionnaire')", "key_questionnaire"),
    ]

    written: Path | None = None

    def compose(self) -> ComposeResult:
        yield self.title_bar()
        with Vertical(id="export-body"):
            with Grid(id="export-form"):
                yield Label(self.t("export_format"), classes="field-label")
                yield Select(
                    [(f.upper(), f) for f in FORMAT_NAMES],
                    value="pdf",
                    allow_blank=False,
                    id="format",
                    compact=True,
                )
                yield Label(self.t("export_language"), classes="field-label")
                yield Select(
                    [(self.t("lang_zh"), "zh"), (self.t("lang_en"), "en")],
                    value=self.session.engagement().language,
                    allow_blank=False,
                    id="report-language",
                    compact=True,
                )
                yield Label(self.t("export_path"), classes="field-label")
                yield Input(str(self._default_path("pdf")), id="out", compact=True)
                yield Label(self.t("export_names"), classes="field-label")
                yield Checkbox(self.t("export_names_switch"), id="names", compact=True)
            yield Button(self.t("export_start"), id="start", variant="primary", compact=True)
            yield ProgressBar(total=STEPS, show_eta=False, id="progress")
            yield Static(id="export-status")
        yield LabelledFooter()

    def _default_path(self, fmt: str) -> Path:
        workspace = self.session.path
        return workspace.with_name(f"{workspace.stem}-report.{fmt}")

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "format" and isinstance(event.value, str):
            out = self.query_one("#out", Input)
            out.value = str(
                Path(out.value or self._default_path("pdf")).with_suffix(f".{event.value}")
            )

    def on_button_pressed(self) -> None:
        self.action_export()

    def action_export(self) -> None:
        chosen = self.query_one("#format", Select).value
        fmt = FORMATS[chosen if isinstance(chosen, str) and chosen in FORMATS else "pdf"]
        lang: Lang = "en" if self.query_one("#report-language", Select).value == "en" else "zh"
        names = self.query_one("#names", Checkbox).value
        typed = self.query_one("#out", Input).value.strip()
        out = Path(typed).expanduser() if typed else self._default_path(fmt.name)
        named = next((f for f in FORMATS.values() if out.suffix.lower() in f.suffixes), None)
        if named is not None and named != fmt:  # the file's name says the format, as on the CLI
            fmt = named
            self.query_one("#format", Select).value = named.name
        self.query_one("#start", Button).disabled = True
        self.query_one(ProgressBar).update(progress=0)
        self._status(self.t("export_running"), "$text")
        try:
            assessment = self.session.assessment()
        except AssessError as exc:
            self._finished(None, str(exc))
            return
        self._step()
        self.export(assessment, out, fmt, lang, names)

    @work(thread=True, exclusive=True, group="export")
    def export(
        self, assessment: Assessment, out: Path, fmt: OutputFormat, lang: Lang, names: bool
    ) -> None:
        """Render with the report package, which says what a PDF would miss on this machine."""
        try:
            written = _render(assessment, out, fmt, lang, names, self._step_from_thread, self._warn)
        except (AssessError, OSError) as exc:
            self.app.call_from_thread(self._finished, None, str(exc))
            return
        self.app.call_from_thread(self._finished, written, "")

    def _warn(self, message: str) -> None:
        """Called from the export thread."""
        self.app.call_from_thread(self.notify, message, severity="warning", timeout=15)

    def _step_from_thread(self) -> None:
        self.app.call_from_thread(self._step)

    def _step(self) -> None:
        self.query_one(ProgressBar).advance(1)

    def _finished(self, written: Path | None, problem: str) -> None:
        self.query_one("#start", Button).disabled = False
        self.written = written
        if written is None:
            self._status(self.t("export_failed", error=problem), "$error")
            return
        self.query_one(ProgressBar).update(progress=STEPS)
        self._status(self.t("export_done", path=written), "bold $success")

    def _status(self, text: str, style: str) -> None:
        self.query_one("#export-status", Static).update(Content.styled(text, style))


def _render(
    assessment: Assessment,
    out: Path,
    fmt: OutputFormat,
    lang: Lang,
    names: bool,
    step: Callable[[], None],
    warn: Callable[[str], None],
) -> Path:
    """Render with the same code as ``assess report`` (a logo it cannot use is left out)."""
    from assess.rendering.writer import render_report, resolve_logo
    from assess.report.build import ReportOptions

    options = ReportOptions(lang=lang, logo=resolve_logo(assessment, None, warn), names=names)
    step()
    return render_report(assessment, options, {}, out, fmt, warn).path
