"""`assess report` on the demo, end to end, zh PDF, against what a user would otherwise use.

In one run, in alternating rounds (median of ``ROUNDS``): `assess report` end to end; headless
Chromium (Debian's `chromium`) printing the same report HTML to PDF; plain WeasyPrint (no
worker, no tuning) writing the same HTML. Wall and CPU time (of the command and its children)
are compared as ratios (PRODUCT.md §5: wall ≤ 0.75 × Chromium). Then the report for 500 and
10,000 respondents against the 9 of the demo (goal: ≤ 2× at 10,000).
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from assess.demo import build_demo_workspace
from assess.loading.questionnaire_loader import (
    DEFAULT_QUESTIONNAIRE,
    find_questionnaire,
    load_questionnaire,
)
from bench.workshop_support import write_survey_csv

ROUNDS = 7
CHROMIUM_GOAL = 0.75  # wall, × Chromium
SCALE_GOAL = 2.0  # report for 10,000 respondents, × the demo's 9
TODAY_S = 0.96  # `assess report` on the demo as measured on a quiet machine (issue 15)
PLAIN_WEASYPRINT = "import sys, weasyprint; weasyprint.HTML(sys.argv[1]).write_pdf(sys.argv[2])"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",
]


def timed(command: Sequence[str | Path]) -> tuple[float, float]:
    """(wall, CPU) seconds of a command and everything it started."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(list(map(str, command)), check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def assess(*args: str | Path) -> list[str | Path]:
    return [sys.executable, "-m", "assess", *args]


def run() -> list[str]:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        return [*comparison_lines(folder), *scale_lines(folder)]


def comparison_lines(folder: Path) -> list[str]:
    workspace = build_demo_workspace(folder / "demo.assess")
    html = folder / "report.html"
    subprocess.run(assess("report", workspace, "-o", html, "--lang", "zh"), check=True)
    chromium = shutil.which("chromium")
    commands = {
        "assess": assess("report", workspace, "-o", folder / "a.pdf", "--lang", "zh"),
        "weasyprint": [sys.executable, "-c", PLAIN_WEASYPRINT, html, folder / "w.pdf"],
    }
    if chromium:
        profile = folder / "chromium-profile"
        commands["chromium"] = [
            chromium,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--print-to-pdf={folder / 'c.pdf'}",
            html.as_uri(),
        ]
    for command in commands.values():
        timed(command)  # warm the file cache, as a user's second run would be
    found: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(ROUNDS):
        for name, command in commands.items():
            found[name].append(timed(command))
    wall = {name: statistics.median(w for w, _ in runs) for name, runs in found.items()}
    cpu = {name: statistics.median(c for _, c in runs) for name, runs in found.items()}
    lines = [
        f"report zh (demo, end to end), median of {ROUNDS} alternating rounds: assess "
        f"{wall['assess']:.2f} s wall / {cpu['assess']:.2f} s CPU; plain WeasyPrint on the same "
        f"HTML {wall['weasyprint']:.2f} / {cpu['weasyprint']:.2f} s (ratio "
        f"{wall['assess'] / wall['weasyprint']:.2f} wall, {cpu['assess'] / cpu['weasyprint']:.2f} "
        "CPU)",
        f"report zh against the {TODAY_S} s measured before this round: "
        f"{wall['assess'] - TODAY_S:+.2f} s (guard rail: at most +0.3 s on a quiet machine)",
        f"PDF size: assess {_kb(folder / 'a.pdf')} KB, plain WeasyPrint {_kb(folder / 'w.pdf')} KB "
        f"({(folder / 'a.pdf').stat().st_size / (folder / 'w.pdf').stat().st_size:.2f}×)",
    ]
    if not chromium:
        return [*lines, "headless Chromium: not installed (the dev set-up installs chromium)"]
    ratio = wall["assess"] / wall["chromium"]
    status = "ok" if ratio <= CHROMIUM_GOAL else "OVER GOAL"
    return [
        *lines,
        f"report zh vs headless Chromium printing the same HTML ({wall['chromium']:.2f} s wall, "
        f"{cpu['chromium']:.2f} s CPU): ratio {ratio:.2f} wall (goal ≤ {CHROMIUM_GOAL}) {status}, "
        f"{cpu['assess'] / cpu['chromium']:.2f} CPU",
    ]


def scale_lines(folder: Path) -> list[str]:
    """The report of 9 (the demo), 500 and 10,000 respondents, end to end (median of 3)."""
    q = load_questionnaire(find_questionnaire(DEFAULT_QUESTIONNAIRE))
    sources = {9: build_demo_workspace(folder / "scale-9.assess")}
    for size in (500, 10_000):
        survey = folder / f"survey-{size}.csv"
        write_survey_csv(q, survey, size)
        sources[size] = folder / f"scale-{size}.assess"
        subprocess.run(
            assess("import", survey, "--workspace", sources[size]), check=True, capture_output=True
        )
    times: dict[int, list[float]] = {size: [] for size in sources}
    for _ in range(3):
        for size, source in sources.items():
            out = folder / f"scale-{size}.pdf"
            times[size].append(timed(assess("report", source, "-o", out, "--lang", "zh"))[0])
    median = {size: statistics.median(found) for size, found in times.items()}
    ratio = median[10_000] / median[9]
    status = "ok" if ratio <= SCALE_GOAL else "OVER GOAL"
    return [
        "report by respondents (end to end, median of 3): "
        + ", ".join(f"{size:,}: {seconds:.2f} s" for size, seconds in median.items())
        + f"; 10,000 / 9 = {ratio:.2f} (goal ≤ {SCALE_GOAL}) {status}",
    ]


def _kb(path: Path) -> int:
    return round(os.path.getsize(path) / 1024)
