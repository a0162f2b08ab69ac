"""`assess join WORKSPACE`: one participant's app, as started by `assess serve` per browser."""

from __future__ import annotations

import os
from pathlib import Path

import click

from assess.errors import BadInput
from assess.serving import JOIN_CODE_ENV


@click.command("join", hidden=True)
@click.argument("workspace", type=click.Path(dir_okay=False, path_type=Path))
def join(workspace: Path) -> None:
    """Ask for the join code, then the participant's name and role, then the questions."""
    code = os.environ.get(JOIN_CODE_ENV, "")
    if not code.strip():
        raise BadInput.one(
            workspace,
            "no join code: participant sessions are started by assess serve",
            fix=f"run `assess serve {workspace}` and open the address it prints",
        )
    from assess.ui.participant import run_participant

    run_participant(workspace, code)
