"""The `assess` console command. Alone, it opens the app without loading the command line.

The app's start budget is 0.6 s, most of it Textual's own import; the command line (click and
its group, ~0.08 s) is not needed to show the home screen, so ``assess`` with no arguments goes
straight to the app.

A command leaves without the interpreter's teardown, which frees every object one by one: after
`assess report` that is some 0.15 s during which nothing happens. By then every file is written
and closed, every workspace committed and closed, and the PDF worker stopped; the output streams
are flushed here.
"""

from __future__ import annotations

import os
import sys
from contextlib import suppress
from typing import NoReturn


def main() -> None:
    if len(sys.argv) == 1:
        from assess.terminal import NO_TERMINAL, has_terminal

        if not has_terminal():
            print(NO_TERMINAL, file=sys.stderr)
            leave(2)
        from assess.ui.app import run

        run()
        return
    from assess.cli import main as cli_main

    try:
        cli_main()
    except SystemExit as done:
        leave(done.code)
    leave(0)


def leave(code: object) -> NoReturn:
    """Exit with ``code`` (as ``sys.exit`` reads it) once the output streams are flushed."""
    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    for stream in (sys.stdout, sys.stderr):
        with suppress(OSError, ValueError):  # a closed pipe (`assess … | head`)
            stream.flush()
    os._exit(code or 0)
