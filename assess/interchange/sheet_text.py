"""Read a spreadsheet export (.xlsx, .xls, .ods) as the same table a CSV gives, with calamine.

The first sheet is read; every cell becomes text as the survey tool showed it: whole numbers
without ".0", dates and times in ISO form, empty cells as "".
"""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta
from pathlib import Path

from assess.errors import BadInput
from assess.files.inputs import SURVEY_LIMIT, read_input
from assess.interchange.csv_text import Table

SHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
SHEET_FIX = "export the answers again from the survey tool (Excel .xlsx/.xls, or CSV)"


def is_sheet(path: Path) -> bool:
    return path.suffix.lower() in SHEET_SUFFIXES


def read_sheet(path: Path) -> Table:
    from python_calamine import CalamineError, CalamineWorkbook

    data = read_input(path, limit=SURVEY_LIMIT, what="a survey export")
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        records = workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except (CalamineError, ValueError, IndexError) as exc:
        raise BadInput.one(path, f"not a readable spreadsheet ({exc})", fix=SHEET_FIX) from None
    rows = [[cell_text(cell) for cell in record] for record in records]
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    if not rows:
        raise BadInput.one(path, "the first sheet is empty", fix=SHEET_FIX)
    header = [cell.strip() for cell in rows[0]]
    numbered = [(number, cells) for number, cells in enumerate(rows[1:], start=2)]
    return Table(str(path), header, numbered, "spreadsheet", "")


def cell_text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return str(cell).upper()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime | date | time):
        return cell.isoformat(sep=" ") if isinstance(cell, datetime) else cell.isoformat()
    if isinstance(cell, timedelta):
        return str(cell)
    return str(cell)
