"""WeasyPrint tuning: the speed-ups that reach into the internals of one WeasyPrint version.

Each is a small module here, kept because it paid for itself when measured patch by patch
(`make bench`, "WeasyPrint tuning"): the report's HTML read by expat (``html_tree``), no search
for native libraries (``library_search``), fontTools' unused parts not imported
(``deferred_fonttools``), pseudo-element styles computed on demand (``deferred_styles``), font
files copied only when read (``unread_font_files``) and text shaped once (``kept_layouts``).

They apply only to the WeasyPrint version pinned in assess's requirements (``weasyprint==…``), and
the setting ``ASSESS_WEASYPRINT_TUNING=off`` turns them all off. Either way WeasyPrint then works
as it was written, and the report looks the same (the tests render it both ways). Upgrading
WeasyPrint is the pin's line, plus these tests.
"""

from __future__ import annotations

import importlib
import os
import re
import sys
from functools import cache
from importlib import metadata

SETTING = "ASSESS_WEASYPRINT_TUNING"


def import_weasyprint() -> None:
    """Import WeasyPrint once, tuned when the tuning applies (even if it was imported first)."""
    if not tuned():
        importlib.import_module("weasyprint")
        return
    from assess.rendering.tuning.deferred_fonttools import fonttools_deferred
    from assess.rendering.tuning.deferred_styles import defer_pseudo_element_styles
    from assess.rendering.tuning.kept_layouts import keep_text_layouts
    from assess.rendering.tuning.library_search import import_without_library_search
    from assess.rendering.tuning.unread_font_files import read_font_files_on_demand

    if "weasyprint" not in sys.modules:
        with fonttools_deferred():
            import_without_library_search()
    keep_text_layouts()
    defer_pseudo_element_styles()
    read_font_files_on_demand()


def tuned() -> bool:
    """Does the tuning apply: not switched off, and the installed WeasyPrint is the pinned one?"""
    if os.environ.get(SETTING, "").lower() in ("off", "0", "no", "false"):
        return False
    pinned = pinned_version()
    return pinned is not None and _installed_version() == pinned


@cache
def pinned_version() -> str | None:
    """The WeasyPrint version assess pins (``weasyprint==X`` in its requirements)."""
    try:
        requirements = metadata.requires("assess") or []
    except metadata.PackageNotFoundError:
        return None
    for requirement in requirements:
        found = re.fullmatch(r"weasyprint\s*==\s*([\w.]+)", requirement.strip(), re.IGNORECASE)
        if found:
            return found[1]
    return None


@cache
def _installed_version() -> str:
    return metadata.version("weasyprint")
