"""Spread of one question or one dimension: overall, per role and per group."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from assess.aggregation.breakdown import Figures, Partition, cells
from assess.aggregation.matrix import Cell
from assess.aggregation.models import (
    DimensionSpread,
    GroupCell,
    LevelCount,
    OptionCount,
    QuestionSpread,
)
from assess.aggregation.stats import distribution_stats
from assess.aggregation.tally import QuestionTally
from assess.models import Questionnaire
from assess.models.response import DONT_KNOW, NA, is_value
from assess.models.workshop import Consensus

PartCounts = dict[str, Counter[Cell]]  # part name -> counts of one question's cells


def question_spread(
    q: Questionnaire,
    tally: QuestionTally,
    by_role: PartCounts,
    by_group: PartCounts,
    parts: tuple[Partition, Partition],
    decision: Consensus | None,
    min_size: int,
) -> QuestionSpread:
    low, high = q.value_range(tally.question)
    role_cells = cells(parts[0], _question_figures(by_role, low, high), min_size)
    return QuestionSpread(
        question_id=tally.question.id,
        dimension=tally.question.dimension,
        stats=distribution_stats(tally.values, low, high),
        options=[OptionCount(value=v, count=c) for v, c in tally.values.items()],
        na=tally.na,
        dont_know=tally.dont_know,
        unanswered=tally.unanswered,
        role_gap=role_gap(role_cells, low, high),
        consensus=decision,
        by_role=role_cells,
        by_group=cells(parts[1], _question_figures(by_group, low, high), min_size),
    )


def _question_figures(counts: PartCounts, low: float, high: float) -> dict[str, Figures]:
    return {
        name: Figures(
            answered=sum(c for cell, c in counter.items() if cell is not None),
            stats=distribution_stats(
                {cell: c for cell, c in counter.items() if is_value(cell)}, low, high
            ),
            na=counter.get(NA, 0),
            dont_know=counter.get(DONT_KNOW, 0),
        )
        for name, counter in counts.items()
    }


def dimension_spread(
    q: Questionnaire,
    dimension_id: str,
    positions: Sequence[float | None],
    tallies: Sequence[QuestionTally],
    part_counts: tuple[Sequence[PartCounts], Sequence[PartCounts]],
    parts: tuple[Partition, Partition],
    min_size: int,
) -> DimensionSpread:
    """Spread of respondents' own 0–100 positions; N/A and "don't know" summed over questions."""
    counts = Counter(p for p in positions if p is not None)
    role_cells, group_cells = (
        cells(part, _dimension_figures(part, positions, found), min_size)
        for part, found in zip(parts, part_counts, strict=True)
    )
    return DimensionSpread(
        dimension=dimension_id,
        stats=distribution_stats(counts, 0.0, 100.0),
        levels=_levels(q, counts),
        na=sum(t.na for t in tallies),
        dont_know=sum(t.dont_know for t in tallies),
        role_gap=role_gap(role_cells, 0.0, 100.0),
        by_role=role_cells,
        by_group=group_cells,
    )


def _dimension_figures(
    part: Partition, positions: Sequence[float | None], question_counts: Sequence[PartCounts]
) -> dict[str, Figures]:
    figures = {}
    for name, counter in part.split(positions).items():
        scored = {p: c for p, c in counter.items() if p is not None}
        figures[name] = Figures(
            answered=sum(scored.values()),
            stats=distribution_stats(scored, 0.0, 100.0),
            na=sum(counts[name].get(NA, 0) for counts in question_counts),
            dont_know=sum(counts[name].get(DONT_KNOW, 0) for counts in question_counts),
        )
    return figures


def _levels(q: Questionnaire, counts: Counter[float]) -> list[LevelCount]:
    by_level: Counter[int] = Counter()
    for position, count in counts.items():
        by_level[q.level_at(position)] += count
    return [LevelCount(level=lv.value, count=by_level.get(lv.value, 0)) for lv in q.levels]


def role_gap(found: Sequence[GroupCell], low: float, high: float) -> float | None:
    """Highest minus lowest mean among shown cells, on a 0–100 scale; None below two."""
    means = [cell.stats.mean for cell in found if cell.stats is not None]
    if len(means) < 2 or high <= low:
        return None
    return 100.0 * (max(means) - min(means)) / (high - low)
