"""Options shared by several commands."""

from __future__ import annotations

from pathlib import Path

import click

lang_option = click.option(
    "--lang",
    type=click.Choice(["zh", "en"]),
    default=None,
    help="Language of the output (default: the engagement's language).",
)

questionnaire_option = click.option(
    "--questionnaire",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Questionnaire file the answers belong to (default: by id, beside SOURCE or installed).",
)

target_option = click.option(
    "--target",
    "targets",
    multiple=True,
    metavar="DIM=LEVEL",
    help="Target level of a dimension (repeatable); default: one level above the current.",
)

names_option = click.option(
    "--names",
    is_flag=True,
    help="Name respondents (default: by pseudonym and role, e.g. R3 · 中层经理).",
)

profile_option = click.option(
    "--profile",
    default=None,
    metavar="ID",
    help="The questionnaire's profile for this organization (industry, ownership: "
    "`assess questionnaire list` shows them); default: none.",
)

form_option = click.option(
    "--form",
    default=None,
    metavar="ID",
    help="Ask only a declared form's questions (e.g. short); default: every question.",
)
