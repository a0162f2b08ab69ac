"""`assess serve`: loopback by default, a warning otherwise, the join code, participant and
facilitator apps."""

from __future__ import annotations

import asyncio
import shutil
import socket
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from assess import serving
from assess.cli import cli, serve_cmd
from assess.cli.serve_cmd import ServePlan
from assess.demo import build_demo_workspace
from assess.errors import BadInput
from assess.storage import Workspace
from tests.web_support import assess_serve


@pytest.fixture(scope="module")
def demo_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_workspace(tmp_path_factory.mktemp("demo") / "demo.assess")


@pytest.fixture
def workspace(demo_workspace: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "workshop.assess"
    shutil.copy(demo_workspace, copy)
    return copy


# -- pure helpers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("LOCALHOST", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.20", False),
        ("workshop.example.com", False),
        ("", False),
    ],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert serving.is_loopback(host) is loopback


def test_join_codes_are_random_unambiguous_and_forgiving_to_type() -> None:
    codes = {serving.new_join_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        head, tail = code.split("-")
        assert len(head) == len(tail) == 4
        assert set(head + tail) <= set(serving.CODE_ALPHABET)
        assert not set(head + tail) & set("01OIL")
    assert serving.code_matches("k7qm 2xpd", "K7QM-2XPD")
    assert serving.code_matches(" K7QM2XPD ", "K7QM-2XPD")
    assert not serving.code_matches("K7QM-2XPE", "K7QM-2XPD")
    assert not serving.code_matches("", "K7QM-2XPD")
    assert not serving.code_matches("", "")


def test_public_url_for_a_wildcard_host_is_a_real_address() -> None:
    assert serving.public_url("127.0.0.1", 8000) == "http://127.0.0.1:8000"
    assert serving.public_url("::1", 9000) == "http://[::1]:9000"
    assert "0.0.0.0" not in serving.public_url("0.0.0.0", 8000)


# -- the command, without a real server -----------------------------------------------------


def run_serve(monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[object, list[ServePlan]]:
    started: list[ServePlan] = []
    monkeypatch.setattr(serve_cmd, "start_server", started.append)
    result = CliRunner().invoke(cli, ["serve", *args])
    return result, started


def test_serve_binds_loopback_by_default(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result, started = run_serve(monkeypatch, str(workspace))
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    [plan] = started
    assert (plan.host, plan.port, plan.warning) == ("127.0.0.1", 8000, None)
    assert plan.url == "http://127.0.0.1:8000"
    assert f"join code:         {plan.join_code}" in result.stdout  # type: ignore[attr-defined]
    assert "warning" not in result.stderr  # type: ignore[attr-defined]
    assert plan.join_url == f"http://127.0.0.1:8000/?code={plan.join_code}"
    assert plan.roles == ("高管", "中层经理", "一线员工") and not plan.free_roles
    assert "▀" in result.stdout or "▄" in result.stdout  # type: ignore[attr-defined]  # the QR code


def test_the_qr_code_holds_the_join_address() -> None:
    drawn = serve_cmd.qr_text("http://192.168.1.20:8000/?code=K7QM-2XPD").splitlines()
    assert len(drawn) > 10 and len({len(line) for line in drawn}) == 1  # a square of blocks
    assert drawn != serve_cmd.qr_text("http://192.168.1.20:8000/?code=K7QM-2XPE").splitlines()


def test_serve_offers_the_roles_given(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result, started = run_serve(
        monkeypatch, str(workspace), "--roles", "董事会, 车间主任，销售,董事会"
    )
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    assert started[0].roles == ("董事会", "车间主任", "销售") and not started[0].free_roles
    _, started = run_serve(monkeypatch, str(workspace), "--free-roles")
    assert started[0].free_roles


def test_serve_elsewhere_warns(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result, started = run_serve(monkeypatch, str(workspace), "--host", "0.0.0.0", "--port", "8123")
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    [plan] = started
    assert plan.host == "0.0.0.0" and plan.port == 8123 and plan.warning
    assert "not on loopback" in result.stderr  # type: ignore[attr-defined]
    assert "anyone with the join code" in result.stderr  # type: ignore[attr-defined]


def test_serve_refuses_what_is_not_a_workspace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bogus = tmp_path / "notes.assess"
    bogus.write_text("hello", encoding="utf-8")
    for path in (bogus, tmp_path / "nope.assess"):
        result, started = run_serve(monkeypatch, str(path))
        assert isinstance(result.exception, BadInput) and started == []  # type: ignore[attr-defined]
    result, started = run_serve(monkeypatch, str(bogus), "--port", "0")
    assert result.exit_code == 2 and started == []  # type: ignore[attr-defined]


# -- a real server on a loopback port, briefly ----------------------------------------------


@pytest.mark.slow
def test_serve_answers_on_loopback_only(workspace: Path) -> None:
    with assess_serve(workspace) as served:
        with urllib.request.urlopen(served.url + "/", timeout=10) as response:
            page = response.read().decode("utf-8")
        assert 'name="code"' in page and "青禾" not in page  # the code before anything else
        address = serving._network_address()
        if address and not address.startswith("127."):
            with socket.socket() as listener_check:
                listener_check.settimeout(2)
                assert listener_check.connect_ex((address, served.port)) != 0  # not on the network
    assert f"join code:         {served.code}" in served.printed and "warning" not in served.printed


# -- the facilitator's view -------------------------------------------------------------------


def test_facilitator_sees_progress_and_records_consensus(workspace: Path) -> None:
    asyncio.run(_facilitator_sees_progress_and_records_consensus(workspace))


async def _facilitator_sees_progress_and_records_consensus(workspace: Path) -> None:
    from textual.widgets import DataTable

    from assess.ui.facilitator_app import FacilitatorApp
    from assess.ui.screens.consensus import ConsensusScreen

    with Workspace.open(workspace) as ws:
        rid = ws.answers.add_respondent("Late Comer", "staff")
        ws.sessions.start(rid)
    app = FacilitatorApp(workspace, "Ann")
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.pause()
        people = app.screen.query_one("#people", DataTable)
        hotspots = app.screen.query_one("#hotspots", DataTable)
        assert people.row_count == 10 and hotspots.row_count > 0
        first = str(hotspots.coordinate_to_cell_key(hotspots.cursor_coordinate).row_key.value)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ConsensusScreen)
        await pilot.press("9", "enter", "enter")  # not an option: refused, stays open
        assert isinstance(app.screen, ConsensusScreen)
        await pilot.press("backspace", "2", "enter", *"we agreed", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, ConsensusScreen)
    with Workspace.open(workspace) as ws:
        [decision] = [d for d in ws.workshop.decisions() if d.question_id == first]
        assert (decision.choice, decision.rationale, decision.decided_by) == (2, "we agreed", "Ann")


def test_the_facilitator_view_is_a_registered_screen_of_the_app(workspace: Path) -> None:
    asyncio.run(_the_facilitator_view_is_a_registered_screen_of_the_app(workspace))


async def _the_facilitator_view_is_a_registered_screen_of_the_app(workspace: Path) -> None:
    from assess.ui.app import AssessApp
    from assess.ui.screens import SCREENS
    from assess.ui.screens.facilitator import FacilitatorScreen
    from assess.ui.session import Session

    assert "facilitator" in SCREENS
    app = AssessApp()
    async with app.run_test(size=(140, 45)) as pilot:
        ws = Workspace.open(workspace)
        first = ws.answers.activity()[0]
        app.session = Session(ws, first.respondent_id)
        app.show("facilitator")
        await pilot.pause()
        assert isinstance(app.screen, FacilitatorScreen)
        assert app.screen.facilitation.facilitator == first.name
        app.session.close()


def test_the_facilitator_view_fits_80x24_in_the_workshop_language(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assess.ui.state import AppState

    # this machine's app was last used in English; the workshop (the engagement) is Chinese
    monkeypatch.setattr("assess.ui.app.load_state", lambda: AppState(lang="en"))
    asyncio.run(_the_facilitator_view_fits_80x24(workspace))


async def _the_facilitator_view_fits_80x24(workspace: Path) -> None:
    from assess.answering import Answering
    from assess.ui.facilitator_app import FacilitatorApp
    from tests.ui_support import screen_text

    with Workspace.open(workspace) as ws:
        rid = ws.answers.add_respondent("Late Comer", "一线员工")
        ws.sessions.start(rid)
        late = Answering(ws, rid)
        late.choose(late.questions[0].id, 2, "", None)
        late.move_to(late.questions[1].id)
        second = late.questions[1].text.zh
    app = FacilitatorApp(workspace, "Ann")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = screen_text(pilot)
    lines = [line for line in shown.splitlines() if line.strip()]
    people = next(i for i, line in enumerate(lines) if "姓名" in line)
    assert "Late Comer" in lines[people + 1]  # still answering: listed first
    assert "1/43" in lines[people + 1] and f"2 {second[:3]}" in lines[people + 1]
    assert lines[people + 1].rstrip().endswith("在线")  # the status is not cut
    hotspots = next(line for line in lines if "一致度" in line and "题目" in line)
    assert "共识" in hotspots  # every column of the hotspots fits
    assert not any("user." in line or "data." in line for line in lines)  # titles, not ids
