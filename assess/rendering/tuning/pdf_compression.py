"""The PDF's streams compressed at zlib's default level 6, not the 9 pydyf asks for.

pydyf (WeasyPrint's PDF writer) compresses every stream at level 9. On a report half, mostly its
two embedded CJK font files of some 0.9 MB each, that takes 415M instructions against 245M at
level 6 (cachegrind), for a file 0.3% larger: some 0.04 s of each half. pydyf reads zlib as a
module attribute, so it is given one whose `compressobj` uses level 6, whatever it asks.
"""

from __future__ import annotations

import zlib
from typing import Any

LEVEL = 6


class Level6Zlib:
    """zlib as pydyf uses it, at level 6."""

    compress = staticmethod(zlib.compress)  # level 6 already: the default

    @staticmethod
    def compressobj(level: int = LEVEL, **options: Any) -> Any:
        return zlib.compressobj(LEVEL, **options)


def compress_at_level_6() -> None:
    """Make pydyf compress at level 6 (WeasyPrint, hence pydyf, is imported)."""
    import pydyf

    if getattr(pydyf, "zlib", None) is zlib:
        pydyf.zlib = Level6Zlib
