"""Many identical problems in one file as one line: "missing zh text in 462 places: first at …"."""

from __future__ import annotations

from collections import defaultdict

from assess.errors import Problem

GROUP_FROM = 4  # this many identical problems are reported as one


def grouped(problems: list[Problem]) -> list[Problem]:
    """``problems`` in order, those sharing file, message and fix folded into their first."""
    alike: dict[tuple[str, str, str], list[Problem]] = defaultdict(list)
    for problem in problems:
        alike[(problem.file, problem.message, problem.fix)].append(problem)
    folded = []
    for same in alike.values():
        if len(same) < GROUP_FROM:
            folded.extend(same)
            continue
        first = same[0]
        message = f"{first.message} — {len(same):,} places like this one"
        folded.append(Problem(first.file, first.place, message, first.fix, first.line))
    return folded
