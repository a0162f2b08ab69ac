"""A participant page served in-process for tests, and a browser session's helpers."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path

from aiohttp.test_utils import TestClient, TestServer

from assess.web import guard
from assess.web.server import ServeSettings, build_app

CODE = "ABCD-EFGH"
ROLES = ("高管", "中层经理", "一线员工")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def settings_for(workspace: Path, port: int, free_roles: bool = False) -> ServeSettings:
    return ServeSettings(
        workspace=workspace,
        join_code=CODE,
        roles=ROLES,
        free_roles=free_roles,
        accepted_hosts=guard.accepted_hosts("127.0.0.1", port, f"http://127.0.0.1:{port}"),
    )


@asynccontextmanager
async def served(workspace: Path, free_roles: bool = False) -> AsyncIterator[TestClient]:
    """A client of the participant page on a loopback port (cookies kept, redirects not followed
    unless asked)."""
    port = free_port()
    server = TestServer(
        build_app(settings_for(workspace, port, free_roles)), host="127.0.0.1", port=port
    )
    async with TestClient(server) as client:
        yield client


async def joined(client: TestClient, role: str = "中层经理", name: str = "Li") -> None:
    """Join as a participant: the code, then role and name."""
    response = await client.post(
        "/start",
        data={"code": CODE, "role": role, "name": name, "lang": "zh"},
        allow_redirects=False,
    )
    assert response.status == 303, await response.text()


@dataclass(frozen=True)
class Serving:
    """A running `assess serve` and what it printed."""

    workspace: Path
    port: int
    url: str
    code: str
    printed: str

    @property
    def join_url(self) -> str:
        return f"{self.url}/?code={self.code}"


@contextmanager
def assess_serve(workspace: Path) -> Iterator[Serving]:
    """The real `assess serve` on a free loopback port, until the block ends (then Ctrl+C)."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "assess", "serve", str(workspace), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert process.stdout is not None
    lines = []
    for line in process.stdout:
        lines.append(line)
        if line.startswith("stop with"):
            break
    fields = dict(line.partition(":")[::2] for line in lines if line[:1].isalpha())
    try:
        _wait_until_listening(port, process)
        yield Serving(
            workspace,
            port,
            fields["participants open"].strip(),
            fields["join code"].strip(),
            "".join(lines),
        )
    finally:
        os.killpg(process.pid, signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert "Traceback" not in err, err


def _wait_until_listening(port: int, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError("assess serve did not start listening")
