"""`assess report` starts its PDF worker before parsing the command line; it never outlives it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

# The command as a user runs it, with a worker that would take a minute to get ready.
SLOW_WORKER = """
import sys, time
import assess.report.pdf
assess.report.pdf.warm_up = lambda: time.sleep(120)
sys.argv = ["assess", *sys.argv[1:]]
from assess.entry import main
main()
"""


def run_with_slow_worker(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """Raises TimeoutExpired if a worker process is left holding the command's output open."""
    return subprocess.run(
        [sys.executable, "-c", SLOW_WORKER, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_report_without_a_pdf_stops_the_worker(workspace: Path, tmp_path: Path) -> None:
    result = run_with_slow_worker("report", workspace, "-o", tmp_path / "report.html")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    "mistake",
    [["--accent", "red"], ["--lang", "fr"], []],  # a bad option, a click usage error, no -o
    ids=["bad-input", "usage-error", "missing-option"],
)
def test_a_refused_command_leaves_no_worker_behind(
    workspace: Path, tmp_path: Path, mistake: list[str]
) -> None:
    out = ["-o", tmp_path / "report.pdf"] if mistake else []
    result = run_with_slow_worker("report", workspace, *out, *mistake)
    assert result.returncode == 2
    assert not (tmp_path / "report.pdf").exists()
