"""Cross-reference checks a schema cannot express (ids, scales, thresholds, critical caps)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from assess.models import Question, Questionnaire

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class Finding:
    loc: Loc
    message: str
    fix: str


def check_questionnaire(q: Questionnaire) -> list[Finding]:
    """Every cross-reference problem in a schema-valid questionnaire."""
    return [
        *_check_levels(q),
        *_check_thresholds(q),
        *duplicates(("dimensions",), [d.id for d in q.dimensions], "dimension id"),
        *duplicates(("questions",), [x.id for x in q.questions], "question id"),
        *_check_dimensions(q),
        *duplicates(("groups",), [g.id for g in q.groups], "group id"),
        *_check_groups(q),
        *_check_contrasts(q),
        *_check_scales(q),
        *(f for i, question in enumerate(q.questions) for f in _check_question(q, i, question)),
    ]


def duplicates(
    section: Loc, ids: list[str], what: str, *, field: str = "id", fix: str = "give it a new id"
) -> Iterator[Finding]:
    """A finding for each id that repeats one before it (at ``section[i].field``)."""
    seen: set[str] = set()
    for index, item in enumerate(ids):
        if item in seen:
            place: Loc = (*section, index, field) if field else (*section, index)
            yield Finding(place, f"duplicate {what} '{item}'", fix)
        seen.add(item)


def _check_levels(q: Questionnaire) -> Iterator[Finding]:
    values = [lv.value for lv in q.levels]
    first = values[0] if values else 1
    if first not in (0, 1) or values != list(range(first, first + len(values))):
        yield Finding(
            ("levels",),
            f"levels are numbered in order from 0 or from 1 (0, 1, 2 … or 1, 2, 3 …), got {values}",
            "renumber them",
        )


def _check_thresholds(q: Questionnaire) -> Iterator[Finding]:
    thresholds = q.scoring.level_thresholds
    loc: Loc = ("scoring", "level_thresholds")
    if len(thresholds) != len(q.levels):
        yield Finding(
            loc,
            f"{len(thresholds)} thresholds for {len(q.levels)} levels",
            "give one threshold per level: the score (0–100) at which it starts, the first 0",
        )
    if thresholds and thresholds[0] != 0:
        yield Finding((*loc, 0), "the first threshold must be 0", "set it to 0")
    for i in range(1, len(thresholds)):
        if thresholds[i] <= thresholds[i - 1]:
            yield Finding(
                (*loc, i), "thresholds out of order", "make each larger than the one before"
            )
    if any(t < 0 or t > 100 for t in thresholds):
        yield Finding(loc, "thresholds must lie between 0 and 100", "use scores from 0 to 100")
    bands = q.scoring.confidence_bands
    if bands.medium > bands.high:
        yield Finding(("scoring", "confidence_bands"), "medium is above high", "swap them")


def _check_dimensions(q: Questionnaire) -> Iterator[Finding]:
    levels = {lv.value for lv in q.levels}
    used = {question.dimension for question in q.questions}
    for index, dim in enumerate(q.dimensions):
        if dim.id not in used:
            yield Finding(
                ("dimensions", index), f"dimension '{dim.id}' has no questions", "add one"
            )
        described = set(dim.levels)
        if described and described != levels:
            missing = sorted(levels - described)
            extra = sorted(described - levels)
            yield Finding(
                ("dimensions", index, "levels"),
                f"level descriptions do not match the levels (missing {missing}, unknown {extra})",
                "describe each level exactly once",
            )


def _check_groups(q: Questionnaire) -> Iterator[Finding]:
    known = [d.id for d in q.dimensions]
    placed: set[str] = set()
    for index, group in enumerate(q.groups):
        for n, dim in enumerate(group.dimensions):
            loc: Loc = ("groups", index, "dimensions", n)
            if dim not in known:
                yield Finding(loc, f"unknown dimension '{dim}'", f"use one of: {', '.join(known)}")
            elif dim in placed:
                yield Finding(loc, f"dimension '{dim}' is in two groups", "keep it in one")
            placed.add(dim)


def _check_contrasts(q: Questionnaire) -> Iterator[Finding]:
    dims = [d.id for d in q.dimensions]
    for index, contrast in enumerate(q.contrasts):
        for at, dim in enumerate(contrast.dimensions):
            if dim not in dims:
                yield Finding(
                    ("contrasts", index, "dimensions", at),
                    f"unknown dimension '{dim}'",
                    f"use one of {', '.join(dims)}",
                )


def _check_scales(q: Questionnaire) -> Iterator[Finding]:
    for name, scale in q.scales.items():
        values = [p.value for p in scale.points]
        if len(set(values)) != len(values):
            yield Finding(("scales", name, "points"), "duplicate values in scale", "make unique")


def _check_question(q: Questionnaire, index: int, question: Question) -> Iterator[Finding]:
    loc: Loc = ("questions", index)
    if question.dimension not in {d.id for d in q.dimensions}:
        yield Finding(
            (*loc, "dimension"),
            f"unknown dimension '{question.dimension}'",
            f"use one of: {', '.join(d.id for d in q.dimensions)}",
        )
    yield from _check_options(q, loc, question)
    if question.critical and len(q.options_for(question)) >= 2:
        yield from _check_critical(q, loc, question)
    for n, earlier in enumerate(question.replaces):
        if q.has_question(earlier):
            yield Finding(
                (*loc, "replaces", n),
                f"'{earlier}' is a question of this version",
                "name only ids of earlier versions that this version no longer has",
            )


def _check_options(q: Questionnaire, loc: Loc, question: Question) -> Iterator[Finding]:
    values = [o.value for o in question.options]
    if len(set(values)) != len(values):
        yield Finding((*loc, "options"), "two options share a value", "give each option its value")
    if question.scale is None:
        if len(question.options) < 2:
            yield Finding(loc, "no answer options", "add `options` or refer to a `scale`")
        return
    if question.scale not in q.scales:
        known = ", ".join(q.scales) or "none defined"
        yield Finding((*loc, "scale"), f"unknown scale '{question.scale}'", f"use one of: {known}")
        return
    expected = {p.value for p in q.scales[question.scale].points}
    if question.options and set(values) != expected:
        yield Finding(
            (*loc, "options"),
            f"options {sorted(set(values))} do not cover scale '{question.scale}' "
            f"{sorted(expected)}",
            "give exactly one option per scale value",
        )


def _check_critical(q: Questionnaire, loc: Loc, question: Question) -> Iterator[Finding]:
    assert question.critical is not None
    low, high = q.value_range(question)
    if not low < question.critical.below <= high:
        yield Finding(
            (*loc, "critical", "below"),
            f"'below' must be above the lowest value {low} and at most {high}",
            "name the first value that is not low",
        )
    if question.critical.cap_level < q.min_level:
        yield Finding(
            (*loc, "critical", "cap_level"),
            f"cap_level {question.critical.cap_level} is below the lowest level {q.min_level}",
            "use a level of the questionnaire",
        )
    dims = [d.id for d in q.dimensions]
    for index, dim in enumerate(question.critical.also_caps):
        if dim not in dims or dim == question.dimension:
            yield Finding(
                (*loc, "critical", "also_caps", index),
                f"'{dim}' is not another dimension of the questionnaire",
                f"use one of {', '.join(d for d in dims if d != question.dimension)}",
            )
    if question.critical.cap_level >= q.max_level:
        yield Finding(
            (*loc, "critical", "cap_level"),
            f"cap_level {question.critical.cap_level} caps nothing (top level is {q.max_level})",
            "use a lower level",
        )
