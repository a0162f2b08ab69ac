"""How initiatives are ranked, and which count as quick wins.

Priority of an initiative i serving dimension d (computed by :func:`base_priority`)::

    priority = G_d × W_d × S_i × I_i / E_i

- G_d = gap of d in levels (target level − current level, at least 0);
- W_d = weight of d ÷ mean weight of all dimensions (1.0 when all weigh the same);
- S_i = 1 / (1 + from_level − current level): the next level step counts fully, the one after
  half, then a third — first things first;
- I_i = impact (1–5), E_i = effort (1–5): value for money.

The result is rounded to 2 decimals, so ties are visible and broken by initiative id.
An initiative other planned initiatives depend on takes the highest priority among them
(:func:`inherited_priorities`), so a prerequisite is never ranked below what it unlocks.
A prerequisite pulled in from outside the target range has G_d = 0 of its own and so lives on
that inherited priority.

Quick win: impact ≥ ``QUICK_WIN_MIN_IMPACT`` and effort ≤ ``QUICK_WIN_MAX_EFFORT``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from assess.i18n import text
from assess.models.roadmap import Initiative
from assess.models.text import Lang

QUICK_WIN_MIN_IMPACT = 4
QUICK_WIN_MAX_EFFORT = 2


def base_priority(
    initiative: Initiative, gap_levels: int, current_level: int, weight_factor: float
) -> float:
    """The documented formula, for one initiative (see the module docstring)."""
    step_factor = 1 / (1 + max(0, initiative.from_level - current_level))
    value = gap_levels * weight_factor * step_factor * initiative.impact / initiative.effort
    return round(value, 2)


def weight_factors(weights: Mapping[str, float]) -> dict[str, float]:
    """W_d: each dimension's weight divided by the mean weight."""
    mean = sum(weights.values()) / len(weights)
    return {dim: weight / mean for dim, weight in weights.items()}


def is_quick_win(initiative: Initiative) -> bool:
    return initiative.impact >= QUICK_WIN_MIN_IMPACT and initiative.effort <= QUICK_WIN_MAX_EFFORT


def inherited_priorities(
    own: Mapping[str, float], dependents: Mapping[str, Sequence[str]]
) -> dict[str, float]:
    """Each priority raised to the highest priority of anything that (transitively) needs it."""
    result: dict[str, float] = {}

    def resolve(node: str, trail: frozenset[str]) -> float:
        if node not in result:
            needers = [d for d in dependents.get(node, ()) if d not in trail]
            inherited = [resolve(d, trail | {node}) for d in needers]
            result[node] = max([own[node], *inherited])
        return result[node]

    for node in sorted(own):
        resolve(node, frozenset())
    return result


def priority_formula_text(lang: Lang) -> str:
    """The priority formula in words, for the report's method appendix."""
    return text(
        "plan.priority_formula", lang, impact=QUICK_WIN_MIN_IMPACT, effort=QUICK_WIN_MAX_EFFORT
    )
