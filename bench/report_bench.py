"""`assess report` on the demo engagement, end to end, Chinese PDF (PRODUCT.md §5: ≤ 2.0 s)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from assess.demo import build_demo_workspace
from bench.timing import median_seconds, run_assess, verdict

BUDGET_SECONDS = 2.0


def run() -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        workspace = build_demo_workspace(Path(folder) / "demo.assess")
        out = Path(folder) / "report.pdf"
        args = ["report", str(workspace), "-o", str(out), "--lang", "zh"]
        run_assess(args)  # warm the file cache, as a user's second run would be
        median = median_seconds(lambda: run_assess(args), runs=5)
    return [verdict("report zh (demo, end to end)", median, BUDGET_SECONDS)]
