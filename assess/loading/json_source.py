"""Parse JSON with the same care as YAML: duplicate keys, huge numbers and deep nesting refused."""

from __future__ import annotations

import json
from typing import Any

from assess.errors import BadInput
from assess.loading.yaml_source import unreadable_value


def parse_json(text: str, source: str) -> Any:
    """The JSON value of ``text``; BadInput names the line of a syntax error."""
    try:
        return json.loads(text, object_pairs_hook=_without_duplicates)
    except json.JSONDecodeError as exc:
        raise BadInput.one(
            source, f"invalid JSON: {exc.msg}", line=exc.lineno, fix="correct the JSON syntax"
        ) from None
    except _DuplicateKey as exc:
        raise BadInput.one(
            source, f"duplicate key '{exc.key}'", fix="keep one of the two entries"
        ) from None
    except RecursionError:
        raise _too_deep(source) from None
    except ValueError as exc:
        raise BadInput.one(source, unreadable_value(exc), fix="correct the value") from None


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _DuplicateKey(key)
        found[key] = value
    return found


def _too_deep(source: str) -> BadInput:
    return BadInput.one(source, "the JSON nests too deeply", fix="flatten the structure")
