"""WeasyPrint is imported without a compiler run per guessed library name."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import ctypes.util
calls = []
original = ctypes.util.find_library
def counting(name):
    calls.append(name)
    return original(name)
ctypes.util.find_library = counting
from assess.report.weasy import import_weasyprint
import_weasyprint()
import weasyprint.text.ffi as ffi
assert ffi.pango is not None and ffi.harfbuzz is not None
assert ctypes.util.find_library is counting, "the lookup must be put back"
print(len(calls))
"""


def test_library_lookups_skip_the_slow_search_and_are_put_back() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "0"  # every lookup went to ldconfig's cache directly
