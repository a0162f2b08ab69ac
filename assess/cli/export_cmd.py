"""`assess export WORKSPACE --format csv|json [-o OUT]`: every respondent's answers out."""

from __future__ import annotations

from pathlib import Path

import click


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
def export(workspace: Path, fmt: str, out: Path | None) -> None:
    """Export a workspace's answers as CSV (for spreadsheets) or JSON (everything)."""
    from assess.interchange.csv_export import answers_csv
    from assess.storage import Workspace

    with Workspace.open(workspace) as ws:
        if fmt == "csv":
            text = answers_csv(ws.questionnaire(), ws.plain_respondents())
        else:
            text = ws.to_response_file().model_dump_json(indent=2) + "\n"
    if out is None:
        click.echo(text, nl=False)
        return
    # A byte-order mark lets Excel open a Chinese CSV as UTF-8.
    out.write_text(text, encoding="utf-8-sig" if fmt == "csv" else "utf-8", newline="")
    click.echo(f"wrote {out}", err=True)
