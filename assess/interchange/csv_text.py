"""Read a survey tool's CSV export as rows of cells, whatever its encoding and separator.

Encodings, tried in this order: UTF-16 when the file starts with its byte-order mark (Excel's
"Unicode text"), UTF-8 with or without BOM, then GB18030 (a superset of GBK and GB2312, what
Chinese Excel and survey tools such as 问卷星 write) when the text then reads as Chinese; any
other encoding is named with ``--encoding``. Separator: comma, tab or semicolon,
detected by ``csv.Sniffer`` on the start of the file, falling back to whichever of them the
header line holds most of.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from pathlib import Path

from assess.errors import BadInput
from assess.files.inputs import SURVEY_LIMIT, read_input

SEPARATORS = ",\t;"
SAMPLE_CHARS = 64 * 1024
CSV_FIX = "export the answers from the survey tool as CSV (UTF-8 or GBK, comma or tab separated)"


@dataclass(frozen=True)
class Table:
    """A CSV file's header and rows; ``rows`` pairs each row with its number (header = row 1)."""

    source: str
    header: list[str]
    rows: list[tuple[int, list[str]]]
    encoding: str
    separator: str


def read_table(path: Path, encoding: str | None = None) -> Table:
    """The file's header and rows; a missing, binary, undecodable or empty file is BadInput.

    ``encoding`` names the file's encoding when it is none of those told apart by themselves.
    """
    data = read_input(path, limit=SURVEY_LIMIT, what="a survey export")
    text, used = decode(data, str(path), encoding)
    return parse_table(text, str(path), used)


def decode(data: bytes, source: str, encoding: str | None = None) -> tuple[str, str]:
    """The text and the name of the encoding it was read with.

    Without ``encoding``, only what can be told for sure is read: UTF-16 with its byte-order
    mark, UTF-8, or Chinese text in GB18030/GBK. Latin-1 or Windows-1252 bytes ("Müller") also
    decode as GB18030, into rare characters ("M黮ler"); such a file is refused, not guessed.
    """
    if encoding is not None:
        return _decode_as(data, encoding, source), encoding
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_as(data, "utf-16", source), "utf-16"
    if b"\x00" in data[:8192]:
        raise BadInput.one(source, "this is a binary file, not a CSV export", fix=CSV_FIX)
    try:
        return data.decode("utf-8-sig"), "utf-8-sig"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = ""
    if text and _reads_as_chinese(text):
        return text, "gb18030"
    raise BadInput.one(
        source,
        "the text is not UTF-8, and does not read as Chinese GBK/GB18030 either",
        fix="name its encoding with --encoding (e.g. --encoding latin-1 or cp1252), "
        "or export the file again as UTF-8",
    )


def _reads_as_chinese(text: str) -> bool:
    """Do the text's non-ASCII characters look like Chinese, mostly common characters (GB2312)
    and Chinese punctuation, rather than bytes of another encoding read as GBK?"""
    unusual = [ch for ch in text if ord(ch) > 127]
    if not unusual:
        return True
    common = sum(1 for ch in unusual if _in_gb2312(ch))
    return common >= 0.9 * len(unusual)


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _decode_as(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise BadInput.one(
            source, f"not valid {encoding} (byte {exc.start})", fix=CSV_FIX
        ) from None
    except LookupError:
        raise BadInput.one(
            source, f"unknown encoding {encoding!r}", fix="use a name such as utf-8, gbk, latin-1"
        ) from None


def parse_table(text: str, source: str, encoding: str = "utf-8") -> Table:
    """Split decoded text into header and numbered rows."""
    if not text.strip():
        raise BadInput.one(source, "the file is empty", fix=CSV_FIX)
    separator = sniff_separator(text)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True))
    except csv.Error as exc:
        raise BadInput.one(source, f"not a readable CSV file ({exc})", fix=CSV_FIX) from None
    header = [cell.strip() for cell in records[0]]
    rows = [(number, cells) for number, cells in enumerate(records[1:], start=2)]
    return Table(source, header, rows, encoding, separator)


def sniff_separator(text: str) -> str:
    sample = text[:SAMPLE_CHARS]
    try:
        found = csv.Sniffer().sniff(sample, delimiters=SEPARATORS).delimiter
    except csv.Error:
        found = ""
    header = sample.splitlines()[0] if sample.splitlines() else ""
    if found and found in SEPARATORS and found in header:
        return found
    return max(SEPARATORS, key=header.count) if any(s in header for s in SEPARATORS) else ","
