"""Import WeasyPrint without its slow search for native libraries.

WeasyPrint looks for each native library (Pango, HarfBuzz, fontconfig…) under several names in
turn, and ctypes answers every wrong guess by running the C compiler or the linker: about 20 ms
apiece, a quarter of a second in all, paid before a report can start rendering. While WeasyPrint
is imported, names are looked up in ldconfig's cache alone; a name it does not list falls through
to WeasyPrint's next guess, the library's file name, which the dynamic loader opens directly.
"""

from __future__ import annotations

import ctypes.util
import importlib
import sys


def import_weasyprint() -> None:
    """Import WeasyPrint once; later calls (and later imports of it) cost nothing."""
    if "weasyprint" in sys.modules:
        return
    quick = getattr(ctypes.util, "_findSoname_ldconfig", None)  # Linux and other ELF systems
    original = ctypes.util.find_library
    if quick is not None:
        ctypes.util.find_library = quick
    try:
        importlib.import_module("weasyprint")
    finally:
        ctypes.util.find_library = original
