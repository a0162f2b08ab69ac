"""The `assess` command line. Heavy modules (textual, weasyprint) are imported inside commands."""

from __future__ import annotations

import os
import sys

import click

from assess import __version__
from assess.cli.app_cmd import app
from assess.cli.demo_cmd import demo
from assess.cli.export_cmd import export
from assess.cli.facilitate_cmd import facilitate
from assess.cli.import_cmd import import_
from assess.cli.join_cmd import join
from assess.cli.plan_cmd import plan
from assess.cli.questionnaire_cmd import questionnaire
from assess.cli.report_cmd import report
from assess.cli.score_cmd import score
from assess.cli.serve_cmd import serve
from assess.errors import AssessError


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="assess")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Internet-thinking maturity assessment: questionnaire, scores, roadmap, leadership PDF.

    Without a command, opens the terminal app.
    """
    if ctx.invoked_subcommand is None:
        from assess.ui.app import run

        run()


cli.add_command(app)
cli.add_command(questionnaire)
cli.add_command(score)
cli.add_command(plan)
cli.add_command(report)
cli.add_command(demo)
cli.add_command(import_)
cli.add_command(export)
cli.add_command(serve)
cli.add_command(join)
cli.add_command(facilitate)


def main() -> None:
    """Entry point: a user error prints one clear message (bad input: exit 2), never a traceback."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except AssessError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:
        if os.environ.get("ASSESS_DEBUG"):
            raise
        click.echo(
            f"internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in assess; run again with ASSESS_DEBUG=1 for details.",
            err=True,
        )
        sys.exit(1)
