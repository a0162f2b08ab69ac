"""Timeline (Gantt-like) over 0–24 months: one row per initiative, grouped by lever.

The chart is drawn in millimetres, beside an HTML column holding the groups' and initiatives'
names (see `TimelineRow`): WeasyPrint lays out SVG text one letter at a time, so some 250
letters of names cost it far more as chart text than as a page's text. Each name's row in that
column is exactly as tall as its row in the chart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from assess.report.charts.svg import FAINT, INK, MUTED, RULE, document, tag, text, wrap

WIDTH = 100.0  # mm
CHART_X0, CHART_X1 = 2.0, WIDTH - 2.0
ROW_H = GROUP_H = 7.3  # mm, the height of every row of the chart and of the names beside it
AXIS_H = 11.8  # mm above the first row: the horizons and the months
LABELS_W = 72.0  # mm, the column of names
LABEL_PT = 7.9  # the names' size, in points
MONTHS = 24
PAGE_ROWS = 28  # rows (groups' names and bars) that fit one A4 page under its title
POINT = 25.4 / 72  # mm
TIMELINE_LAYOUT = (
    f"--tl-row: {ROW_H}mm; --tl-axis: {AXIS_H}mm; --tl-names: {LABELS_W}mm; "
    f"--tl-chart: {WIDTH}mm; --tl-size: {LABEL_PT}pt"
)


@dataclass(frozen=True)
class Bar:
    label: str
    start_month: int
    end_month: int
    emphasis: bool = False


@dataclass(frozen=True)
class Group:
    name: str
    bars: list[Bar]


@dataclass(frozen=True)
class Phase:
    """A horizon band behind the bars."""

    start_month: int
    end_month: int
    label: str


@dataclass(frozen=True)
class TimelineRow:
    """A row of the names' column: a group's name, or an initiative's title in one or two lines."""

    kind: Literal["group", "item"]
    lines: list[str]


def timeline_pages(groups: list[Group], rows: int = PAGE_ROWS) -> list[list[Group]]:
    """The groups cut into pages of at most ``rows`` rows; a group cut in two keeps its name on
    the next page, and no page ends on a group's name alone."""
    pages: list[list[Group]] = [[]]
    used = 0
    for group in groups:
        bars = group.bars
        while bars:
            if rows - used < 2 and pages[-1]:
                pages.append([])
                used = 0
            taken = bars[: rows - used - 1]
            pages[-1].append(Group(group.name, taken))
            used += 1 + len(taken)
            bars = bars[len(taken) :]
    return [page for page in pages if page]


def timeline_rows(groups: list[Group]) -> list[TimelineRow]:
    """The names beside the chart, row for row."""
    rows = []
    for group in groups:
        if group.bars:
            rows.append(TimelineRow("group", [group.name]))
            rows.extend(TimelineRow("item", _lines(bar.label)) for bar in group.bars)
    return rows


def timeline_chart(groups: list[Group], phases: list[Phase], accent: str, label: str) -> str:
    """The horizons, the months and the bars (the column of names carries the word "months")."""
    height = AXIS_H + sum(GROUP_H + ROW_H * len(g.bars) for g in groups if g.bars) + 1.5
    body = _phases(phases, height)
    y = AXIS_H
    for group in groups:
        if not group.bars:
            continue
        rule = y + GROUP_H - 0.09  # under the names, the same 0.5pt line in HTML
        body.append(tag("line", x1=0, y1=rule, x2=WIDTH, y2=rule, stroke=RULE, stroke_width=0.18))
        y += GROUP_H
        for bar in group.bars:
            body.append(_bar(bar, y, accent))
            y += ROW_H
    return document(WIDTH, height, body, label, unit="mm")


def _lines(title: str) -> list[str]:
    """The title on one line, or on two when it is long (the second cut to fit)."""
    return wrap(title, LABEL_PT * POINT, LABELS_W - 6, lines=2)


def _x(month: float) -> float:
    return CHART_X0 + (CHART_X1 - CHART_X0) * month / MONTHS


def _phases(phases: list[Phase], height: float) -> list[str]:
    body = []
    for index, phase in enumerate(phases):
        x0, x1 = _x(phase.start_month), _x(min(phase.end_month, MONTHS))
        if index % 2 == 0:
            body.append(
                tag(
                    "rect",
                    x=x0,
                    y=AXIS_H - 1.4,
                    width=x1 - x0,
                    height=height - AXIS_H + 1.4,
                    fill=FAINT,
                )
            )
        body.append(
            text(
                (x0 + x1) / 2,
                3.6,
                phase.label,
                font_size=3.3,
                fill=INK,
                text_anchor="middle",
                font_weight="bold",
            )
        )
    for month in range(0, MONTHS + 1, 3):
        x = _x(month)
        body.append(
            tag(
                "line",
                x1=x,
                y1=AXIS_H - 2.8,
                x2=x,
                y2=AXIS_H - 1.4,
                stroke=MUTED,
                stroke_width=0.35,
            )
        )
        body.append(
            text(x, AXIS_H - 3.8, str(month), font_size=3, fill=MUTED, text_anchor="middle")
        )
    return body


def _bar(bar: Bar, y: float, accent: str) -> str:
    x0, x1 = _x(bar.start_month), _x(min(bar.end_month, MONTHS))
    return tag(
        "rect",
        x=x0 + 0.35,
        y=y + 1.75,
        width=max(0.7, x1 - x0 - 0.7),
        height=ROW_H - 3.5,
        rx=0.5,
        fill=accent,
        fill_opacity=1.0 if bar.emphasis else 0.45,
    )
