"""WeasyPrint is imported without running a program per guessed library name."""

from __future__ import annotations

from tests.conftest import run_python

COUNTING = """
import ctypes.util
import subprocess
lookups, programs = [], []
original_find, original_popen = ctypes.util.find_library, subprocess.Popen
def find(name):
    lookups.append(name)
    return original_find(name)
class Popen(original_popen):
    def __init__(self, args, *more, **options):
        programs.append(args)
        super().__init__(args, *more, **options)
ctypes.util.find_library = find
subprocess.Popen = Popen
"""

PROBE = (
    COUNTING
    + """
from assess.rendering.tuning import import_weasyprint
import_weasyprint()
import weasyprint.text.ffi as ffi
assert ffi.pango is not None and ffi.harfbuzz is not None and ffi.harfbuzz_subset is not None
assert ctypes.util.find_library is find, "the lookup must be put back"
print(len(lookups), len(programs))
"""
)

FILE_NAMES_FAIL = """
import cffi
from assess.rendering.tuning import library_search
from assess.rendering.tuning import import_weasyprint
quick = library_search._no_library_search
original_dlopen = cffi.FFI.dlopen
def refuse(self, name, flags=0):
    raise OSError(f"cannot open {name}")
class NothingLoads:
    def __enter__(self):
        self.inner = quick()
        self.inner.__enter__()
        cffi.FFI.dlopen = refuse
    def __exit__(self, *exc):
        cffi.FFI.dlopen = original_dlopen
        return self.inner.__exit__(*exc)
library_search._no_library_search = NothingLoads
import_weasyprint()
import weasyprint.text.ffi as ffi
from weasyprint import HTML
assert ffi.pango is not None and HTML(string="<p>x</p>").render().pages
"""


def test_weasyprint_loads_its_libraries_without_running_any_program() -> None:
    assert run_python(PROBE).split() == ["0", "0"]


def test_where_the_file_names_do_not_load_the_ordinary_import_still_works() -> None:
    assert (
        run_python(FILE_NAMES_FAIL) == ""
    )  # WeasyPrint's advice from the first attempt is not shown
