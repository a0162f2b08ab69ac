"""The app's words and their layout: every label in both languages, Chinese folded properly,
and the first screen reachable without the heavy core modules."""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from assess.ui.labels import t
from assess.ui.widgets.folding import CLOSING, Folded, fold_offsets
from tests.conftest import run_python


def test_labels_are_filled_in() -> None:
    assert t("question_of", "zh", n=3, count=7) == "第 3/7 题"
    assert t("question_of", "en", n=3, count=7) == "Question 3 of 7"


@pytest.mark.parametrize("width", range(10, 41))
def test_chinese_folds_without_a_line_starting_with_punctuation(width: int) -> None:
    text = "按地区、新老客户等几个粗略的群体发送不同内容，规则由人工设定，很少评估效果。”：好"
    cuts = fold_offsets(text, width)
    lines = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    assert "".join(lines) == text
    assert all(line[0] not in CLOSING for line in lines)
    assert all(cell_len(line) <= width for line in lines)


def test_english_still_wraps_at_spaces() -> None:
    console = Console(width=20, record=True)
    console.print(Folded(Text("Every user sees the same content")))
    lines = [line.rstrip() for line in console.export_text().splitlines()]
    assert lines == ["Every user sees the", "same content"]


def test_the_first_screen_needs_neither_pydantic_nor_the_core() -> None:
    """What `assess` imports before its first screen (the 0.6 s start budget)."""
    code = (
        "import sys\n"
        "import assess.entry, assess.ui.app, assess.ui.screens.home\n"
        "heavy = sorted(m for m in sys.modules\n"
        "    if m.split('.')[0] in ('pydantic', 'weasyprint', 'yaml', 'jinja2')\n"
        "    or m.startswith(('assess.models', 'assess.storage', 'assess.loading')))\n"
        "print(','.join(heavy))\n"
    )
    assert run_python(code).strip() == ""
