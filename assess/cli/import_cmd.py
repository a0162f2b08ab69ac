"""`assess import CSV --workspace FILE [--skip-bad-rows]`: survey-tool answers into a workspace."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import click

from assess.cli.options import form_option, profile_option, questionnaire_option
from assess.models.text import Lang


@click.command("import")
@click.argument("csv_file", metavar="EXPORT", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--workspace",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Workspace to import into; created (with --questionnaire) when it does not exist.",
)
@click.option(
    "--skip-bad-rows",
    is_flag=True,
    help="Import the good rows and list the bad ones (default: import nothing if a row is bad).",
)
@click.option(
    "--skip-unknown-columns",
    is_flag=True,
    help="Leave out columns that match no question instead of refusing the file; they are "
    "listed. (A survey tool's own columns, such as 序号 or 提交答卷时间, are always left out.)",
)
@click.option(
    "--encoding",
    default=None,
    help="The file's encoding, when it is not UTF-8, UTF-16 or Chinese GBK (e.g. latin-1).",
)
@questionnaire_option
@click.option(
    "--lang",
    type=click.Choice(["zh", "en"]),
    default=None,
    help="Report language of a new workspace (default: the questionnaire's first language).",
)
@click.option(
    "--organization",
    default=None,
    help="Organization of a new workspace (default: the CSV file's name).",
)
@profile_option
@form_option
def import_(
    csv_file: Path,
    workspace: Path,
    skip_bad_rows: bool,
    skip_unknown_columns: bool,
    encoding: str | None,
    questionnaire: Path | None,
    lang: Lang | None,
    organization: str | None,
    profile: str | None,
    form: str | None,
) -> None:
    """Import answers exported by an online survey tool (one row per respondent).

    EXPORT is the tool's export as it is: Excel (.xlsx, .xls), .ods or CSV (UTF-8, UTF-16 or
    GBK, else name it with --encoding; comma or tab), e.g. from 问卷星 or 腾讯问卷. A question's
    column is headed by its text (as `1、题干`, `1.题干`, `Q1. 题干`), its id or its number
    (Q1); cells hold the option's text or number, N/A, ? (don't know), or a skip mark such as
    (跳过). Name, role and group columns are found by their usual headers (姓名, 职务, 岗位,
    部门 …); the tool's own columns (序号, 提交答卷时间 …) are left out. A column matching
    no question refuses the file, unless --skip-unknown-columns. All rows are imported in one
    transaction, or none; rows that answer no question are left out and listed.
    """
    from assess.cli.workspace_files import NewEngagement, open_or_create
    from assess.forking import items_from_child
    from assess.interchange.csv_import import ImportTally, csv_chunks

    tally = ImportTally()
    new = NewEngagement(organization or csv_file.stem, lang, profile, form)
    with open_or_create(workspace, questionnaire, new) as opening:
        produce = partial(
            csv_chunks,
            csv_file,
            opening.questionnaire,
            opening.asked,
            skip_bad_rows=skip_bad_rows,
            skip_unknown_columns=skip_unknown_columns,
            encoding=encoding,
        )
        with items_from_child(produce) as chunks:  # read on the other core while this one writes
            opening.fill(lambda ws: ws.answers.import_prepared(tally.prepared(chunks)))
    if tally.tool_columns:
        names = _first(tally.tool_columns)
        click.echo(f"left out the survey tool's own columns: {names}", err=True)
    if tally.skipped_columns:
        names = _first(tally.skipped_columns)
        click.echo(f"skipped {len(tally.skipped_columns)} unknown columns: {names}", err=True)
    for problem in tally.skipped[:SHOWN]:
        click.echo(f"skipped: {problem.render()}", err=True)
    if tally.skipped:
        click.echo(f"skipped {tally.skipped_rows} bad rows", err=True)
    if tally.unanswered:
        rows = _first([str(row) for row in tally.unanswered])
        count = len(tally.unanswered)
        click.echo(f"left out {count} rows that answer no question: {rows}", err=True)
    people = "respondent" if tally.respondents == 1 else "respondents"
    click.echo(f"imported {tally.respondents} {people} ({tally.answers} answers) into {workspace}")


SHOWN = 20  # problems and names printed at most; the count says how many there are


def _first(names: list[str]) -> str:
    return ", ".join(names[:SHOWN]) + (" …" if len(names) > SHOWN else "")
