"""`assess compare T0 T1`: what changed between two assessments of one organization."""

from __future__ import annotations

from pathlib import Path

import click

from assess.cli.options import lang_option
from assess.models.text import Lang


@click.command("compare")
@click.argument("before", metavar="T0", type=click.Path(path_type=Path))
@click.argument("after", metavar="T1", type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@lang_option
def compare(before: Path, after: Path, fmt: str, lang: Lang | None) -> None:
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
    if fmt == "json":
        click.echo(comparison.model_dump_json(indent=2))
        return
    render_comparison(comparison, lang or t1.engagement.language)
