"""Spread across respondents, per question: a distribution strip, min / median / max, agreement.

The figures come from workshop aggregation (`assess.aggregation`); this module only lays them out.
"""

from __future__ import annotations

from assess.aggregation import matrix_from_respondents, summarize_workshop
from assess.aggregation.models import QuestionSpread as Figures
from assess.models import Questionnaire
from assess.models.text import Lang
from assess.report.charts.strip import distribution_strip
from assess.report.context import QuestionSpread
from assess.report.fmt import DASH
from assess.report.labels import labels_for
from assess.sources import Assessment


def spread_rows(assessment: Assessment, lang: Lang, accent: str) -> dict[str, list[QuestionSpread]]:
    """Per dimension id, one row per question; empty with fewer than two respondents."""
    q = assessment.questionnaire
    rows: dict[str, list[QuestionSpread]] = {d.id: [] for d in q.dimensions}
    if len(assessment.respondents) < 2:
        return rows
    summary = summarize_workshop(q, matrix_from_respondents(q, assessment.respondents))
    for figures in summary.questions:
        rows[figures.dimension].append(_row(q, figures, lang, accent))
    return rows


def _row(q: Questionnaire, figures: Figures, lang: Lang, accent: str) -> QuestionSpread:
    labels = labels_for(lang)
    counts = [o.count for o in figures.options]
    chosen = [o.value for o in figures.options if o.count]
    stats = figures.stats
    answered = str(stats.n if stats else 0)
    if figures.na:
        answered += f" · {labels['na']} {figures.na}"
    if figures.dont_know:
        answered += f" · {labels['dont_know']} {figures.dont_know}"
    return QuestionSpread(
        question=q.question(figures.question_id).text.get(lang),
        strip=distribution_strip(counts, _median_index(figures), accent, labels["spread"]),
        stats=f"{chosen[0]} / {stats.median:g} / {chosen[-1]}" if stats and chosen else DASH,
        agreement=f"{stats.agreement:.2f}" if stats else DASH,
        answered=answered,
    )


def _median_index(figures: Figures) -> float | None:
    """Where the median sits among the options, as a (fractional) option index."""
    if figures.stats is None:
        return None
    values = [o.value for o in figures.options]
    median = figures.stats.median
    for index in range(len(values) - 1):
        low, high = values[index], values[index + 1]
        if low <= median <= high:
            return index + (median - low) / (high - low)
    return float(len(values) - 1)
