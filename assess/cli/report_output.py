"""What `assess report` and `assess demo` print: warnings on stderr, the logo check, results."""

from __future__ import annotations

from pathlib import Path

import click

from assess.report.writer import Written


def warn(message: str) -> None:
    click.echo(f"warning: {message}", err=True)


def checked_logo(path: Path | None) -> Path | None:
    """The logo file to embed; a missing engagement logo is skipped with a warning."""
    if path is not None and not path.is_file():
        warn(f"logo {path} not found; the cover has no logo")
        return None
    return path


def describe(written: Written) -> str:
    if written.pages is None:
        return f"wrote {written.path}"
    return f"wrote {written.path} ({written.pages} pages)"
