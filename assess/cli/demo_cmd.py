"""`assess demo [-o DIR]`: a sample engagement and its report PDF, without asking anything."""

from __future__ import annotations

from pathlib import Path

import click

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

    The last line printed is the PDF's path.
    """
    from assess.cli.report_output import describe, warn
    from assess.demo import build_demo_workspace
    from assess.report.build import ReportOptions
    from assess.report.pdf_worker import PdfWorker
    from assess.report.writer import pdf_ready, report_context, resolve_logo, write_report
    from assess.sources import load_source

    out_dir.mkdir(parents=True, exist_ok=True)
    workspace = out_dir / WORKSPACE
    with PdfWorker() as worker:
        remove_workspace(workspace)
        build_demo_workspace(workspace)
        click.echo(f"wrote {workspace}")
        assessment = load_source(workspace)
        language = assessment.engagement.language
        options = ReportOptions(
            lang=language if pdf_ready(language, warn) else "en",
            logo=resolve_logo(assessment, None),
        )
        context = report_context(assessment, options)
        written = write_report(context, out_dir / REPORT, "pdf", options.logo, worker.write_pdf)
    click.echo(describe(written))
    click.echo(str(written.path.resolve()))


def remove_workspace(path: Path) -> None:
    """Replace the previous demo: its workspace file and SQLite's side files."""
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
