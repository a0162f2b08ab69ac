"""Input files read within bounds: a regular file of a sane size, decoded as what it says it is.

A folder, a pipe or a device given as a file is refused before it is opened (a pipe would block
forever), and so is a file larger than its kind ever needs to be: parsing a huge file would take
the machine's memory before any check could speak.
"""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from assess.errors import BadInput

MIB = 1024 * 1024
QUESTIONNAIRE_LIMIT = 8 * MIB  # the built-in questionnaire with its catalogue is 0.3 MiB
RESPONSE_LIMIT = 128 * MIB  # 10,000 respondents' answers with notes are about 45 MiB
SURVEY_LIMIT = 128 * MIB
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def read_input(path: Path, *, limit: int, what: str) -> bytes:
    """The bytes of ``path``, which must be a regular file of at most ``limit`` bytes."""
    check_input(path, limit=limit, what=what)
    try:
        with path.open("rb") as handle:
            return handle.read(limit + 1)[:limit]
    except OSError as exc:
        raise BadInput.one(
            path, f"cannot read the file ({exc.strerror})", fix="check permissions"
        ) from None


def check_input(path: Path, *, limit: int | None = None, what: str) -> None:
    """BadInput unless ``path`` is a regular file (of at most ``limit`` bytes)."""
    try:
        found = os.stat(path)
    except FileNotFoundError:
        raise BadInput.one(path, "file not found", fix="check the path") from None
    except OSError as exc:
        raise BadInput.one(path, f"cannot read it ({exc.strerror})", fix="check the path") from None
    if stat.S_ISDIR(found.st_mode):
        raise BadInput.one(path, f"this is a folder, not {what}", fix=f"pass {what}")
    if not stat.S_ISREG(found.st_mode):
        raise BadInput.one(
            path,
            f"this is not a regular file (a pipe, socket or device), not {what}",
            fix="save it to a file first and pass that file",
        )
    if limit is not None and found.st_size > limit:
        raise BadInput.one(
            path,
            f"the file is {found.st_size / MIB:.1f} MiB; {what} is at most {limit // MIB} MiB",
            fix="check that this is the right file",
        )


def decode_text(data: bytes, source: str) -> str:
    """Text in UTF-8 (with or without BOM) or UTF-16 (with BOM); anything else is refused."""
    if data.startswith(UTF16_BOMS):
        return _decoded(data, "utf-16", source)
    if b"\x00" in data[:8192]:
        if _looks_like_utf16(data):
            raise BadInput.one(
                source,
                "this looks like UTF-16 text without a byte-order mark",
                fix="save the file as UTF-8",
            )
        raise BadInput.one(source, "this is a binary file, not text", fix="pass the text file")
    return _decoded(data, "utf-8-sig", source)


def _decoded(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        name = "UTF-8" if encoding == "utf-8-sig" else "UTF-16"
        raise BadInput.one(
            source, f"not valid {name} (byte {exc.start})", fix="save the file as UTF-8"
        ) from None


def _looks_like_utf16(data: bytes) -> bool:
    """Mostly ASCII text with a NUL beside every character: UTF-16 that lost its BOM."""
    sample = data[:4096]
    return sample[1::2].count(0) > len(sample) // 4 or sample[0::2].count(0) > len(sample) // 4
