"""One page per dimension: score, level narrative, what holds it back, spread across respondents."""

from __future__ import annotations

from assess.aggregation.models import WorkshopSummary
from assess.i18n import text
from assess.models import Dimension, DimensionScore, Questionnaire, Scorecard
from assess.models.assessment import Assessment
from assess.models.text import Lang
from assess.planning import DimensionGap, NeedleMover, Roadmap
from assess.report.charts.bars import Band, score_bar
from assess.report.context import DimensionPage, HoldingBack, QuestionSpread
from assess.report.fmt import DASH, level_text, percent, score_text, threshold
from assess.report.spread import spread_rows


def dimension_pages(
    assessment: Assessment,
    scorecard: Scorecard,
    roadmap: Roadmap,
    across: WorkshopSummary | None,
    lang: Lang,
    accent: str,
) -> list[DimensionPage]:
    q = assessment.questionnaire
    spreads = spread_rows(q, across, lang)
    return [
        _page(q, d, scorecard.dimension(d.id), roadmap.gap(d.id), spreads[d.id], lang, accent)
        for d in q.dimensions
    ]


def _page(
    q: Questionnaire,
    dim: Dimension,
    score: DimensionScore,
    gap: DimensionGap,
    spread: list[QuestionSpread],
    lang: Lang,
    accent: str,
) -> DimensionPage:
    band = text(f"report.band_{score.confidence_band}", lang)
    narrative = dim.levels.get(score.level) if score.level is not None else None
    target_narrative = dim.levels.get(gap.target_level)
    return DimensionPage(
        id=dim.id,
        name=dim.name.get(lang),
        shift=dim.shift.get(lang) if dim.shift else "",
        score=score_text(score.score),
        level=level_text(q, score.level, lang),
        target=level_text(q, gap.target_level, lang),
        coverage=percent(score.coverage),
        confidence=f"{band} ({score.confidence:.2f})",
        bar=_bar(q, score, gap, lang, accent),
        narrative_now=narrative.get(lang) if narrative else "",
        narrative_target=target_narrative.get(lang) if target_narrative else "",
        notes=_cap_notes(q, score, lang),
        holding_back=[_holding_back(q, m, lang) for m in gap.needle_movers],
        spread=spread,
        spread_columns=len(spread[0].options) if spread else 0,
    )


def _bar(
    q: Questionnaire, score: DimensionScore, gap: DimensionGap, lang: Lang, accent: str
) -> str:
    thresholds = q.scoring.level_thresholds
    ends = [*thresholds[1:], 100.0]
    bands = [
        Band(start, end, level_text(q, q.min_level + index, lang))
        for index, (start, end) in enumerate(zip(thresholds, ends, strict=True))
    ]
    target = f"{text('report.target', lang)} {gap.target_level}"
    return score_bar(
        score.score,
        threshold(q, gap.target_level),
        bands,
        accent,
        target,
        text("report.score", lang),
    )


def _cap_notes(q: Questionnaire, score: DimensionScore, lang: Lang) -> list[str]:
    notes = []
    for question_id in score.capped_by:
        question = q.question(question_id)
        if question.critical is not None:
            notes.append(
                text(
                    "report.capped",
                    lang,
                    question=question.text.get(lang),
                    level=question.critical.cap_level,
                )
            )
    return notes


def _holding_back(q: Questionnaire, mover: NeedleMover, lang: Lang) -> HoldingBack:
    today = mover.current.option.get(lang) if mover.current.option else mover.current.hint.get(lang)
    gain = DASH
    if mover.gain_one_step is not None:
        gain = f"+{mover.gain_one_step:.1f} {text('report.points', lang)}"
    return HoldingBack(
        question=mover.text.get(lang),
        today=today,
        next_step=mover.next_option.get(lang) if mover.next_option else DASH,
        gain=gain,
        critical=q.question(mover.question).critical is not None,
    )
