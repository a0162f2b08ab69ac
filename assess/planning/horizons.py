"""The planning horizons and how much work each can absorb."""

from __future__ import annotations

from dataclasses import dataclass

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


_RULES = {
    "en": (
        "Phasing: initiatives are placed, highest priority first, in the earliest horizon "
        "(0–3, 3–12, 12–24 months) that comes strictly after all their prerequisites and still "
        "has capacity: {per_quarter} effort points per quarter ({h1}, {h2} and {h3} points). "
        "The 0–3 month horizon takes only initiatives of effort ≤ {max_effort}. Work that does not "
        "fit within 24 months goes to the backlog. A prerequisite whose level step the "
        "organization has already reached counts as met; an unmet one outside the target range "
        "is pulled into the plan."
    ),
    "zh": (
        "分期规则：按优先级从高到低，把每项举措放入其全部前置举措之后、且仍有容量的最早阶段"
        "（0–3、3–12、12–24 个月）。容量为每季度 {per_quarter} 个投入点（各阶段分别为 {h1}、{h2}、"
        "{h3} 点）。0–3 个月阶段只安排投入 ≤ {max_effort} 的举措。24 个月内排不下的举措列入待办。"
        "组织已达到其等级台阶的前置举措视为已满足；目标范围之外、尚未满足的前置举措会被纳入计划。"
    ),
}


def phasing_rules_text(lang: Lang, capacity: Capacity | None = None) -> str:
    """The phasing rules in words, with the capacity used, for the report's method appendix."""
    cap = capacity or Capacity()
    h1, h2, h3 = (cap.points(h) for h in SCHEDULED)
    return _RULES[lang].format(
        per_quarter=cap.per_quarter, h1=h1, h2=h2, h3=h3, max_effort=cap.first_horizon_max_effort
    )
