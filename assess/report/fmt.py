"""Numbers, levels and dates as the report prints them."""

from __future__ import annotations

from datetime import date

from assess.i18n import text
from assess.models import Questionnaire
from assess.models.text import Lang

DASH = "–"


def score_text(value: float | None) -> str:
    return DASH if value is None else f"{value:.0f}"


def percent(value: float) -> str:
    return f"{value:.0%}"


def level_text(q: Questionnaire, level: int | None, lang: Lang) -> str:
    """`3 实践` / `3 Practicing`."""
    if level is None:
        return DASH
    return f"{level} {q.level_name(level).get(lang)}"


def long_date(day: date, lang: Lang) -> str:
    """`2026年11月22日` / `22 November 2026` (not strftime's, which follows the locale)."""
    month = text(f"common.month_{day.month}", lang)
    return text("common.long_date", lang, year=day.year, month=month, day=day.day)


def threshold(q: Questionnaire, level: int) -> float:
    """The score at which a level starts."""
    return q.threshold(level)
