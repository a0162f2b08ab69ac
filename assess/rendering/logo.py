"""The cover's logo: only one the consultant chose, and only an image the report can show.

A logo comes from ``--logo`` (or the app's explicit choice), or from the engagement's branding,
where it must be a file name inside the workspace's own folder: a response file or workspace
from elsewhere can never put another image from the consultant's disk on the cover. A file that
is not a PNG, JPEG or SVG, or is too large, is left out with a warning, never silently.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path, PurePath

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000  # 8,000 × 5,000: far beyond any cover, far below a decompression bomb
PNG, JPEG = b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff"

Warn = Callable[[str], None]


def chosen_logo(option: Path | None, stored: str | None, source: Path, warn: Warn) -> Path | None:
    """The logo to embed: ``option`` when given, else the ``stored`` name inside the folder of
    ``source`` (the workspace or response file); checked by ``usable_logo``."""
    if option is not None:
        return usable_logo(option.resolve(), warn)
    if not stored:
        return None
    folder = source.resolve().parent
    name = PurePath(stored)
    candidate = (folder / name).resolve()
    if name.is_absolute() or ".." in name.parts or not candidate.is_relative_to(folder):
        warn(
            f"the engagement's logo {stored!r} is outside the workspace's folder and was left "
            "out; pass it with --logo to use it"
        )
        return None
    return usable_logo(candidate, warn)


def usable_logo(path: Path, warn: Warn) -> Path | None:
    """``path`` when it is a PNG, JPEG or SVG the report can show, else None with a warning."""
    problem = _problem(path)
    if problem is None:
        return path
    warn(f"logo {path}: {problem}; the cover has no logo")
    return None


def _problem(path: Path) -> str | None:
    if not path.is_file():
        return "not found"
    if path.stat().st_size > MAX_BYTES:
        return f"larger than {MAX_BYTES // (1024 * 1024)} MB"
    with path.open("rb") as handle:
        head = handle.read(4096)
    if head.startswith((PNG, JPEG)):
        return _raster_problem(path)
    if b"<svg" in head.lower():
        return None
    return "not a PNG, JPEG or SVG image"


def _raster_problem(path: Path) -> str | None:
    from PIL import Image

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Pillow's own warnings never reach the user
        try:
            with Image.open(path) as image:
                width, height = image.size
        except (OSError, Image.DecompressionBombError, ValueError):
            return "the image cannot be read"
    if width * height > MAX_PIXELS:
        return f"{width} × {height} pixels, more than {MAX_PIXELS // 1_000_000} million"
    return None
