"""`assess score SOURCE`."""

from __future__ import annotations

from pathlib import Path

import click

from assess.cli.notes import note_language
from assess.cli.options import lang_option, questionnaire_option
from assess.cli.scorecard_table import render_scorecard
from assess.models.text import Lang
from assess.scoring.assessment import score_assessment
from assess.sources import load_source


@click.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@lang_option
@questionnaire_option
def score(source: Path, fmt: str, lang: Lang | None, questionnaire: Path | None) -> None:
    """Score a workspace or a response file."""
    assessment = load_source(source, questionnaire)
    scorecard = score_assessment(assessment)
    if fmt == "json":
        click.echo(scorecard.model_dump_json(indent=2))
        return
    chosen = lang or assessment.engagement.language
    note_language(assessment.questionnaire, chosen)
    render_scorecard(assessment.questionnaire, scorecard, chosen)
