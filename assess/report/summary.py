"""The one-page executive summary: index, radar, dimension table, strengths, gaps, first moves."""

from __future__ import annotations

from assess.aggregation.models import WorkshopSummary
from assess.i18n import text
from assess.models import Questionnaire, Scorecard
from assess.models.assessment import Assessment
from assess.models.text import Lang
from assess.planning import DimensionGap, Horizon, NeedleMover, Roadmap
from assess.report.charts.dimension_bars import Threshold, dimension_bars
from assess.report.charts.radar import Ring, Series, radar_chart
from assess.report.charts.svg import MUTED
from assess.report.context import DimensionRow, GroupRow, Highlight, Move, Summary
from assess.report.findings import key_findings
from assess.report.fmt import level_text, score_text, threshold
from assess.scoring import pooled_inputs
from assess.scoring.consensus import apply_consensus

STRENGTHS, GAPS, FIRST_MOVES = 3, 5, 3


def summary(
    assessment: Assessment,
    scorecard: Scorecard,
    roadmap: Roadmap,
    across: WorkshopSummary | None,
    lang: Lang,
    accent: str,
) -> Summary:
    q = assessment.questionnaire
    return Summary(
        headline=_headline(assessment, scorecard, lang),
        findings=key_findings(assessment, scorecard, across, lang),
        overall_index=score_text(scorecard.overall_index),
        overall_level=level_text(q, scorecard.overall_level, lang),
        overall_note=_gating_note(q, scorecard, lang),
        respondents=str(scorecard.respondents),
        many=len(q.dimensions) > MAX_RADAR_AXES,
        radar=_radar(q, scorecard, roadmap, lang, accent),
        dimensions=[_row(q, scorecard, roadmap, d.id, lang) for d in q.dimensions],
        groups=[
            GroupRow(
                name=group.name.get(lang),
                score=score_text(found.score),
                level=level_text(q, found.level, lang),
            )
            for group, found in zip(q.groups, scorecard.groups, strict=True)
        ],
        strengths=strengths(assessment, scorecard, lang, exclude=_top_gap_questions(roadmap)),
        gaps=top_gaps(q, roadmap, lang),
        first_moves=first_moves(roadmap, lang),
    )


def strengths(
    assessment: Assessment,
    scorecard: Scorecard,
    lang: Lang,
    exclude: set[str],
    limit: int = STRENGTHS,
) -> list[Highlight]:
    """The highest pooled answers, leaving out those listed as top gaps (never both at once);
    one in a dimension a critical question holds down says so."""
    q = assessment.questionnaire
    pooled = pooled_inputs(q, assessment.counts)
    inputs = apply_consensus(q, pooled, assessment.consensus)
    positions = {
        qid: i.fraction
        for qid, i in inputs.items()
        if i.fraction is not None and qid not in exclude
    }
    ranked = sorted(
        (x for x in q.questions if x.id in positions),
        key=lambda x: (-positions[x.id], -x.weight, x.id),
    )
    return [
        Highlight(
            dimension=q.dimension(x.dimension).name.get(lang),
            question=x.text.get(lang),
            figure=level_text(q, q.level_at(100 * positions[x.id]), lang),
            note=_held_note(q, scorecard, x.dimension, lang),
        )
        for x in ranked[:limit]
    ]


def _held_note(q: Questionnaire, scorecard: Scorecard, dimension_id: str, lang: Lang) -> str:
    found = scorecard.dimension(dimension_id)
    if not found.capped_by:
        return ""
    return text("report.strength_held", lang, level=level_text(q, found.level, lang))


def top_gaps(q: Questionnaire, roadmap: Roadmap, lang: Lang, limit: int = GAPS) -> list[Highlight]:
    """The answers whose improvement gains most, in dimensions that have a gap to their target."""
    points = text("report.points", lang)
    movers = _gap_movers(roadmap)[:limit]
    return [
        Highlight(
            dimension=gap.name.get(lang),
            question=mover.text.get(lang),
            figure=f"+{mover.gain_one_step:.1f} {points}",
        )
        for gap, mover in movers
    ]


def _top_gap_questions(roadmap: Roadmap) -> set[str]:
    return {mover.question for _, mover in _gap_movers(roadmap)[:GAPS]}


def _gap_movers(roadmap: Roadmap) -> list[tuple[DimensionGap, NeedleMover]]:
    """Answers to raise in dimensions short of their target, biggest one-step gain first."""
    movers = [
        (gap, mover)
        for gap in roadmap.gaps
        if gap.gap_levels > 0
        for mover in gap.needle_movers
        if mover.kind == "raise" and mover.gain_one_step
    ]
    movers.sort(key=lambda pair: (-(pair[1].gain_one_step or 0.0), pair[1].question))
    return movers


def first_moves(roadmap: Roadmap, lang: Lang, limit: int = FIRST_MOVES) -> list[Move]:
    names = {h.horizon: h.name.get(lang) for h in roadmap.horizons}
    levers = {lever.lever: lever.name.get(lang) for lever in roadmap.levers}
    scheduled = [i for i in roadmap.initiatives if i.horizon != Horizon.BACKLOG]
    return [
        Move(
            title=i.title.get(lang),
            lever=levers[i.lever],
            horizon=names[i.horizon],
            dimension=roadmap.gap(i.dimension).name.get(lang),
        )
        for i in scheduled[:limit]
    ]


def _headline(assessment: Assessment, scorecard: Scorecard, lang: Lang) -> str:
    q = assessment.questionnaire
    scored = [d for d in scorecard.dimensions if d.score is not None]
    if scorecard.overall_level is None or not scored:
        return ""
    best = max(scored, key=lambda d: d.score or 0.0)
    worst = min(scored, key=lambda d: d.score or 0.0)
    key = "headline" if best.score != worst.score else "headline_even"
    measures = q.measures.get(lang) if q.measures else text("report.maturity", lang)
    return text(
        f"report.{key}",
        lang,
        measures=measures,
        org=assessment.engagement.organization,
        level=q.level_name(scorecard.overall_level).get(lang),
        index=score_text(scorecard.overall_index),
        best=q.dimension(best.dimension).name.get(lang),
        worst=q.dimension(worst.dimension).name.get(lang),
    )


def _gating_note(q: Questionnaire, scorecard: Scorecard, lang: Lang) -> str:
    gating = q.scoring.gating
    if gating is None or scorecard.overall_level == scorecard.overall_uncapped_level:
        return ""
    return text(
        "report.gated", lang, n=gating.max_above_weakest, uncapped=scorecard.overall_uncapped_level
    )


def _row(
    q: Questionnaire, scorecard: Scorecard, roadmap: Roadmap, dim_id: str, lang: Lang
) -> DimensionRow:
    score = scorecard.dimension(dim_id)
    gap = roadmap.gap(dim_id)
    target_score = threshold(q, gap.target_level)
    return DimensionRow(
        name=q.dimension(dim_id).name.get(lang),
        score=score_text(score.score),
        level=level_text(q, score.level, lang),
        target=level_text(q, gap.target_level, lang),
        gap=f"+{gap.gap_levels}" if gap.gap_levels else "0",
        bar_percent=round(score.score or 0.0, 1),
        target_percent=round(target_score, 1),
    )


MIN_RADAR_AXES = 3  # with fewer dimensions the dimension table alone tells the story
MAX_RADAR_AXES = 8  # with more, a radar's labels crowd each other: bars instead


def _radar(
    q: Questionnaire, scorecard: Scorecard, roadmap: Roadmap, lang: Lang, accent: str
) -> str:
    """Current vs target: a radar for 3–8 dimensions, bars beyond, nothing below."""
    if len(q.dimensions) < MIN_RADAR_AXES:
        return ""
    current = [scorecard.dimension(d.id).score or 0.0 for d in q.dimensions]
    target = [threshold(q, roadmap.gap(d.id).target_level) for d in q.dimensions]
    names = [d.name.get(lang) for d in q.dimensions]
    if len(q.dimensions) > MAX_RADAR_AXES:
        starts = [
            Threshold(value, q.level_name(q.min_level + index).get(lang))
            for index, value in enumerate(q.scoring.level_thresholds)
        ]
        return dimension_bars(
            names,
            [scorecard.dimension(d.id).score for d in q.dimensions],
            target,
            starts,
            accent,
            text("report.radar_title", lang),
        )
    rings = [
        Ring(value, level_text(q, q.min_level + index, lang))
        for index, value in enumerate(q.scoring.level_thresholds)
    ]
    return radar_chart(
        names,
        rings,
        [
            Series(text("report.target", lang), target, MUTED, dashed=True),
            Series(text("report.current", lang), current, accent),
        ],
        text("report.radar_title", lang),
    )
