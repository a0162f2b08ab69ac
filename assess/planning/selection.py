"""Which initiatives enter the plan: those in the target range, and unmet prerequisites."""

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
    kb: KnowledgeBase, current: Mapping[str, int], target: Mapping[str, int]
) -> dict[str, Selected]:
    """Candidates in the target range plus, transitively, their unmet prerequisites; by id."""
    by_id = {i.id: i for i in kb.initiatives}
    chosen = {
        i.id: Selected(i, "gap")
        for i in kb.initiatives
        if in_target_range(i, current[i.dimension], target[i.dimension])
    }
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
