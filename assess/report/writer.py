"""Write a report: score, plan, build the context and render it as PDF, HTML or JSON.

Every format is rendered to bytes first and written in one step (``assess.files.outputs``): the
output appears whole or not at all, and never over a workspace or over one of the report's own
inputs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from assess.errors import BadInput
from assess.files.outputs import refuse_target, write_output
from assess.models.assessment import Assessment
from assess.models.text import Lang
from assess.planning.assessment import plan_assessment
from assess.report.build import ReportOptions, build_report_context
from assess.report.context import ReportContext
from assess.report.fonts import INSTALL_FIX, font_support
from assess.report.formats import Format
from assess.report.html import render_html
from assess.report.logo import chosen_logo
from assess.report.pdf import RenderedPdf, render_pdf
from assess.scoring.assessment import score_assessment

PdfRenderer = Callable[[str, Path | None], RenderedPdf]
"""Renders HTML to a PDF's bytes and page count (in-process or in a PdfWorker)."""

Warn = Callable[[str], None]
"""Shows a warning to the user (stderr on the command line, a notification in the app)."""


@dataclass(frozen=True)
class Written:
    path: Path
    pages: int | None = None


def resolve_logo(assessment: Assessment, option: Path | None, warn: Warn) -> Path | None:
    """The logo to embed: the option, else the engagement's (a name in the source's folder)."""
    stored = assessment.engagement.branding.logo
    return chosen_logo(option, stored, Path(assessment.source), warn)


def report_context(
    assessment: Assessment, options: ReportOptions, targets: Mapping[str, int] | None = None
) -> ReportContext:
    scorecard = score_assessment(assessment)
    roadmap = plan_assessment(assessment, targets)
    return build_report_context(assessment, scorecard, roadmap, options)


def write_report(
    context: ReportContext,
    out: Path,
    fmt: Format,
    logo: Path | None,
    inputs: Sequence[Path],
    pdf_renderer: PdfRenderer = render_pdf,
) -> Written:
    """Write one format; `logo` is the only file outside the report assets the PDF may read."""
    if fmt == "json":
        return Written(write_output(out, context.model_dump_json(indent=2).encode(), inputs))
    html = render_html(context)
    if fmt == "html":
        return Written(write_output(out, html.encode("utf-8"), inputs))
    rendered = pdf_renderer(html, logo)
    return Written(write_output(out, rendered.data, inputs), rendered.pages)


def render_report(
    assessment: Assessment,
    options: ReportOptions,
    targets: Mapping[str, int],
    out: Path,
    fmt: Format,
    warn: Warn,
    pdf_renderer: PdfRenderer = render_pdf,
    inputs: Sequence[Path] = (),
) -> Written:
    """Render; a Chinese PDF this machine cannot render well is refused, the English one written.

    ``inputs`` are files besides the source and the logo that the output must never replace.
    """
    read = report_inputs(assessment, options, inputs)
    out.parent.mkdir(parents=True, exist_ok=True)
    refuse_target(out, read)  # before any work: the write checks again
    if fmt == "pdf" and not pdf_ready(options.lang, warn):
        fallback = out.with_name(f"{out.stem}.en{out.suffix}")
        english = replace(options, lang="en")
        context = report_context(assessment, english, targets)
        write_report(context, fallback, fmt, options.logo, read, pdf_renderer)
        raise BadInput.one(
            out,
            "cannot render the Chinese report on this machine; "
            f"wrote the English report to {fallback} instead",
            place="--lang zh",
            fix=INSTALL_FIX,
        )
    context = report_context(assessment, options, targets)
    return write_report(context, out, fmt, options.logo, read, pdf_renderer)


def report_inputs(
    assessment: Assessment, options: ReportOptions, extra: Sequence[Path] = ()
) -> list[Path]:
    """Every file a report reads: its source, its logo and ``extra`` (a questionnaire file)."""
    return [Path(assessment.source), *([options.logo] if options.logo else []), *extra]


def pdf_ready(lang: Lang, warn: Warn) -> bool:
    """Warn about what is missing for a PDF; False when it rules out a Chinese PDF."""
    problems = font_support().problems()
    for problem in problems:
        warn(f"{problem} (fix: {INSTALL_FIX})")
    return lang != "zh" or not problems
