"""Shared by the terminal-app tests: a private app home, workspaces to open, screen reading."""

from __future__ import annotations

import asyncio
import contextlib
import html
import re
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static
from textual.worker import WorkerCancelled

from assess.demo import build_demo_workspace
from assess.loading.questionnaire_loader import find_questionnaire
from assess.models import Answer, Engagement, Evidence
from assess.storage.workspace import Workspace
from assess.ui.app import AssessApp
from assess.ui.session import NewAssessment, Session
from assess.ui.state import AppState, RecentWorkspace, save_state
from assess.ui.widgets.folding import Folded
from tests.conftest import FIXTURES

OPENED_AT = "2026-11-20T08:30:00+00:00"
ANSWERED_AT = datetime(2026, 11, 20, 8, 45, tzinfo=UTC)
EVIDENCE = [Evidence.EXAMPLE, Evidence.ARTEFACT, Evidence.BELIEF]


def use_home(monkeypatch: pytest.MonkeyPatch, folder: Path, lang: str = "zh") -> Path:
    """Point the app at a private home (state file, new workspaces); times shown in UTC."""
    monkeypatch.setenv("ASSESS_HOME", str(folder))
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    if lang != "zh":
        save_state(AppState(lang="en"), folder / "state.json")
    return folder


def mini_workspace(
    path: Path,
    answers: dict[str, int | str] | None = None,
    na_policy: str = "exclude",
    edits: dict[str, str] | None = None,
) -> str:
    """A workspace on the mini questionnaire (its text changed by `edits`) with one respondent;
    returns their id."""
    text = (FIXTURES / "mini.yaml").read_text(encoding="utf-8")
    for old, new in {"na_policy: exclude": f"na_policy: {na_policy}", **(edits or {})}.items():
        assert old in text
        text = text.replace(old, new)
    with Workspace.create(
        path,
        questionnaire_yaml=text,
        roadmap_yaml=(FIXTURES / "mini.roadmap.yaml").read_text(encoding="utf-8"),
        engagement=Engagement(organization="示例公司 Acme", industry="零售", language="zh"),
    ) as workspace:
        respondent = workspace.answers.add_respondent("李雷", "CEO")
        for question, choice in (answers or {}).items():
            workspace.answers.save(
                respondent, question, Answer(choice=choice, answered_at=ANSWERED_AT)
            )
    return respondent


def started_workspace(path: Path, answered: int) -> str:
    """The built-in questionnaire, one respondent who answered the first questions and is on
    the next one (created as the set-up screen does); returns their id."""
    new = NewAssessment(
        organization="青禾智造集团",
        industry="装备制造",
        size="2,400 人",
        respondent="王建国",
        role="数字化中心总监",
        questionnaire=find_questionnaire("internet-thinking"),
        language="zh",
        path=path,
    )
    session = Session.create(new)
    for number, question in enumerate(session.questions[:answered]):
        answer = Answer(
            choice=2 + number % 3,
            evidence=EVIDENCE[number % 3],
            note="客服记录里有大量改进建议。" if number == 2 else "",
            answered_at=ANSWERED_AT,
        )
        session.workspace.answers.save(session.respondent_id, question.id, answer)
    session.move_to(session.questions[answered].id)
    session.close()
    return session.respondent_id


def demo_workspace(folder: Path) -> Path:
    """The sample engagement: nine respondents who have all finished."""
    return build_demo_workspace(folder / "demo.assess")


def remember(home: Path, path: Path, respondent_id: str, questions: int) -> None:
    """A state file whose recent list holds this workspace (fixed time, for snapshots)."""
    with Workspace.open(path) as workspace:
        organization = workspace.engagement.get().organization
        name = workspace.answers.respondent(respondent_id).name
    entry = RecentWorkspace(str(path), organization, respondent_id, name, questions, OPENED_AT)
    save_state(AppState(recent=[entry]), home / "state.json")


def text(pilot: Pilot[None], selector: str) -> str:
    """What a Static on the current screen shows, as plain text."""
    shown = pilot.app.screen.query_one(selector, Static)
    if isinstance(shown.content, Folded):
        return shown.content.text.plain
    return str(shown.render())


def footer_keys(pilot: Pilot[None]) -> dict[str, str]:
    """The footer as a user reads it: each shown key and what it does."""
    keys = pilot.app.screen.query("Footer FooterKey")  # by name: Textual keeps the class private
    return {key.key_display: key.description for key in keys}


def screen_text(pilot: Pilot[None]) -> str:
    """What the terminal shows now, line by line (from Textual's own screenshot)."""
    svg = pilot.app.export_screenshot()
    rows: dict[float, list[tuple[float, str]]] = {}
    for match in re.finditer(r'<text[^>]* x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)</text>', svg):
        x, y, shown = float(match[1]), float(match[2]), html.unescape(match[3])
        rows.setdefault(y, []).append((x, shown.replace("\xa0", " ")))
    return "\n".join("".join(part for _, part in sorted(row)) for _, row in sorted(rows.items()))


async def opened(pilot: Pilot[None]) -> None:
    """Wait until the workspace the app was started with is open (or who answers is asked)."""
    app = pilot.app
    assert isinstance(app, AssessApp)
    for _ in range(200):
        if app.initial_workspace is None or app.session is not None or app.screen.is_modal:
            return
        await pilot.pause(0.05)
    raise AssertionError("the workspace did not open")


async def settle(pilot: Pilot[None]) -> None:
    """Let background workers finish (or be replaced) and the screen catch up; hide blinking
    cursors."""
    await opened(pilot)
    for worker in list(pilot.app.workers):
        with contextlib.suppress(WorkerCancelled):
            await worker.wait()
    await pilot.pause()
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()


def answers_in(path: Path, respondent_id: str) -> dict[str, Answer]:
    with Workspace.open(path) as workspace:
        return workspace.answers.respondent(respondent_id).answers


def resume_offered(progress: str) -> tuple[str, int]:
    """Start the app: its home must offer the latest workspace first, showing `progress`, and
    Enter must open it. Returns the question then shown and the answers the session holds."""
    found: list[tuple[str, int]] = []

    async def scenario() -> None:
        app = AssessApp()
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            menu = app.screen.query_one("#menu", OptionList)
            assert menu.highlighted_option is not None
            assert progress in str(menu.highlighted_option.prompt)
            await pilot.press("enter")
            await settle(pilot)
            assert app.screen_name() == "questionnaire" and app.session is not None
            found.append((text(pilot, "#question"), len(app.session.answers)))

    asyncio.run(scenario())
    return found[0]


def keys(*pressed: str, fixed_path: str = "") -> Callable[[Pilot[None]], Awaitable[None]]:
    """Press the keys, waiting for workers after each; show `fixed_path` in a path field."""

    async def run(pilot: Pilot[None]) -> None:
        await settle(pilot)
        for key in pressed:
            await pilot.press(key)
            await settle(pilot)
        for field in pilot.app.screen.query(Input).filter("#out, #file"):
            field.value, field.placeholder = fixed_path, fixed_path

    return run
