"""Helpers shared by the benchmarks."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence


def median_seconds(action: Callable[[], object], runs: int = 5) -> float:
    """Median wall time of `runs` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run_assess(args: Sequence[str]) -> None:
    """Run the assess command line in a fresh interpreter, as a user would."""
    subprocess.run([sys.executable, "-m", "assess", *args], check=True, capture_output=True)


def verdict(name: str, value: float, budget: float, unit: str = "s") -> str:
    status = "ok" if value <= budget else "OVER BUDGET"
    return f"{name}: median {value:.3f} {unit} (budget {budget} {unit}) {status}"
