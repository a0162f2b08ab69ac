"""What `assess report` and `assess demo` print: warnings on stderr, and the results."""

from __future__ import annotations

import click

from assess.rendering.writer import Written


def warn(message: str) -> None:
    click.echo(f"warning: {message}", err=True)


def describe(written: Written) -> str:
    if written.pages is None:
        return f"wrote {written.path}"
    unit = "slides" if written.path.suffix.lower() == ".pptx" else "pages"
    return f"wrote {written.path} ({written.pages} {unit})"
