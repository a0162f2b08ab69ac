"""Read a survey tool's CSV export as rows of cells, whatever its encoding and separator.

Encodings, tried in this order: UTF-16 when the file starts with its byte-order mark (Excel's
"Unicode text"), UTF-8 with or without BOM, then GB18030 (a superset of GBK and GB2312, what
Chinese Excel and survey tools such as 问卷星 write). Separator: comma, tab or semicolon,
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


def read_table(path: Path) -> Table:
    """The file's header and rows; a missing, binary, undecodable or empty file is BadInput."""
    if not path.is_file():
        raise BadInput.one(path, "file not found", fix="check the path")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadInput.one(
            path, f"cannot read the file ({exc.strerror})", fix="check permissions"
        ) from None
    text, encoding = decode(data, str(path))
    return parse_table(text, str(path), encoding)


def decode(data: bytes, source: str) -> tuple[str, str]:
    """The text and the name of the encoding it was read with."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_as(data, "utf-16", source), "utf-16"
    if b"\x00" in data[:8192]:
        raise BadInput.one(source, "this is a binary file, not a CSV export", fix=CSV_FIX)
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise BadInput.one(source, "the text is neither UTF-8 nor GBK/GB18030", fix=CSV_FIX)


def _decode_as(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise BadInput.one(
            source, f"not valid {encoding} (byte {exc.start})", fix=CSV_FIX
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
