"""Write a report: score, plan, build the context and render it as PDF, HTML or JSON."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from assess.errors import BadInput
from assess.models.text import Lang
from assess.planning.assessment import plan_assessment
from assess.report.build import ReportOptions, build_report_context
from assess.report.context import ReportContext
from assess.report.fonts import INSTALL_FIX, font_support
from assess.report.formats import Format
from assess.report.html import render_html
from assess.report.pdf import write_pdf
from assess.scoring.assessment import score_assessment
from assess.sources import Assessment

PdfWriter = Callable[[str, Path, Path | None], int]
"""Writes HTML to a PDF file and returns the page count (in-process or in a PdfWorker)."""

Warn = Callable[[str], None]
"""Shows a warning to the user (stderr on the command line, a notification in the app)."""


@dataclass(frozen=True)
class Written:
    path: Path
    pages: int | None = None


def resolve_logo(assessment: Assessment, option: Path | None) -> Path | None:
    """The logo to embed: the option, else the engagement's (relative to the source file)."""
    if option is not None:
        return option.resolve()
    logo = assessment.engagement.branding.logo
    if not logo:
        return None
    return (Path(assessment.source).resolve().parent / logo).resolve()


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
    pdf_writer: PdfWriter = write_pdf,
) -> Written:
    """Write one format; `logo` is the only file outside the report assets the PDF may read."""
    if fmt == "json":
        out.write_text(context.model_dump_json(indent=2), encoding="utf-8")
        return Written(out)
    html = render_html(context)
    if fmt == "html":
        out.write_text(html, encoding="utf-8")
        return Written(out)
    return Written(out, pdf_writer(html, out, logo))


def render_report(
    assessment: Assessment,
    options: ReportOptions,
    targets: Mapping[str, int],
    out: Path,
    fmt: Format,
    warn: Warn,
    pdf_writer: PdfWriter = write_pdf,
) -> Written:
    """Render; a Chinese PDF this machine cannot render well is refused, the English one written."""
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "pdf" and not pdf_ready(options.lang, warn):
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


def pdf_ready(lang: Lang, warn: Warn) -> bool:
    """Warn about what is missing for a PDF; False when it rules out a Chinese PDF."""
    problems = font_support().problems()
    for problem in problems:
        warn(f"{problem} (fix: {INSTALL_FIX})")
    return lang != "zh" or not problems
