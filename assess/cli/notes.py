"""Notes the command line prints once, on standard error."""

from __future__ import annotations

import click

from assess.i18n import language_note
from assess.models import Questionnaire
from assess.models.text import Lang


def note_language(q: Questionnaire, lang: Lang) -> None:
    """Say once when the questionnaire is not written in the language asked for."""
    note = language_note(q.languages, lang)
    if note:
        click.echo(f"note: {note}", err=True)
