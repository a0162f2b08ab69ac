"""The workshop screens' texts (joining, the facilitator's view): the ``workshop`` part of the
catalog, looked up before the app's own (``assess.ui.labels``), so these screens can use both."""

from __future__ import annotations

from typing import Any

from assess.i18n import has, text
from assess.ui.labels import UiLang, has_label, t

PART = "workshop"


def wt(key: str, lang: UiLang, **values: Any) -> str:
    """A workshop text, else the app's text of that key."""
    if has(f"{PART}.{key}"):
        return text(f"{PART}.{key}", lang, **values)
    return t(key, lang, **values)


def has_workshop_label(key: str) -> bool:
    return has(f"{PART}.{key}") or has_label(key)
