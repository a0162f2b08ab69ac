"""`assess report SOURCE -o OUT`: the leadership report as PDF, HTML or JSON."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import click

from assess.cli.options import lang_option, questionnaire_option, target_option
from assess.errors import BadInput
from assess.models.text import Lang
from assess.planning.targets import parse_target_options
from assess.report.build import ReportOptions
from assess.report.fonts import INSTALL_FIX, font_support
from assess.report.writer import (
    FORMATS,
    Format,
    Written,
    format_for,
    report_context,
    resolve_logo,
    write_report,
)
from assess.sources import Assessment, load_source

ACCENT = re.compile(r"^#[0-9a-fA-F]{6}$")


@click.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "out",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write (.pdf, .html or .json).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Output format (default: from OUT's suffix).",
)
@lang_option
@target_option
@click.option(
    "--logo",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Logo (PNG, JPEG or SVG) for the cover (default: the engagement's).",
)
@click.option("--accent", default=None, metavar="#RRGGBB", help="Accent colour of the report.")
@click.option("--consultant", default=None, help="Consultant named on the cover.")
@questionnaire_option
def report(
    source: Path,
    out: Path,
    fmt: Format | None,
    lang: Lang | None,
    targets: tuple[str, ...],
    logo: Path | None,
    accent: str | None,
    consultant: str | None,
    questionnaire: Path | None,
) -> None:
    """Write the leadership report (PDF, HTML or JSON) for a workspace or a response file."""
    if accent is not None and not ACCENT.match(accent):
        raise BadInput.one("--accent", f"'{accent}' is not a colour", fix="write it as #RRGGBB")
    assessment = load_source(source, questionnaire)
    chosen = fmt or format_for(out)
    options = ReportOptions(
        lang=lang or assessment.engagement.language,
        logo=checked_logo(resolve_logo(assessment, logo)),
        accent=accent,
        consultant=consultant,
    )
    overrides = parse_target_options(targets, assessment.questionnaire)
    written = render_report(assessment, options, overrides, out, chosen)
    click.echo(describe(written))


def render_report(
    assessment: Assessment,
    options: ReportOptions,
    targets: dict[str, int],
    out: Path,
    fmt: Format,
) -> Written:
    """Render; a Chinese PDF this machine cannot render well is refused, the English one written."""
    logo = options.logo
    if fmt == "pdf" and not pdf_ready(options.lang):
        fallback = out.with_name(f"{out.stem}.en{out.suffix}")
        english = replace(options, lang="en")
        write_report(report_context(assessment, english, targets), fallback, fmt, logo)
        raise BadInput.one(
            out,
            "cannot render the Chinese report on this machine; "
            f"wrote the English report to {fallback} instead",
            place="--lang zh",
            fix=INSTALL_FIX,
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    return write_report(report_context(assessment, options, targets), out, fmt, logo)


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
