"""Small helpers for writing SVG by hand: elements, escaped text, width estimates."""

from __future__ import annotations

import re
import unicodedata
from html import escape

FONT_STACK = "'Noto Sans CJK SC', 'Noto Sans', 'DejaVu Sans', sans-serif"
INK = "#1f2430"
MUTED = "#6b7280"
RULE = "#d6d9de"
FAINT = "#f1f2f4"


def num(value: float) -> str:
    """A coordinate with at most two decimals and no trailing zeros."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def attrs(**values: str | float) -> str:
    """SVG attributes from keyword arguments; underscores become dashes, numbers are rounded."""
    parts = []
    for key, value in values.items():
        text = num(value) if isinstance(value, int | float) else value
        parts.append(f'{key.rstrip("_").replace("_", "-")}="{escape(text)}"')
    return " ".join(parts)


def tag(name: str, **values: str | float) -> str:
    return f"<{name} {attrs(**values)}/>"


def text(x: float, y: float, content: str, **values: str | float) -> str:
    """A text element; the content is escaped."""
    return f"<text {attrs(x=x, y=y, **values)}>{escape(content)}</text>"


def document(width: float, height: float, body: list[str], label: str, unit: str = "") -> str:
    """A complete SVG with a viewBox; its size in `unit` (CSS may scale it to its container)."""
    size = f'width="{num(width)}{unit}" height="{num(height)}{unit}"'
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {num(width)} {num(height)}" '
        f'{size} role="img" aria-label="{escape(label)}" '
        f'font-family="{escape(FONT_STACK)}">' + "".join(body) + "</svg>"
    )


def tint(colour: str, amount: float) -> str:
    """A #RRGGBB colour mixed with white (`amount` 0 = unchanged, 1 = white)."""
    channels = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(c + (255 - c) * amount) for c in channels]
    return "#" + "".join(f"{c:02x}" for c in mixed)


def char_width(char: str) -> float:
    """Approximate advance of one character, in ems."""
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return 1.0
    if char in "il.,:;'|!":
        return 0.3
    return 0.62 if char.isupper() else 0.54


def text_width(content: str, size: float) -> float:
    return sum(char_width(c) for c in content) * size


def fit(content: str, size: float, width: float) -> str:
    """The content, cut with an ellipsis so that it fits in `width`."""
    if text_width(content, size) <= width:
        return content
    budget = width - text_width("…", size)
    out = ""
    for char in content:
        if text_width(out + char, size) > budget:
            break
        out += char
    return out.rstrip() + "…"


def wrap(content: str, size: float, width: float, lines: int = 2) -> list[str]:
    """Break the content into at most `lines` lines of `width`; the last one is cut to fit."""
    units = _UNITS.findall(content)
    result: list[str] = []
    current = ""
    for index, unit in enumerate(units):
        if current and text_width(current + unit, size) > width:
            result.append(current.rstrip())
            if len(result) == lines - 1:
                return [*result, fit("".join(units[index:]).strip(), size, width)]
            current = unit.lstrip()
        else:
            current += unit
    return [*result, current.strip()] if current.strip() else result


_UNITS = re.compile(r"[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+\s*|\s+")
