"""`assess serve WORKSPACE`: the participant page for phones, with its join code and QR code."""

from __future__ import annotations

import io
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
    url: str  # what participants open
    join_url: str  # the same, with the code: what the QR code holds
    join_code: str
    roles: tuple[str, ...]
    free_roles: bool
    warning: str | None


def plan_serve(
    workspace: Path,
    host: str,
    port: int,
    public_url: str | None,
    roles: str | None,
    free_roles: bool,
) -> ServePlan:
    """Check the workspace and decide the address, join code and the roles offered."""
    from assess.storage import Workspace

    with Workspace.open(workspace) as ws:  # a file that is not a workspace is refused now
        lang = ws.engagement.get().language
        declared = tuple(r.name.get(lang) for r in ws.asked().roles)
    offered = _roles(roles) if roles is not None else declared
    url = public_url or serving.public_url(host, port)
    code = serving.new_join_code()
    return ServePlan(
        workspace=workspace,
        host=host,
        port=port,
        url=url,
        join_url=f"{url.rstrip('/')}/?code={code}",
        join_code=code,
        roles=offered,
        free_roles=free_roles or not offered,
        warning=None if serving.is_loopback(host) else serving.exposure_warning(host, port),
    )


def _roles(given: str) -> tuple[str, ...]:
    names = [" ".join(part.split()) for part in given.replace("，", ",").split(",")]
    return tuple(dict.fromkeys(n for n in names if n))


def qr_text(url: str) -> str:
    """The QR code of ``url`` drawn with block characters, for the terminal."""
    import segno

    out = io.StringIO()
    segno.make(url, error="m").terminal(out=out, compact=True, border=2)
    return out.getvalue()


def start_server(plan: ServePlan) -> None:
    """Serve the participant page until Ctrl+C."""
    from aiohttp import web

    from assess.web import guard
    from assess.web.server import ServeSettings, build_app

    settings = ServeSettings(
        workspace=plan.workspace,
        join_code=plan.join_code,
        roles=plan.roles,
        free_roles=plan.free_roles,
        accepted_hosts=guard.accepted_hosts(plan.host, plan.port, plan.url),
    )
    web.run_app(build_app(settings), host=plan.host, port=plan.port, print=None)


@click.command("serve")
@click.argument("workspace", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--public-url",
    default=None,
    help="Address participants open, when it differs from http://HOST:PORT (e.g. behind NAT).",
)
@click.option(
    "--roles",
    default=None,
    metavar="A,B,C",
    help="The roles participants pick from (default: the questionnaire's, e.g. "
    "高管,中层经理,一线员工).",
)
@click.option("--free-roles", is_flag=True, help="Participants may also type a role of their own.")
def serve(
    workspace: Path,
    host: str,
    port: int,
    public_url: str | None,
    roles: str | None,
    free_roles: bool,
) -> None:
    """Serve the participant page to phones and browsers on the workshop network.

    Prints the address, the join code and a QR code that holds both. Participants scan it (or
    open the address and type the code), pick their role, may give a name, and answer into
    WORKSPACE one question per screen. Listens on loopback unless --host says otherwise (then a
    warning is printed; --host 0.0.0.0 shows this machine's address on the network). Nothing is
    loaded from outside. Watch progress with `assess facilitate WORKSPACE` in another terminal.
    """
    plan = plan_serve(workspace, host, port, public_url, roles, free_roles)
    if plan.warning:
        click.secho(plan.warning, err=True, fg="yellow")
    click.echo(qr_text(plan.join_url), nl=False)
    click.echo(f"participants open: {plan.url}")
    click.echo(f"join code:         {plan.join_code}")
    click.echo(f"roles offered:     {', '.join(plan.roles) or '(typed by each participant)'}")
    click.echo(f"facilitator view:  assess facilitate {workspace}")
    click.echo("stop with Ctrl+C")
    start_server(plan)
