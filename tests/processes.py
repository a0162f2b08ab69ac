"""Run one function in several processes at once (spawned, started together by a barrier)."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from pathlib import Path
from typing import Any

Worker = Callable[[str, int, Any, Any], None]


def run_together(target: Worker, path: Path, workers: int, timeout: float = 300) -> dict[int, Any]:
    """Call ``target(str(path), index, barrier, results)`` in ``workers`` processes.

    Each worker waits on the barrier, then puts ``(index, value)`` on ``results``; returns the
    values by index once every process has exited with status 0.
    """
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(workers)
    results = ctx.Queue()
    processes = [
        ctx.Process(target=target, args=(str(path), i, barrier, results)) for i in range(workers)
    ]
    for process in processes:
        process.start()
    found = dict(results.get(timeout=timeout) for _ in processes)
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    return found
