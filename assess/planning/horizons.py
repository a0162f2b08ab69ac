"""The planning horizons and how much work each can absorb."""

from __future__ import annotations

from dataclasses import dataclass

from assess.i18n import text
from assess.models.text import Lang
from assess.planning.models import (
    DEFAULT_CAPACITY_PER_QUARTER,
    FIRST_HORIZON_MAX_EFFORT,
    Horizon,
    Roadmap,
)

SCHEDULED = (Horizon.MONTHS_0_3, Horizon.MONTHS_3_12, Horizon.MONTHS_12_24)
MONTHS: dict[Horizon, tuple[int, int | None]] = {
    Horizon.MONTHS_0_3: (0, 3),
    Horizon.MONTHS_3_12: (3, 12),
    Horizon.MONTHS_12_24: (12, 24),
    Horizon.BACKLOG: (24, None),
}


@dataclass(frozen=True)
class Capacity:
    """How much effort fits in each horizon: ``per_quarter`` × the horizon's quarters."""

    per_quarter: int = DEFAULT_CAPACITY_PER_QUARTER
    first_horizon_max_effort: int = FIRST_HORIZON_MAX_EFFORT

    @classmethod
    def of(cls, roadmap: Roadmap) -> Capacity:
        """The capacity a roadmap was phased with (for its method text)."""
        return cls(roadmap.capacity_per_quarter, roadmap.first_horizon_max_effort)

    def __post_init__(self) -> None:
        if self.per_quarter < 1 or self.first_horizon_max_effort < 1:
            raise ValueError("capacity and maximum effort must be at least 1")

    def points(self, horizon: Horizon) -> int | None:
        """Effort points available in a horizon; None (unlimited) for the backlog."""
        start, end = MONTHS[horizon]
        return None if end is None else self.per_quarter * (end - start) // 3

    def max_effort(self, horizon: Horizon) -> int | None:
        return self.first_horizon_max_effort if horizon == Horizon.MONTHS_0_3 else None


def phasing_rules_text(lang: Lang, capacity: Capacity | None = None) -> str:
    """The phasing rules in words, with the capacity used, for the report's method appendix."""
    cap = capacity or Capacity()
    h1, h2, h3 = (cap.points(h) for h in SCHEDULED)
    return text(
        "plan.phasing_rules",
        lang,
        per_quarter=cap.per_quarter,
        h1=h1,
        h2=h2,
        h3=h3,
        max_effort=cap.first_horizon_max_effort,
    )
