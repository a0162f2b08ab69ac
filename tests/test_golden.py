"""The demo report's content and HTML are the golden files, unless a change meant otherwise
(then `make golden` writes them anew, and the diff is reviewed)."""

from __future__ import annotations

import difflib

import pytest

from assess.models.text import Lang
from tests.golden_files import FOLDER, golden_texts


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_demo_report_is_the_golden_one(lang: Lang) -> None:
    for name, made in golden_texts(lang).items():
        kept = (FOLDER / name).read_text(encoding="utf-8")
        if made != kept:
            diff = difflib.unified_diff(
                kept.splitlines(), made.splitlines(), f"golden/{name}", "now", lineterm="", n=1
            )
            shown = "\n".join(list(diff)[:40])
            pytest.fail(f"{name} differs (run `make golden` if this is meant):\n{shown}")
