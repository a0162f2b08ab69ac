"""The `assess` console command. Alone, it opens the app without loading the command line.

Loading every subcommand costs a few hundred milliseconds (pydantic models); the app's start
budget is 0.6 s, so ``assess`` with no arguments goes straight to the app.
"""

from __future__ import annotations

import sys


def main() -> None:
    if len(sys.argv) == 1:
        from assess.ui.app import run

        run()
        return
    from assess.cli import main as cli_main

    cli_main()
