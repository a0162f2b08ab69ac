"""The `assess` console command. Alone, it opens the app without loading the command line.

The app's start budget is 0.6 s, most of it Textual's own import; the command line (click and
its group, ~0.08 s) is not needed to show the home screen, so ``assess`` with no arguments goes
straight to the app.
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
