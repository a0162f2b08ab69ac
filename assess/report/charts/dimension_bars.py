"""Current vs target as horizontal bars, one row per dimension: what the summary shows instead of
a radar when there are too many dimensions for a radar's labels to stay readable."""

from __future__ import annotations

from dataclasses import dataclass

from assess.report.charts.svg import INK, MUTED, RULE, document, fit, num, tag, text

WIDTH = 480.0
NAMES = 168.0  # the dimension names' column
LEFT, RIGHT = NAMES + 6, WIDTH - 8
ROW = 16.0
TOP = 18.0  # the level names above the rows
BAR = 8.0


@dataclass(frozen=True)
class Threshold:
    """Where a level starts on 0–100, and its name."""

    value: float
    label: str


def dimension_bars(
    names: list[str],
    current: list[float | None],
    target: list[float],
    thresholds: list[Threshold],
    accent: str,
    label: str,
) -> str:
    """A row per dimension: its name, today's score as a bar, the target as a tick."""
    height = TOP + ROW * len(names) + 6
    body = _thresholds(thresholds, height)
    for row, (name, now, goal) in enumerate(zip(names, current, target, strict=True)):
        y = TOP + ROW * row
        line = fit(name, 8.5, NAMES - 4)
        body.append(text(NAMES, y + BAR, line, font_size=8.5, fill=INK, text_anchor="end"))
        body.append(tag("rect", x=LEFT, y=y + 2, width=RIGHT - LEFT, height=BAR, fill="#f3f4f6"))
        if now is not None:
            width = (RIGHT - LEFT) * max(0.0, min(100.0, now)) / 100
            body.append(tag("rect", x=LEFT, y=y + 2, width=width, height=BAR, fill=accent))
            body.append(text(LEFT + width + 2, y + BAR, num(round(now)), font_size=7, fill=INK))
        x = _x(goal)
        body.append(tag("line", x1=x, y1=y, x2=x, y2=y + BAR + 4, stroke=INK, stroke_width=1.6))
    return document(WIDTH, height, body, label)


def _thresholds(thresholds: list[Threshold], height: float) -> list[str]:
    """A faint line where each level starts, its name above the rows."""
    found = []
    for item in thresholds:
        x = _x(item.value)
        found.append(tag("line", x1=x, y1=TOP - 4, x2=x, y2=height - 4, stroke=RULE))
        found.append(text(x + 2, TOP - 7, item.label, font_size=7, fill=MUTED))
    return found


def _x(value: float) -> float:
    return LEFT + (RIGHT - LEFT) * max(0.0, min(100.0, value)) / 100
