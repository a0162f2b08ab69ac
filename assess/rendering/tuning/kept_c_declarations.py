"""WeasyPrint's C declarations, parsed once and kept in the user's cache folder.

When it is imported, WeasyPrint hands cffi the C declarations of Pango, HarfBuzz, fontconfig
and the rest, and cffi parses them with pycparser: some 140M instructions, a tenth of getting
the PDF worker ready, on every report. The syntax tree depends only on that text (as cffi
prepares it) and on the versions of pycparser and Python, so it is kept (pickled, as the parsed
questionnaires are) under a digest of them and read back the next time. A damaged kept file is
parsed again.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import Any

from assess.cache_files import digest, kept_pickle
from assess.paths import cache_dir


@contextlib.contextmanager
def c_declarations_kept() -> Iterator[None]:
    """While in the block, cffi reads back the syntax trees of declarations it parsed before."""
    from cffi import cparser

    parser_for = cparser._get_parser
    cparser._get_parser = lambda: _KeptParser(parser_for, cparser.pycparser)
    try:
        yield
    finally:
        cparser._get_parser = parser_for


class _KeptParser:
    """pycparser's parser as cffi uses it (`parse`), with the trees kept."""

    def __init__(self, parser_for: Any, pycparser: Any) -> None:
        self._parser_for = parser_for
        self._pycparser = pycparser

    def parse(self, text: str) -> Any:
        name = digest(self._pycparser.__version__, sys.version, text)
        path = cache_dir() / "c-declarations" / f"{name}.pickle"
        tree_kind = self._pycparser.c_ast.FileAST
        return kept_pickle(path, tree_kind, lambda: self._parser_for().parse(text))
