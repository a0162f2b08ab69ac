"""Horizontal score bar on 0–100 with the level bands, today's score and the target."""

from __future__ import annotations

from dataclasses import dataclass

from assess.report.charts.svg import FAINT, INK, MUTED, RULE, document, num, tag, text, text_width

WIDTH, HEIGHT = 480.0, 40.0
LEFT, RIGHT, TRACK_Y, TRACK_H = 4.0, 476.0, 12.0, 11.0
BELOW = TRACK_Y + TRACK_H + 10
CLOSE = 34.0  # labels nearer than this are pushed apart


@dataclass(frozen=True)
class Band:
    """A level's score range on the bar."""

    start: float
    end: float
    label: str


def score_bar(
    score: float | None,
    target: float | None,
    bands: list[Band],
    accent: str,
    target_label: str,
    label: str,
) -> str:
    """Level names above the track; today's score and the target marker below it."""
    body = _bands(bands)
    close = score is not None and target is not None and abs(_x(score) - _x(target)) < CLOSE
    if score is not None:
        x = _x(score)
        body.append(tag("rect", x=LEFT, y=TRACK_Y, width=x - LEFT, height=TRACK_H, fill=accent))
        anchor = "end" if close and score < (target or 0) else "start" if close else "middle"
        value = num(round(score))
        body.append(
            text(
                _inside(x, anchor, value, 10),
                BELOW,
                value,
                font_size=10,
                fill=INK,
                text_anchor=anchor,
                font_weight="bold",
            )
        )
    if target is not None:
        x = _x(target)
        body.append(
            tag(
                "line",
                x1=x,
                y1=TRACK_Y - 2,
                x2=x,
                y2=TRACK_Y + TRACK_H + 2,
                stroke=INK,
                stroke_width=1.5,
                stroke_dasharray="2 2",
            )
        )
        anchor = "start" if close and (score or 0) < target else "end" if close else "middle"
        body.append(
            text(
                _inside(x, anchor, target_label, 8.5),
                BELOW,
                target_label,
                font_size=8.5,
                fill=MUTED,
                text_anchor=anchor,
            )
        )
    return document(WIDTH, HEIGHT, body, label)


def _inside(x: float, anchor: str, content: str, size: float) -> float:
    """The anchor position moved so that the text stays within the chart."""
    width = text_width(content, size)
    left = x - {"start": 0.0, "middle": width / 2, "end": width}[anchor]
    return x + max(0.0, -left) - max(0.0, left + width - WIDTH)


def _x(value: float) -> float:
    return LEFT + (RIGHT - LEFT) * max(0.0, min(100.0, value)) / 100


def _bands(bands: list[Band]) -> list[str]:
    body = []
    for index, band in enumerate(bands):
        x0, x1 = _x(band.start), _x(band.end)
        fill = FAINT if index % 2 == 0 else "#e6e8eb"
        body.append(tag("rect", x=x0, y=TRACK_Y, width=x1 - x0, height=TRACK_H, fill=fill))
        body.append(tag("line", x1=x0, y1=TRACK_Y - 9, x2=x0, y2=TRACK_Y, stroke=RULE))
        body.append(text(x0 + 3, TRACK_Y - 3, band.label, font_size=8, fill=MUTED))
    return body
