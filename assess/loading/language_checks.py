"""Every text of a questionnaire (or roadmap catalogue) in each language it declares."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel

from assess.loading.questionnaire_checks import Finding, Loc
from assess.models.text import Lang, Text


def missing_languages(model: BaseModel, languages: list[Lang]) -> list[Finding]:
    """One finding per place where a text lacks a declared language (grouped when reported)."""
    return [
        Finding(
            (*loc, lang),
            f"missing {lang} text",
            f"add the {lang} text, or declare only the languages the questionnaire is written in "
            "(e.g. `languages: [en]`)",
        )
        for loc, text in _texts(model, ())
        for lang in languages
        if not text.has(lang)
    ]


def _texts(value: object, loc: Loc) -> Iterator[tuple[Loc, Text]]:
    if isinstance(value, Text):
        yield loc, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _texts(getattr(value, name), (*loc, name))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _texts(item, (*loc, index))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, (*loc, str(key)))
