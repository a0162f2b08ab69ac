"""A mark and a text beside it whose wrapped lines stay under the text (a hanging indent).

Needed for Chinese: a run of CJK characters has no space to break at, so inline after a mark
it would start on a line of its own. The two-column grid keeps it beside the mark, folding
between any two characters.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.table import Table
from rich.text import Text


def hanging(mark: str, text: str | Text, mark_style: str = "", text_style: str = "") -> Table:
    """A one-row grid: `mark` (Rich style `mark_style`) and `text` wrapping beside it."""
    if isinstance(text, str):
        text = Text(text, style=text_style)
    text.overflow = "fold"
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(width=max(1, cell_len(mark)), no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_row(Text(mark, style=mark_style), text)
    return grid
