"""Import WeasyPrint without its slow search for native libraries.

WeasyPrint tries each native library (Pango, HarfBuzz, fontconfig…) under several names in turn,
and for every name that is not a file name ctypes runs a program: `ldconfig -p`, or the C
compiler and the linker when ldconfig does not know the name. That is some twenty programs,
0.08 s of CPU before a report can start rendering. Each list of names also holds the library's
Linux file name (``libpango-1.0.so.0``), which the dynamic loader opens directly; so while
WeasyPrint is imported, no name is looked up and the loader is asked for each name as given.
Should that find no library (another naming scheme), WeasyPrint is imported again the ordinary
way.
"""

from __future__ import annotations

import contextlib
import ctypes.util
import importlib
import io
import sys
from collections.abc import Iterator


def import_without_library_search() -> None:
    try:
        with _no_library_search(), contextlib.redirect_stdout(io.StringIO()):
            importlib.import_module("weasyprint")  # on failure it prints advice, then raises
    except OSError:
        _forget_weasyprint()
        importlib.import_module("weasyprint")


@contextlib.contextmanager
def _no_library_search() -> Iterator[None]:
    original = ctypes.util.find_library
    ctypes.util.find_library = lambda name: None
    try:
        yield
    finally:
        ctypes.util.find_library = original


def _forget_weasyprint() -> None:
    """Drop the modules of a failed import, so that the next one starts afresh."""
    for name in [n for n in sys.modules if n == "weasyprint" or n.startswith("weasyprint.")]:
        del sys.modules[name]
