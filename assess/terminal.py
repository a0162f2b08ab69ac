"""Whether there is a terminal for the app: without one (a pipe, `< /dev/null`, cron) the app
would wait for keys that never come."""

from __future__ import annotations

import sys

NO_TERMINAL = (
    "error: the assess app needs a terminal (its input and output are not one here). "
    "Without one, use the command line: assess score, report, import, export, serve "
    "(assess --help lists them)."
)


def has_terminal() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()
