"""The report's print stylesheet: page.css and print.css from `reports/`, as one text."""

from __future__ import annotations

from assess.paths import reports_dir

PAGE_CSS = "page.css"  # the pages, running header and page numbers
STYLESHEETS = (PAGE_CSS, "print.css")


def report_css(names: tuple[str, ...] = STYLESHEETS) -> str:
    """The stylesheets `names` (by default all of the report's), as one text."""
    folder = reports_dir()
    return "\n".join((folder / name).read_text(encoding="utf-8") for name in names)
