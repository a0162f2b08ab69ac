"""How fast this machine is right now, so the other figures can be read fairly.

A pure-Python loop of 10 million additions takes about 0.5 s on an unloaded modern core; when
it takes much longer, the machine is shared or throttled and every figure below is inflated.
The same loop on both cores at once shows whether the second core is really there: the report
renders on two, and on a shared virtual machine running both often slows each.
"""

from __future__ import annotations

import os
import statistics
import time
from concurrent.futures import ProcessPoolExecutor

from bench.timing import median_seconds


def _loop() -> int:
    total = 0
    for i in range(10_000_000):
        total += i
    return total


def _timed_loop(_: int) -> float:
    start = time.perf_counter()
    _loop()
    return time.perf_counter() - start


def _both_cores() -> float:
    """The slower of two loops run at once, one per core (median of three tries)."""
    with ProcessPoolExecutor(2) as pool:
        return statistics.median(max(pool.map(_timed_loop, range(2))) for _ in range(3))


def run() -> list[str]:
    seconds = median_seconds(_loop, runs=3)
    load = os.getloadavg()[0]
    return [
        f"machine calibration: 10M-step Python loop median {seconds:.2f} s, "
        f"on both cores at once {_both_cores():.2f} s, load {load:.2f}"
    ]
