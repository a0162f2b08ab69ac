"""`assess export WORKSPACE --format csv|json [-o OUT] [--names]`: every respondent's answers."""

from __future__ import annotations

from pathlib import Path

import click

from assess.cli.options import names_option


@click.command("export")
@click.argument("workspace", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "json"]),
    required=True,
    help="csv: one row per respondent (as `assess import` reads); json: a response file.",
)
@click.option(
    "-o",
    "--output",
    "out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File to write (default: print to standard output).",
)
@names_option
def export(workspace: Path, fmt: str, out: Path | None, names: bool) -> None:
    """Export a workspace's answers as CSV (for spreadsheets) or JSON (everything).

    Respondents appear as R1, R2 … with their role, unless --names is given; only an export
    with --names keeps their ids, to be imported back into the same workspace.
    """
    from assess.files.outputs import refuse_target, write_output
    from assess.interchange.csv_export import answers_csv
    from assess.models.pseudonym import pseudonymised
    from assess.storage import Workspace

    if out is not None:
        refuse_target(out, [workspace])
    with Workspace.open(workspace, read_only=True) as ws:
        if fmt == "csv":
            people = ws.answers.plain()
            text = answers_csv(ws.asked(), people if names else pseudonymised(people))
        else:
            response = ws.to_response_file()
            if not names:
                hidden = pseudonymised(response.respondents)
                response = response.model_copy(update={"respondents": hidden})
            text = response.model_dump_json(indent=2) + "\n"
    if out is None:
        click.echo(text, nl=False)
        return
    # A byte-order mark lets Excel open a Chinese CSV as UTF-8.
    write_output(out, text.encode("utf-8-sig" if fmt == "csv" else "utf-8"), [workspace])
    click.echo(f"wrote {out}", err=True)
