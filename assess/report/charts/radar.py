"""Radar chart: one axis per dimension on a 0–100 scale, rings at the level thresholds."""

from __future__ import annotations

import math
from dataclasses import dataclass

from assess.report.charts.svg import INK, MUTED, RULE, document, num, tag, text, wrap

WIDTH, HEIGHT = 420.0, 330.0
CENTRE_X, CENTRE_Y, RADIUS = WIDTH / 2, HEIGHT / 2 + 6, 118.0
LABEL_SIZE = 15.0
LINE = LABEL_SIZE * 1.2


@dataclass(frozen=True)
class Ring:
    """A reference ring: the score it sits at and its label (a level name)."""

    value: float
    label: str


@dataclass(frozen=True)
class Series:
    """One polygon: a value (0–100) per axis; `dashed` draws an outline only."""

    name: str
    values: list[float]
    colour: str
    dashed: bool = False


def radar_chart(axes: list[str], rings: list[Ring], series: list[Series], label: str) -> str:
    body = [*_grid(len(axes), rings), *_axis_labels(axes)]
    for item in series:
        body.extend(_polygon(item))
    return document(WIDTH, HEIGHT, body, label)


def _point(axis: float, count: int, value: float) -> tuple[float, float]:
    angle = -math.pi / 2 + 2 * math.pi * axis / count
    distance = RADIUS * max(0.0, min(100.0, value)) / 100
    return CENTRE_X + distance * math.cos(angle), CENTRE_Y + distance * math.sin(angle)


def _points(values: list[float]) -> str:
    count = len(values)
    return " ".join(
        f"{num(x)},{num(y)}" for x, y in (_point(i, count, v) for i, v in enumerate(values))
    )


def _grid(count: int, rings: list[Ring]) -> list[str]:
    body = [
        tag("polygon", points=_points([ring.value] * count), fill="none", stroke=RULE)
        for ring in [*rings, Ring(100, "")]
        if ring.value > 0
    ]
    for axis in range(count):
        x, y = _point(axis, count, 100)
        body.append(tag("line", x1=CENTRE_X, y1=CENTRE_Y, x2=x, y2=y, stroke=RULE))
    for ring in rings:
        if ring.value > 0:
            x, y = _point(0.5, count, ring.value)  # between the first two axes
            body.append(text(x + 2, y - 2, ring.label, font_size=9, fill=MUTED))
    return body


def _axis_labels(axes: list[str]) -> list[str]:
    body = []
    for axis, name in enumerate(axes):
        x, y = _point(axis, len(axes), 100)
        dx, dy = x - CENTRE_X, y - CENTRE_Y
        anchor = "middle" if abs(dx) < 1 else ("start" if dx > 0 else "end")
        room = WIDTH - x - 12 if dx > 1 else x - 12 if dx < -1 else 160.0
        lines = wrap(name, LABEL_SIZE, min(110.0, room))
        offset_y = -8 - LINE * (len(lines) - 1) if dy < -1 else (LINE + 2 if dy > 1 else 5)
        for index, line in enumerate(lines):
            body.append(
                text(
                    x + (8 if dx > 1 else -8 if dx < -1 else 0),
                    y + offset_y + LINE * index,
                    line,
                    font_size=LABEL_SIZE,
                    fill=INK,
                    text_anchor=anchor,
                    font_weight="bold",
                )
            )
    return body


def _polygon(item: Series) -> list[str]:
    points = _points(item.values)
    if item.dashed:
        return [
            tag(
                "polygon",
                points=points,
                fill="none",
                stroke=item.colour,
                stroke_width=1.4,
                stroke_dasharray="4 3",
            )
        ]
    dots = [
        tag("circle", cx=x, cy=y, r=2.6, fill=item.colour)
        for x, y in (_point(i, len(item.values), v) for i, v in enumerate(item.values))
    ]
    shape = tag(
        "polygon",
        points=points,
        fill=item.colour,
        fill_opacity=0.16,
        stroke=item.colour,
        stroke_width=1.8,
    )
    return [shape, *dots]
