"""`assess app [WORKSPACE]`: the terminal app, optionally opening a workspace file."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("app")
@click.argument(
    "workspace", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
def app(workspace: Path | None) -> None:
    """Open the terminal app (on WORKSPACE, when given)."""
    from assess.terminal import NO_TERMINAL, has_terminal
    from assess.ui.app import run

    if not has_terminal():
        click.echo(NO_TERMINAL, err=True)
        raise SystemExit(2)

    run(workspace)
