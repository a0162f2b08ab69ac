"""`assess plan SOURCE [--target DIM=LEVEL ...]`."""

from __future__ import annotations

from pathlib import Path

import click

from assess.cli.notes import note_language
from assess.cli.options import lang_option, questionnaire_option, target_option
from assess.cli.roadmap_table import render_roadmap
from assess.models.text import Lang
from assess.planning import Capacity
from assess.planning.assessment import plan_assessment
from assess.planning.models import DEFAULT_CAPACITY_PER_QUARTER
from assess.planning.targets import parse_target_options
from assess.sources import load_source


@click.command()
@click.argument("source", type=click.Path(path_type=Path))
@target_option
@click.option(
    "--capacity",
    type=click.IntRange(min=1),
    default=DEFAULT_CAPACITY_PER_QUARTER,
    show_default=True,
    help="Effort points the organization can absorb per quarter.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@lang_option
@questionnaire_option
def plan(
    source: Path,
    targets: tuple[str, ...],
    capacity: int,
    fmt: str,
    lang: Lang | None,
    questionnaire: Path | None,
) -> None:
    """Plan a phased roadmap (organization, process, culture, tech) from a workspace or answers."""
    assessment = load_source(source, questionnaire)
    overrides = parse_target_options(targets, assessment.questionnaire)
    roadmap = plan_assessment(assessment, overrides, Capacity(per_quarter=capacity))
    if fmt == "json":
        click.echo(roadmap.model_dump_json(indent=2))
        return
    chosen = lang or assessment.engagement.language
    note_language(assessment.questionnaire, chosen)
    render_roadmap(assessment.questionnaire, roadmap, chosen)
