"""How fast this machine is right now, so the other figures can be read fairly.

A pure-Python loop of 10 million additions takes about 0.5 s on an unloaded modern core; when
it takes much longer, the machine is shared or throttled and every figure below is inflated.
"""

from __future__ import annotations

import os

from bench.timing import median_seconds


def _loop() -> int:
    total = 0
    for i in range(10_000_000):
        total += i
    return total


def run() -> list[str]:
    seconds = median_seconds(_loop, runs=3)
    load = os.getloadavg()[0]
    return [f"machine calibration: 10M-step Python loop median {seconds:.2f} s, load {load:.2f}"]
