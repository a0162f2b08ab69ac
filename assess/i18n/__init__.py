"""One lookup for every fixed text: ``text("report.summary", "zh")``. The words are in ``catalog``.

Plain Python on purpose: the app's first screen must not wait for pydantic or a file parser.
"""

from __future__ import annotations

from typing import Any, Literal

from assess.i18n.catalog import MESSAGES, Entry

Lang = Literal["zh", "en"]  # the same two codes as assess.models.text.Lang
COMMON = "common"


def text(key: str, lang: Lang, **values: Any) -> str:
    """The text of ``key`` in ``lang``, its ``{placeholders}`` filled from ``values``.

    A key missing from its part is looked up in ``common``; an English entry with singular and
    plural forms takes the one that fits ``n``.
    """
    found = _template(_entry(key), lang, values.get("n"))
    return found.format(**values) if values else found


def both(key: str, **values: Any) -> tuple[str, str]:
    """The text in both languages (zh, en), for bilingual values such as the planner's."""
    return text(key, "zh", **values), text(key, "en", **values)


def language_note(languages: list[Lang], lang: Lang) -> str:
    """'' when a questionnaire is written in ``lang``; else the one line that says its texts
    are shown in its own language while assess's own words follow ``lang``."""
    if lang in languages:
        return ""
    return text(
        "common.shown_in_own_language", lang, language=text(f"common.lang_{languages[0]}", lang)
    )


def has(key: str) -> bool:
    return key in MESSAGES or _common(key) in MESSAGES


def section(part: str, lang: Lang) -> dict[str, str]:
    """Every text of ``part`` (and of ``common``) by its name without the part, in ``lang``;
    plural entries give their plural form."""
    found = {}
    for prefix in (COMMON, part):
        for key, entry in MESSAGES.items():
            if key.startswith(f"{prefix}."):
                found[key.removeprefix(f"{prefix}.")] = _template(entry, lang, None)
    return found


def _entry(key: str) -> Entry:
    entry = MESSAGES.get(key) or MESSAGES.get(_common(key))
    if entry is None:
        raise KeyError(key)
    return entry


def _common(key: str) -> str:
    return f"{COMMON}.{key.partition('.')[2]}"


def _template(entry: Entry, lang: Lang, n: object) -> str:
    zh, en = entry
    if lang == "zh":
        return zh
    if isinstance(en, str):
        return en
    one, other = en
    return one if n == 1 else other
