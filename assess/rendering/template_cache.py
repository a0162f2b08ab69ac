"""Compiled report templates, kept in the user's cache folder between runs.

Compiling the report's templates takes about 0.07 s of every `assess report`, before WeasyPrint
can start; loading them compiled takes under 0.01 s. Jinja2 checks each file against the digest
of its template source (and its own and Python's version), so an edited template is compiled
again; the folder is also named after the environment's settings, which change the compiled
code without changing the source. A cache that cannot be read or written is simply not used.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from jinja2 import FileSystemBytecodeCache
from jinja2 import __version__ as jinja_version
from jinja2.bccache import Bucket

from assess import __version__
from assess.cache_files import digest
from assess.paths import cache_dir


class TemplateCache(FileSystemBytecodeCache):
    """Jinja2's file cache, in a folder of its own that it makes when first needed."""

    def __init__(self, settings: str) -> None:
        folder = cache_dir() / "templates" / digest(__version__, jinja_version, settings)
        super().__init__(str(folder), "%s.cache")

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # a damaged file fails in pickle or marshal, in any of their ways
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        with suppress(OSError):
            Path(self.directory).mkdir(parents=True, exist_ok=True)
            super().dump_bytecode(bucket)
