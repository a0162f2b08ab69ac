"""The report as an Excel workbook to work in: summary, questions, answers, hotspots, roadmap,
KPIs and method, from the same report content as the PDF (numbers from its scorecard and plan).

Made for working: frozen headers, filters, column widths, number formats, a colour scale on the
answer grid. Every text is written as text (XlsxWriter told never to read "=…" as a formula),
so a respondent's note cannot become a formula.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from assess.i18n import text
from assess.rendering.formats import Assets, Rendered
from assess.rendering.method_tables import method_tables
from assess.report.context import ReportContext

Row = Sequence[Any]
WIDE, MEDIUM, NARROW = 60, 24, 12


def render(context: ReportContext, assets: Assets) -> Rendered:
    import xlsxwriter

    out = io.BytesIO()
    options = {
        "in_memory": True,
        "strings_to_formulas": False,
        "strings_to_numbers": False,
        "strings_to_urls": False,
    }
    with xlsxwriter.Workbook(out, options) as book:
        Sheets(book, context).write_all()
    return Rendered(out.getvalue())


class Sheets:
    """One workbook's sheets, in the report's language and accent."""

    def __init__(self, book: Any, context: ReportContext) -> None:
        self.book, self.c = book, context
        self.lang = context.meta.lang
        self.L = context.labels
        accent = context.theme.accent
        self.title = book.add_format({"bold": True, "font_size": 14, "font_color": accent})
        self.head = book.add_format(
            {"bold": True, "font_color": "#FFFFFF", "bg_color": accent, "text_wrap": True,
             "valign": "top", "border": 1, "border_color": "#D6D9DE"}
        )  # fmt: skip
        self.wrap = book.add_format({"text_wrap": True, "valign": "top"})
        self.score = book.add_format({"num_format": "0.0", "valign": "top"})
        self.whole = book.add_format({"num_format": "0", "valign": "top", "align": "center"})
        self.share = book.add_format({"num_format": "0%", "valign": "top"})
        self.two = book.add_format({"num_format": "0.00", "valign": "top"})

    def t(self, key: str, **values: Any) -> str:
        return text(f"xlsx.{key}", self.lang, **values)

    def write_all(self) -> None:
        self.summary()
        self.questions()
        self.answers()
        if self.c.workshop is not None:
            self.hotspots()
        self.roadmap()
        self.kpis()
        self.method()

    # -- helpers ---------------------------------------------------------------------------

    def table(
        self,
        name: str,
        headings: Row,
        rows: Sequence[Row],
        widths: Row,
        formats: Row | None = None,
        top: int = 0,
    ) -> Any:
        """A sheet with a table: headings frozen and filtered, widths set, cells typed."""
        sheet = self.book.add_worksheet(name)
        for column, width in enumerate(widths):
            sheet.set_column(column, column, width)
        sheet.write_row(top, 0, headings, self.head)
        for r, row in enumerate(rows, start=top + 1):
            for col, value in enumerate(row):
                fmt = (formats[col] if formats and col < len(formats) else None) or self.wrap
                self.cell(sheet, r, col, value, fmt)
        sheet.freeze_panes(top + 1, 0)
        self.printable(sheet)
        if rows:
            sheet.autofilter(top, 0, top + len(rows), len(headings) - 1)
        return sheet

    def printable(self, sheet: Any) -> None:
        """Printed landscape, as wide as one page, headings repeated on every page."""
        sheet.set_landscape()
        sheet.set_paper(9)  # A4
        sheet.fit_to_pages(1, 0)

    def cell(self, sheet: Any, row: int, col: int, value: Any, fmt: Any) -> None:
        if value is None or value == "":
            sheet.write_blank(row, col, None, fmt)
        elif isinstance(value, bool):
            sheet.write_string(row, col, "✓" if value else "", fmt)
        elif isinstance(value, int | float):
            sheet.write_number(row, col, value, fmt)
        else:
            sheet.write_string(row, col, str(value), fmt)

    # -- the sheets ------------------------------------------------------------------------

    def summary(self) -> None:
        c, L = self.c, self.L
        card = {d.dimension: d for d in c.scorecard.dimensions}
        ids = [d.id for d in c.dimensions]
        rows = [
            [row.name, card[i].score, row.level, row.target, row.gap, card[i].coverage,
             card[i].confidence]
            for i, row in zip(ids, c.summary.dimensions, strict=True)
        ]  # fmt: skip
        headings = [L["dimension"], L["score"], L["level"], L["target"], L["gap"],
                    L["coverage"], L["confidence"]]  # fmt: skip
        top = 6
        sheet = self.table(
            self.t("sheet_summary"),
            headings,
            rows,
            [MEDIUM, NARROW, 16, 16, NARROW, NARROW, NARROW],
            [None, self.score, None, None, None, self.share, self.two],
            top=top,
        )
        sheet.write_string(0, 0, c.cover.title, self.title)
        sheet.write_string(1, 0, c.cover.organization)
        sheet.write_string(2, 0, f"{L['date']}: {c.cover.date} · {c.summary.respondents}")
        sheet.write_string(3, 0, L["overall_index"])
        if c.scorecard.overall_index is not None:
            sheet.write_number(3, 1, c.scorecard.overall_index, self.score)
        sheet.write_string(4, 0, L["overall_level"])
        sheet.write_string(4, 1, c.summary.overall_level)
        start = top + len(rows) + 2
        sheet.write_string(start, 0, L["findings"], self.title)
        for n, finding in enumerate(c.summary.findings, start=start + 1):
            sheet.write_string(n, 0, finding.claim, self.wrap)
            sheet.merge_range(n, 1, n, 6, finding.evidence, self.wrap)
            sheet.set_row(n, 75)

    def questions(self) -> None:
        L = self.L
        rows = [
            [page.name, spread.question, spread.stats, _number(spread.agreement),
             _number(spread.answered)]
            for page in self.c.dimensions
            for spread in page.spread
        ]  # fmt: skip
        headings = [L["dimension"], L["question"], self.t("low_median_high"),
                    L["agreement"], L["answered"]]  # fmt: skip
        self.table(
            self.t("sheet_questions"),
            headings,
            rows,
            [16, WIDE, 16, NARROW, NARROW],
            [None, None, None, self.two, self.whole],
        )

    def answers(self) -> None:
        part, L = self.c.answers, self.L
        questions = [(s.dimension, q) for s in part.sections for q in s.questions]
        if part.summarised:  # too many people for a grid: how many chose each option
            headings = [L["dimension"], L["question"], *part.columns]
            rows = [
                [dim, q.text, *(_number(cell.text) for cell in q.choices)] for dim, q in questions
            ]
            self.table(
                self.t("sheet_answers"), headings, rows, [16, WIDE, *[8] * len(part.columns)]
            )
            return
        people = part.respondents
        headings = [self.t("respondent"), self.t("role"), *(q.id for _, q in questions)]
        rows = [
            [f"{p.key} · {p.name}" if p.name else p.key, p.role,
             *(_number(q.choices[i].text) for _, q in questions)]
            for i, p in enumerate(people)
        ]  # fmt: skip
        sheet = self.table(
            self.t("sheet_answers"),
            headings,
            rows,
            [14, 12, *[6] * len(questions)],
            [None, None, *[self.whole] * len(questions)],
        )
        sheet.freeze_panes(1, 2)
        if rows:
            last_row, last_col = len(rows), len(headings) - 1
            sheet.conditional_format(
                1, 2, last_row, last_col,
                {"type": "3_color_scale", "min_color": "#F8696B", "mid_color": "#FFEB84",
                 "max_color": "#63BE7B"},
            )  # fmt: skip
        notes = [
            [dim, q.id, q.text, note.key, note.text] for dim, q in questions for note in q.notes
        ]
        self.table(
            self.t("sheet_notes"),
            [L["dimension"], "id", L["question"], self.t("respondent"), self.t("note")],
            notes,
            [16, 20, WIDE, 10, WIDE],
        )

    def hotspots(self) -> None:
        w, L = self.c.workshop, self.L
        assert w is not None
        headings = [
            "#", L["dimension"], L["question"], *w.hotspot_columns, L["agreement"], self.t("std"),
            self.t("consensus"),
        ]  # fmt: skip
        rows = [
            [h.rank, h.dimension, h.question, *(_number(o.text) for o in h.options),
             _number(h.agreement), _number(h.std), h.decided]
            for h in w.hotspots
        ]  # fmt: skip
        counts = [self.whole] * len(w.hotspot_columns)
        self.table(
            self.t("sheet_hotspots"),
            headings,
            rows,
            [5, 16, WIDE, *[7] * len(w.hotspot_columns), NARROW, NARROW, NARROW],
            [self.whole, None, None, *counts, self.two, self.two, None],
        )
        if w.consensus:
            self.table(
                self.t("sheet_consensus"),
                [L["question"], self.t("consensus"), self.t("rationale"), self.t("decided_by")],
                [[r.question, r.value, r.rationale, r.decided_by] for r in w.consensus],
                [WIDE, 14, WIDE, 16],
            )

    def roadmap(self) -> None:
        plan, lang, L = self.c.plan, self.lang, self.L
        horizons = {h.horizon: h.name.get(lang) for h in plan.horizons}
        names = {d.id: d.name for d in self.c.dimensions}
        levers = {lv.lever: lv.name.get(lang) for lv in plan.levers}
        rows = [
            [i.title.get(lang), names.get(i.dimension, i.dimension), levers[i.lever],
             horizons[i.horizon], f"{i.from_level}→{i.to_level}",
             i.owner.get(lang) if i.owner else "", i.duration_months, i.effort, i.impact,
             i.priority, i.quick_win,
             L["list_separator"].join(k.name.get(lang) for k in i.kpis), i.reason.get(lang)]
            for i in plan.initiatives
        ]  # fmt: skip
        headings = [
            L["initiative"], L["dimension"], L["lever"], L["horizon"], L["step"],
            self.t("owner"), self.t("months"), L["effort"], L["impact"], self.t("priority"),
            L["quick_win"], L["kpi"], L["why"],
        ]  # fmt: skip
        self.table(
            self.t("sheet_roadmap"),
            headings,
            rows,
            [40, 14, 12, 18, 7, 22, 8, 8, 8, 9, 9, 36, WIDE],
            [None, None, None, None, None, None, self.whole, self.whole, self.whole, self.two],
        )

    def kpis(self) -> None:
        L = self.L
        rows = [
            [i.title, i.horizon, k.name, k.unit, k.direction, k.formula, k.baseline]
            for i in self.c.kpis
            for k in i.kpis
        ]
        self.table(
            self.t("sheet_kpis"),
            [L["initiative"], L["horizon"], L["kpi"], self.t("unit"), self.t("better"),
             self.t("formula"), L["baseline"]],
            rows,
            [36, 16, 30, 10, 8, 44, WIDE],
        )  # fmt: skip

    def method(self) -> None:
        m, L = self.c.method, self.L
        sheet = self.book.add_worksheet(self.t("sheet_method"))
        self.printable(sheet)
        sheet.set_column(0, 0, 28)
        sheet.set_column(1, 3, 50)
        row = 0
        sheet.write_string(row, 0, L["method"], self.title)
        row += 2
        for paragraph in m.maths:
            sheet.merge_range(row, 0, row, 3, paragraph, self.wrap)
            sheet.set_row(row, 48)
            row += 1
        for title, table in method_tables(m, L):
            row += 1
            sheet.write_string(row, 0, title, self.title)
            row += 1
            for line in table:
                for col, value in enumerate(line.cells):
                    sheet.write_string(row, col, value, self.wrap)
                row += 1


def _number(value: str) -> float | int | str:
    """A cell's text as the number it shows, or the text itself ("N/A", "2 / 3 / 3", "")."""
    try:
        number = float(value)
    except ValueError:
        return value
    return int(number) if number.is_integer() and "." not in value else number
