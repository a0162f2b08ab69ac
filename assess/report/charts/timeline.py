"""Timeline (Gantt-like) over 0–24 months: one row per initiative, grouped by lever."""

from __future__ import annotations

from dataclasses import dataclass

from assess.report.charts.svg import FAINT, INK, MUTED, RULE, document, tag, text, wrap

WIDTH = 500.0
LABEL_W = 205.0
CHART_X0, CHART_X1 = LABEL_W + 8, WIDTH - 6
ROW_H, GROUP_H, AXIS_H = 21.0, 21.0, 34.0
LABEL_SIZE = 8.0
MONTHS = 24


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


def timeline_chart(
    groups: list[Group], phases: list[Phase], month_label: str, accent: str, label: str
) -> str:
    height = AXIS_H + sum(GROUP_H + ROW_H * len(g.bars) for g in groups if g.bars) + 4
    body = _phases(phases, height, month_label)
    y = AXIS_H
    for group in groups:
        if not group.bars:
            continue
        body.append(text(0, y + 14, group.name, font_size=11, fill=INK, font_weight="bold"))
        body.append(
            tag(
                "line",
                x1=0,
                y1=y + GROUP_H - 1,
                x2=WIDTH,
                y2=y + GROUP_H - 1,
                stroke=RULE,
                stroke_width=0.6,
            )
        )
        y += GROUP_H
        for bar in group.bars:
            body.extend(_bar(bar, y, accent))
            y += ROW_H
    return document(WIDTH, height, body, label)


def _x(month: float) -> float:
    return CHART_X0 + (CHART_X1 - CHART_X0) * month / MONTHS


def _phases(phases: list[Phase], height: float, month_label: str) -> list[str]:
    body = []
    for index, phase in enumerate(phases):
        x0, x1 = _x(phase.start_month), _x(min(phase.end_month, MONTHS))
        if index % 2 == 0:
            body.append(
                tag("rect", x=x0, y=AXIS_H - 4, width=x1 - x0, height=height - AXIS_H, fill=FAINT)
            )
        body.append(
            text(
                (x0 + x1) / 2,
                10,
                phase.label,
                font_size=9.5,
                fill=INK,
                text_anchor="middle",
                font_weight="bold",
            )
        )
    for month in range(0, MONTHS + 1, 3):
        x = _x(month)
        body.append(tag("line", x1=x, y1=AXIS_H - 8, x2=x, y2=AXIS_H - 4, stroke=MUTED))
        body.append(
            text(x, AXIS_H - 11, str(month), font_size=8.5, fill=MUTED, text_anchor="middle")
        )
    body.append(
        text(CHART_X0 - 6, AXIS_H - 11, month_label, font_size=8.5, fill=MUTED, text_anchor="end")
    )
    return body


def _bar(bar: Bar, y: float, accent: str) -> list[str]:
    x0, x1 = _x(bar.start_month), _x(min(bar.end_month, MONTHS))
    return [
        *_label(bar.label, y),
        tag(
            "rect",
            x=x0 + 1,
            y=y + 5,
            width=max(2.0, x1 - x0 - 2),
            height=ROW_H - 10,
            rx=1.5,
            fill=accent,
            fill_opacity=1.0 if bar.emphasis else 0.45,
        ),
    ]


def _label(content: str, y: float) -> list[str]:
    """The initiative's title on one line, or on two when it is long (the second cut to fit)."""
    lines = wrap(content, LABEL_SIZE, LABEL_W - 10, lines=2)
    top = y + 13.5 - (len(lines) - 1) * (LABEL_SIZE + 1) / 2
    return [
        text(10, top + index * (LABEL_SIZE + 1), line, font_size=LABEL_SIZE, fill=INK)
        for index, line in enumerate(lines)
    ]
