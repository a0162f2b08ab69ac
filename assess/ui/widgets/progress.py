"""Answering progress per dimension: a panel (wide terminals) or a one-line strip (narrow)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.widgets import Static

from assess.ui.widgets.bars import ratio_bar

PANEL_BAR = 12


@dataclass(frozen=True)
class DimensionCount:
    """A dimension's name, answers given and questions in all; `current` when on screen."""

    dimension_id: str
    name: str
    answered: int
    total: int
    current: bool = False


class DimensionProgress(Static):
    """Click a dimension to jump to its first open question (``screen.jump_dimension``)."""

    def __init__(self, compact: bool, id: str) -> None:
        super().__init__(id=id)
        self._compact = compact

    def show(self, counts: list[DimensionCount]) -> None:
        render = _strip if self._compact else _panel
        self.update(Content("  " if self._compact else "\n").join(render(c) for c in counts))


def _style(count: DimensionCount) -> str:
    if count.answered == count.total:
        return "$success"
    return "bold $accent" if count.current else "$text"


def _click(count: DimensionCount) -> str:
    return f"@click=screen.jump_dimension('{count.dimension_id}')"


def _panel(count: DimensionCount) -> Content:
    marker = "▶ " if count.current else "  "
    done = f" {count.answered}/{count.total}"
    head = Content.assemble((marker, "$accent"), (count.name, _style(count)))
    line = Content.assemble("  ", ratio_bar(count.answered, count.total, PANEL_BAR, "$success"))
    return Content.assemble(head, "\n", line, (done, "$text-muted")).stylize(_click(count))


def _strip(count: DimensionCount) -> Content:
    name = count.name.split()[0] if count.name.isascii() else count.name[:2]
    text = Content.assemble(
        (name, _style(count)), (f" {count.answered}/{count.total}", "$text-muted")
    )
    return text.stylize(_click(count))
