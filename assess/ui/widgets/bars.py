"""Horizontal bars drawn with block characters (eighths), coloured by theme variables."""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content

_EIGHTHS = " ▏▎▍▌▋▊▉"
FULL = "█"
TRACK = "─"

LEVEL_STYLES = {1: "$error", 2: "$warning", 3: "$primary", 4: "$success", 5: "$accent"}


def level_style(level: int | None) -> str:
    """The colour of a maturity level (theme variable), muted when not scored."""
    if level is None:
        return "$text-muted"
    return LEVEL_STYLES.get(level, "$primary")


def bar(fraction: float, width: int, style: str = "$primary") -> Content:
    """A bar `width` cells wide, filled to `fraction` (clamped to 0..1)."""
    fraction = min(1.0, max(0.0, fraction))
    eighths = round(fraction * width * 8)
    full, part = divmod(eighths, 8)
    filled = FULL * full + (_EIGHTHS[part] if part else "")
    track = TRACK * (width - len(filled))
    return Content.assemble((filled, style), (track, "$text-disabled"))


def ratio_bar(done: int, total: int, width: int, style: str = "$primary") -> Content:
    return bar(done / total if total else 0.0, width, style)


def marked_bar(fraction: float, mark: float, width: int, style: str) -> Content:
    """A bar with a marker ``┃`` at `mark` (0..1), e.g. the target level's threshold."""
    base = bar(fraction, width, style)
    position = min(width - 1, max(0, round(mark * width) - 1))
    return Content.assemble(base[:position], ("┃", "bold $accent"), base[position + 1 :])


def padded(text: str, width: int, style: str = "") -> Content:
    """`text` padded with spaces to `width` terminal cells (a Chinese character takes two)."""
    return Content.styled(text + " " * max(0, width - cell_len(text)), style)


def name_width(names: list[str]) -> int:
    """A column wide enough for every name, and a gap."""
    return max((cell_len(name) for name in names), default=0) + 2
