"""Hidden files a command writes before it publishes them, and what is left of them after a kill.

Where the file system has anonymous files (Linux's ``O_TMPFILE``), nothing is ever named before
it is complete. Elsewhere a hidden file named after its process (``.report.pdf.4711.ab12cd.part``)
is written; it is removed when the command fails or is stopped (SIGINT, SIGTERM, SIGHUP), and
after a ``kill -9`` the next command writing into the same folder removes it, its process being
gone.
"""

from __future__ import annotations

import os
import re
from contextlib import suppress
from pathlib import Path

SUFFIX = ".part"
_LEFTOVER = re.compile(r"^\..+\.(\d+)\.[0-9a-f]{8}\.part$")


def hidden_name(target: Path) -> Path:
    """A name beside ``target`` for its content while it is being written."""
    return target.with_name(f".{target.name}.{os.getpid()}.{os.urandom(4).hex()}{SUFFIX}")


def sweep(folder: Path) -> list[Path]:
    """Remove the hidden files of processes that no longer run; the paths removed."""
    removed = []
    with suppress(OSError):
        for entry in os.scandir(folder):
            found = _LEFTOVER.match(entry.name)
            if found and not _alive(int(found[1])):
                with suppress(OSError):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True
