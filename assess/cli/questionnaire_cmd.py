"""`assess questionnaire list|validate|schema|update|template`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from assess.cli.options import form_option, profile_option
from assess.errors import BadInput, Problem
from assess.loading.questionnaire_files import (
    SCHEMA_MODELS,
    describe_installed,
    validate_file,
)

if TYPE_CHECKING:
    from assess.models import Engagement, Questionnaire
    from assess.models.text import Lang
    from assess.storage import Workspace


@click.group()
def questionnaire() -> None:
    """List, validate and describe questionnaire files; make blank sheets and surveys."""


@questionnaire.command("list")
def list_cmd() -> None:
    """Show the installed questionnaires."""
    for line in describe_installed():
        click.echo(line)


@questionnaire.command("validate")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def validate_cmd(paths: tuple[Path, ...]) -> None:
    """Check questionnaire and roadmap files; print every problem with its line (exit 2 if any)."""
    problems: list[Problem] = []
    for path in paths:
        try:
            click.echo(f"ok  {path}: {validate_file(path)}")
        except BadInput as exc:
            problems.extend(exc.problems)
    if problems:
        raise BadInput(problems)


@questionnaire.command("schema")
@click.option(
    "--kind",
    type=click.Choice(sorted(SCHEMA_MODELS)),
    default="questionnaire",
    show_default=True,
    help="Which file format to describe.",
)
def schema_cmd(kind: str) -> None:
    """Print the JSON Schema of a file format (for editor completion of YAML files)."""
    schema = SCHEMA_MODELS[kind].model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    click.echo(json.dumps(schema, ensure_ascii=False, indent=2))


@questionnaire.command("update")
@click.argument("workspace", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--questionnaire",
    "questionnaire_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="A newer version of the workspace's questionnaire (same id; default: keep it).",
)
@click.option(
    "--roadmap",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="A roadmap catalog of initiatives for it (default: the one the questionnaire names).",
)
@click.option(
    "--profile",
    default=None,
    metavar="ID",
    help="Ask and score it under this profile from now on ('none': no profile).",
)
@click.option(
    "--form",
    default=None,
    metavar="ID",
    help="Ask only this form's questions from now on ('all': every question).",
)
def update_cmd(
    workspace: Path,
    questionnaire_path: Path | None,
    roadmap: Path | None,
    profile: str | None,
    form: str | None,
) -> None:
    """Give a workspace a newer questionnaire version, a roadmap catalog, a profile or a form.

    Every answer already given must fit the new version; nothing changes otherwise. Answers to
    questions a profile or form leaves out are kept, and count again if it is changed back.
    """
    from assess.storage import Workspace

    if questionnaire_path is None and roadmap is None and profile is None and form is None:
        raise BadInput.one(
            "assess questionnaire update",
            "nothing to update",
            fix="pass --questionnaire FILE, --roadmap FILE, --profile ID or --form ID",
        )
    with Workspace.open(workspace) as ws:
        if questionnaire_path is not None or roadmap is not None:
            _replace_snapshot(ws, workspace, questionnaire_path, roadmap)
        if profile is not None or form is not None:
            _adapt(ws, profile, form)
        q, catalogue, engagement = ws.questionnaire(), ws.roadmap(), ws.engagement.get()
    initiatives = f"{len(catalogue.initiatives)} initiatives" if catalogue else "no roadmap"
    adapted = f", profile {engagement.profile or 'none'}, form {engagement.form or 'all'}"
    click.echo(f"updated {workspace}: questionnaire '{q.id}' v{q.version}, {initiatives}{adapted}")


def _replace_snapshot(
    ws: Workspace, workspace: Path, questionnaire_path: Path | None, roadmap: Path | None
) -> None:
    from assess.loading.questionnaire_loader import load_questionnaire, roadmap_path
    from assess.loading.yaml_source import read_text

    if questionnaire_path is not None:
        q_text, q_source = read_text(questionnaire_path), str(questionnaire_path)
        named = roadmap_path(load_questionnaire(questionnaire_path), questionnaire_path)
    else:
        q_text, q_source, named = ws.questionnaire_text(), f"{workspace} (questionnaire)", None
    kb = roadmap or named
    ws.replace_snapshot(
        questionnaire_yaml=q_text,
        questionnaire_source=q_source,
        roadmap_yaml=read_text(kb) if kb else ws.roadmap_text(),
        roadmap_source=str(kb) if kb else f"{workspace} (roadmap)",
    )


def _adapt(ws: Workspace, profile: str | None, form: str | None) -> None:
    changes: dict[str, str | None] = {}
    if profile is not None:
        changes["profile"] = None if profile == "none" else profile
    if form is not None:
        changes["form"] = None if form == "all" else form
    ws.engagement.update(ws.engagement.get().model_copy(update=changes))


@questionnaire.command("template")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output-dir",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Folder for the two blank files.",
)
@profile_option
@form_option
def template_cmd(path: Path, out_dir: Path, profile: str | None, form: str | None) -> None:
    """Write a blank response file (JSON) and a blank answer sheet (CSV) for a questionnaire.

    PATH is a questionnaire file or an installed questionnaire's id; the sheet has a column for
    each question the profile and form ask. Neither file overwrites anything: fill them in,
    then `assess score`, `assess report` or `assess import` them.
    """
    from assess.files.outputs import output_folder, publish_new
    from assess.interchange.csv_export import answers_csv
    from assess.models import Respondent, ResponseFile
    from assess.models.fitting import fitted_for
    from assess.models.response import QuestionnaireRef

    _, q, engagement = _engagement_for(path, None, profile, form)
    response = ResponseFile(
        questionnaire=QuestionnaireRef(id=q.id, version=q.version, hash=q.content_hash()),
        engagement=engagement,
        respondents=[Respondent(id="r1", name="R1")],
    )
    folder = output_folder(out_dir)
    written = {
        folder / f"{q.id}-responses.json": response.model_dump_json(indent=2) + "\n",
        folder / f"{q.id}-answers.csv": "\ufeff" + answers_csv(fitted_for(q, engagement), []),
    }
    for target in written:  # both or neither
        if target.exists():
            raise BadInput.one(
                target,
                "a file already exists here; it is never overwritten",
                fix="name another folder",
            )
    for target, content in written.items():
        publish_new(target, content.encode("utf-8"))
        click.echo(f"wrote {target}")


SURVEY_FORMATS = {"wjx": ".txt", "xlsform": ".xlsx", "paper": ".pdf"}


@questionnaire.command("export")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--to",
    "to",
    type=click.Choice(sorted(SURVEY_FORMATS)),
    required=True,
    help="wjx: 问卷星's text import; xlsform: an XLSForm for KoboToolbox or ODK; paper: a "
    "printable PDF with tick boxes.",
)
@click.option(
    "-o",
    "--output",
    "out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File to write (default: <questionnaire id>-<format>.txt/.xlsx/.pdf here).",
)
@click.option(
    "--lang",
    type=click.Choice(["zh", "en"]),
    default=None,
    help="Language of the survey (default: the questionnaire's first; an XLSForm has both).",
)
@profile_option
@form_option
def export_cmd(
    path: Path,
    to: str,
    out: Path | None,
    lang: Lang | None,
    profile: str | None,
    form: str | None,
) -> None:
    """Make a survey from a questionnaire, to run it in an online tool or on paper.

    PATH is a questionnaire file or an installed questionnaire's id; the survey asks the
    questions the profile and form ask, in their order, after the answerer's name and role.
    The tool's export of the answers imports as it is: `assess import EXPORT --workspace W`.
    """
    from assess.files.outputs import write_output
    from assess.models.fitting import fitted_for

    source, q, engagement = _engagement_for(path, lang, profile, form)
    target = out or Path(f"{q.id}-{to}{SURVEY_FORMATS[to]}")
    survey = _survey(fitted_for(q, engagement), to, engagement.language)
    write_output(target, survey, [source])
    click.echo(f"wrote {target}")


def _engagement_for(
    path: Path, lang: Lang | None, profile: str | None, form: str | None
) -> tuple[Path, Questionnaire, Engagement]:
    """A questionnaire (file or installed id) and a blank engagement with the profile and form
    asked for, both checked."""
    from assess.loading.questionnaire_loader import find_questionnaire, load_questionnaire
    from assess.models import Engagement
    from assess.storage.checks import engagement_findings, raise_findings

    source = find_questionnaire(str(path))
    q = load_questionnaire(source)
    engagement = Engagement(
        organization="Organization", language=lang or q.languages[0], profile=profile, form=form
    )
    raise_findings(source, engagement_findings(q, engagement))
    return source, q, engagement


def _survey(q: Questionnaire, to: str, lang: Lang) -> bytes:
    if to == "wjx":
        from assess.interchange.survey_forms import wjx_text

        return wjx_text(q, lang).encode("utf-8")
    if to == "xlsform":
        from assess.interchange.survey_forms import xlsform_sheets, xlsx_bytes

        return xlsx_bytes(xlsform_sheets(q, [lang, *(x for x in q.languages if x != lang)]))
    from assess.rendering.paper import paper_pdf

    return paper_pdf(q, lang)
