"""Turn pydantic validation errors into Problems that name the line and suggest a fix."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from assess.errors import BadInput, Problem
from assess.loading.grouped import grouped
from assess.loading.yaml_source import YamlDocument, format_loc

M = TypeVar("M", bound=BaseModel)

_FIXES = {
    "missing": "add this key",
    "extra_forbidden": "remove this key or fix its spelling (see `assess questionnaire schema`)",
    "greater_than": "use a larger number",
    "greater_than_equal": "use a larger number",
    "less_than_equal": "use a smaller number",
    "string_too_short": "write the text; it must not be empty",
    "too_short": "add more entries",
    "too_long": "remove entries",
    "literal_error": "use one of the allowed values",
    "enum": "use one of the allowed values",
    "finite_number": "write a finite number (not .inf or .nan)",
    "string_pattern_mismatch": "use lower-case letters, digits, '-', '_' and '.'",
}


def validate_document(model: type[M], document: YamlDocument | Any, source: str) -> M:
    """Validate parsed data against a model; every error becomes a Problem with its line."""
    data = document.data if isinstance(document, YamlDocument) else document
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        lines = document if isinstance(document, YamlDocument) else None
        raise BadInput(grouped([_problem(err, source, lines) for err in exc.errors()])) from None


def _problem(err: ErrorDetails, source: str, document: YamlDocument | None) -> Problem:
    loc = err["loc"]
    message, fix = _describe(err)
    line = document.line_of(loc) if document else None
    return Problem(source, format_loc(loc), message, fix, line)


def _describe(err: ErrorDetails) -> tuple[str, str]:
    kind = err["type"]
    loc = err["loc"]
    expected = (err.get("ctx") or {}).get("class_name")
    if kind in ("model_type", "model_attributes_type") and expected == "Text":
        return (
            "a text is written in the questionnaire's languages, as keys zh and en",
            "write `{zh: 中文, en: English}`, or `{en: English}` alone when the questionnaire "
            "declares `languages: [en]`",
        )
    if isinstance(err.get("input"), bool) and kind in ("string_type", "literal_error", "enum"):
        return (
            "YAML read this as true/false (it does so with yes, no, on, off)",
            "quote it, e.g. 'no'",
        )
    if loc and loc[-1] == "critical" and kind in ("model_type", "model_attributes_type"):
        return (
            "a critical flag must say which answers are low and the level it caps",
            "write `critical: {below: 3, cap_level: 2}`",
        )
    if kind == "extra_forbidden":
        return f"unknown key '{loc[-1]}'", _FIXES[kind]
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return "expected keys and values here (a mapping)", "see `assess questionnaire schema`"
    return err["msg"], _FIXES.get(kind, "")
