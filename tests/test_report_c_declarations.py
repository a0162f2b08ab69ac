"""WeasyPrint's C declarations are parsed once, then read back from the cache folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import in_cache, run_python

IMPORT_AND_RENDER = """
import sys
from pathlib import Path
if sys.argv[1] == "no parser":
    from cffi import cparser

    class NoParser:
        def __init__(self):
            raise AssertionError("the C declarations were parsed again")

    cparser.pycparser.CParser = NoParser
from assess.rendering.pdf import render_pdf
print(render_pdf("<p>评估 Assessment</p>").pages)
"""


@pytest.mark.slow
def test_a_second_start_reads_the_declarations_back(home: Path, tmp_path: Path) -> None:
    assert run_python(IMPORT_AND_RENDER, "parser", tmp_path / "a.pdf").strip() == "1"
    assert len(in_cache(home, "c-declarations/*.pickle")) == 1
    assert run_python(IMPORT_AND_RENDER, "no parser", tmp_path / "b.pdf").strip() == "1"


@pytest.mark.slow
def test_a_damaged_kept_tree_is_parsed_again(home: Path, tmp_path: Path) -> None:
    run_python(IMPORT_AND_RENDER, "parser", tmp_path / "a.pdf")
    [tree] = in_cache(home, "c-declarations/*.pickle")
    whole = tree.read_bytes()
    tree.write_bytes(whole[: len(whole) // 2])  # cut short, as by a full disk
    assert run_python(IMPORT_AND_RENDER, "parser", tmp_path / "b.pdf").strip() == "1"
    assert tree.read_bytes() == whole
    assert run_python(IMPORT_AND_RENDER, "no parser", tmp_path / "c.pdf").strip() == "1"
