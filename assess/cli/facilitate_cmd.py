"""`assess facilitate WORKSPACE`: the facilitator's live view of a workshop."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("facilitate")
@click.argument("workspace", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--name", default="", help="Your name, recorded with each consensus decision.")
def facilitate(workspace: Path, name: str) -> None:
    """Who is answering and who has finished, spread and hotspots, consensus per question."""
    from assess.storage import Workspace
    from assess.terminal import NO_TERMINAL, has_terminal
    from assess.ui.facilitator_app import run_facilitator

    if not has_terminal():
        click.echo(NO_TERMINAL, err=True)
        raise SystemExit(2)

    Workspace.open(workspace).close()  # a file that is not a workspace is refused before the UI
    run_facilitator(workspace, name)
