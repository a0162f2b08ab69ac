"""Turn pydantic validation errors into Problems that name the line and suggest a fix."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from assess.errors import BadInput, Problem
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
        raise BadInput([_problem(err, source, lines) for err in exc.errors()]) from None


def _problem(err: ErrorDetails, source: str, document: YamlDocument | None) -> Problem:
    loc = err["loc"]
    message, fix = _describe(err)
    line = document.line_of(loc) if document else None
    return Problem(source, format_loc(loc), message, fix, line)


def _describe(err: ErrorDetails) -> tuple[str, str]:
    kind = err["type"]
    loc = err["loc"]
    if loc and loc[-1] == "critical" and kind in ("model_type", "model_attributes_type"):
        return (
            "a critical flag must say which answers are low and the level it caps",
            "write `critical: {below: 3, cap_level: 2}`",
        )
    if kind == "missing" and loc and loc[-1] in ("zh", "en"):
        return f"missing translation ({loc[-1]})", f"add the {loc[-1]} text"
    if kind == "extra_forbidden":
        return f"unknown key '{loc[-1]}'", _FIXES[kind]
    return err["msg"], _FIXES.get(kind, "")
