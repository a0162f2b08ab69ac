"""kill -9 while answering: every answer given is in the workspace, and the app resumes there.

The app runs as a real process in a pseudo-terminal; keys are typed into it, and the test waits
for each answer to reach the workspace file before typing the next (reading it through its own
connection), then kills the process with SIGKILL.
"""

from __future__ import annotations

import fcntl
import os
import pty
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from assess.storage.workspace import Workspace
from tests.ui_support import answers_in, mini_workspace, resume_offered, use_home

KEYS_AND_CHOICES = [("4", 4), ("n", "na"), ("3", 3)]


class TerminalApp:
    """`assess app WORKSPACE` in an 80×24 pseudo-terminal; what it draws is read and dropped."""

    def __init__(self, workspace: Path, home: Path) -> None:
        leader, follower = pty.openpty()
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        env = {**os.environ, "ASSESS_HOME": str(home), "TERM": "xterm-256color"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "assess", "app", str(workspace)],
            stdin=follower,
            stdout=follower,
            stderr=follower,
            env=env,
            close_fds=True,
        )
        os.close(follower)
        self.leader = leader
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self) -> None:
        try:
            while os.read(self.leader, 65536):
                pass
        except OSError:
            pass

    def type(self, keys: str) -> None:
        os.write(self.leader, keys.encode())

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)
        os.close(self.leader)


def wait_for(condition: Callable[[], bool], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the app did not get there in time"
        time.sleep(0.05)


def position(path: Path, respondent_id: str) -> str | None:
    with Workspace.open(path) as workspace:
        return workspace.answers.position(respondent_id)


@pytest.mark.slow
def test_kill_9_loses_no_answer_and_resumes_at_the_same_question(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home, path = tmp_path / "home", tmp_path / "acme.assess"
    respondent = mini_workspace(path)
    app = TerminalApp(path, home)
    try:
        wait_for(lambda: position(path, respondent) == "user.feedback")
        for count, (key, _) in enumerate(KEYS_AND_CHOICES, start=1):
            app.type(key)
            wait_for(lambda n=count: len(answers_in(path, respondent)) == n)
        wait_for(lambda: position(path, respondent) == "data.privacy")
    finally:
        app.kill()
    assert app.process.returncode == -signal.SIGKILL

    saved = answers_in(path, respondent)
    questions = ["user.feedback", "user.touchpoints", "data.decisions"]
    assert {q: saved[q].choice for q in saved} == dict(
        zip(questions, [choice for _, choice in KEYS_AND_CHOICES], strict=True)
    )
    assert position(path, respondent) == "data.privacy"
    # started again, the app offers the workspace first and opens it at the same question
    use_home(monkeypatch, home)
    assert resume_offered("已答 3/4") == ("用户数据是否合规使用?", 3)
