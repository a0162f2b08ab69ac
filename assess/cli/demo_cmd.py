"""`assess demo [-o DIR]`: a sample engagement and its report PDF, without asking anything."""

from __future__ import annotations

from pathlib import Path

import click

from assess.errors import BadInput

WORKSPACE = "demo-engagement.assess"
REPORT = "demo-report.pdf"


@click.command()
@click.option(
    "-o",
    "--output-dir",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("demo-output"),
    show_default=True,
    help="Folder for the workspace and the PDF.",
)
def demo(out_dir: Path) -> None:
    """Build a sample engagement (several respondents) and write its report PDF.

    An earlier demo in DIR is replaced only if nobody has answered into it since. The last line
    printed is the PDF's path.
    """
    from assess.cli.report_output import describe, warn
    from assess.demo import build_demo_workspace
    from assess.files.outputs import output_folder
    from assess.rendering.formats import FORMATS
    from assess.rendering.pdf_worker import PdfWorker
    from assess.rendering.writer import fonts_ready, report_inputs, resolve_logo, write_report
    from assess.report.build import ReportOptions, report_context
    from assess.sources import load_source

    workspace = output_folder(out_dir) / WORKSPACE
    with PdfWorker() as worker:
        replace_untouched_demo(workspace)
        build_demo_workspace(workspace)
        click.echo(f"wrote {workspace}")
        assessment = load_source(workspace)
        language = assessment.engagement.language
        options = ReportOptions(
            lang=language if fonts_ready(language, warn) else "en",  # no Chinese font here
            logo=resolve_logo(assessment, None, warn),
        )
        context = report_context(assessment, options)
        inputs = report_inputs(assessment, options)
        out = out_dir / REPORT
        pdf = FORMATS["pdf"]
        written = write_report(context, out, pdf, options.logo, inputs, worker.render_pdf)
    click.echo(describe(written))
    click.echo(str(written.path.resolve()))


def replace_untouched_demo(path: Path) -> None:
    """Remove an earlier demo workspace nobody has answered into; refuse to touch any other."""
    from assess.demo import is_untouched_demo

    if not (path.exists() or path.is_symlink()):
        return
    if not is_untouched_demo(path):
        raise BadInput.one(
            path,
            "this workspace has been changed since the demo built it (or is not a demo); "
            "it is never overwritten",
            fix="pass another folder with -o, or move the file away",
        )
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
