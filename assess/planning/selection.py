"""Which initiatives enter the plan: those in the target range, those that raise the answer to a
critical question holding a dimension down, and unmet prerequisites."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from assess.models import Initiative, KnowledgeBase
from assess.planning.models import Inclusion


@dataclass
class Selected:
    """An initiative chosen for the plan, and how its prerequisites stand."""

    initiative: Initiative
    inclusion: Inclusion
    prerequisites: list[str] = field(default_factory=list)
    met_prerequisites: list[str] = field(default_factory=list)
    required_by: list[str] = field(default_factory=list)


def in_target_range(initiative: Initiative, current: int, target: int) -> bool:
    """The level step lies between the current and the target level."""
    return initiative.from_level >= current and initiative.to_level <= target


def is_met(initiative: Initiative, current: Mapping[str, int]) -> bool:
    """The organization has already reached this initiative's level step."""
    return initiative.to_level <= current[initiative.dimension]


def select_initiatives(
    kb: KnowledgeBase,
    current: Mapping[str, int],
    target: Mapping[str, int],
    holding: Mapping[str, set[str]] | None = None,
) -> dict[str, Selected]:
    """Candidates in the target range, those that improve a critical question in ``holding``
    (dimension id → the critical questions that cap it) of a dimension short of its target,
    plus, transitively, their unmet prerequisites; by id."""
    by_id = {i.id: i for i in kb.initiatives}
    chosen = {
        i.id: Selected(i, "gap")
        for i in kb.initiatives
        if in_target_range(i, current[i.dimension], target[i.dimension])
    }
    for i in kb.initiatives:
        held = (holding or {}).get(i.dimension, set())
        short = target[i.dimension] > current[i.dimension]  # the cap stands in the way
        if (
            i.id not in chosen
            and short
            and held & set(i.questions)
            and i.to_level <= target[i.dimension]
        ):
            chosen[i.id] = Selected(i, "unlock")
    queue = sorted(chosen)
    while queue:
        item = chosen[queue.pop(0)]
        for prereq_id in sorted(set(item.initiative.prerequisites)):
            prereq = by_id[prereq_id]
            if is_met(prereq, current):
                item.met_prerequisites.append(prereq_id)
                continue
            item.prerequisites.append(prereq_id)
            if prereq_id not in chosen:
                chosen[prereq_id] = Selected(prereq, "prerequisite")
                queue.append(prereq_id)
            chosen[prereq_id].required_by.append(item.initiative.id)
    for item in chosen.values():
        item.required_by.sort()
    return chosen
