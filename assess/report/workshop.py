"""The workshop pages: respondents, spread per dimension, hotspots, role gaps and consensus.

The figures come from workshop aggregation (`assess.aggregation`); this module only lays them out.
"""

from __future__ import annotations

from assess.aggregation.models import (
    GroupInfo,
    HiddenReason,
    Hotspot,
    QuestionSpread,
    WorkshopSummary,
)
from assess.i18n import text
from assess.models import Questionnaire
from assess.models.assessment import Assessment
from assess.models.text import Lang
from assess.models.workshop import Consensus
from assess.report.charts.radar import Ring, Series, radar_chart
from assess.report.charts.svg import INK, MUTED, tint
from assess.report.context import (
    ConsensusRow,
    DimensionStats,
    GroupLine,
    HotspotRow,
    LegendEntry,
    ShadedCell,
    WorkshopSection,
)
from assess.report.fmt import DASH, level_text
from assess.report.shading import blank, shaded

HOTSPOTS = 5
MIN_RADAR_AXES = 3


def workshop_section(
    assessment: Assessment, summary: WorkshopSummary | None, lang: Lang, accent: str
) -> WorkshopSection | None:
    """The workshop pages; None without a summary across respondents (fewer than two)."""
    if summary is None:
        return None
    q = assessment.questionnaire
    asked = {x.id for x in q.questions}
    finished = sum(1 for r in assessment.respondents if asked <= r.answers.keys())
    legend, radar_roles, radar = _role_radar(q, summary, lang, accent)
    columns = _option_columns(q, summary, lang)
    return WorkshopSection(
        respondents=str(summary.respondents),
        finished=f"{finished} / {summary.respondents}",
        min_group_note=text("report.ws_min_group", lang, n=summary.min_group_size),
        roles=_shown(summary.roles),
        groups=_shown(summary.groups),
        hidden=_hidden(summary.roles + summary.groups, lang),
        dimensions=[_dimension_stats(q, summary, d.id, lang) for d in q.dimensions],
        hotspots=[
            _hotspot(q, h, summary.question(h.question_id), len(columns) - 2, lang)
            for h in summary.hotspots[:HOTSPOTS]
        ],
        hotspot_columns=columns,
        radar=radar,
        radar_legend=legend,
        radar_roles=radar_roles,
        consensus=[_consensus(q, d, lang) for d in summary_decisions(summary)],
    )


def summary_decisions(summary: WorkshopSummary) -> list[Consensus]:
    """The recorded decisions, in questionnaire order."""
    return [x.consensus for x in summary.questions if x.consensus is not None]


def _shown(parts: list[GroupInfo]) -> list[GroupLine]:
    return [GroupLine(name=g.name, figure=str(g.size)) for g in parts if g.shown and g.name]


def _hidden(parts: list[GroupInfo], lang: Lang) -> list[str]:
    """One line per hide reason: the roles and groups not broken down, and why."""
    reasons: dict[HiddenReason, list[str]] = {}
    for part in parts:
        if not part.shown and part.name and part.hidden_reason:
            reasons.setdefault(part.hidden_reason, []).append(part.name)
    separator = text("report.list_separator", lang)
    return [
        text(f"report.ws_hidden_{reason}", lang, names=separator.join(names))
        for reason, names in reasons.items()
    ]


def _dimension_stats(
    q: Questionnaire, summary: WorkshopSummary, dimension_id: str, lang: Lang
) -> DimensionStats:
    stats = summary.dimension(dimension_id).stats
    name = q.dimension(dimension_id).name.get(lang)
    if stats is None:
        return DimensionStats(name=name, mean=DASH, median=DASH, iqr=DASH, std=DASH, agreement=DASH)
    return DimensionStats(
        name=name,
        mean=f"{stats.mean:.0f}",
        median=f"{stats.median:.0f}",
        iqr=f"{stats.q1:.0f}–{stats.q3:.0f}",
        std=f"{stats.std:.1f}",
        agreement=f"{stats.agreement:.2f}",
    )


def _option_columns(q: Questionnaire, summary: WorkshopSummary, lang: Lang) -> list[str]:
    """Option positions 1…n of the widest scale among the hotspots, then N/A and don't know."""
    width = max(
        (len(summary.question(h.question_id).options) for h in summary.hotspots[:HOTSPOTS]),
        default=0,
    )
    return [*(str(n) for n in range(1, width + 1)), text("report.ws_na_short", lang), "?"]


def _hotspot(
    q: Questionnaire,
    hotspot: Hotspot,
    figures: QuestionSpread,
    width: int,
    lang: Lang,
) -> HotspotRow:
    counts = [o.count for o in figures.options]
    most = max([*counts, figures.na, figures.dont_know]) or 1
    cells = [_count_cell(c, most) for c in counts]
    cells += [ShadedCell(text="", css_class="pad")] * (width - len(cells))
    cells += [_count_cell(figures.na, most), _count_cell(figures.dont_know, most)]
    return HotspotRow(
        rank=hotspot.rank,
        dimension=q.dimension(hotspot.dimension).name.get(lang),
        question=q.question(hotspot.question_id).text.get(lang),
        options=cells,
        agreement=f"{hotspot.agreement:.2f}",
        std=f"{hotspot.std:.2f}",
        decided=text("report.ws_decided", lang) if hotspot.decided else "",
    )


def _count_cell(count: int, most: int) -> ShadedCell:
    return shaded(str(count), count / most) if count else blank()


ROLE_STYLES = ("role-0", "role-1", "role-2", "role-3")


def _role_colours(accent: str) -> list[tuple[str, bool]]:
    """Colour and dashed-ness per role: accent, grey (dashed), pale accent, ink (dashed)."""
    return [(accent, False), (MUTED, True), (tint(accent, 0.5), False), (INK, True)]


def _role_radar(
    q: Questionnaire, summary: WorkshopSummary, lang: Lang, accent: str
) -> tuple[list[LegendEntry], list[str], str]:
    """Each shown role's dimension scores (mean of its members' 0–100 positions) on one radar."""
    shown = [g.name for g in summary.roles if g.shown and g.name]
    if len(shown) < 2 or len(q.dimensions) < MIN_RADAR_AXES:
        return [], [], ""
    styles = _role_colours(accent)
    series: list[Series] = []
    legend: list[LegendEntry] = []
    for index, role in enumerate(shown):
        values = []
        for d in q.dimensions:
            cells = summary.dimension(d.id).by_role
            cell = next((c for c in cells if c.name == role and c.stats), None)
            values.append(cell.stats.mean if cell and cell.stats else 0.0)
        colour, dashed = styles[index % len(styles)]
        series.append(Series(role, values, colour, dashed))
        legend.append(LegendEntry(name=role, css_class=ROLE_STYLES[index % len(ROLE_STYLES)]))
    rings = [
        Ring(value, level_text(q, q.min_level + index, lang))
        for index, value in enumerate(q.scoring.level_thresholds)
    ]
    chart = radar_chart(
        [d.name.get(lang) for d in q.dimensions], rings, series, text("report.ws_role_radar", lang)
    )
    return legend, shown, chart


def _consensus(q: Questionnaire, decision: Consensus, lang: Lang) -> ConsensusRow:
    question = q.question(decision.question_id)
    if decision.choice == "na":
        value = text("report.na", lang)
    else:
        option = next((o for o in q.options_for(question) if o.value == decision.choice), None)
        value = f"{decision.choice} · {option.text.get(lang)}" if option else str(decision.choice)
    return ConsensusRow(
        question=question.text.get(lang),
        value=value,
        rationale=decision.rationale or DASH,
        decided_by=decision.decided_by or DASH,
    )
