"""Files in the user's cache folder, written whole or not at all."""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path


def keep(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically; a cache that cannot be written is simply not used."""
    temp = path.with_name(f".{path.name}.{os.urandom(4).hex()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp.write_bytes(data)
        os.replace(temp, path)
    except OSError:
        with suppress(OSError):
            temp.unlink(missing_ok=True)
