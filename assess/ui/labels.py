"""The terminal app's texts: the ``app`` part of the catalog (``assess.i18n``), looked up by name.

Plain strings on purpose: the first screen must not wait for pydantic, so this module imports
nothing from the models (``UiLang`` is the same two codes as ``assess.models.text.Lang``).
"""

from __future__ import annotations

from typing import Any, Literal

from assess.i18n import has, text

UiLang = Literal["zh", "en"]
PART = "app"


def t(key: str, lang: UiLang, **values: Any) -> str:
    """The app's text ``key`` in ``lang``, with ``{placeholders}`` filled from ``values``."""
    return text(f"{PART}.{key}", lang, **values)


def has_label(key: str) -> bool:
    return has(f"{PART}.{key}")


def other(lang: UiLang) -> UiLang:
    return "en" if lang == "zh" else "zh"
