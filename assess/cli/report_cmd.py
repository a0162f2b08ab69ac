"""`assess report SOURCE -o OUT`: the leadership report in any registered format."""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

import click

from assess.cli.options import lang_option, names_option, questionnaire_option, target_option
from assess.errors import BadInput
from assess.files.outputs import refuse_target
from assess.rendering.formats import FORMAT_NAMES, FORMATS, format_for
from assess.rendering.pdf_worker import PdfWorker

if TYPE_CHECKING:  # imported when needed: they load all the models
    from assess.models.assessment import Assessment
    from assess.models.text import Lang
    from assess.portfolio.benchmark import Standing

ACCENT = re.compile(r"^#[0-9a-fA-F]{6}$")


@click.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "out",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write; its suffix names the format (.pdf, .html, .json, .xlsx, .pptx, .docx).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMAT_NAMES),
    default=None,
    help="Output format (default: from OUT's suffix).",
)
@lang_option
@target_option
@click.option(
    "--logo",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Logo (PNG, JPEG or SVG) for the cover (default: the engagement's, a file in its folder).",
)
@click.option("--accent", default=None, metavar="#RRGGBB", help="Accent color of the report.")
@click.option("--consultant", default=None, help="Consultant named on the cover.")
@names_option
@questionnaire_option
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    metavar="T0",
    help="An earlier assessment of the organization: the report adds what changed since "
    "(as `assess compare T0 SOURCE`).",
)
@click.option(
    "--portfolio",
    "portfolio_url",
    is_flag=False,
    flag_value="",
    default=None,
    metavar="[URL]",
    help="Add a page comparing the engagement with its peers in the firm's portfolio (the "
    "default one, or URL; see `assess benchmark`).",
)
def report(
    source: Path,
    out: Path,
    fmt: str | None,
    lang: Lang | None,
    targets: tuple[str, ...],
    logo: Path | None,
    accent: str | None,
    consultant: str | None,
    names: bool,
    questionnaire: Path | None,
    baseline: Path | None,
    portfolio_url: str | None,
) -> None:
    """Write the leadership report (PDF, HTML, JSON, Excel, PowerPoint, Word) for a workspace
    or a response file.

    Respondents appear by pseudonym and role (R3 · 中层经理) unless --names is given.
    """
    if accent is not None and not ACCENT.match(accent):
        raise BadInput.one(
            "--accent",
            f"'{accent}' is not a color",
            fix="write it as #RRGGBB, for example --accent '#1f6feb'",
        )
    inputs = [
        source,
        *([questionnaire] if questionnaire else []),
        *([baseline] if baseline else []),
    ]
    refuse_target(out, inputs)
    chosen = FORMATS[fmt] if fmt else format_for(out)
    # The worker starts first: it readies WeasyPrint while the imports and the loading below run.
    with PdfWorker() if chosen.name == "pdf" else nullcontext() as worker, _collector_paused():
        from assess.cli.notes import note_language
        from assess.cli.report_output import describe, warn
        from assess.planning.targets import parse_target_options
        from assess.rendering.pdf import render_pdf
        from assess.rendering.writer import render_report, resolve_logo
        from assess.report.build import ReportOptions
        from assess.sources import load_source

        assessment = load_source(source, questionnaire)
        options = ReportOptions(
            lang=lang or assessment.engagement.language,
            logo=resolve_logo(assessment, logo, warn),
            accent=accent,
            consultant=consultant,
            names=names,
            baseline=load_source(baseline) if baseline is not None else None,
            standing=_standing(assessment, portfolio_url),
        )
        overrides = parse_target_options(targets, assessment.questionnaire)
        renderer = worker.render_pdf if worker else render_pdf
        note_language(assessment.questionnaire, options.lang)
        written = render_report(assessment, options, overrides, out, chosen, warn, renderer, inputs)
    click.echo(describe(written))


def _standing(assessment: Assessment, url: str | None) -> Standing | None:
    """Where the engagement stands in the portfolio, when the report is asked to say."""
    if url is None:
        return None
    from assess.portfolio.benchmark import standing
    from assess.portfolio.store import Portfolio, default_url
    from assess.portfolio.summary import summarize

    own = summarize(assessment)
    peers = Portfolio(url or default_url()).engagements(own.questionnaire, own.major)
    return standing(own, peers)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Collect no cycles while the report is prepared, nor after over what it allocated.

    Preparing it is one burst of allocations (imports, models, charts, HTML) that leaves few
    cycles; collecting as it went cost ~5% of the time before the PDF could start. What it
    allocated is then frozen (left out of later collections) rather than traversed once more
    when collecting resumes: that took 0.03 s, just before the command ends.
    """
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()
