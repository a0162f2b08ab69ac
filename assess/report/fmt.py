"""Numbers, levels and dates as the report prints them."""

from __future__ import annotations

from datetime import date

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
    if lang == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {day.strftime('%B')} {day.year}"


def threshold(q: Questionnaire, level: int) -> float:
    """The score at which a level starts."""
    return q.scoring.level_thresholds[level - 1]
