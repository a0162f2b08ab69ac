"""Writing a report from the command line: font checks, the English fallback, what is printed.

Imported by `assess report` and `assess demo` when they run (it pulls in the planner and the
report builder, which start-up does not need).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import click

from assess.errors import BadInput
from assess.models.text import Lang
from assess.report.build import ReportOptions
from assess.report.fonts import INSTALL_FIX, font_support
from assess.report.formats import Format
from assess.report.pdf import write_pdf
from assess.report.pdf_worker import PdfWorker
from assess.report.writer import Written, report_context, write_report
from assess.sources import Assessment


def render_report(
    assessment: Assessment,
    options: ReportOptions,
    targets: dict[str, int],
    out: Path,
    fmt: Format,
    worker: PdfWorker | None = None,
) -> Written:
    """Render; a Chinese PDF this machine cannot render well is refused, the English one written."""
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf_writer = worker.write_pdf if worker else write_pdf
    if fmt == "pdf" and not pdf_ready(options.lang):
        fallback = out.with_name(f"{out.stem}.en{out.suffix}")
        english = replace(options, lang="en")
        context = report_context(assessment, english, targets)
        write_report(context, fallback, fmt, options.logo, pdf_writer)
        raise BadInput.one(
            out,
            "cannot render the Chinese report on this machine; "
            f"wrote the English report to {fallback} instead",
            place="--lang zh",
            fix=INSTALL_FIX,
        )
    context = report_context(assessment, options, targets)
    return write_report(context, out, fmt, options.logo, pdf_writer)


def pdf_ready(lang: Lang) -> bool:
    """Warn about what is missing for a PDF; False when it rules out a Chinese PDF."""
    problems = font_support().problems()
    for problem in problems:
        click.echo(f"warning: {problem} (fix: {INSTALL_FIX})", err=True)
    return lang != "zh" or not problems


def checked_logo(path: Path | None) -> Path | None:
    """The logo file to embed; a missing engagement logo is skipped with a warning."""
    if path is not None and not path.is_file():
        click.echo(f"warning: logo {path} not found; the cover has no logo", err=True)
        return None
    return path


def describe(written: Written) -> str:
    if written.pages is None:
        return f"wrote {written.path}"
    return f"wrote {written.path} ({written.pages} pages)"
