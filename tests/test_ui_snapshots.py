"""Snapshots of the main screens (pytest-textual-snapshot), in Chinese at 80×24 and at larger
sizes. Stable across runs: fixed answer times, UTC, workers awaited, cursors not blinking,
file paths shown replaced by fixed ones. Update with ``pytest --snapshot-update``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from assess.storage import rows
from assess.ui.app import AssessApp
from tests.ui_support import (
    ANSWERED_AT,
    demo_workspace,
    keys,
    remember,
    started_workspace,
    use_home,
)

Compare = Callable[..., bool]
NARROW, MEDIUM, WIDE = (80, 24), (100, 32), (120, 40)


@pytest.fixture
def home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    return use_home(monkeypatch, tmp_path / "home")


@pytest.fixture
def started(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The built-in questionnaire, nine questions answered (saved at a fixed time)."""
    monkeypatch.setattr(rows, "now", lambda: ANSWERED_AT.isoformat())
    path = tmp_path / "qinghe.assess"
    started_workspace(path, answered=9)
    return path


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return demo_workspace(tmp_path)


def test_home(snap_compare: Compare, home: Path, started: Path) -> None:
    remember(home, started, _first_respondent(started), 36)
    assert snap_compare(AssessApp(), terminal_size=NARROW, run_before=keys())


def test_setup(snap_compare: Compare, home: Path) -> None:
    fixed = "~/.local/share/assess/workspaces/青禾智造集团-2026-11-22.assess"

    async def steps(pilot: Pilot[None]) -> None:
        await keys("n", fixed_path=fixed)(pilot)
        own = pilot.app.screen.query_one("#questionnaire-file", Input)
        own.placeholder = own.placeholder.replace(str(home), "~/.local/share/assess")

    assert snap_compare(AssessApp(), terminal_size=NARROW, run_before=steps)


def test_questionnaire_zh_80x24(snap_compare: Compare, home: Path, started: Path) -> None:
    assert snap_compare(AssessApp(started), terminal_size=NARROW, run_before=keys())


def test_questionnaire_en_120x40(
    snap_compare: Compare, started: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_home(monkeypatch, tmp_path / "home", lang="en")
    assert snap_compare(AssessApp(started), terminal_size=WIDE, run_before=keys())


def test_questionnaire_zh_120x40(snap_compare: Compare, home: Path, started: Path) -> None:
    assert snap_compare(AssessApp(started), terminal_size=WIDE, run_before=keys())


def test_jump_list(snap_compare: Compare, home: Path, started: Path) -> None:
    assert snap_compare(AssessApp(started), terminal_size=MEDIUM, run_before=keys("j"))


def test_review(snap_compare: Compare, home: Path, started: Path) -> None:
    assert snap_compare(AssessApp(started), terminal_size=MEDIUM, run_before=keys("r"))


def test_who_is_answering(snap_compare: Compare, home: Path, demo: Path) -> None:
    assert snap_compare(AssessApp(demo), terminal_size=NARROW, run_before=keys())


def test_results_zh_120x40(snap_compare: Compare, home: Path, demo: Path) -> None:
    assert snap_compare(AssessApp(demo), terminal_size=WIDE, run_before=keys("enter"))


def test_results_zh_80x24(snap_compare: Compare, home: Path, demo: Path) -> None:
    assert snap_compare(AssessApp(demo), terminal_size=NARROW, run_before=keys("enter"))


def test_targets(snap_compare: Compare, home: Path, demo: Path) -> None:
    steps = keys("enter", "t", "down", "right")
    assert snap_compare(AssessApp(demo), terminal_size=MEDIUM, run_before=steps)


def test_roadmap(snap_compare: Compare, home: Path, demo: Path) -> None:
    steps = keys("enter", "m", "right")
    assert snap_compare(AssessApp(demo), terminal_size=WIDE, run_before=steps)


def test_export(snap_compare: Compare, home: Path, demo: Path) -> None:
    steps = keys("enter", "x", fixed_path="~/assessments/qinghe-report.pdf")
    assert snap_compare(AssessApp(demo), terminal_size=MEDIUM, run_before=steps)


def test_help(snap_compare: Compare, home: Path, started: Path) -> None:
    assert snap_compare(AssessApp(started), terminal_size=MEDIUM, run_before=keys("f1"))


def _first_respondent(path: Path) -> str:
    from assess.storage.workspace import Workspace

    with Workspace.open(path) as workspace:
        return workspace.answers.respondents()[0].id
