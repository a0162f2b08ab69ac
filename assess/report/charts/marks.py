"""A row of answer cells, one per respondent, shaded by how high the answer sits on its scale."""

from __future__ import annotations

from dataclasses import dataclass

from assess.report.charts.svg import FAINT, INK, MUTED, document, tag, text, tint

CELL, GAP, HEIGHT = 24.0, 2.0, 16.0


@dataclass(frozen=True)
class Mark:
    """One respondent's answer: the text to print and its position 0–1 (None: N/A, ?, blank)."""

    label: str
    position: float | None


def marks_row(marks: list[Mark], accent: str, label: str) -> str:
    body = []
    for index, mark in enumerate(marks):
        x = index * (CELL + GAP)
        if mark.position is None:
            body.append(tag("rect", x=x, y=0, width=CELL, height=HEIGHT, fill=FAINT))
            colour = MUTED
        else:
            fill = tint(accent, 0.85 * (1 - mark.position))
            body.append(tag("rect", x=x, y=0, width=CELL, height=HEIGHT, fill=fill))
            colour = "#ffffff" if mark.position > 0.45 else INK
        if mark.label:
            body.append(
                text(x + CELL / 2, 11.5, mark.label, font_size=9, fill=colour, text_anchor="middle")
            )
    return document(_width(len(marks)), HEIGHT, body, label)


def keys_row(keys: list[str], label: str) -> str:
    """Column headings above a stack of `marks_row`s."""
    body = [
        text(
            i * (CELL + GAP) + CELL / 2, 11.5, key, font_size=8.5, fill=MUTED, text_anchor="middle"
        )
        for i, key in enumerate(keys)
    ]
    return document(_width(len(keys)), HEIGHT, body, label)


def _width(count: int) -> float:
    return max(1, count) * (CELL + GAP) - GAP
