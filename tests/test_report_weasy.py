"""WeasyPrint is imported without running a program per guessed library name, nor its C parser."""

from __future__ import annotations

from pathlib import Path

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
from assess.rendering.tuning.weasy import import_weasyprint
import_weasyprint()
import weasyprint.text.ffi as ffi
assert ffi.pango is not None and ffi.harfbuzz is not None and ffi.harfbuzz_subset is not None
assert ctypes.util.find_library is find, "the lookup must be put back"
print(len(lookups), len(programs))
"""
)

FILE_NAMES_FAIL = """
import cffi
from assess.rendering.tuning import weasy
from assess.rendering.tuning.weasy import import_weasyprint
quick = weasy._no_library_search
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
weasy._no_library_search = NothingLoads
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


C_TYPES = """
import sys
from pathlib import Path
from assess.rendering.tuning.weasy import import_weasyprint
import_weasyprint()
from weasyprint.text.ffi import ffi
parsed = []
original = ffi._parser.parse_type
ffi._parser.parse_type = lambda declaration: parsed.append(declaration) or original(declaration)
sizes = [ffi.sizeof(ffi.new(f"hb_codepoint_t[{n}]", list(range(n)))) for n in (3, 517, 4099)]
from assess.rendering import pdf
pdf.warm_up()
page = '<html lang="zh-CN"><body><p>评估 Assessment <b>报告</b></p></body></html>'
print(sizes, pdf.render_pdf(page).pages, parsed)
"""


def test_c_types_are_made_without_the_c_parser(tmp_path: Path) -> None:
    printed = run_python(C_TYPES, tmp_path / "out.pdf")
    assert printed.strip() == "[12, 2068, 16396] 1 []"
