"""Targets per dimension (default one level up) and the gap to them, in levels and points."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from assess.errors import BadInput, Problem
from assess.models import DimensionScore, Questionnaire, Scorecard
from assess.planning.models import DimensionGap

_FORMAT_ERROR = ("expected DIM=LEVEL", "write e.g. --target data=4")


def planning_level(q: Questionnaire, score: DimensionScore) -> int:
    """The level planning starts from: the scored level, or the lowest when nothing was scored."""
    return score.level if score.level is not None else q.min_level


def default_target(q: Questionnaire, score: DimensionScore) -> int:
    """One level above the current level, capped at the top level."""
    return min(planning_level(q, score) + 1, q.max_level)


def dimension_gaps(
    q: Questionnaire, scorecard: Scorecard, targets: Mapping[str, int] | None = None
) -> list[DimensionGap]:
    """Target and gap of every dimension; `targets` override the default (checked first)."""
    chosen = dict(targets or {})
    problems = target_problems(chosen, q, "targets")
    if problems:
        raise BadInput(problems)
    return [_gap(q, scorecard.dimension(d.id), chosen.get(d.id)) for d in q.dimensions]


def target_problems(
    targets: Mapping[str, int], q: Questionnaire, source: str, place: str = ""
) -> list[Problem]:
    """Unknown dimensions and levels outside the scale, one problem each; `place` prefixes ids."""
    return [
        Problem(source, place + dim, *wrong)
        for dim, level in targets.items()
        if (wrong := target_error(dim, level, q)) is not None
    ]


def target_error(dim: str, level: int, q: Questionnaire) -> tuple[str, str] | None:
    """(message, fix) when a target names an unknown dimension or a level outside the scale."""
    dims = [d.id for d in q.dimensions]
    if dim not in dims:
        return f"unknown dimension '{dim}'", f"use one of {', '.join(dims)}"
    if not q.min_level <= level <= q.max_level:
        return (
            f"target level {level} is outside {q.min_level}..{q.max_level}",
            f"use a level from {q.min_level} to {q.max_level}",
        )
    return None


def parse_target_options(values: Iterable[str], q: Questionnaire) -> dict[str, int]:
    """`DIM=LEVEL` strings from the command line; BadInput names every bad one."""
    targets: dict[str, int] = {}
    problems: list[Problem] = []
    for value in values:
        parsed = _split_target(value)
        wrong = _FORMAT_ERROR if parsed is None else target_error(*parsed, q)
        if wrong is not None:
            problems.append(Problem(f"--target {value}", "", *wrong))
        elif parsed is not None:
            targets[parsed[0]] = parsed[1]
    if problems:
        raise BadInput(problems)
    return targets


def _split_target(value: str) -> tuple[str, int] | None:
    """`DIM=LEVEL` as (dimension, level), or None when it is not of that form."""
    dim, sep, level = value.partition("=")
    try:
        return (dim.strip(), int(level.strip())) if sep else None
    except ValueError:
        return None


def _gap(q: Questionnaire, score: DimensionScore, target: int | None) -> DimensionGap:
    current = planning_level(q, score)
    level = default_target(q, score) if target is None else target
    threshold = q.threshold(level)
    dimension = q.dimension(score.dimension)
    return DimensionGap(
        dimension=dimension.id,
        name=dimension.name,
        weight=dimension.weight,
        current_score=score.score,
        current_level=score.level,
        capped_by=score.capped_by,
        target_level=level,
        target_source="default" if target is None else "set",
        gap_levels=max(0, level - current),
        gap_points=round(max(0.0, threshold - (score.score or 0.0)), 1),
    )
