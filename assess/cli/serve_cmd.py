"""`assess serve WORKSPACE [--host 127.0.0.1] [--port 8000]`: the app in workshop browsers."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import click

from assess import serving


@dataclass(frozen=True)
class ServePlan:
    """Everything `assess serve` prints and starts."""

    workspace: Path
    host: str
    port: int
    url: str
    command: str
    join_code: str
    warning: str | None


def plan_serve(workspace: Path, host: str, port: int, public_url: str | None) -> ServePlan:
    """Check the workspace and decide the address, join code and participant command."""
    from assess.storage import Workspace

    Workspace.open(workspace).close()  # a file that is not a workspace is refused now
    warning = None if serving.is_loopback(host) else serving.exposure_warning(host, port)
    return ServePlan(
        workspace=workspace,
        host=host,
        port=port,
        url=public_url or serving.public_url(host, port),
        command=serving.participant_command(workspace),
        join_code=serving.new_join_code(),
        warning=warning,
    )


def start_server(plan: ServePlan) -> None:
    """Run textual-serve until Ctrl+C; each browser session runs `plan.command`."""
    from textual_serve.server import Server

    os.environ[serving.JOIN_CODE_ENV] = plan.join_code  # inherited by every participant process
    Server(
        plan.command, host=plan.host, port=plan.port, title="assess", public_url=plan.url
    ).serve()


@click.command("serve")
@click.argument("workspace", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--public-url",
    default=None,
    help="Address participants open, when it differs from http://HOST:PORT (e.g. behind NAT).",
)
def serve(workspace: Path, host: str, port: int, public_url: str | None) -> None:
    """Serve the app to browsers: each participant joins with the code printed here.

    Listens on loopback unless --host says otherwise (then a warning is printed). Every
    participant enters the join code, their name and role, then answers into WORKSPACE.
    Watch progress with `assess facilitate WORKSPACE` in another terminal.
    """
    plan = plan_serve(workspace, host, port, public_url)
    if plan.warning:
        click.secho(plan.warning, err=True, fg="yellow")
    click.echo(f"participants open: {plan.url}")
    click.echo(f"join code:         {plan.join_code}")
    click.echo(f"facilitator view:  assess facilitate {workspace}")
    start_server(plan)
