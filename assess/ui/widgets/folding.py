"""Chinese text laid out properly in the terminal.

A run of Chinese has no spaces to wrap at: it is folded between any two characters, but a line
never starts with closing punctuation (。，、；：？！）” …): the character before it moves down
with it (the kinsoku rule). Text without Chinese wraps at spaces as usual.

``hanging`` puts a mark beside such a text with the wrapped lines kept under the text.
"""

from __future__ import annotations

import re

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

CLOSING = set("。，、；：？！）》」』】〕”’…—·,.;:?!)]}%")
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


def fold_offsets(plain: str, width: int) -> list[int]:
    """Where to break `plain` (one paragraph) into lines of at most `width` cells."""
    breaks: list[int] = []
    start, cells = 0, 0
    for index, char in enumerate(plain):
        size = cell_len(char)
        if cells + size <= width or index == start:
            cells += size
            continue
        cut = index
        while cut - start > 1 and plain[cut] in CLOSING:
            cut -= 1  # the character before the punctuation goes down with it
        breaks.append(cut)
        start, cells = cut, cell_len(plain[cut : index + 1])
    return breaks


class Folded:
    """A Rich renderable: `text` folded to the width available, Chinese-aware."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.text)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        for paragraph in self.text.split("\n"):
            if not _CJK.search(paragraph.plain):
                yield from paragraph.wrap(console, width)
                continue
            yield from paragraph.divide(fold_offsets(paragraph.plain, width))


def hanging(mark: str, text: str | Text, mark_style: str = "", text_style: str = "") -> Table:
    """A one-row grid: `mark` (Rich style `mark_style`) and `text` folding beside it."""
    if isinstance(text, str):
        text = Text(text, style=text_style)
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(width=max(1, cell_len(mark)), no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_row(Text(mark, style=mark_style), Folded(text))
    return grid


Part = str | tuple[str, str]
_VARIABLE = re.compile(r"\$([a-z][a-z0-9-]*)")


def folded(parts: list[Part], variables: dict[str, str]) -> Folded:
    """Text from plain and (text, style) parts; ``$name`` in a style is the theme's colour."""
    text = Text()
    for part in parts:
        if isinstance(part, str):
            text.append(part)
        else:
            text.append(part[0], _VARIABLE.sub(lambda m: variables.get(m.group(1), ""), part[1]))
    return Folded(text)
