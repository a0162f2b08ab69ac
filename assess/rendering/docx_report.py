"""The report as an editable Word document, for clients who must edit or sign it.

The report's sections in order, each a real heading (Word's navigation pane lists them), tables
in a table style, the charts as images rasterised from the report's own SVG (CairoSVG), the CJK
font set for East Asian text, and a sign-off block at the end. Written from the same report
content as the PDF.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from assess.i18n import text
from assess.rendering.formats import Assets, Rendered
from assess.rendering.method_tables import method_tables
from assess.report.context import ReportContext

CJK_FONT = "Noto Sans CJK SC"
TABLE_STYLE = "Light Grid Accent 1"


def render(context: ReportContext, assets: Assets) -> Rendered:
    from docx import Document

    document = Document()
    WordReport(document, context, assets).write_all()
    out = io.BytesIO()
    document.save(out)
    return Rendered(out.getvalue())


class WordReport:
    def __init__(self, document: Any, context: ReportContext, assets: Assets) -> None:
        self.d, self.c, self.assets = document, context, assets
        self.lang = context.meta.lang
        self.L = context.labels
        for name in ("Normal", "Title", "Heading 1", "Heading 2", "Table Grid"):
            east_asian(document.styles[name])
        from docx.shared import Cm

        first = document.sections[0]  # A4, not the template's Letter
        first.page_width, first.page_height = Cm(21), Cm(29.7)
        first.left_margin = first.right_margin = Cm(2.2)
        properties = document.core_properties
        properties.title = context.meta.title
        properties.author = context.meta.author
        properties.subject = context.meta.subject

    def t(self, key: str, **values: Any) -> str:
        return text(f"docx.{key}", self.lang, **values)

    def write_all(self) -> None:
        self.cover()
        self.summary()
        if self.c.frame is not None:
            self.frame()
        for page in self.c.dimensions:
            self.dimension(page)
        if self.c.workshop is not None:
            self.workshop()
        self.roadmap()
        self.kpis()
        self.method()
        self.answers()
        self.sign_off()

    # -- building blocks -------------------------------------------------------------------

    def table(self, rows: Sequence[Sequence[str]], widths: Sequence[float] | None = None) -> Any:
        from docx.shared import Cm

        table = self.d.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = self.d.styles[TABLE_STYLE]
        table.autofit = widths is None
        for r, row in enumerate(rows):
            for col, value in enumerate(row):
                table.cell(r, col).text = value
        if widths:  # the grid (LibreOffice reads it) and every cell (Word reads those)
            for col, width in enumerate(widths):
                table.columns[col].width = Cm(width)
                for cell in table.columns[col].cells:
                    cell.width = Cm(width)
        return table

    def image(self, svg: str, width_cm: float) -> None:
        """A chart, rasterised from the report's own SVG at print resolution."""
        import cairosvg
        from docx.shared import Cm

        if not svg:
            return
        png = cairosvg.svg2png(bytestring=svg.encode("utf-8"), scale=3)
        self.d.add_picture(io.BytesIO(png), width=Cm(width_cm))

    def labelled(self, label: str, value: str) -> None:
        paragraph = self.d.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(value)

    # -- the sections ----------------------------------------------------------------------

    def cover(self) -> None:
        from docx.shared import Cm

        cover = self.c.cover
        if self.assets.logo is not None and self.assets.logo.suffix.lower() != ".svg":
            self.d.add_picture(str(self.assets.logo), height=Cm(2))
        self.d.add_heading(cover.title, level=0)
        if cover.subtitle:
            self.d.add_paragraph(cover.subtitle)
        self.d.add_paragraph().add_run(cover.organization).bold = True
        for line in cover.details:
            self.d.add_paragraph(line)
        self.labelled(self.L["date"], cover.date)
        if cover.consultant:
            self.labelled(self.L["prepared_by"], cover.consultant)
        self.d.add_paragraph(self.L["confidential"])
        self.d.add_page_break()

    def summary(self) -> None:
        s, L = self.c.summary, self.L
        self.d.add_heading(L["summary"], level=1)
        for n, finding in enumerate(s.findings, start=1):
            self.d.add_paragraph().add_run(f"{n}. {finding.claim}").bold = True
            self.d.add_paragraph(finding.evidence)
        self.d.add_paragraph(s.headline)
        self.labelled(L["overall_index"], f"{s.overall_index} / 100")
        self.labelled(L["overall_level"], s.overall_level)
        self.labelled(L["respondents"], s.respondents)
        self.image(s.radar, 12)
        rows = [[L["dimension"], L["score"], L["level"], L["target"], L["gap"]]]
        rows += [[d.name, d.score, d.level, d.target, d.gap] for d in s.dimensions]
        self.table(rows)
        if s.first_moves:
            self.d.add_heading(L["first_moves"], level=2)
            for move in s.first_moves:
                self.d.add_paragraph(f"{move.title} ({move.lever} · {move.horizon})",
                                     style="List Number")  # fmt: skip

    def frame(self) -> None:
        frame = self.c.frame
        assert frame is not None
        self.d.add_heading(frame.title, level=1)
        rows = [[self.L["frame_aspect"], self.L["frame_before"], self.t("today"),
                 self.L["frame_after"]]]  # fmt: skip
        rows += [[r.aspect, r.before, f"{r.figure} · {r.dimensions}", r.after] for r in frame.rows]
        self.table(rows)

    def dimension(self, page: Any) -> None:
        L = self.L
        self.d.add_heading(page.name, level=1)
        if page.shift:
            self.d.add_paragraph(page.shift)
        facts = (f"{L['score']} {page.score} · {L['level']} {page.level} · "
                 f"{L['target']} {page.target} · {L['coverage']} {page.coverage} · "
                 f"{L['confidence']} {page.confidence}")  # fmt: skip
        self.d.add_paragraph().add_run(facts).bold = True
        for note in page.notes:
            self.d.add_paragraph(note)
        self.labelled(self.t("today"), page.narrative_now)
        self.labelled(self.t("next_level"), page.narrative_target)
        if page.holding_back:
            self.d.add_heading(L["holding_back"], level=2)
            rows = [[L["question"], self.t("today"), L["next_step"]]]
            rows += [[h.question, h.today, h.next_step] for h in page.holding_back]
            self.table(rows)

    def workshop(self) -> None:
        w, L = self.c.workshop, self.L
        assert w is not None
        self.d.add_heading(self.t("workshop"), level=1)
        self.labelled(L["respondents"], w.respondents)
        self.labelled(L["ws_finished"], w.finished)
        self.image(w.radar, 11)
        if w.radar_roles:
            self.labelled(L["ws_roles"], L["list_separator"].join(w.radar_roles))
        rows = [[L["dimension"], L["question"], L["agreement"]]]
        rows += [[h.dimension, h.question, h.agreement] for h in w.hotspots]
        self.table(rows)

    def roadmap(self) -> None:
        r, L = self.c.roadmap, self.L
        self.d.add_heading(L["roadmap"], level=1)
        if not r.catalogue:
            rows = [[L["dimension"], L["question"], L["next_step"]]]
            rows += [[s.dimension, s.question, s.next_option] for s in r.next_steps]
            self.table(rows)
            return
        rows = [[L["lever"], *r.horizons]]
        rows += [[g.lever, *("\n".join(titles) for titles in g.cells)] for g in r.grid]
        self.table(rows)
        if r.backlog_note:
            self.d.add_paragraph(r.backlog_note)

    def kpis(self) -> None:
        if not self.c.kpis:
            return
        L = self.L
        self.d.add_heading(L["kpis"], level=1)
        rows = [[L["initiative"], L["horizon"], L["kpi"], L["baseline"]]]
        rows += [
            [f"{i.title}\n{i.owner}".strip(), i.horizon,
             "\n".join(f"{k.name} ({k.unit}, {k.direction})" for k in i.kpis),
             "\n".join(k.baseline for k in i.kpis) or i.baseline]
            for i in self.c.kpis
        ]  # fmt: skip
        self.table(rows)

    def method(self) -> None:
        m, L = self.c.method, self.L
        self.d.add_heading(L["method"], level=1)
        for paragraph in m.maths:
            self.d.add_paragraph(paragraph)
        for title, table in method_tables(m, L):
            if table:
                self.d.add_heading(title, level=2)
                self.table([line.cells for line in table])

    def answers(self) -> None:
        """Every answer, on landscape pages: a column per respondent (by pseudonym unless the
        report names them), or how many chose each option when there are many."""
        from docx.enum.section import WD_ORIENT, WD_SECTION
        from docx.shared import Cm

        part, L = self.c.answers, self.L
        section = self.d.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21)
        self.d.add_heading(L["answers"], level=1)
        self.d.add_paragraph(part.legend)
        columns = part.columns if part.summarised else [r.key for r in part.respondents]
        for block in part.sections:
            self.d.add_heading(block.dimension, level=2)
            rows = [[L["question"], *columns]]
            rows += [[q.text, *(cell.text for cell in q.choices)] for q in block.questions]
            cells = max(1.0, min(1.6, 13.0 / max(1, len(columns))))  # cm per answer column
            self.table(rows, [24.0 - cells * len(columns), *[cells] * len(columns)])
            notes = [f"{q.id} · {n.key}: {n.text}" for q in block.questions for n in q.notes]
            for note in notes:
                self.d.add_paragraph(note, style="List Bullet")
        if not part.summarised:
            keys = [f"{r.key} · {r.name} · {r.role}" if r.name else f"{r.key} · {r.role}"
                    for r in part.respondents]  # fmt: skip
            self.d.add_paragraph(L["list_separator"].join(keys))

    def sign_off(self) -> None:
        self.d.add_heading(self.t("sign_off"), level=1)
        rows = [["", self.t("name"), self.t("signature"), self.L["date"]]]
        rows += [[self.t("prepared"), "", "", ""], [self.t("approved"), "", "", ""]]
        self.table(rows)


def east_asian(style: Any) -> None:
    """Set a style's fonts, the East Asian one included (python-docx's API sets only Latin)."""
    from docx.oxml.ns import qn

    style.font.name = CJK_FONT
    properties = style.element.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = properties.makeelement(qn("w:rFonts"), {})
        properties.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), CJK_FONT)
