"""Import WeasyPrint without its slow search for native libraries, and make its C types quickly.

WeasyPrint tries each native library (Pango, HarfBuzz, fontconfig…) under several names in turn,
and for every name that is not a file name ctypes runs a program: `ldconfig -p`, or the C
compiler and the linker when ldconfig does not know the name. That is some twenty programs, a
tenth to a quarter of a second before a report can start rendering. Each list of names also
holds the library's Linux file name (``libpango-1.0.so.0``), which the dynamic loader opens
directly; so while WeasyPrint is imported, no name is looked up and the loader is asked for each
name as given. Should that find no library (another naming scheme), WeasyPrint is imported again
the ordinary way. The C declarations it gives cffi are parsed once and then read back
(`kept_c_declarations`).

Once imported, the pointer and array types WeasyPrint asks cffi for (``T *``, ``T[]``, ``T[N]``,
with a new N for every font it subsets) are made directly from ``T``: cffi would run its C parser
over each, some 6-12 ms apiece, 0.05-0.1 s per PDF. Its fonts are then subset in one pass
(`font_subset`), the parts of fontTools it does not use are not imported
(`deferred_fonttools`), and its streams are compressed at zlib's level 6 (`pdf_compression`).
Its text is shaped once instead of twice (`kept_layouts`), struts and font descriptions are
worked out once per style (`style_memos`), the styles of pseudo-elements nothing uses are not
computed (`deferred_styles`), and font files are copied whole only if read
(`unread_font_files`).
"""

from __future__ import annotations

import contextlib
import ctypes.util
import importlib
import io
import re
import sys
from collections.abc import Iterator
from typing import Any

from assess.rendering.tuning.deferred_fonttools import fonttools_deferred
from assess.rendering.tuning.deferred_styles import defer_pseudo_element_styles
from assess.rendering.tuning.font_subset import subset_in_one_pass
from assess.rendering.tuning.kept_c_declarations import c_declarations_kept
from assess.rendering.tuning.kept_layouts import keep_text_layouts
from assess.rendering.tuning.pdf_compression import compress_at_level_6
from assess.rendering.tuning.style_memos import remember_per_style
from assess.rendering.tuning.unread_font_files import read_font_files_on_demand

CHECKED_VERSION = "70."  # the WeasyPrint whose internals these speed-ups and `html_tree` rely on


def import_weasyprint() -> None:
    """Import WeasyPrint once and speed it up, even if something else imported it first."""
    if "weasyprint" not in sys.modules:
        _import()
    _quick_c_types()
    if checked_version():
        subset_in_one_pass()
        keep_text_layouts()
        remember_per_style()
        defer_pseudo_element_styles()
        read_font_files_on_demand()
    compress_at_level_6()


def checked_version() -> bool:
    """Whether the WeasyPrint imported is the one its internals were checked against here;
    with another, what relies on them steps aside and WeasyPrint works as it was written."""
    import weasyprint

    version: str = weasyprint.__version__
    return version.startswith(CHECKED_VERSION)


def _import() -> None:
    with fonttools_deferred(), c_declarations_kept():
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


def _quick_c_types() -> None:
    from weasyprint.text.ffi import ffi

    parsed = getattr(ffi, "_parsed_types", None)  # cffi's cache: C declaration → its type
    if type(parsed) is dict and hasattr(ffi, "_backend") and hasattr(ffi, "_parser"):
        ffi._parsed_types = _QuickTypes(ffi, parsed)


class _QuickTypes(dict[str, Any]):
    """cffi's cache of parsed C types, which makes the pointers and arrays missing from it
    (``T *``, ``T[]``, ``T[N]`` of a C type or typedef name ``T``) without the C parser."""

    DERIVED = re.compile(r"(\w+(?: \w+)*) ?(?:(\*)|\[(\d*)\])")

    def __init__(self, ffi: Any, parsed: dict[str, Any]) -> None:
        super().__init__(parsed)
        self._ffi = ffi

    def __missing__(self, declaration: str) -> Any:
        match = self.DERIVED.fullmatch(declaration) if isinstance(declaration, str) else None
        item = self._item_type(match[1]) if match else None
        if match is None or item is None:
            raise KeyError(declaration)  # cffi parses it, as ever
        backend = self._ffi._backend
        pointer = backend.new_pointer_type(item)
        length = None if match[2] or not match[3] else int(match[3])
        made = (pointer if match[2] else backend.new_array_type(pointer, length), False)
        self[declaration] = made
        return made

    def _item_type(self, name: str) -> Any:
        """The C type `name` stands for, if it is a C type or a typedef cffi was given."""
        from cffi import model

        if name in model.PrimitiveType.ALL_PRIMITIVE_TYPES:
            declared: Any = model.PrimitiveType(name)
        else:
            declared = self._ffi._parser._declarations.get(f"typedef {name}", (None,))[0]
        if declared is None:
            return None
        with self._ffi._lock:
            return self._ffi._get_cached_btype(declared)
