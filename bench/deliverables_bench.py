"""The Office deliverables (issue #20): each written for the demo in at most the PDF's time,
end to end as a user runs `assess report` (printed as a ratio to the PDF, measured here)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from assess.demo import build_demo_workspace
from bench.timing import median_seconds, run_assess

FORMATS = ("xlsx", "pptx", "docx")


def run() -> list[str]:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        workspace = str(build_demo_workspace(folder / "demo.assess"))

        def report(suffix: str) -> float:
            out = str(folder / f"report.{suffix}")
            return median_seconds(lambda: run_assess(["report", workspace, "-o", out]), runs=3)

        pdf = report("pdf")
        lines = []
        for suffix in FORMATS:
            seconds = report(suffix)
            status = "ok" if seconds <= pdf else "OVER BUDGET"
            lines.append(
                f"report {suffix} (demo, end to end): median {seconds:.2f} s, "
                f"{seconds / pdf:.2f}× the PDF's {pdf:.2f} s (budget ≤ 1.0×) {status}"
            )
        return lines
