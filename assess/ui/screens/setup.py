"""Set-up: the engagement, the respondent, the questionnaire and the report language."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal, VerticalScroll
from textual.widgets import Button, Input, Label, Select, Static

from assess.paths import user_questionnaires_dir
from assess.ui.labels import UiLang as Lang
from assess.ui.messages import StartAssessment
from assess.ui.places import new_workspace_path
from assess.ui.screens.base import AssessScreen
from assess.ui.widgets.footer import LabelledFooter
from assess.ui.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from assess.models import Questionnaire

TEXT_FIELDS = ("organization", "industry", "size", "respondent", "role")
REQUIRED = ("organization", "respondent")
KEPT_SELECTS = ("questionnaire", "language")  # the profile and form follow the questionnaire


class SetupScreen(AssessScreen):
    SCREEN_NAME = "setup"
    AUTO_FOCUS = "#organization"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "key_back"),
        Binding("ctrl+s", "start", "key_start"),
    ]

    def __init__(self, session: object = None) -> None:
        super().__init__()

    def compose(self) -> ComposeResult:
        yield TitleBar(self.t("setup_title"))
        with VerticalScroll(id="setup-body"):
            yield Static(self.t("setup_intro"), id="intro")
            with Grid(id="form"):
                for name in TEXT_FIELDS:
                    yield Label(self.t(f"field_{name}"), classes="field-label")
                    yield Input(placeholder=self.t(f"hint_{name}"), id=name, compact=True)
                yield Label(self.t("field_questionnaire"), classes="field-label")
                yield self._questionnaire_select()
                yield Label(self.t("field_questionnaire_file"), classes="field-label")
                yield Input(
                    placeholder=self.t("hint_questionnaire_file", folder=user_questionnaires_dir()),
                    id="questionnaire-file",
                    compact=True,
                )
                yield Label(self.t("field_profile"), classes="field-label")
                yield Select[str](
                    [], allow_blank=True, prompt=self.t("profile_none"), id="profile", compact=True
                )
                yield Label(self.t("field_form"), classes="field-label")
                yield Select[str](
                    [(self.t("form_all"), "")], allow_blank=False, id="form-choice", compact=True
                )
                yield Label(self.t("field_language"), classes="field-label")
                yield Select(
                    [(self.t("lang_zh"), "zh"), (self.t("lang_en"), "en")],
                    value=self.lang,
                    allow_blank=False,
                    id="language",
                    compact=True,
                )
                yield Label(self.t("field_file"), classes="field-label")
                yield Input(placeholder=shown_path(self._default_path("")), id="file", compact=True)
            yield Static("", id="problem", classes="problem")
            with Horizontal(id="setup-buttons"):
                yield Button(self.t("setup_start"), id="start", variant="primary", compact=True)
                yield Button(self.t("setup_cancel"), id="cancel", compact=True)
        yield LabelledFooter()

    def _questionnaire_select(self) -> Select[str]:
        from assess.ui.catalog import installed

        choices = [
            (item.questionnaire.title.get(self.lang), str(item.path))
            for item in installed()
            if item.questionnaire is not None
        ]
        value = choices[0][1] if choices else Select.NULL
        return Select(
            choices, value=value, allow_blank=not choices, id="questionnaire", compact=True
        )

    def on_mount(self) -> None:
        super().on_mount()
        self._offer_adaptations()

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "questionnaire":
            self._offer_adaptations(self._chosen("#profile"), self._chosen("#form-choice"))

    def _offer_adaptations(self, profile: str | None = None, form: str | None = None) -> None:
        """The chosen questionnaire's profiles, and its forms with the time each takes; the
        profile and form given stay chosen when the questionnaire offers them."""
        from assess.ui.catalog import installed

        chosen = self.query_one("#questionnaire", Select).value
        q = next(
            (i.questionnaire for i in installed() if str(i.path) == chosen and i.questionnaire),
            None,
        )
        profiles = [(p.name.get(self.lang), p.id) for p in q.profiles] if q else []
        select = self.query_one("#profile", Select)
        select.set_options(profiles)
        select.value = profile if profile in [v for _, v in profiles] else Select.NULL
        forms = self._form_choices(q) if q else [(self.t("form_all"), "")]
        select = self.query_one("#form-choice", Select)
        select.set_options(forms)
        select.value = form if form in [v for _, v in forms] else ""
        select.mutate_reactive(Select.value)  # type: ignore[misc]  # same value, new label

    def _form_choices(self, q: Questionnaire) -> list[tuple[str, str]]:
        from assess.models.fitting import fitted
        from assess.models.reading_time import minutes_to_answer

        forms = [("", self.t("form_all"), q)]
        forms += [(f.id, f.name.get(self.lang), fitted(q, None, f.id)) for f in q.forms]
        return [
            (
                self.t(
                    "form_choice",
                    name=name,
                    n=len(asked.questions),
                    minutes=minutes_to_answer(asked, self.lang),
                ),
                form_id,
            )
            for form_id, name, asked in forms
        ]

    async def relabel(self) -> None:
        """Compose again in the new language, keeping what was typed and chosen."""
        typed = {field.id: field.value for field in self.query(Input)}
        profile, form = self._chosen("#profile"), self._chosen("#form-choice")
        kept = {
            name: self.query_one(f"#{name}", Select).value for name in ("questionnaire", "language")
        }
        await super().relabel()
        for field in self.query(Input):
            field.value = typed.get(field.id, "")
        for name, value in kept.items():
            self.query_one(f"#{name}", Select).value = value
        self._offer_adaptations(profile, form)

    def _default_path(self, organization: str) -> Path:
        return new_workspace_path(organization or "engagement", date.today())

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "organization":
            self.query_one("#file", Input).placeholder = shown_path(self._default_path(event.value))

    def on_input_submitted(self) -> None:
        self.action_start()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "start":
            self.action_start()
        else:
            self.app.pop_screen()

    def action_start(self) -> None:
        from assess.ui.session import NewAssessment

        value = {name: self.query_one(f"#{name}", Input).value.strip() for name in TEXT_FIELDS}
        missing = [self.t(f"field_{name}") for name in REQUIRED if not value[name]]
        typed_file = self.query_one("#questionnaire-file", Input).value.strip()
        chosen = self.query_one("#questionnaire", Select).value
        questionnaire = str(Path(typed_file).expanduser()) if typed_file else chosen
        if missing or not isinstance(questionnaire, str):
            fields = self.t("list_separator").join(missing) or self.t("field_questionnaire")
            self.query_one("#problem", Static).update(self.t("setup_required", fields=fields))
            return
        chosen_file = self.query_one("#file", Input).value.strip()
        language: Lang = "en" if self.query_one("#language", Select).value == "en" else "zh"
        organization = value["organization"]
        new = NewAssessment(
            organization=organization,
            industry=value["industry"],
            size=value["size"],
            respondent=value["respondent"],
            role=value["role"],
            questionnaire=Path(questionnaire),
            language=language,
            profile=self._chosen("#profile"),
            form=self._chosen("#form-choice"),
            path=Path(chosen_file).expanduser()
            if chosen_file
            else self._default_path(organization),
        )
        self.post_message(StartAssessment(new))

    def _chosen(self, selector: str) -> str | None:
        """A select's id value, or None for none (a blank or empty choice)."""
        value = self.query_one(selector, Select).value
        return value if isinstance(value, str) and value else None


def shown_path(path: Path) -> str:
    """A default file as its field can show it whole at 80 columns: ``~/…/folder/name``."""
    try:
        inside = path.relative_to(Path.home())
    except ValueError:
        return str(path)
    if len(inside.parts) <= 2:
        return str(Path("~", inside))
    return str(Path("~", "…", inside.parent.name, inside.name))
