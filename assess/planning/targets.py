"""Targets per dimension (default one level up) and the gap to them, in levels and points."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from assess.errors import BadInput, Problem
from assess.models import DimensionScore, Questionnaire, Scorecard
from assess.planning.models import DimensionGap

LOWEST_LEVEL = 1


def planning_level(score: DimensionScore) -> int:
    """The level planning starts from: the scored level, or the lowest when nothing was scored."""
    return score.level if score.level is not None else LOWEST_LEVEL


def default_target(q: Questionnaire, score: DimensionScore) -> int:
    """One level above the current level, capped at the top level."""
    return min(planning_level(score) + 1, q.max_level)


def dimension_gaps(
    q: Questionnaire, scorecard: Scorecard, targets: Mapping[str, int] | None = None
) -> list[DimensionGap]:
    """Target and gap of every dimension; `targets` override the default (checked first)."""
    chosen = dict(targets or {})
    problems = target_problems(chosen, q, "targets")
    if problems:
        raise BadInput(problems)
    return [_gap(q, scorecard.dimension(d.id), chosen.get(d.id)) for d in q.dimensions]


def target_problems(targets: Mapping[str, int], q: Questionnaire, source: str) -> list[Problem]:
    """Unknown dimensions and levels outside 1..max, one problem each."""
    dims = [d.id for d in q.dimensions]
    problems = []
    for dim, level in targets.items():
        if dim not in dims:
            problems.append(
                Problem(source, dim, f"unknown dimension '{dim}'", f"use one of {', '.join(dims)}")
            )
        elif not LOWEST_LEVEL <= level <= q.max_level:
            problems.append(
                Problem(
                    source,
                    dim,
                    f"target level {level} is outside {LOWEST_LEVEL}..{q.max_level}",
                    f"use a level from {LOWEST_LEVEL} to {q.max_level}",
                )
            )
    return problems


def parse_target_options(values: Iterable[str], q: Questionnaire) -> dict[str, int]:
    """`DIM=LEVEL` strings from the command line; BadInput names every bad one."""
    targets: dict[str, int] = {}
    problems: list[Problem] = []
    for value in values:
        dim, sep, level = value.partition("=")
        if not sep or not level.strip().isdigit():
            problems.append(
                Problem("--target", value, "expected DIM=LEVEL", "write e.g. --target data=4")
            )
            continue
        targets[dim.strip()] = int(level)
    problems += target_problems(targets, q, "--target")
    if problems:
        raise BadInput(problems)
    return targets


def _gap(q: Questionnaire, score: DimensionScore, target: int | None) -> DimensionGap:
    current = planning_level(score)
    level = default_target(q, score) if target is None else target
    threshold = q.scoring.level_thresholds[level - 1]
    dimension = q.dimension(score.dimension)
    return DimensionGap(
        dimension=dimension.id,
        name=dimension.name,
        weight=dimension.weight,
        current_score=score.score,
        current_level=score.level,
        target_level=level,
        target_source="default" if target is None else "set",
        gap_levels=max(0, level - current),
        gap_points=round(max(0.0, threshold - (score.score or 0.0)), 1),
    )
