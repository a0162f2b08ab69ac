"""The roadmap section: lever × horizon grid, timeline, initiative list, KPI table."""

from __future__ import annotations

from assess.i18n import text
from assess.models import Questionnaire
from assess.models.text import Lang
from assess.planning import Horizon, PlannedInitiative, Roadmap
from assess.planning.models import PlannedKpi
from assess.report.charts.timeline import (
    TIMELINE_LAYOUT,
    Bar,
    Group,
    Phase,
    timeline_chart,
    timeline_pages,
    timeline_rows,
)
from assess.report.context import (
    GridRow,
    InitiativeKpis,
    KpiLine,
    NextStep,
    RoadmapPart,
    Timeline,
)
from assess.report.fmt import level_text

SCHEDULED = (Horizon.MONTHS_0_3, Horizon.MONTHS_3_12, Horizon.MONTHS_12_24)


def roadmap_part(q: Questionnaire, roadmap: Roadmap, lang: Lang, accent: str) -> RoadmapPart:
    backlog = len(roadmap.in_horizon(Horizon.BACKLOG))
    catalogue = roadmap.knowledge_base_id is not None
    return RoadmapPart(
        catalogue=catalogue,
        horizons=[h.name.get(lang) for h in roadmap.horizons if h.horizon in SCHEDULED],
        grid=[_grid_row(roadmap, index, lang) for index in range(len(roadmap.levers))],
        timelines=_timelines(roadmap, lang, accent),
        backlog_note=text("report.backlog_note", lang, n=backlog) if backlog else "",
        next_steps=[] if catalogue else _next_steps(q, roadmap, lang),
    )


def _next_steps(q: Questionnaire, roadmap: Roadmap, lang: Lang) -> list[NextStep]:
    """Per dimension short of its target, the answers to raise first and their next option."""
    return [
        NextStep(
            dimension=gap.name.get(lang),
            target=level_text(q, gap.target_level, lang),
            question=mover.text.get(lang),
            next_option=mover.next_option.get(lang),
            gain=f"+{mover.gain_one_step:.1f}",
        )
        for gap in roadmap.gaps
        if gap.gap_levels > 0 or gap.gap_points > 0
        for mover in gap.needle_movers
        if mover.next_option is not None and mover.gain_one_step is not None
    ]


def kpi_rows(q: Questionnaire, roadmap: Roadmap, lang: Lang) -> list[InitiativeKpis]:
    """Every scheduled initiative, in plan order, with its KPIs."""
    return [_initiative_kpis(q, roadmap, i, lang) for i in _scheduled(roadmap)]


def _scheduled(roadmap: Roadmap) -> list[PlannedInitiative]:
    return [i for i in roadmap.initiatives if i.horizon in SCHEDULED]


def _horizon_names(roadmap: Roadmap, lang: Lang) -> dict[Horizon, str]:
    return {h.horizon: h.name.get(lang) for h in roadmap.horizons}


def _grid_row(roadmap: Roadmap, index: int, lang: Lang) -> GridRow:
    lever = roadmap.levers[index]
    cells = [cell for cell in lever.cells if cell.horizon in SCHEDULED]
    return GridRow(
        lever=lever.name.get(lang),
        summary=lever.summary.get(lang),
        cells=[[roadmap.initiative(i).title.get(lang) for i in cell.initiatives] for cell in cells],
    )


def _initiative_kpis(
    q: Questionnaire, roadmap: Roadmap, initiative: PlannedInitiative, lang: Lang
) -> InitiativeKpis:
    levers = {lever.lever: lever.name.get(lang) for lever in roadmap.levers}
    needs = [roadmap.initiative(p).title.get(lang) for p in initiative.prerequisites]
    return InitiativeKpis(
        title=initiative.title.get(lang),
        dimension=q.dimension(initiative.dimension).name.get(lang),
        lever=levers[initiative.lever],
        horizon=_horizon_names(roadmap, lang)[initiative.horizon],
        step=f"{initiative.from_level}→{initiative.to_level}",
        effort=initiative.effort,
        impact=initiative.impact,
        quick_win=initiative.quick_win,
        needs="; ".join(needs),
        owner=_owner(initiative, lang),
        deliverable=initiative.deliverable.get(lang) if initiative.deliverable else "",
        kpis=[_kpi_line(k, lang) for k in initiative.kpis],
        baseline=_baseline(initiative, lang),
    )


def _owner(initiative: PlannedInitiative, lang: Lang) -> str:
    parts = []
    if initiative.owner is not None:
        parts.append(text("report.owned_by", lang, owner=initiative.owner.get(lang)))
    if initiative.duration_months is not None:
        parts.append(text("report.duration_months", lang, n=initiative.duration_months))
    return " · ".join(parts)


def _kpi_line(kpi: PlannedKpi, lang: Lang) -> KpiLine:
    baseline = []
    if kpi.baseline_method is not None:
        baseline.append(kpi.baseline_method.get(lang))
    if kpi.source is not None:
        baseline.append(text("report.kpi_source", lang, source=kpi.source.get(lang)))
    if kpi.frequency is not None:
        baseline.append(text(f"report.reviewed_{kpi.frequency}", lang))
    return KpiLine(
        name=kpi.name.get(lang),
        unit=kpi.unit.get(lang),
        direction=text(f"report.{kpi.direction}", lang),
        formula=kpi.formula.get(lang) if kpi.formula else "",
        baseline=text("report.clause_separator", lang).join(baseline),
    )


def _baseline(initiative: PlannedInitiative, lang: Lang) -> str:
    """Today's level on the questions the initiative improves (the planner's full hints quote
    whole answer options; the dimension pages show those)."""
    levels = sorted({a.level for a in initiative.answers if a.level is not None})
    if not levels:
        return text("report.baseline_none", lang)
    shown = str(levels[0]) if len(levels) == 1 else f"{levels[0]}–{levels[-1]}"
    return text("report.baseline_levels", lang, levels=shown, n=len(initiative.answers))


def _timelines(roadmap: Roadmap, lang: Lang, accent: str) -> list[Timeline]:
    """The timeline, one page after another when it is too long for one."""
    phases = [
        Phase(h.start_month, h.end_month, f"{h.start_month}–{h.end_month}")
        for h in roadmap.horizons
        if h.horizon in SCHEDULED and h.end_month is not None
    ]
    months = {h.horizon: (h.start_month, h.end_month or h.start_month) for h in roadmap.horizons}
    groups = [
        Group(
            lever.name.get(lang),
            [
                Bar(i.title.get(lang), *months[i.horizon], emphasis=i.quick_win)
                for i in _scheduled(roadmap)
                if i.lever == lever.lever
            ],
        )
        for lever in roadmap.levers
    ]
    return [
        Timeline(
            chart=timeline_chart(page, phases, accent, text("report.timeline", lang)),
            months=text("report.months", lang),
            names=timeline_rows(page),
            layout=TIMELINE_LAYOUT,
        )
        for page in timeline_pages(groups)
    ]
