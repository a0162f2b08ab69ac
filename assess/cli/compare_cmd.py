"""`assess compare T0 T1`: what changed between two assessments of one organization."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from assess.cli.options import lang_option
from assess.models.text import Lang

if TYPE_CHECKING:
    from assess.comparison.compare import Comparison
    from assess.models.assessment import Assessment


@click.command("compare")
@click.argument("before", metavar="T0", type=click.Path(path_type=Path))
@click.argument("after", metavar="T1", type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@click.option(
    "-o",
    "--output",
    "out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write it instead of printing: .json (the comparison), .xlsx (a workbook), or any "
    "report format (.pdf, .html, .docx, .pptx): the T1 report opening with the change.",
)
@lang_option
def compare(before: Path, after: Path, fmt: str, out: Path | None, lang: Lang | None) -> None:
    """Compare an assessment (T1) with an earlier one of the same organization (T0).

    Per dimension and per question: the change, whether it is larger than the respondents'
    spread (a 95 % bootstrap interval; no verdict under 3 respondents a side), progress toward
    the T0 targets, and the initiatives planned at T0 for each question.
    """
    from assess.cli.compare_table import render_comparison
    from assess.comparison.compare import compare as compared
    from assess.sources import load_source

    t0, t1 = load_source(before), load_source(after)
    comparison = compared(t0, t1)
    chosen = lang or t1.engagement.language
    if out is not None:
        click.echo(_written(comparison, t0, t1, before, after, out, chosen))
        return
    if fmt == "json":
        click.echo(comparison.model_dump_json(indent=2))
        return
    render_comparison(comparison, chosen)


def _written(
    comparison: Comparison,
    t0: Assessment,
    t1: Assessment,
    before: Path,
    after: Path,
    out: Path,
    lang: Lang,
) -> str:
    """Write the comparison to ``out`` (never over either assessment); what to print."""
    from assess.cli.report_output import describe, warn
    from assess.files.outputs import refuse_target, write_output
    from assess.rendering.formats import format_for
    from assess.rendering.writer import render_report, resolve_logo
    from assess.report.build import ReportOptions

    inputs = [before, after]
    refuse_target(out, inputs)  # before anything else, whatever the suffix
    if out.suffix.lower() == ".json":
        write_output(out, comparison.model_dump_json(indent=2).encode("utf-8"), inputs)
        return f"wrote {out}"
    if out.suffix.lower() == ".xlsx":
        from assess.rendering.comparison_xlsx import comparison_workbook

        write_output(out, comparison_workbook(comparison, lang), inputs)
        return f"wrote {out}"
    options = ReportOptions(lang=lang, logo=resolve_logo(t1, None, warn), baseline=t0)
    return describe(render_report(t1, options, {}, out, format_for(out), warn, inputs=inputs))
