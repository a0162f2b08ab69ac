"""Place initiatives in horizons: prerequisites strictly earlier, capacity per horizon."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from assess.planning.horizons import SCHEDULED, Capacity
from assess.planning.models import Horizon


@dataclass(frozen=True)
class Work:
    """What the scheduler needs to know about one initiative."""

    id: str
    effort: int
    priority: float
    prerequisites: Sequence[str]


def schedule(items: Sequence[Work], capacity: Capacity) -> dict[str, Horizon]:
    """Greedy list scheduling, highest priority first (ties by id); the rest goes to the backlog.

    In each horizon, in order, an initiative is placed when all its prerequisites are placed in
    an earlier horizon, its effort is within the horizon's limit and it fits the capacity left.
    """
    order = sorted(items, key=lambda w: (-w.priority, w.id))
    placed: dict[str, Horizon] = {}
    for horizon in SCHEDULED:
        earlier = dict(placed)
        left = capacity.points(horizon) or 0
        limit = capacity.max_effort(horizon)
        for work in order:
            if work.id in placed or not _ready(work, earlier):
                continue
            if work.effort <= left and (limit is None or work.effort <= limit):
                placed[work.id] = horizon
                left -= work.effort
    return {w.id: placed.get(w.id, Horizon.BACKLOG) for w in items}


def _ready(work: Work, earlier: Mapping[str, Horizon]) -> bool:
    return all(p in earlier for p in work.prerequisites)
