"""The database files this process holds SQLite connections to.

POSIX advisory locks belong to the process: closing *any* file descriptor of a database file
drops every lock SQLite holds on it (sqlite.org/howtocorrupt.html §2.2). So once this process
has a connection to a file, nothing here may ``open()`` it again, not even to read its header.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

_CONNECTED: Counter[str] = Counter()  # open connections per real path


def _key(path: Path) -> str:
    return os.path.realpath(path)


def connected_here(path: Path) -> bool:
    """Does this process hold a connection to the file (so it must not open() it)?"""
    return _CONNECTED[_key(path)] > 0


def count_connection(path: Path) -> None:
    _CONNECTED[_key(path)] += 1


def forget_connection(path: Path) -> None:
    key = _key(path)
    _CONNECTED[key] -= 1
    if _CONNECTED[key] <= 0:
        del _CONNECTED[key]
