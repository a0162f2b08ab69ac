"""Plan a roadmap: targets and gaps, candidate initiatives, priorities, phasing. No I/O."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from assess.models import KnowledgeBase, Questionnaire, Scorecard, Text
from assess.models.answer_counts import AnswerCounts
from assess.planning.answers import baseline_hint, summarize_answers
from assess.planning.grid import horizon_plans, lever_plans
from assess.planning.horizons import Capacity
from assess.planning.models import (
    AnswerSummary,
    DimensionGap,
    Horizon,
    PlannedInitiative,
    PlannedKpi,
    Roadmap,
)
from assess.planning.needle import needle_movers
from assess.planning.priority import (
    base_priority,
    inherited_priorities,
    is_quick_win,
    weight_factors,
)
from assess.planning.reasons import initiative_reason, initiative_titles
from assess.planning.scheduling import Work, schedule
from assess.planning.selection import Selected, select_initiatives
from assess.planning.targets import dimension_gaps, planning_level
from assess.scoring import pooled_inputs

HORIZON_ORDER = {h: n for n, h in enumerate(Horizon)}


def plan_roadmap(
    questionnaire: Questionnaire,
    kb: KnowledgeBase | None,
    scorecard: Scorecard,
    counts: AnswerCounts,
    targets: Mapping[str, int] | None = None,
    capacity: Capacity | None = None,
    profile: str | None = None,
) -> Roadmap:
    """The phased roadmap from a scorecard towards the targets (default: one level up).

    `counts` are the respondents' answers counted (for reasons, KPI baselines, needle movers);
    `targets` maps dimension ids to target levels (BadInput for unknown ids or levels). Without a
    catalogue of initiatives (`kb` None) the roadmap holds the targets, the gaps and what moves
    the needle (the next options of the answers), and no initiative. With a `profile`, only the
    initiatives that suit it are planned.
    """
    q, cap = questionnaire, capacity or Capacity()
    kb = kb.for_profile(profile) if kb is not None else None
    movers = needle_movers(q, counts)
    gaps = {
        g.dimension: g.model_copy(update={"needle_movers": movers[g.dimension]})
        for g in dimension_gaps(q, scorecard, targets)
    }
    current = {d.id: planning_level(q, scorecard.dimension(d.id)) for d in q.dimensions}
    wanted = {d: g.target_level for d, g in gaps.items()}
    holding = {d.dimension: set(d.capped_by) for d in scorecard.dimensions if d.capped_by}
    selected = select_initiatives(kb, current, wanted, holding) if kb is not None else {}
    priorities = _priorities(q, selected, gaps, current)
    horizons = schedule(
        [
            Work(i, s.initiative.effort, priorities[i][1], s.prerequisites)
            for i, s in selected.items()
        ],
        cap,
    )
    summaries = summarize_answers(q, counts, pooled_inputs(q, counts))
    titles = initiative_titles(kb.initiatives if kb is not None else [])
    planned = [
        _planned(s, kb, gaps[s.initiative.dimension], priorities[i], horizons[i], summaries, titles)
        for i, s in selected.items()
        if kb is not None
    ]
    planned.sort(key=lambda p: (HORIZON_ORDER[p.horizon], -p.priority, p.id))
    return Roadmap(
        questionnaire_id=q.id,
        questionnaire_version=q.version,
        knowledge_base_id=kb.id if kb is not None else None,
        capacity_per_quarter=cap.per_quarter,
        first_horizon_max_effort=cap.first_horizon_max_effort,
        gaps=[gaps[d.id] for d in q.dimensions],
        horizons=horizon_plans(planned, cap),
        levers=lever_plans(q, planned),
        initiatives=planned,
    )


def _priorities(
    q: Questionnaire,
    selected: Mapping[str, Selected],
    gaps: Mapping[str, DimensionGap],
    current: Mapping[str, int],
) -> dict[str, tuple[float, float]]:
    """(base, inherited) priority per selected initiative."""
    factors = weight_factors({d.id: d.weight for d in q.dimensions})
    base = {
        i: base_priority(
            s.initiative,
            gaps[s.initiative.dimension].gap_levels,
            current[s.initiative.dimension],
            factors[s.initiative.dimension],
        )
        for i, s in selected.items()
    }
    inherited = inherited_priorities(base, {i: s.required_by for i, s in selected.items()})
    return {i: (base[i], inherited[i]) for i in selected}


def _planned(
    item: Selected,
    kb: KnowledgeBase,
    gap: DimensionGap,
    priority: tuple[float, float],
    horizon: Horizon,
    summaries: Mapping[str, AnswerSummary],
    titles: Mapping[str, Text],
) -> PlannedInitiative:
    initiative = item.initiative
    answers: Sequence[AnswerSummary] = [
        summaries[x] for x in initiative.questions if x in summaries
    ]
    baseline = baseline_hint(answers)
    return PlannedInitiative(
        id=initiative.id,
        title=initiative.title,
        description=initiative.description,
        dimension=initiative.dimension,
        lever=initiative.lever,
        from_level=initiative.from_level,
        to_level=initiative.to_level,
        effort=initiative.effort,
        impact=initiative.impact,
        base_priority=priority[0],
        priority=priority[1],
        quick_win=is_quick_win(initiative),
        horizon=horizon,
        inclusion=item.inclusion,
        prerequisites=sorted(item.prerequisites),
        met_prerequisites=sorted(item.met_prerequisites),
        required_by=item.required_by,
        reason=initiative_reason(item, gap, titles, answers),
        answers=list(answers),
        kpis=[
            PlannedKpi(
                name=k.name,
                kind=k.kind,
                unit=k.unit,
                direction=k.direction,
                baseline=baseline,
                formula=k.formula,
                source=k.source,
                baseline_method=k.baseline,
                frequency=k.frequency,
                adoption=k.adoption,
            )
            for k in kb.kpis_of(initiative)
        ],
        owner=initiative.owner,
        deliverable=initiative.deliverable,
        duration_months=initiative.duration_months,
    )
