"""An engagement among its peers: percentile ranks per dimension, only with enough peers."""

from __future__ import annotations

from collections.abc import Sequence
from statistics import quantiles

from pydantic import BaseModel

from assess.portfolio.summary import EngagementSummary

MIN_PEERS = 5


class DimensionStanding(BaseModel):
    dimension: str
    score: float | None
    percentile: float | None  # share of peers below, ties counted half (0–100)
    peers_p25: float | None
    peers_median: float | None
    peers_p75: float | None


class Standing(BaseModel):
    peers: int
    enough: bool
    minimum: int = MIN_PEERS
    overall_percentile: float | None
    dimensions: list[DimensionStanding]


def standing(engagement: EngagementSummary, peers: Sequence[EngagementSummary]) -> Standing:
    """Where ``engagement`` stands among ``peers`` (itself never counted among them)."""
    others = [p for p in peers if p.key != engagement.key]
    enough = len(others) >= MIN_PEERS
    dimensions = []
    for own in engagement.dimensions:
        scores = [
            d.score
            for p in others
            for d in p.dimensions
            if d.dimension == own.dimension and d.score is not None
        ]
        quartiles = quantiles(scores, n=4) if enough and len(scores) >= 2 else None
        dimensions.append(
            DimensionStanding(
                dimension=own.dimension,
                score=own.score,
                percentile=rank(own.score, scores) if enough else None,
                peers_p25=quartiles[0] if quartiles else None,
                peers_median=quartiles[1] if quartiles else None,
                peers_p75=quartiles[2] if quartiles else None,
            )
        )
    overall = [p.overall for p in others if p.overall is not None]
    return Standing(
        peers=len(others),
        enough=enough,
        overall_percentile=rank(engagement.overall, overall) if enough else None,
        dimensions=dimensions,
    )


def rank(value: float | None, others: Sequence[float]) -> float | None:
    """Percentile rank of ``value`` among ``others``: the share below, ties counted half."""
    if value is None or not others:
        return None
    below = sum(1 for x in others if x < value)
    ties = sum(1 for x in others if x == value)
    return 100 * (below + ties / 2) / len(others)
