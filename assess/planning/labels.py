"""The planner's own bilingual wording: every sentence it builds, from the catalog's ``plan`` part
(``assess.i18n``), in both languages at once."""

from __future__ import annotations

from typing import Any

from assess.i18n import both, text
from assess.models.roadmap import Lever
from assess.models.text import Lang, Text
from assess.planning.models import Horizon


def _text(key: str) -> Text:
    zh, en = both(key)
    return Text(zh=zh, en=en)


HORIZON_NAMES: dict[Horizon, Text] = {h: _text(f"plan.horizon_{h.value}") for h in Horizon}
LEVER_NAMES: dict[Lever, Text] = {lever: _text(f"plan.lever_{lever.value}") for lever in Lever}
SEPARATOR = _text("plan.separator")
LIST_SEPARATOR = _text("common.list_separator")


def label(key: str, **values: Any) -> Text:
    """A template from the table, filled in both languages.

    A value that is itself a Text is filled in per language.
    """
    return Text(zh=_fill(key, "zh", values), en=_fill(key, "en", values))


def join(parts: list[Text], separator: Text = SEPARATOR) -> Text:
    return Text(
        zh=separator.get("zh").join(p.get("zh") for p in parts),
        en=separator.get("en").join(p.get("en") for p in parts),
    )


def concat(*parts: Text) -> Text:
    return Text(zh="".join(p.get("zh") for p in parts), en=" ".join(p.get("en") for p in parts))


def _fill(key: str, lang: Lang, values: dict[str, Any]) -> str:
    local = {k: v.get(lang) if isinstance(v, Text) else v for k, v in values.items()}
    return text(f"plan.{key}", lang, **local)
