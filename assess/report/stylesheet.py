"""The report's print stylesheet: page.css and print.css from `reports/`, as one text."""

from __future__ import annotations

from assess.paths import reports_dir

STYLESHEETS = ("page.css", "print.css")


def report_css() -> str:
    folder = reports_dir()
    return "\n".join((folder / name).read_text(encoding="utf-8") for name in STYLESHEETS)
