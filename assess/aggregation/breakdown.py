"""Per-role and per-group breakdowns that never single out a respondent.

Rules (``min_size`` defaults to 3):

1. A role or group with fewer than ``min_size`` members is hidden ("group_below_minimum").
2. Overall figures are always shown, so overall minus the shown parts gives the hidden parts
   together. When the hidden members add up to fewer than ``min_size`` (but more than none),
   the smallest shown parts are hidden too ("protects_small_group") until they do.
3. Roles and groups are two ways of splitting the same people: a shown group whose members
   differ from a shown role's by fewer than ``min_size`` people (but at least one) would give
   those people away by subtraction, so that group is hidden ("protects_small_group").
   Unions of several parts are not compared.
4. A shown part's cell for one question is hidden when fewer than ``min_size`` of its members
   answered that question at all ("too_few_answers").

Hidden parts are listed with their reason, never silently dropped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, replace
from operator import itemgetter
from typing import TypeVar

from assess.aggregation.models import GroupCell, GroupInfo, HiddenReason, Stats

NO_LABEL = ""
T = TypeVar("T", bound=Hashable)


@dataclass(frozen=True)
class Partition:
    """Respondents split into named parts (by role or by group) and what may be shown."""

    labels: tuple[str, ...]  # per respondent
    sizes: dict[str, int]  # part name -> members, in order of first appearance
    hidden: dict[str, HiddenReason]
    members: dict[str, list[int]]  # part name -> positions of its members

    def info(self) -> list[GroupInfo]:
        return [
            GroupInfo(
                name=name,
                size=size,
                shown=name not in self.hidden,
                hidden_reason=self.hidden.get(name),
            )
            for name, size in self.sizes.items()
        ]

    def split(self, column: Sequence[T]) -> dict[str, Counter[T]]:
        """Count a column's values per shown part."""
        return {name: Counter(self.take(name, column)) for name in self.shown()}

    def take(self, name: str, column: Sequence[T]) -> Sequence[T]:
        """The entries of a column that belong to one part's members."""
        members = self.members[name]
        if len(members) == 1:
            return [column[members[0]]]
        return itemgetter(*members)(column)  # type: ignore[no-any-return]

    def shown(self) -> list[str]:
        return [name for name in self.sizes if name not in self.hidden]

    def hidden_cells(self) -> list[GroupCell]:
        return [
            GroupCell(name=name, shown=False, hidden_reason=reason)
            for name, reason in self.hidden.items()
        ]


def partition(labels: Iterable[str | None], min_size: int) -> Partition:
    """Split by label (None counts as no label) and hide by rules 1 and 2."""
    names = tuple(NO_LABEL if label is None else label.strip() for label in labels)
    sizes = dict(Counter(names))
    hidden: dict[str, HiddenReason] = {
        name: "group_below_minimum" for name, size in sizes.items() if size < min_size
    }
    _protect(sizes, hidden, min_size)
    members: dict[str, list[int]] = {name: [] for name in sizes}
    for index, name in enumerate(names):
        members[name].append(index)
    return Partition(names, sizes, hidden, members)


def _protect(sizes: dict[str, int], hidden: dict[str, HiddenReason], min_size: int) -> None:
    """Rule 2: hide the smallest shown parts until the hidden ones hold ``min_size`` people."""
    while 0 < sum(sizes[name] for name in hidden) < min_size:
        shown = sorted((size, name) for name, size in sizes.items() if name not in hidden)
        if not shown:
            return
        hidden[shown[0][1]] = "protects_small_group"


def cross_protect(roles: Partition, groups: Partition, min_size: int) -> Partition:
    """Rule 3: hide groups that differ from a shown role by fewer than ``min_size`` people."""
    overlap = Counter(zip(roles.labels, groups.labels, strict=True))
    hidden = dict(groups.hidden)
    for group in groups.shown():
        for role in roles.shown():
            differ = roles.sizes[role] + groups.sizes[group] - 2 * overlap.get((role, group), 0)
            if 0 < differ < min_size:
                hidden[group] = "protects_small_group"
    if hidden == groups.hidden:
        return groups
    _protect(groups.sizes, hidden, min_size)
    return replace(groups, hidden=hidden)


@dataclass(frozen=True)
class Figures:
    """A shown part's figures for one question or dimension."""

    answered: int  # members who answered (for a dimension: who have a position on it)
    stats: Stats | None
    na: int
    dont_know: int


def cells(part: Partition, figures: dict[str, Figures], min_size: int) -> list[GroupCell]:
    """One cell per part: shown parts with their figures (rule 4), then the hidden ones."""
    result = []
    for name, found in figures.items():
        if found.answered < min_size:
            result.append(GroupCell(name=name, shown=False, hidden_reason="too_few_answers"))
            continue
        result.append(
            GroupCell(
                name=name, shown=True, stats=found.stats, na=found.na, dont_know=found.dont_know
            )
        )
    return result + part.hidden_cells()
