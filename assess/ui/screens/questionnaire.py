"""Answering: one question at a time, its options as full sentences, saved the moment given.

Keys: 1–9 choose (as many as the question has options), n N/A (where allowed), ? don't know,
b / e / a evidence basis, Tab the note, ←/→ previous and next, j jump, u next open question,
r review. Choosing saves the answer with its note and evidence and moves on.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Input, Static

from assess.errors import AssessError
from assess.models import Evidence, Question
from assess.models.response import DONT_KNOW, NA, is_value
from assess.ui.messages import EvidenceChosen, GoToQuestion, OptionChosen
from assess.ui.screens.session_screen import SessionScreen
from assess.ui.session import Session
from assess.ui.widgets.answer_options import AnswerOptions, Choice
from assess.ui.widgets.bars import ratio_bar
from assess.ui.widgets.evidence import EvidencePicker
from assess.ui.widgets.footer import LabelledFooter
from assess.ui.widgets.progress import DimensionCount, DimensionProgress

OVERALL_BAR = 24


def _choose_bindings() -> list[BindingType]:
    """Keys 1-9; help lists them as "1-9", the footer as the question has them (``key_display``)."""
    first = Binding("1", "choose(1)", "key_choose", key_display="1-9")
    return [first, *(Binding(str(n), f"choose({n})", show=False) for n in range(2, 10))]


class QuestionnaireScreen(SessionScreen):
    SCREEN_NAME = "questionnaire"
    BINDINGS: ClassVar[list[BindingType]] = [
        *_choose_bindings(),
        Binding("right", "next", "key_move", key_display="←→"),  # the footer: both in one
        Binding("left", "previous", "key_previous", key_display="←", show=False),
        Binding("n", "na", "na"),
        Binding("question_mark", "dont_know", "dont_know", key_display="?"),
        Binding("b", "evidence('belief')", "key_belief", show=False),
        Binding("e", "evidence('example')", "key_example", show=False),
        Binding("a", "evidence('artefact')", "key_artefact", show=False),
        Binding("tab", "toggle_note", "key_note", show=False),
        Binding("delete", "clear", "key_clear", show=False),
        Binding("h", "toggle_help", "key_help_text", show=False),
        Binding("j", "jump", "key_jump"),
        Binding("u", "next_open", "key_open_question", show=False),
        Binding("r", "app.show('review')", "key_review"),
        Binding("s", "app.show('results')", "key_results", show=False),
        Binding("escape", "back", "key_home", show=False),  # in F1: it also leaves the note
    ]

    def __init__(self, session: Session | None) -> None:
        super().__init__(session)
        self.index = self.session.resume_index()
        self._evidence: Evidence | None = None
        self._just_answered: str | None = None  # the question the last digit answered

    @property
    def question(self) -> Question:
        return self.session.questions[self.index]

    def compose(self) -> ComposeResult:
        yield self.title_bar()
        yield Static(id="overall")
        yield DimensionProgress(compact=True, id="strip")
        with Horizontal(id="answering"):
            yield DimensionProgress(compact=False, id="sidebar")
            with Vertical(id="question-pane"):
                yield Static(id="where")
                yield Static(id="question")
                yield Static(id="help")
                yield AnswerOptions(id="options")
                yield EvidencePicker(id="evidence")
                yield Static(id="evidence-prompt")
                yield Static(id="evidence-rule")
                yield Input(id="note", compact=True)
                yield Static(id="status")
        yield LabelledFooter()

    def on_mount(self) -> None:
        self.show_question(self.index)
        self.query_one(AnswerOptions).focus()

    def fill(self) -> None:
        self.show_question(self.index)

    # -- showing a question --------------------------------------------------------------

    def show_question(self, index: int) -> None:
        """Show question `index` and remember it as the resume point."""
        self.index = index
        self._just_answered = None
        question = self.question
        answer = self.session.answers.get(question.id)
        self._evidence = answer.evidence if answer else None
        self.query_one("#note", Input).value = answer.note if answer else ""
        self._show_text(question)
        self.query_one(AnswerOptions).show(
            self._choices(question), answer.choice if answer else None
        )
        self._show_progress()
        self._show_evidence()
        self._show_status()
        self.refresh_bindings()  # the footer's answer keys follow this question's options
        try:
            self.session.move_to(question.id)
        except AssessError as exc:
            self.app.report_error(exc)

    def _show_text(self, question: Question) -> None:
        q, lang = self.session.questionnaire, self.lang
        dimension = q.dimension(question.dimension)
        in_dimension = q.questions_in(dimension.id)
        facts = [self.t("question_of", n=in_dimension.index(question) + 1, count=len(in_dimension))]
        if question.critical is not None:
            facts.append(self.t("critical"))
        if question.weight != 1:
            facts.append(self.t("weight", weight=f"{question.weight:g}"))
        if question.help is not None and not self.help_in_view():
            facts.append(self.t("help_on_key"))  # the help is one key away, and says so
        self.query_one("#where", Static).update(
            Content.assemble(
                (dimension.name.get(lang), "bold $accent"),
                ("  ·  " + "  ·  ".join(facts), "$text-muted"),
            )
        )
        self.query_one("#question", Static).update(self.folded((question.text.get(lang), "bold")))
        help_text = question.help.get(lang) if question.help else ""
        self.query_one("#help", Static).update(self.folded(help_text))
        prompt = q.evidence_prompt_for(question, self.session.respondent_role)
        self.query_one("#evidence-prompt", Static).update(
            self.folded((self.t("evidence_prompt"), "bold"), prompt.get(lang)) if prompt else ""
        )
        answer = self.session.answers.get(question.id)
        policy = self.session.questionnaire.scoring
        needs_note = answer is not None and policy.holds_open(answer.choice, answer.note)
        self.query_one("#note", Input).placeholder = self.t(
            "note_needed_for_na" if needs_note else "note_hint"
        )

    def help_in_view(self) -> bool:
        """Tall terminals show every question's help; short ones on the h key."""
        return not self.has_class("-short") or self.has_class("-help-shown")

    def _choices(self, question: Question) -> list[Choice]:
        options = self.session.questionnaire.options_for(question)
        choices = [Choice(str(n), o.text.get(self.lang), o.value) for n, o in enumerate(options, 1)]
        if question.allow_na:
            choices.append(Choice("n", self.t("choice_na"), NA, special=True))
        return [*choices, Choice("?", self.t("dont_know"), DONT_KNOW, special=True)]

    def _show_progress(self) -> None:
        session, lang = self.session, self.lang
        done, total = len(session.answers), len(session.questions)
        self.query_one("#overall", Static).update(
            Content.assemble(
                (f" {self.t('overall')} ", "bold"),
                ratio_bar(done, total, OVERALL_BAR, "$success"),
                (f" {done}/{total}  ", "bold"),
                (self.t("question_of", n=self.index + 1, count=total), "$text-muted"),
            )
        )
        counts = [
            DimensionCount(
                d.id,
                d.name.get(lang),
                session.answered_in(d.id),
                len(session.questionnaire.questions_in(d.id)),
                d.id == self.question.dimension,
            )
            for d in session.questionnaire.dimensions
        ]
        for panel in self.query(DimensionProgress):
            panel.show(counts)

    def _show_evidence(self) -> None:
        names = {kind: self.t(f"evidence_{kind}") for kind in ("belief", "example", "artefact")}
        chosen = self._evidence.value if self._evidence else None
        self.query_one(EvidencePicker).show(self.t("evidence"), names, chosen)

    def _show_status(self) -> None:
        answer = self.session.answers.get(self.question.id)
        status = Content.styled(self.t("not_answered"), "$text-muted")
        if answer is None and self._just_answered is not None:
            status = Content.styled(self.t("previous_saved"), "$text-muted")
        if answer is not None:
            time = answer.answered_at.astimezone().strftime("%H:%M")
            status = Content.styled("✔ " + self.t("saved", time=time), "$success")
            if self.session.questionnaire.scoring.holds_open(answer.choice, answer.note):
                status = Content.styled("⚠ " + self.t("status_needs_note"), "$warning")
        self.query_one("#status", Static).update(status)

    # -- answering -----------------------------------------------------------------------

    def on_option_list_option_highlighted(self, event: AnswerOptions.OptionHighlighted) -> None:
        """Under the prompt: what evidence the highlighted option asks for, if it says; and
        every option in view, however short the terminal."""
        self.query_one("#question-pane").scroll_to_widget(
            self.query_one(AnswerOptions), animate=False, immediate=True
        )
        options = self.session.questionnaire.options_for(self.question)
        index = event.option_index
        rule = options[index].evidence if index < len(options) else None
        shown = self.query_one("#evidence-rule", Static)
        shown.display = rule is not None
        if rule is not None:
            shown.update(
                self.folded((self.t("evidence_rule", n=index + 1), "bold"), rule.get(self.lang))
            )

    def on_option_chosen(self, message: OptionChosen) -> None:
        self.answer(message.choice)

    def answer(self, choice: int | float | str) -> None:
        """Save the answer now; then move to the next question (or ask for the N/A note)."""
        note = self.query_one("#note", Input).value
        try:
            self.session.choose(self.question.id, choice, note, self._evidence)
        except AssessError as exc:
            self.app.report_error(exc)
            return
        if self.session.questionnaire.scoring.holds_open(choice, note):
            self.show_question(self.index)
            self.notify(self.t("na_needs_note"), severity="warning")
            self.query_one("#note", Input).focus()
            return
        self._advance()

    def _advance(self) -> None:
        answered = self.question.id
        if self.index + 1 < len(self.session.questions):
            self.show_question(self.index + 1)
            self._just_answered = answered  # b/e/a now say what that answer rests on
            self._show_status()
        elif self.session.open_questions():
            self.action_next_open()
        else:
            self.show_question(self.index)
            self.app.show("review")

    def on_go_to_question(self, message: GoToQuestion) -> None:
        message.stop()
        ids = [q.id for q in self.session.questions]
        if message.question_id in ids:
            self.show_question(ids.index(message.question_id))

    def on_evidence_chosen(self, message: EvidenceChosen) -> None:
        self.action_evidence(message.evidence)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "note":
            self._amend()

    def _amend(self) -> None:
        note = self.query_one("#note", Input).value
        try:
            self.session.amend(self.question.id, note, self._evidence)
        except AssessError as exc:
            self.app.report_error(exc)
        self._show_status()

    # -- actions -------------------------------------------------------------------------

    def action_choose(self, number: int) -> None:
        options = self.session.questionnaire.options_for(self.question)
        if 1 <= number <= len(options):
            self.answer(options[number - 1].value)

    def action_na(self) -> None:
        if self.question.allow_na:
            self.answer(NA)

    def action_dont_know(self) -> None:
        self.answer(DONT_KNOW)

    def action_evidence(self, kind: str) -> None:
        chosen = Evidence(kind)
        previous = self._just_answered
        if (  # "3 e": the answer just given has none yet ("e 3" keeps working as before)
            previous is not None
            and self.question.id not in self.session.answers
            and self.session.answers[previous].evidence is None
            and is_value(self.session.answers[previous].choice)  # not N/A, not don't know
        ):
            self._evidence_for_previous(previous, chosen)
            return
        self._evidence = None if self._evidence == chosen else chosen
        self._show_evidence()
        self._amend()

    def _evidence_for_previous(self, question_id: str, chosen: Evidence) -> None:
        """Evidence keyed right after the digit: it belongs to the answer just given."""
        try:
            self.session.amend(question_id, self.session.answers[question_id].note, chosen)
        except AssessError as exc:
            self.app.report_error(exc)
            return
        name = self.t(f"evidence_{chosen.value}")
        self.notify(self.t("evidence_for_previous", evidence=name), timeout=3)

    def action_clear(self) -> None:
        try:
            self.session.clear(self.question.id)
        except AssessError as exc:
            self.app.report_error(exc)
        self.show_question(self.index)

    def action_next(self) -> None:
        if self.index + 1 < len(self.session.questions):
            self.show_question(self.index + 1)

    def action_previous(self) -> None:
        if self.index > 0:
            self.show_question(self.index - 1)

    def action_next_open(self) -> None:
        """The first open question from this one on (this one, if it is open)."""
        ids = [q.id for q in self.session.questions]
        open_ids = {q.id for q in self.session.open_questions()}
        order = ids[self.index :] + ids[: self.index]
        following = next((qid for qid in order if qid in open_ids), None)
        if following is None:
            self.notify(self.t("all_answered"))
        else:
            self.show_question(ids.index(following))

    def action_jump_dimension(self, dimension_id: str) -> None:
        questions = self.session.questionnaire.questions_in(dimension_id)
        target = next((q for q in questions if q.id not in self.session.answers), questions[0])
        self.show_question(self.session.questions.index(target))

    def action_jump(self) -> None:
        from assess.ui.screens.jump import JumpScreen

        def jumped(index: int | None) -> None:
            if index is not None:
                self.show_question(index)

        self.app.push_screen(JumpScreen(self.session, self.index), jumped)

    def on_resize(self) -> None:
        self.call_after_refresh(self._show_text, self.question)  # tall or short now

    def action_toggle_help(self) -> None:
        self.toggle_class("-help-shown")
        self._show_text(self.question)

    def action_toggle_note(self) -> None:
        note = self.query_one("#note", Input)
        if note.has_focus:
            self.query_one(AnswerOptions).focus()
        else:
            note.focus()

    def action_back(self) -> None:
        if self.query_one("#note", Input).has_focus:
            self.query_one(AnswerOptions).focus()
        else:
            self.app.pop_screen()

    def key_display(self, binding: Binding) -> str | None:
        """The answer keys as this question has them: "1-6", "1-3"."""
        if binding.action != "choose(1)":
            return None
        count = len(self.session.questionnaire.options_for(self.question))
        return "1" if count == 1 else f"1-{count}"

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "na":  # N/A only where the question allows it: not even in the footer
            return self.question.allow_na
        return True
