"""A comparison of two assessments as an Excel workbook: the change per dimension and question."""

from __future__ import annotations

import io

from assess.comparison.compare import Comparison
from assess.i18n import text
from assess.models.text import Lang
from assess.report.change import change_section

NUMBERS = ("t0", "t1", "change", "interval", "verdict")


def comparison_workbook(c: Comparison, lang: Lang) -> bytes:
    import xlsxwriter

    section = change_section(c, lang)

    def t(key: str) -> str:
        return text(f"report.change_{key}", lang)

    out = io.BytesIO()
    options = {"in_memory": True, "strings_to_formulas": False, "strings_to_numbers": False}
    with xlsxwriter.Workbook(out, options) as book:
        head = book.add_format({"bold": True, "bg_color": "#1F4E79", "font_color": "#FFFFFF"})
        wrap = book.add_format({"text_wrap": True, "valign": "top"})
        dims = [(t("dimension"), *(t(h) for h in NUMBERS), t("target"))]
        dims += [(r.name, r.before, r.after, r.change, r.interval, r.verdict, r.target)
                 for r in section.dimensions]  # fmt: skip
        questions = [(t("question"), *(t(h) for h in NUMBERS), t("initiatives"))]
        questions += [
            (r.name, r.before, r.after, r.change, r.interval, r.verdict, planned)
            for r, planned in zip(section.questions, section.initiatives, strict=True)
        ]
        for name, rows, first in ((t("dimension"), dims, 16), (t("question"), questions, 50)):
            sheet = book.add_worksheet(name)
            sheet.set_column(0, 0, first)
            sheet.set_column(1, 5, 14)
            sheet.set_column(6, 6, 50)
            for r, row in enumerate(rows):
                for col, value in enumerate(row):
                    sheet.write_string(r, col, value, head if r == 0 else wrap)
            sheet.freeze_panes(1, 1)
            sheet.autofilter(0, 0, len(rows) - 1, len(rows[0]) - 1)
        book.add_worksheet(text("xlsx.sheet_method", lang)).write_string(0, 0, section.method)
    return out.getvalue()
