"""Keys that do what they say, at 80×24: evidence after the digit, u, N/A only where allowed,
the question's help on h, focus after a language switch, the jump list's marks, the palette's
language."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from assess.models import Evidence
from assess.storage.workspace import Workspace
from assess.ui.app import AssessApp
from assess.ui.screens.questionnaire import QuestionnaireScreen
from tests.ui_support import footer_keys, screen_text, settle, started_workspace, use_home

NARROW = (80, 24)


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The built-in questionnaire, nine questions answered, the tenth on screen."""
    use_home(monkeypatch, tmp_path / "home")
    path = tmp_path / "qinghe.assess"
    started_workspace(path, answered=9)
    return path


def drive(path: Path, steps: Callable[[Pilot[None], QuestionnaireScreen], Awaitable[None]]) -> None:
    async def run() -> None:
        app = AssessApp(path)
        async with app.run_test(size=NARROW) as pilot:
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, QuestionnaireScreen)
            await steps(pilot, screen)

    asyncio.run(run())


def saved(path: Path, question_id: str) -> tuple[object, object]:
    with Workspace.open(path, read_only=True) as ws:
        answer = ws.answers.respondents()[0].answers[question_id]
    return answer.choice, answer.evidence


def test_evidence_keyed_after_the_digit_goes_with_that_answer(workspace: Path) -> None:
    ids: list[str] = []

    async def steps(pilot: Pilot[None], screen: QuestionnaireScreen) -> None:
        ids.extend(q.id for q in screen.session.questions[9:12])
        await pilot.press("3", "a")  # the digit first, then what it rests on
        await pilot.press("e", "2")  # and the other way round
        await settle(pilot)

    drive(workspace, steps)
    assert saved(workspace, ids[0]) == (3, Evidence.ARTEFACT)
    assert saved(workspace, ids[1]) == (2, Evidence.EXAMPLE)


def test_u_stays_on_an_open_question_and_finds_the_next_one(workspace: Path) -> None:
    async def steps(pilot: Pilot[None], screen: QuestionnaireScreen) -> None:
        assert screen.index == 9
        await pilot.press("u")
        assert screen.index == 9  # this one is open: not skipped
        await pilot.press("left", "left", "u")
        assert screen.index == 9  # the first open one from there on

    drive(workspace, steps)


def test_na_shows_in_the_footer_only_where_the_question_allows_it(workspace: Path) -> None:
    async def steps(pilot: Pilot[None], screen: QuestionnaireScreen) -> None:
        allowed = [q.allow_na for q in screen.session.questions]
        strict, lenient = allowed.index(False), allowed.index(True)
        screen.show_question(strict)
        await pilot.pause()
        assert "n" not in footer_keys(pilot)
        screen.show_question(lenient)
        await pilot.pause()
        assert footer_keys(pilot)["n"] == "不适用"

    drive(workspace, steps)


def test_the_help_is_one_key_away_on_a_short_terminal(workspace: Path) -> None:
    async def steps(pilot: Pilot[None], screen: QuestionnaireScreen) -> None:
        helped = next(i for i, q in enumerate(screen.session.questions) if q.help is not None)
        screen.show_question(helped)
        await pilot.pause()
        help_text = screen.session.questions[helped].help
        assert help_text is not None
        assert "h 看说明" in screen_text(pilot) and help_text.zh[:8] not in screen_text(pilot)
        await pilot.press("h")
        await pilot.pause()
        assert help_text.zh[:8] in screen_text(pilot)

    drive(workspace, steps)


def test_every_option_and_dont_know_is_on_screen_at_80x24(workspace: Path) -> None:
    async def steps(pilot: Pilot[None], screen: QuestionnaireScreen) -> None:
        for index, question in enumerate(screen.session.questions):
            screen.show_question(index)
            await pilot.pause()
            shown = "".join(screen_text(pilot).split())
            options = screen.session.questionnaire.options_for(question)
            assert "".join(options[-1].text.zh.split())[:10] in shown, question.id
            assert "?不知道" in shown, question.id

    drive(workspace, steps)


def test_keys_work_at_once_after_switching_the_language(workspace: Path) -> None:
    async def steps(pilot: Pilot[None], screen: QuestionnaireScreen) -> None:
        options = pilot.app.screen.query_one("#options", OptionList)
        before = options.highlighted
        await pilot.press("f2")
        await settle(pilot)
        await pilot.press("down")
        options = pilot.app.screen.query_one("#options", OptionList)
        assert options.highlighted == (before or 0) + 1

    drive(workspace, steps)


def test_the_jump_list_marks_dont_know_apart(workspace: Path) -> None:
    async def steps(pilot: Pilot[None], screen: QuestionnaireScreen) -> None:
        await pilot.press("?", "j")
        await settle(pilot)
        shown = screen_text(pilot)
        assert "✔ 已答   ? 不知道   ○ 未答" in shown
        unsure = screen.session.questions[9].text.zh[:8]
        assert "?" + unsure in "".join(shown.split())  # ✔ would say it was answered

    drive(workspace, steps)


def test_the_command_palette_speaks_the_apps_language(workspace: Path) -> None:
    async def steps(pilot: Pilot[None], screen: QuestionnaireScreen) -> None:
        await pilot.press("ctrl+p")
        await settle(pilot)
        field = pilot.app.screen.query_one(Input)
        assert field.placeholder == "搜索命令…"
        await pilot.press(*"zzzz")
        for _ in range(100):  # Textual adds its "no matches" line after half a second
            if "没有匹配的命令" in screen_text(pilot):
                break
            await pilot.pause(0.1)
        assert "没有匹配的命令" in screen_text(pilot)

    drive(workspace, steps)
