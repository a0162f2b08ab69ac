"""What each WeasyPrint speed-up saves (assess.rendering.tuning), measured patch by patch.

A fresh PDF worker (import, warm-up, render of the demo's report HTML) is timed in CPU seconds
with all the tuning, with none (``ASSESS_WEASYPRINT_TUNING=off``) and without each speed-up in
turn, in alternating rounds, median of ``ROUNDS``. A speed-up that no longer saves about 0.02 s
is not worth its reach into WeasyPrint's internals.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from assess.demo import build_demo_workspace
from assess.rendering.html import render_html
from assess.rendering.tuning import SETTING
from assess.report.build import ReportOptions, report_context
from assess.sources import load_source

ROUNDS = 7
WORTH_S = 0.02

WORKER = """
import contextlib, sys
from pathlib import Path
without = sys.argv[3]
if without == "html_tree":
    import assess.rendering.tuning.html_tree as module
    module.tuned = lambda: False
elif without == "library_search":
    import importlib
    import assess.rendering.tuning.library_search as module
    module.import_without_library_search = lambda: importlib.import_module("weasyprint")
elif without == "deferred_fonttools":
    import assess.rendering.tuning.deferred_fonttools as module
    module.fonttools_deferred = contextlib.nullcontext
elif without:
    import importlib
    modules = {"defer_pseudo_element_styles": "deferred_styles",
               "read_font_files_on_demand": "unread_font_files",
               "keep_text_layouts": "kept_layouts"}
    module = importlib.import_module("assess.rendering.tuning." + modules[without])
    setattr(module, without, lambda: None)
from assess.rendering import pdf
pdf.warm_up()
Path(sys.argv[2]).write_bytes(pdf.render_pdf(Path(sys.argv[1]).read_text("utf-8")).data)
"""

SPEEDUPS = (
    "html_tree",
    "library_search",
    "deferred_fonttools",
    "defer_pseudo_element_styles",
    "read_font_files_on_demand",
    "keep_text_layouts",
)


def _cpu(html: Path, out: Path, without: str, env: dict[str, str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    command = [sys.executable, "-c", WORKER, str(html), str(out), without]
    subprocess.run(command, check=True, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def run() -> list[str]:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        assessment = load_source(build_demo_workspace(folder / "demo.assess"))
        options = ReportOptions(lang="zh", day=date(2026, 11, 22))
        html = folder / "report.html"
        html.write_text(render_html(report_context(assessment, options)), encoding="utf-8")
        tuned_env = {k: v for k, v in os.environ.items() if k != SETTING}
        variants = {"all": ("", tuned_env), "none": ("", {**tuned_env, SETTING: "off"})}
        variants |= {f"without {s}": (s, tuned_env) for s in SPEEDUPS}
        times: dict[str, list[float]] = {name: [] for name in variants}
        for _ in range(ROUNDS):
            for name, (without, env) in variants.items():
                times[name].append(_cpu(html, folder / "out.pdf", without, env))
    median = {name: statistics.median(found) for name, found in times.items()}
    lines = [
        f"WeasyPrint tuning (PDF worker's CPU, median of {ROUNDS}): all {median['all']:.3f} s, "
        f"none {median['none']:.3f} s (saves {median['none'] - median['all']:.3f} s)"
    ]
    for speedup in SPEEDUPS:
        saved = median[f"without {speedup}"] - median["all"]
        verdict = "pays for itself" if saved >= WORTH_S else "within noise: reconsider it"
        lines.append(f"  {speedup}: saves {saved:+.3f} s ({verdict})")
    return lines
