"""Questionnaires and roadmap catalogues, kept parsed between runs in the user's cache folder.

Parsing and checking a workspace's questionnaire snapshot took ~0.03 s and its roadmap catalogue
~0.07 s, on every report before its PDF could start; reading them back kept takes ~0.006 s. Each
is kept (pickled) under a digest of everything its parse depends on: the texts it was parsed
from, and the code and versions that parse them. Only a parse that succeeded is kept, so every
problem in a text is still reported with its line. A kept file that cannot be read back is
parsed again; a cache that cannot be written is simply not used.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import TypeVar

import pydantic

import assess
from assess.cache_files import digest, kept_pickle
from assess.paths import cache_dir

T = TypeVar("T")
PARSING_CODE = ("loading", "models")  # the packages of assess a parse runs through


def kept(kind: type[T], texts: Sequence[str], parse: Callable[[], T]) -> T:
    """What `parse` makes of `texts`, read back from the cache when it was kept before."""
    name = digest(kind.__qualname__, _code_identity(), *texts)
    return kept_pickle(cache_dir() / "parsed" / f"{name}.pickle", kind, parse)


@cache
def _code_identity() -> str:
    """What the parse and the kept objects' classes are made of, beyond the texts."""
    code = hashlib.sha256(f"{assess.__version__} {pydantic.VERSION} {sys.version}".encode())
    package = Path(assess.__file__).parent
    for source in sorted(p for part in PARSING_CODE for p in (package / part).glob("*.py")):
        code.update(source.read_bytes())
    return code.hexdigest()
