"""Files in the user's cache folder, written whole or not at all."""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def digest(*parts: str) -> str:
    """A name for a kept file, made from everything its content depends on (`parts`)."""
    identity = hashlib.sha256()
    for part in parts:
        identity.update(hashlib.sha256(part.encode("utf-8")).digest())
    return identity.hexdigest()[:32]


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


def kept_pickle(path: Path, kind: type[T], make: Callable[[], T]) -> T:
    """What `make()` returns, read back from `path` when it was kept there before.

    A file that cannot be read back, or holds something else, is made again. Only what `make`
    returns is kept: if it raises, nothing is.
    """
    try:
        found = pickle.loads(path.read_bytes())
        if isinstance(found, kind):
            return found
    except Exception:  # missing, unreadable or damaged: each fails its own way
        pass
    made = make()
    keep(path, pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL))
    return made
