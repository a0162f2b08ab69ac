"""Text measured in terminal cells (a Chinese character takes two)."""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size


def clip(text: str, cells: int) -> str:
    """At most ``cells`` terminal cells of text, with … when cut."""
    if cell_len(text) <= cells:
        return text
    return set_cell_size(text, cells - 1).rstrip() + "…"
