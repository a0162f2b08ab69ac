"""`assess questionnaire list|validate|schema`."""

from __future__ import annotations

import json
from pathlib import Path

import click

from assess.errors import BadInput, Problem
from assess.loading.questionnaire_files import (
    SCHEMA_MODELS,
    describe_installed,
    validate_file,
)


@click.group()
def questionnaire() -> None:
    """List, validate and describe questionnaire files."""


@questionnaire.command("list")
def list_cmd() -> None:
    """Show the installed questionnaires."""
    for line in describe_installed():
        click.echo(line)


@questionnaire.command("validate")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def validate_cmd(paths: tuple[Path, ...]) -> None:
    """Check questionnaire and roadmap files; print every problem with its line (exit 2 if any)."""
    problems: list[Problem] = []
    for path in paths:
        try:
            click.echo(f"ok  {path}: {validate_file(path)}")
        except BadInput as exc:
            problems.extend(exc.problems)
    if problems:
        raise BadInput(problems)


@questionnaire.command("schema")
@click.option(
    "--kind",
    type=click.Choice(sorted(SCHEMA_MODELS)),
    default="questionnaire",
    show_default=True,
    help="Which file format to describe.",
)
def schema_cmd(kind: str) -> None:
    """Print the JSON Schema of a file format (for editor completion of YAML files)."""
    schema = SCHEMA_MODELS[kind].model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    click.echo(json.dumps(schema, ensure_ascii=False, indent=2))
