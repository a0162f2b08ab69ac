"""Spread across respondents, per question: shaded option cells, min / median / max, agreement.

The figures come from workshop aggregation (`assess.aggregation`); this module only lays them out.
"""

from __future__ import annotations

from assess.aggregation import matrix_from_plain, summarize_workshop
from assess.aggregation.models import QuestionSpread as Figures
from assess.aggregation.models import WorkshopSummary
from assess.i18n import text
from assess.models import Questionnaire
from assess.models.assessment import Assessment
from assess.models.text import Lang
from assess.report.context import QuestionSpread, ShadedCell
from assess.report.fmt import DASH
from assess.report.shading import blank, shaded


def respondents_summary(assessment: Assessment) -> WorkshopSummary | None:
    """The figures across respondents that the spread rows and the workshop pages show; None
    with fewer than two respondents."""
    if len(assessment.respondents) < 2:
        return None
    q = assessment.questionnaire
    return summarize_workshop(q, matrix_from_plain(q, assessment.respondents), assessment.consensus)


def spread_rows(
    q: Questionnaire, summary: WorkshopSummary | None, lang: Lang
) -> dict[str, list[QuestionSpread]]:
    """Per dimension id, one row per question; empty without a summary across respondents."""
    rows: dict[str, list[QuestionSpread]] = {d.id: [] for d in q.dimensions}
    if summary is None:
        return rows
    for figures in summary.questions:
        rows[figures.dimension].append(_row(q, figures, lang))
    return {dim: _padded(found) for dim, found in rows.items()}


def _padded(rows: list[QuestionSpread]) -> list[QuestionSpread]:
    """Rows with as many option cells as the longest scale among them, so columns line up."""
    width = max((len(row.options) for row in rows), default=0)
    return [
        row.model_copy(update={"options": row.options + [PAD] * (width - len(row.options))})
        for row in rows
    ]


PAD = ShadedCell(text="", css_class="pad")


def _row(q: Questionnaire, figures: Figures, lang: Lang) -> QuestionSpread:
    chosen = [o.value for o in figures.options if o.count]
    stats = figures.stats
    answered = str(stats.n if stats else 0)
    if figures.na:
        answered += f" · {text('report.na', lang)} {figures.na}"
    if figures.dont_know:
        answered += f" · {text('report.dont_know', lang)} {figures.dont_know}"
    return QuestionSpread(
        question=q.question(figures.question_id).text.get(lang),
        options=_option_cells(figures),
        stats=_position_stats(figures) if stats and chosen else DASH,
        agreement=f"{stats.agreement:.2f}" if stats else DASH,
        answered=answered,
    )


def _position_stats(figures: Figures) -> str:
    """Lowest / median / highest option chosen, by position on the scale (1 = lowest option),
    never by the options' raw values."""
    chosen = [n for n, o in enumerate(figures.options, start=1) for _ in range(o.count)]
    middle = len(chosen) // 2
    median = chosen[middle] if len(chosen) % 2 else (chosen[middle - 1] + chosen[middle]) / 2
    return f"{chosen[0]} / {median:g} / {chosen[-1]}"


def _option_cells(figures: Figures) -> list[ShadedCell]:
    """One cell per option: how many chose it, shaded by that count; the median's cell marked."""
    most = max((o.count for o in figures.options), default=0) or 1
    median = _median_option(figures)
    return [
        shaded(str(o.count), o.count / most, o.value == median)
        if o.count
        else blank(marked=o.value == median)
        for o in figures.options
    ]


def _median_option(figures: Figures) -> float | None:
    """The option holding the median (the lower one when it falls between two)."""
    if figures.stats is None:
        return None
    below = [o.value for o in figures.options if o.value <= figures.stats.median]
    return max(below) if below else None
