"""A participant page served in-process for tests, and a browser session's helpers."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
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
