"""The participant page (issue #18): 30 phones answering at once through one `assess serve` on
this machine. Figures: the server's peak memory (≤ 250 MB in total) and the p95 time to save
an answer, measured at the client (≤ 100 ms), beside what the page replaced: textual-serve
started a Python process per browser (20 connections took 742 MB before any answer)."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

from assess.demo import build_demo_workspace
from assess.storage import Workspace

PARTICIPANTS = 30
PAUSE_S = (0.05, 0.25)  # between two answers: some 20 times faster than people read
MEMORY_BUDGET_MB = 250.0
SAVE_P95_BUDGET_MS = 100.0
TEXTUAL_SERVE_MB_FOR_20 = 742.0  # measured in issue #18, before any answer


def run() -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        workspace = build_demo_workspace(Path(folder) / "workshop.assess")
        with Workspace.open(workspace) as ws:
            questions = len(ws.asked().questions)
        process, url, code = _serve(workspace)
        try:
            saves = asyncio.run(_workshop(url, code, questions))
            peak_mb = _peak_rss_mb(process.pid)
        finally:
            os.killpg(process.pid, signal.SIGINT)
            process.communicate(timeout=30)
        with Workspace.open(workspace, read_only=True) as ws:
            kept = sum(len(p.answers) for p in ws.answers.respondents()[-PARTICIPANTS:])
    p95_ms = statistics.quantiles(saves, n=20)[18] * 1000
    lost = PARTICIPANTS * questions - kept
    per_20 = peak_mb / TEXTUAL_SERVE_MB_FOR_20
    save_status = "ok" if p95_ms <= SAVE_P95_BUDGET_MS and not lost else "OVER BUDGET"
    memory_status = "ok" if peak_mb <= MEMORY_BUDGET_MB else "OVER BUDGET"
    return [
        f"serve: {PARTICIPANTS} participants × {questions} answers, p95 save {p95_ms:.1f} ms "
        f"(budget {SAVE_P95_BUDGET_MS:g} ms), {lost} lost {save_status}",
        f"serve: peak memory {peak_mb:.0f} MB for {PARTICIPANTS} participants (budget "
        f"{MEMORY_BUDGET_MB:g} MB) {memory_status}; {per_20:.2f}× what textual-serve took for "
        "20 before any answer",
    ]


def _serve(workspace: Path) -> tuple[subprocess.Popen[str], str, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "assess", "serve", str(workspace), "--port", str(_free_port())],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert process.stdout is not None
    fields = {}
    for line in process.stdout:
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
        if line.startswith("stop with"):
            break
    return process, fields["participants open"], fields["join code"]


async def _workshop(url: str, code: str, questions: int) -> list[float]:
    await _until_listening(url)
    saves: list[float] = []
    await asyncio.gather(
        *(_participant(url, code, n, questions, saves) for n in range(PARTICIPANTS))
    )
    return saves


async def _until_listening(url: str) -> None:
    async with aiohttp.ClientSession() as session:
        for _ in range(300):
            try:
                async with session.get(url + "/"):
                    return
            except aiohttp.ClientConnectionError:
                await asyncio.sleep(0.1)


async def _participant(
    url: str, code: str, number: int, questions: int, saves: list[float]
) -> None:
    rng = random.Random(number)
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as session:
        joined = {"code": code, "role": "中层经理", "name": f"P{number}", "lang": "zh"}
        async with session.post(url + "/start", data=joined, allow_redirects=False) as response:
            assert response.status == 303, await response.text()
        for index in range(1, questions + 1):
            await asyncio.sleep(rng.uniform(*PAUSE_S))
            answer = {"choice": str(rng.randint(1, 5)), "evidence": "example", "go": "next"}
            start = time.perf_counter()
            async with session.post(
                f"{url}/q/{index}", data=answer, allow_redirects=False
            ) as response:
                assert response.status == 303, await response.text()
            saves.append(time.perf_counter() - start)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _peak_rss_mb(pid: int) -> float:
    """The server's peak resident memory (VmHWM), with any children it started."""
    total = 0.0
    for process in [str(pid), *_children(pid)]:
        status = Path(f"/proc/{process}/status").read_text()
        peak_kb = next(
            int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM")
        )
        total += peak_kb / 1024
    return total


def _children(pid: int) -> list[str]:
    found = Path(f"/proc/{pid}/task/{pid}/children")
    return found.read_text().split() if found.exists() else []
