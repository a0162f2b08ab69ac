"""Distribution strip: one cell per answer option, shaded by how many respondents chose it."""

from __future__ import annotations

from assess.report.charts.svg import INK, RULE, document, num, tag, text, tint

CELL, GAP, HEIGHT = 22.0, 2.0, 26.0


def distribution_strip(
    counts: list[int], median_index: float | None, accent: str, label: str
) -> str:
    """`counts[i]` respondents chose option i (lowest first); the median is an option index."""
    most = max(counts, default=0) or 1
    body = []
    for index, count in enumerate(counts):
        x = index * (CELL + GAP)
        if not count:
            body.append(tag("rect", x=x, y=1, width=CELL, height=16, fill="#ffffff", stroke=RULE))
            continue
        share = count / most
        fill = tint(accent, 0.8 * (1 - share))
        body.append(tag("rect", x=x, y=1, width=CELL, height=16, fill=fill))
        colour = "#ffffff" if share > 0.5 else INK
        body.append(
            text(x + CELL / 2, 13, str(count), font_size=9.5, fill=colour, text_anchor="middle")
        )
    if median_index is not None:
        x = median_index * (CELL + GAP) + CELL / 2
        body.append(
            tag("polygon", points=f"{num(x - 3.5)},25 {num(x + 3.5)},25 {num(x)},19", fill=INK)
        )
    width = len(counts) * (CELL + GAP) - GAP
    return document(width, HEIGHT, body, label)
