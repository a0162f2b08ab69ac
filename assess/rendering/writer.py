"""Write a report: build its content, render it in the chosen format, write the file.

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
from assess.rendering.fonts import INSTALL_FIX, font_support
from assess.rendering.formats import Assets, OutputFormat, PdfRenderer
from assess.rendering.logo import chosen_logo
from assess.rendering.pdf import render_pdf
from assess.report.build import ReportOptions, report_context
from assess.report.context import ReportContext

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


def write_report(
    context: ReportContext,
    out: Path,
    fmt: OutputFormat,
    logo: Path | None,
    inputs: Sequence[Path],
    pdf: PdfRenderer = render_pdf,
) -> Written:
    """Write one format; `logo` is the only file outside the report assets it may read."""
    rendered = fmt.render(context, Assets(logo, pdf))
    return Written(write_output(out, rendered.data, inputs), rendered.pages)


def render_report(
    assessment: Assessment,
    options: ReportOptions,
    targets: Mapping[str, int],
    out: Path,
    fmt: OutputFormat,
    warn: Warn,
    pdf: PdfRenderer = render_pdf,
    inputs: Sequence[Path] = (),
) -> Written:
    """Render; a Chinese document this machine cannot set is refused, the English one written.

    ``inputs`` are files besides the source and the logo that the output must never replace.
    """
    read = report_inputs(assessment, options, inputs)
    out.parent.mkdir(parents=True, exist_ok=True)
    refuse_target(out, read)  # before any work: the write checks again
    if fmt.sets_chinese_type and not fonts_ready(options.lang, warn):
        fallback = out.with_name(f"{out.stem}.en{out.suffix}")
        english = replace(options, lang="en")
        context = report_context(assessment, english, targets)
        write_report(context, fallback, fmt, options.logo, read, pdf)
        raise BadInput.one(
            out,
            "cannot set the Chinese report on this machine; "
            f"wrote the English report to {fallback} instead",
            place="--lang zh",
            fix=INSTALL_FIX,
        )
    context = report_context(assessment, options, targets)
    return write_report(context, out, fmt, options.logo, read, pdf)


def report_inputs(
    assessment: Assessment, options: ReportOptions, extra: Sequence[Path] = ()
) -> list[Path]:
    """Every file a report reads: its source, its logo and ``extra`` (a questionnaire file)."""
    return [Path(assessment.source), *([options.logo] if options.logo else []), *extra]


def fonts_ready(lang: Lang, warn: Warn) -> bool:
    """Warn about what is missing to set type; False when it rules out a Chinese document."""
    problems = font_support().problems()
    for problem in problems:
        warn(f"{problem} (fix: {INSTALL_FIX})")
    return lang != "zh" or not problems
