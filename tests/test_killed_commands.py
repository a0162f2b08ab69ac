"""A command killed at any moment (kill -9, SIGTERM, SIGHUP) leaves no client data behind: no
half-written output, no temporary copy, no process of its own still running."""

from __future__ import annotations

import csv
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from assess.models import Questionnaire
from assess.storage import Workspace
from tests.conftest import MINI

pytestmark = pytest.mark.slow

DELAYS = (0.4, 0.9, 1.6)  # seconds into the command: while it loads, prepares, writes


@pytest.fixture
def private_tmp(tmp_path: Path) -> Path:
    """The commands' own temporary folder (TMPDIR), to see that they leave nothing there."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    return folder


def start(args: list[str | Path], tmp: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "TMPDIR": str(tmp)}
    command = [sys.executable, "-m", "assess", *map(str, args)]
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def stopped(process: subprocess.Popen[bytes], after: float, how: signal.Signals) -> int:
    """The exit status once ``how`` was sent ``after`` seconds in (or the command ended)."""
    time.sleep(after)
    if process.poll() is None:
        process.send_signal(how)
    process.wait(timeout=60)
    return process.returncode


def running_with(marker: str) -> Iterator[int]:
    """Processes whose command line holds ``marker``: the command and the children it forked."""
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker.encode() in (entry / "cmdline").read_bytes():
                    yield int(entry.name)
            except OSError:
                continue


def assert_none_left(marker: str) -> None:
    """No process of the command is left: forked children die with their parent."""
    deadline = time.monotonic() + 10
    while list(running_with(marker)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert list(running_with(marker)) == [], "a child outlived the killed command"


def big_survey(path: Path, q: Questionnaire, rows: int) -> Path:
    ids = [x.id for x in q.questions]
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["name", "role", *ids])
        for n in range(rows):
            writer.writerow(
                [f"员工{n:05d}", "一线员工", *[str(1 + (n + i) % 3) for i in range(len(ids))]]
            )
    return path


@pytest.mark.parametrize("after", DELAYS)
def test_a_killed_import_into_a_new_workspace_leaves_nothing(
    tmp_path: Path, private_tmp: Path, mini: Questionnaire, after: float
) -> None:
    survey = big_survey(tmp_path / f"survey-{after}.csv", mini, 60_000)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "new.assess"
    process = start(["import", survey, "--workspace", target, "--questionnaire", MINI], private_tmp)
    code = stopped(process, after, signal.SIGKILL)
    assert_none_left(str(survey))
    assert code in (0, -9)
    if target.exists():  # it was written before the kill: whole
        assert [p.name for p in folder.iterdir()] == ["new.assess"]
        with Workspace.open(target) as ws:
            assert len(ws.answers.plain()) == 60_000
    else:
        assert code == -9 and list(folder.iterdir()) == []
    assert list(private_tmp.iterdir()) == []


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM, signal.SIGHUP])
@pytest.mark.parametrize("after", DELAYS)
def test_a_stopped_report_leaves_no_half_pdf(
    workspace: Path, tmp_path: Path, private_tmp: Path, after: float, how: signal.Signals
) -> None:
    source = Path(shutil.copy(workspace, tmp_path / f"ws-{after}-{how.name}.assess"))
    out = tmp_path / "report.pdf"
    process = start(["report", source, "-o", out], private_tmp)
    code = stopped(process, after, how)
    assert_none_left(str(source))
    errors = process.stderr.read() if process.stderr else b""
    assert code in (0, -9, 128 + how) and b"Traceback" not in errors, errors
    if out.exists():  # written before the signal came: whole
        assert out.read_bytes().startswith(b"%PDF-") and out.read_bytes().rstrip().endswith(
            b"%%EOF"
        )
    else:
        assert code != 0
    sqlite_own = (source.name + "-wal", source.name + "-shm")  # SQLite's, kept with the source
    left = sorted(p.name for p in tmp_path.iterdir() if p.name not in ("tmp", *sqlite_own))
    assert left == sorted([source.name, *([out.name] if out.exists() else [])])
    assert list(private_tmp.iterdir()) == []
