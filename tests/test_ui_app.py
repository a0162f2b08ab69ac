"""The terminal app driven by keys (Textual Pilot): a whole assessment, and what it saves."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Checkbox, Input, OptionList, Select

from assess.models import Evidence
from assess.storage.workspace import Workspace
from assess.ui.app import AssessApp
from assess.ui.screens.questionnaire import QuestionnaireScreen
from assess.ui.state import AppState, save_state
from tests.ui_support import (
    answers_in,
    demo_workspace,
    mini_workspace,
    remember,
    resume_offered,
    screen_text,
    settle,
    text,
    use_home,
)

SIZE = (100, 32)


@pytest.fixture
def home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    return use_home(monkeypatch, tmp_path / "home")


async def type_into(pilot: Pilot[None], selector: str, value: str) -> None:
    pilot.app.screen.query_one(selector, Input).focus()
    await pilot.press(*value)


async def fill_setup(pilot: Pilot[None]) -> None:
    await pilot.press("n")
    await settle(pilot)
    await type_into(pilot, "#organization", "Qinghe 青禾")
    await type_into(pilot, "#industry", "制造")
    await type_into(pilot, "#respondent", "王建国")
    await type_into(pilot, "#role", "CEO")
    await pilot.press("ctrl+s")
    await settle(pilot)


async def answer_everything(pilot: Pilot[None]) -> None:
    """Option 3 with evidence 'example'; N/A with a note where allowed; one 'don't know'."""
    screen = pilot.app.screen
    assert isinstance(screen, QuestionnaireScreen)
    for index, question in enumerate(screen.session.questions):
        assert screen.index == index
        if question.allow_na:
            await pilot.press("tab", *"没有平台", "tab", "n")
        elif index == 1:
            await pilot.press("question_mark")
        else:
            await pilot.press("e", "3")


@pytest.mark.slow
def test_a_manager_goes_from_nothing_to_a_pdf(home: Path) -> None:
    """Set up, answer all, finish, edit a target, export a PDF: the screens and the file agree."""

    async def scenario() -> None:
        app = AssessApp()
        async with app.run_test(size=SIZE) as pilot:
            await fill_setup(pilot)
            assert app.screen_name() == "questionnaire"
            session = app.session
            assert session is not None
            await answer_everything(pilot)
            await settle(pilot)
            assert app.screen_name() == "review"
            assert "未作答（0）" in str(
                app.screen.query_one(OptionList).get_option_at_index(0).prompt
            )
            await pilot.press("f")
            await settle(pilot)
            assert app.screen_name() == "results"
            assert "综合指数" in text(pilot, "#overall-card")
            await check_targets(pilot, session.path)
            await export_pdf(pilot, session.path)

        check_saved(app)

    asyncio.run(scenario())


async def check_targets(pilot: Pilot[None], path: Path) -> None:
    await pilot.press("t")
    await settle(pilot)
    targets = pilot.app.screen.query_one("#targets", OptionList)
    before = str(targets.get_option_at_index(0).prompt)
    await pilot.press("right")
    await pilot.pause()
    after = str(targets.get_option_at_index(0).prompt)
    assert after.rstrip().endswith("✎") and after != before  # marked as set by the user
    with Workspace.open(path) as workspace:
        assert list(workspace.engagement.get().targets) == ["user"]


async def export_pdf(pilot: Pilot[None], path: Path) -> None:
    await pilot.press("x")
    await settle(pilot)
    assert pilot.app.screen_name() == "export"
    await pilot.press("ctrl+s")
    await settle(pilot)
    out = path.with_name(f"{path.stem}-report.pdf")
    assert out.read_bytes()[:5] == b"%PDF-"
    assert str(out) in text(pilot, "#export-status")


def test_the_export_names_respondents_only_when_asked(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "acme.assess"
    mini_workspace(path, {"user.feedback": 4, "data.decisions": 2})

    async def scenario() -> None:
        async with AssessApp(path).run_test(size=SIZE) as pilot:
            await settle(pilot)
            pilot.app.show("export")
            await settle(pilot)
            screen = pilot.app.screen
            for out, named in ((tmp_path / "a.json", False), (tmp_path / "n.json", True)):
                screen.query_one("#out", Input).value = str(out)
                screen.query_one("#names", Checkbox).value = named
                await pilot.press("ctrl+s")
                await settle(pilot)
                assert str(out) in text(pilot, "#export-status")

    asyncio.run(scenario())
    assert "李雷" not in (tmp_path / "a.json").read_text(encoding="utf-8")
    assert "李雷" in (tmp_path / "n.json").read_text(encoding="utf-8")


def check_saved(app: AssessApp) -> None:
    assert app.session is not None
    q, path = app.session.questionnaire, app.session.path
    with Workspace.open(path) as workspace:
        (person,) = workspace.answers.respondents()
        finished = workspace.answers.activity()[0].finished
    assert (person.name, person.role, finished) == ("王建国", "CEO", True)
    assert set(person.answers) == {question.id for question in q.questions}
    for question in q.questions:
        answer = person.answers[question.id]
        if question.allow_na:
            assert (answer.choice, answer.note) == ("na", "没有平台")
        elif question is q.questions[1]:
            assert answer.choice == "dont_know"
        else:
            assert (answer.choice, answer.evidence) == (3, Evidence.EXAMPLE)


def test_resume_offers_the_same_question(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "acme.assess"
    respondent = mini_workspace(path, {"user.feedback": 4})
    with Workspace.open(path) as workspace:
        workspace.answers.set_position(respondent, "data.decisions")
    remember(home, path, respondent, 4)
    assert resume_offered("已答 1/4") == ("决策是否基于数据?", 1)


def test_keys_choose_mark_and_move(home: Path, tmp_path: Path) -> None:
    """Evidence and a note given before the choice are saved with it; ← goes back; Delete clears."""
    path = tmp_path / "acme.assess"
    respondent = mini_workspace(path)

    async def scenario() -> None:
        async with AssessApp(path).run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("a", "tab", *"周报", "tab", "5")
            assert text(pilot, "#question") == "是否检视每个触点的体验?"
            await pilot.press("n")  # allowed here, and the policy needs no note: moves on
            screen = pilot.app.screen
            assert isinstance(screen, QuestionnaireScreen) and screen.index == 2
            await pilot.press("6", "left")  # only three options: 6 does nothing
            await pilot.press("delete")
            await pilot.press("j")
            await pilot.press("up", "enter")  # the jump list: the question before
            assert text(pilot, "#question") == "如何收集用户反馈?"

    asyncio.run(scenario())
    saved = answers_in(path, respondent)
    assert set(saved) == {"user.feedback"}
    assert (saved["user.feedback"].choice, saved["user.feedback"].note) == (5, "周报")
    assert saved["user.feedback"].evidence == Evidence.ARTEFACT


def test_na_without_the_note_it_needs_stays_open_and_is_listed(home: Path, tmp_path: Path) -> None:
    """Under require_note, N/A asks for the note, counts as not answered and is listed for review."""
    path = tmp_path / "acme.assess"
    respondent = mini_workspace(path, {"user.feedback": 4}, na_policy="require_note")

    async def scenario() -> None:
        async with AssessApp(path).run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert text(pilot, "#question") == "是否检视每个触点的体验?"  # resumed here
            await pilot.press("n")
            screen = pilot.app.screen
            assert isinstance(screen, QuestionnaireScreen) and screen.index == 1  # still here
            assert screen.query_one("#note", Input).has_focus
            assert screen.session.open_questions()[0].id == "user.touchpoints"
            await pilot.press("escape", "r")
            await settle(pilot)
            review = pilot.app.screen.query_one(OptionList)
            prompts = [
                str(review.get_option_at_index(i).prompt) for i in range(review.option_count)
            ]
            assert "未作答（2）" in prompts and "“不适用”尚缺说明，暂不计分（1）" in prompts
            held = prompts.index("“不适用”尚缺说明，暂不计分（1）")
            assert review.get_option_at_index(held + 2).id == "na_note:user.touchpoints"

    asyncio.run(scenario())
    assert answers_in(path, respondent)["user.touchpoints"].choice == "na"


def test_language_switches_at_runtime(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "acme.assess"
    mini_workspace(path)

    async def scenario() -> None:
        app = AssessApp(path)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert text(pilot, "#question") == "如何收集用户反馈?"
            await pilot.press("f2")
            await settle(pilot)
            assert text(pilot, "#question") == "How is user feedback collected?"
            assert "Overall" in text(pilot, "#overall")
        assert app.state.lang == "en"

    asyncio.run(scenario())


LONG_PROMPT = (
    "Show the latest feedback summary: who collected it, from which channels (service calls, "
    "reviews, interviews), how many users it covers, which three problems it ranks first, "
    "what was changed because of it and when the users who raised them were told."
)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_a_long_evidence_prompt_is_readable_in_full(
    home: Path, tmp_path: Path, size: tuple[int, int]
) -> None:
    path = tmp_path / "acme.assess"
    mini_workspace(path, edits={"en: Show the latest feedback summary.": f"en: '{LONG_PROMPT}'"})
    save_state(AppState(lang="en"), home / "state.json")

    async def scenario() -> None:
        async with AssessApp(path).run_test(size=size) as pilot:
            await settle(pilot)
            pilot.app.screen.query_one("#question-pane").scroll_end(animate=False)
            await settle(pilot)
            words = [word.strip("▕") for word in screen_text(pilot).split()]  # minus the sidebar
            shown = " ".join(word for word in words if word)
            assert f"What you could show: {LONG_PROMPT}" in shown

    asyncio.run(scenario())


def test_command_palette_opens_results(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "acme.assess"
    mini_workspace(path, {"user.feedback": 4, "data.decisions": 2})

    async def scenario() -> None:
        app = AssessApp(path)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("ctrl+p", *"查看结果")
            await pilot.pause(0.3)
            await pilot.press("enter")
            await settle(pilot)
            assert app.screen_name() == "results"
            assert "58 / 100   3 级 · 实践" in text(pilot, "#overall-card")

    asyncio.run(scenario())


def test_several_respondents_are_asked_who_is_answering(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "acme.assess"
    mini_workspace(path)
    with Workspace.open(path) as workspace:
        workspace.answers.add_respondent("韩梅梅", "CTO")

    async def scenario() -> None:
        app = AssessApp(path)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("end", "enter")  # "+ new respondent"
            await pilot.press(*"Lucy", "enter")
            await settle(pilot)
            assert app.session is not None and app.session.respondent_name == "Lucy"
            assert app.screen_name() == "questionnaire"

    asyncio.run(scenario())
    with Workspace.open(path) as workspace:
        assert [p.name for p in workspace.answers.respondents()] == ["李雷", "韩梅梅", "Lucy"]


def test_open_file_dialog_refuses_what_is_not_a_workspace(home: Path, tmp_path: Path) -> None:
    not_a_workspace = tmp_path / "notes.assess"
    not_a_workspace.write_text("hello", encoding="utf-8")

    async def scenario() -> None:
        app = AssessApp()
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("o", *str(tmp_path / "missing.assess"), "enter")
            assert "找不到文件" in text(pilot, "#problem")
            field = app.screen.query_one("#path", Input)
            field.value = str(not_a_workspace)
            await pilot.press("enter")
            await settle(pilot)
            assert app.screen_name() == "home" and app.session is None
            assert any(str(not_a_workspace) in str(n.message) for n in app._notifications)

    asyncio.run(scenario())


def test_theme_and_typed_set_up_survive(home: Path) -> None:
    """The theme chosen is remembered; switching language keeps what the form holds."""

    async def scenario() -> None:
        app = AssessApp()
        async with app.run_test(size=SIZE) as pilot:
            app.theme = "nord"
            await pilot.press("n")
            await type_into(pilot, "#organization", "Acme")
            await pilot.press("f2")
            await settle(pilot)
            assert app.screen.query_one("#organization", Input).value == "Acme"
            assert app.screen.query_one("#language").value == "zh"  # chosen before the switch

    asyncio.run(scenario())
    assert AssessApp().state.theme == "nord"


def test_results_show_the_spread_of_several_respondents(home: Path, tmp_path: Path) -> None:
    path = demo_workspace(tmp_path)

    async def scenario() -> None:
        app = AssessApp(path)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await pilot.press("enter")  # who is answering: the first respondent
            await settle(pilot)
            await pilot.press("s")
            await settle(pilot)
            assert app.screen_name() == "results"
            spread = text(pilot, "#workshop")
            assert "9 位答题人的看法分布" in spread and "一致度" in spread
            assert "高管" in spread and "一线员工" in spread  # three people each: shown

    asyncio.run(scenario())


def test_the_app_exports_the_office_deliverables(home: Path, tmp_path: Path) -> None:
    """The export screen offers every registered format; each file is written in the background."""
    path = tmp_path / "acme.assess"
    mini_workspace(path, {"user.feedback": 4, "data.decisions": 2})

    async def scenario() -> None:
        async with AssessApp(path).run_test(size=SIZE) as pilot:
            await settle(pilot)
            pilot.app.show("export")
            await settle(pilot)
            screen = pilot.app.screen
            for suffix in ("xlsx", "pptx", "docx"):
                out = tmp_path / f"report.{suffix}"
                screen.query_one("#format", Select).value = suffix  # refused if not offered
                screen.query_one("#out", Input).value = str(out)
                await pilot.press("ctrl+s")
                await settle(pilot)
                assert str(out) in text(pilot, "#export-status")

    asyncio.run(scenario())
    for suffix in ("xlsx", "pptx", "docx"):
        assert (tmp_path / f"report.{suffix}").read_bytes()[:2] == b"PK"  # an Office package
