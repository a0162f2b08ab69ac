"""Golden files of the report: its content (JSON) and its HTML for the demo, in both languages.

Regenerate them with ``make golden`` after a deliberate change, and review the diff.
Charts are embedded as data URLs; in the golden HTML each is replaced by a digest of the chart,
so that a diff shows which chart changed without pages of base64.
"""

from __future__ import annotations

import hashlib
import re
import sys
import tempfile
from datetime import date
from pathlib import Path

from assess.demo import build_demo_workspace
from assess.models.text import Lang
from assess.rendering.html import render_html
from assess.report.build import ReportOptions, report_context
from assess.sources import load_source

FOLDER = Path(__file__).resolve().parent / "golden"
DAY = date(2026, 11, 22)
CHART = re.compile(r"data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)")


def golden_texts(lang: Lang) -> dict[str, str]:
    """The file name and text of each golden file of ``lang``, made from a fresh demo."""
    with tempfile.TemporaryDirectory() as folder:
        assessment = load_source(build_demo_workspace(Path(folder) / "demo.assess"))
    context = report_context(assessment, ReportOptions(lang=lang, day=DAY))
    html = CHART.sub(
        lambda m: f"chart:{hashlib.sha256(m[1].encode()).hexdigest()[:16]}", render_html(context)
    )
    return {
        f"report-context.{lang}.json": context.model_dump_json(indent=2) + "\n",
        f"report.{lang}.html": html,
    }


def write_golden_files() -> None:
    for lang in ("zh", "en"):
        for name, text in golden_texts(lang).items():
            (FOLDER / name).write_text(text, encoding="utf-8")
            print(f"wrote {FOLDER / name}", file=sys.stderr)


if __name__ == "__main__":
    write_golden_files()
