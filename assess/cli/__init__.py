"""The `assess` command line. Heavy modules (textual, weasyprint) are imported inside commands."""

from __future__ import annotations

import os
import signal
import sys
from types import FrameType

import click

from assess import __version__
from assess.cli.lazy_group import LazyGroup
from assess.errors import AssessError, BadInput

COMMANDS = {
    "app": "assess.cli.app_cmd:app",
    "questionnaire": "assess.cli.questionnaire_cmd:questionnaire",
    "score": "assess.cli.score_cmd:score",
    "plan": "assess.cli.plan_cmd:plan",
    "compare": "assess.cli.compare_cmd:compare",
    "portfolio": "assess.cli.portfolio_cmd:portfolio",
    "benchmark": "assess.cli.portfolio_cmd:benchmark",
    "report": "assess.cli.report_cmd:report",
    "demo": "assess.cli.demo_cmd:demo",
    "import": "assess.cli.import_cmd:import_",
    "export": "assess.cli.export_cmd:export",
    "serve": "assess.cli.serve_cmd:serve",
    "facilitate": "assess.cli.facilitate_cmd:facilitate",
}


@click.group(
    cls=LazyGroup,
    lazy_commands=COMMANDS,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, prog_name="assess")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Internet-thinking maturity assessment: questionnaire, scores, roadmap, leadership PDF.

    Without a command, opens the terminal app.
    """
    if ctx.invoked_subcommand is None:
        from assess.ui.app import run

        run()


def main() -> None:
    """Entry point: a user error prints one clear message (bad input: exit 2), never a traceback.

    SIGTERM and SIGHUP end a command as Ctrl+C does, through its clean-up: what it was writing
    is removed, not left half-written.
    """
    for stop in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(stop, _stopped)
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except AssessError as exc:
        click.echo(f"error: {exc.shown() if isinstance(exc, BadInput) else exc}", err=True)
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


def _stopped(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)
