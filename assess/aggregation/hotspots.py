"""Disagreement hotspots: the questions a workshop should discuss first."""

from __future__ import annotations

from collections.abc import Sequence

from assess.aggregation.models import Hotspot, QuestionSpread


def rank_hotspots(questions: Sequence[QuestionSpread], limit: int) -> list[Hotspot]:
    """Questions with at least two option answers, least agreement first.

    Ties go to the larger role gap, then to questionnaire order. At most ``limit`` are returned.
    """
    candidates = [
        (x.stats.agreement, -(x.role_gap or 0.0), index, x)
        for index, x in enumerate(questions)
        if x.stats is not None and x.stats.n >= 2
    ]
    ranked = sorted(candidates, key=lambda item: item[:3])[:limit]
    return [
        Hotspot(
            rank=rank,
            question_id=x.question_id,
            dimension=x.dimension,
            agreement=agreement,
            std=x.stats.std if x.stats else 0.0,
            n=x.stats.n if x.stats else 0,
            role_gap=x.role_gap,
            decided=x.consensus is not None,
        )
        for rank, (agreement, _, _, x) in enumerate(ranked, start=1)
    ]
