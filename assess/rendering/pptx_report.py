"""The report as an editable PowerPoint readout (16:9) for the steering committee.

Title, executive summary, where the organization stands (a native radar of current vs target and
a native bar chart: PowerPoint charts whose data can be edited), one slide per dimension, the
roadmap grid, the timeline, the KPIs and, with several respondents, the workshop. Every text is a
real text box with the CJK font set for East Asian text; long lists are cut with "+n more" so
nothing runs off a slide. Written from the same report content as the PDF.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from assess.i18n import text
from assess.rendering.formats import Assets, Rendered
from assess.report.context import ReportContext

CJK_FONT = "Noto Sans CJK SC"
INK, MUTED, RULE = "1F2430", "6B7280", "D6D9DE"
WIDTH, HEIGHT = 13.333, 7.5  # inches: 16:9
MARGIN = 0.6
LIST_MAX = 4  # initiative titles per roadmap cell
ROWS_PER_SLIDE = 9  # KPI and timeline rows


def render(context: ReportContext, assets: Assets) -> Rendered:
    from pptx import Presentation
    from pptx.util import Emu

    deck = Presentation()
    deck.slide_width, deck.slide_height = Emu(12192000), Emu(6858000)  # 16:9, as PowerPoint
    Readout(deck, context, assets).write_all()
    out = io.BytesIO()
    deck.save(out)
    return Rendered(out.getvalue(), len(deck.slides))


class Readout:
    def __init__(self, deck: Any, context: ReportContext, assets: Assets) -> None:
        from pptx.dml.color import RGBColor

        self.deck, self.c, self.assets = deck, context, assets
        self.lang = context.meta.lang
        self.L = context.labels
        self.accent = RGBColor.from_string(context.theme.accent.lstrip("#").upper())
        self.blank = deck.slide_layouts[6]

    def t(self, key: str, **values: Any) -> str:
        return text(f"pptx.{key}", self.lang, **values)

    def write_all(self) -> None:
        self.title_slide()
        self.summary_slide()
        self.standing_slide()
        for page in self.c.dimensions:
            self.dimension_slide(page)
        if self.c.roadmap.catalogue and self.c.plan.initiatives:
            self.grid_slide()
            self.timeline_slides()
            self.kpi_slides()
        if self.c.workshop is not None:
            self.workshop_slide()

    # -- building blocks -------------------------------------------------------------------

    def slide(self, title: str, kicker: str = "") -> Any:
        from pptx.util import Inches

        slide = self.deck.slides.add_slide(self.blank)
        bar = slide.shapes.add_shape(1, 0, 0, Inches(WIDTH), Inches(0.12))  # a rectangle
        bar.fill.solid()
        bar.fill.fore_color.rgb = self.accent
        bar.line.fill.background()
        if kicker:
            self.text(slide, kicker, MARGIN, 0.35, WIDTH - 2 * MARGIN, 0.3, size=11, color=MUTED)
        self.text(slide, title, MARGIN, 0.6, WIDTH - 2 * MARGIN, 0.7, size=26, bold=True)
        footer = f"{self.c.cover.organization} · {self.c.cover.title}"
        self.text(slide, footer, MARGIN, HEIGHT - 0.45, WIDTH - 2 * MARGIN, 0.3, size=9,
                  color=MUTED)  # fmt: skip
        return slide

    def text(
        self,
        slide: Any,
        content: str | Sequence[tuple[str, dict[str, Any]]],
        left: float,
        top: float,
        width: float,
        height: float,
        size: float = 14,
        bold: bool = False,
        color: str | Any = INK,
    ) -> Any:
        """A text box; ``content`` is one string or paragraphs of (text, style) pairs."""
        from pptx.util import Inches, Pt

        box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
        frame = box.text_frame
        frame.word_wrap = True
        paragraphs = [[(content, {})]] if isinstance(content, str) else [[p] for p in content]
        for index, runs in enumerate(paragraphs):
            paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            paragraph.space_after = Pt(4)
            for words, style in runs:
                self.run(paragraph, words, style.get("size", size), style.get("bold", bold),
                         style.get("color", color))  # fmt: skip
        return box

    def run(self, paragraph: Any, words: str, size: float, bold: bool, color: str | Any) -> None:
        from pptx.dml.color import RGBColor
        from pptx.util import Pt

        run = paragraph.add_run()
        run.text = words
        font = run.font
        font.size = Pt(size)
        font.bold = bold
        font.name = CJK_FONT
        font.color.rgb = RGBColor.from_string(color) if isinstance(color, str) else color
        east_asian(run)

    def table(self, slide: Any, rows: Sequence[Sequence[str]], top: float, widths: Sequence[float],
              size: float = 11) -> Any:  # fmt: skip
        from pptx.dml.color import RGBColor
        from pptx.util import Inches, Pt

        shape = slide.shapes.add_table(
            len(rows), len(widths), Inches(MARGIN), Inches(top),
            Inches(sum(widths)), Inches(0.4 * len(rows)),
        )  # fmt: skip
        table = shape.table
        for col, width in enumerate(widths):
            table.columns[col].width = Inches(width)
        for r, row in enumerate(rows):
            for col, value in enumerate(row):
                cell = table.cell(r, col)
                cell.text = ""
                paragraph = cell.text_frame.paragraphs[0]
                self.run(paragraph, value, size, r == 0, "FFFFFF" if r == 0 else INK)
                cell.margin_top = cell.margin_bottom = Pt(3)
                if r == 0:
                    cell.fill.solid()
                    cell.fill.fore_color.rgb = self.accent
                else:
                    cell.fill.solid()
                    cell.fill.fore_color.rgb = RGBColor.from_string("FFFFFF" if r % 2 else "F3F5F8")
        return shape

    # -- the slides --------------------------------------------------------------------------

    def title_slide(self) -> None:
        from pptx.util import Inches

        cover = self.c.cover
        slide = self.deck.slides.add_slide(self.blank)
        band = slide.shapes.add_shape(1, 0, 0, Inches(0.35), Inches(HEIGHT))
        band.fill.solid()
        band.fill.fore_color.rgb = self.accent
        band.line.fill.background()
        if self.assets.logo is not None:
            slide.shapes.add_picture(str(self.assets.logo), Inches(MARGIN + 0.2), Inches(0.6),
                                     height=Inches(0.8))  # fmt: skip
        self.text(slide, cover.title, MARGIN + 0.2, 2.2, 11.5, 1.2, size=36, bold=True)
        if cover.subtitle:
            self.text(slide, cover.subtitle, MARGIN + 0.2, 3.4, 11.5, 1.0, size=16, color=MUTED)
        lines: list[tuple[str, dict[str, Any]]] = [(cover.organization, {"size": 22, "bold": True})]
        lines += [(line, {"size": 14, "color": MUTED}) for line in cover.details]
        lines.append((f"{self.L['date']}: {cover.date}", {"size": 14, "color": MUTED}))
        if cover.consultant:
            lines.append((f"{self.L['prepared_by']}: {cover.consultant}", {"size": 14,
                          "color": MUTED}))  # fmt: skip
        self.text(slide, lines, MARGIN + 0.2, 4.6, 11.5, 2.2)

    def summary_slide(self) -> None:
        s = self.c.summary
        slide = self.slide(self.L["summary"], "01")
        self.text(slide, [(s.overall_index, {"size": 54, "bold": True, "color": self.accent}),
                          (f"/ 100 · {s.overall_level}", {"size": 18}),
                          (f"{self.L['respondents']}: {s.respondents}",
                           {"size": 12, "color": MUTED})],
                  MARGIN, 1.5, 3.0, 2.6)  # fmt: skip
        findings: list[tuple[str, dict[str, Any]]] = []
        for n, finding in enumerate(s.findings, start=1):
            findings.append((f"{n}  {finding.claim}", {"size": 16, "bold": True}))
            findings.append((clip(finding.evidence, 170), {"size": 11, "color": MUTED}))
        self.text(slide, findings, 4.0, 1.5, WIDTH - 4.0 - MARGIN, 4.2)
        self.text(slide, clip(s.headline, 200), MARGIN, 5.9, WIDTH - 2 * MARGIN, 0.9, size=13)

    def standing_slide(self) -> None:
        from pptx.chart.data import CategoryChartData
        from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
        from pptx.util import Inches, Pt

        rows = self.c.summary.dimensions
        card = {d.dimension: d for d in self.c.scorecard.dimensions}
        ids = [page.id for page in self.c.dimensions]
        current = [round(card[i].score or 0.0, 1) for i in ids]
        target = [row.target_percent or 0.0 for row in rows]
        slide = self.slide(self.t("standing"), "01")
        data = CategoryChartData()
        data.categories = [row.name for row in rows]
        data.add_series(self.L["current"], current)
        data.add_series(self.L["target"], target)
        kind = XL_CHART_TYPE.RADAR if len(rows) >= 3 else XL_CHART_TYPE.COLUMN_CLUSTERED
        radar = slide.shapes.add_chart(kind, Inches(MARGIN), Inches(1.4), Inches(6.0),
                                       Inches(5.4), data).chart  # fmt: skip
        if kind == XL_CHART_TYPE.RADAR:
            radar.value_axis.maximum_scale = 100
            radar.value_axis.minimum_scale = 0
        for series, colour in zip(radar.plots[0].series, (self.accent, MUTED), strict=True):
            line = series.format.line
            line.width = Pt(2.25)
            line.color.rgb = colour if not isinstance(colour, str) else rgb(colour)
        radar.has_legend = True
        radar.legend.position = XL_LEGEND_POSITION.BOTTOM
        radar.legend.include_in_layout = False
        radar.font.size = Pt(11)
        radar.font.name = CJK_FONT
        bars = CategoryChartData()
        bars.categories = [row.name for row in rows]
        bars.add_series(self.L["score"], current)
        bar = slide.shapes.add_chart(XL_CHART_TYPE.BAR_CLUSTERED, Inches(7.0), Inches(1.4),
                                     Inches(5.7), Inches(5.4), bars).chart  # fmt: skip
        bar.has_legend = False
        bar.font.size = Pt(11)
        bar.font.name = CJK_FONT
        bar.plots[0].has_data_labels = True
        bar.category_axis.reverse_order = True  # the first dimension on top, as in the report
        bar.value_axis.maximum_scale = 100
        bar.value_axis.minimum_scale = 0
        bar.plots[0].series[0].format.fill.solid()
        bar.plots[0].series[0].format.fill.fore_color.rgb = self.accent

    def dimension_slide(self, page: Any) -> None:
        slide = self.slide(page.name, page.shift)
        facts = (f"{self.L['score']} {page.score} · {self.L['level']} {page.level} · "
                 f"{self.L['target']} {page.target}")  # fmt: skip
        self.text(slide, facts, MARGIN, 1.3, WIDTH - 2 * MARGIN, 0.4, size=16, bold=True,
                  color=self.accent)  # fmt: skip
        notes: list[tuple[str, dict[str, Any]]] = [
            (clip(note, 160), {"size": 11, "color": MUTED}) for note in page.notes[:2]
        ]
        self.text(slide, [(self.t("now"), {"size": 12, "bold": True}),
                          (clip(page.narrative_now, 260), {"size": 12}),
                          (self.t("next_level"), {"size": 12, "bold": True}),
                          (clip(page.narrative_target, 260), {"size": 12}), *notes],
                  MARGIN, 1.9, 5.6, 4.8)  # fmt: skip
        holding: list[tuple[str, dict[str, Any]]] = [
            (self.L["holding_back"], {"size": 13, "bold": True})
        ]
        for item in page.holding_back[:3]:
            holding.append((clip(item.question, 90), {"size": 11, "bold": True}))
            holding.append(("→ " + clip(item.next_step, 110), {"size": 11, "color": MUTED}))
        self.text(slide, holding, 6.6, 1.9, WIDTH - 6.6 - MARGIN, 4.8)

    def grid_slide(self) -> None:
        r = self.c.roadmap
        slide = self.slide(self.L["roadmap_grid"], "03")
        rows = [[self.L["lever"], *r.horizons]]
        for row in r.grid:
            cells = []
            for titles in row.cells:
                shown = [f"• {clip(title, 40)}" for title in titles[:LIST_MAX]]
                if len(titles) > LIST_MAX:
                    shown.append(self.t("more", n=len(titles) - LIST_MAX))
                cells.append("\n".join(shown))
            rows.append([row.lever, *cells])
        side = 1.6
        rest = (WIDTH - 2 * MARGIN - side) / max(1, len(r.horizons))
        self.table(slide, rows, 1.4, [side, *[rest] * len(r.horizons)], size=10)

    def timeline_slides(self) -> None:
        from pptx.util import Inches

        plan, lang = self.c.plan, self.lang
        months = {h.horizon: (h.start_month, h.end_month) for h in plan.horizons}
        scheduled = [i for i in plan.initiatives if months[i.horizon][1] is not None]
        left, label_w, right = MARGIN, 4.6, WIDTH - MARGIN
        span = right - (left + label_w)
        for start in range(0, len(scheduled), ROWS_PER_SLIDE * 2):
            chunk = scheduled[start : start + ROWS_PER_SLIDE * 2]
            slide = self.slide(self.L["timeline"], "03")
            for month in range(0, 25, 3):
                x = left + label_w + span * month / 24
                self.text(slide, str(month), x - 0.2, 1.3, 0.5, 0.3, size=9, color=MUTED)
            row_h = 4.9 / max(len(chunk), 1)
            for n, item in enumerate(chunk):
                y = 1.7 + n * row_h
                self.text(slide, clip(item.title.get(lang), 34), left, y, label_w, row_h, size=10)
                begin, end = months[item.horizon]
                assert end is not None
                bar = slide.shapes.add_shape(
                    1, Inches(left + label_w + span * begin / 24), Inches(y + row_h * 0.2),
                    Inches(span * (end - begin) / 24), Inches(row_h * 0.55),
                )  # fmt: skip
                bar.fill.solid()
                bar.fill.fore_color.rgb = self.accent
                if not item.quick_win:
                    bar.fill.fore_color.brightness = 0.45
                bar.line.fill.background()

    def kpi_slides(self) -> None:
        """One row per initiative: its KPIs, and how to take the first one's baseline."""
        separator = self.L["list_separator"]
        rows = [
            [clip(i.title, 40), clip(separator.join(k.name for k in i.kpis), 60),
             clip(i.kpis[0].baseline, 90) if i.kpis else ""]
            for i in self.c.kpis
        ]  # fmt: skip
        head = [self.L["initiative"], self.L["kpi"], self.L["baseline"]]
        for start in range(0, len(rows), ROWS_PER_SLIDE):
            slide = self.slide(self.L["kpis"], "04")
            self.table(slide, [head, *rows[start : start + ROWS_PER_SLIDE]], 1.4,
                       [3.6, 3.4, WIDTH - 2 * MARGIN - 7.0], size=10)  # fmt: skip

    def workshop_slide(self) -> None:
        w = self.c.workshop
        assert w is not None
        slide = self.slide(self.t("workshop"), self.L["ws_kicker"])
        said = (f"{self.L['respondents']}: {w.respondents} · "
                f"{self.L['ws_finished']}: {w.finished}")  # fmt: skip
        self.text(slide, said, MARGIN, 1.3, WIDTH - 2 * MARGIN, 0.4, size=14, bold=True)
        roles = self.L["list_separator"].join(f"{g.name} {g.figure}" for g in w.roles)
        if roles:
            self.text(slide, f"{self.L['ws_roles']}: {roles}", MARGIN, 1.8, WIDTH - 2 * MARGIN,
                      0.4, size=12, color=MUTED)  # fmt: skip
        rows = [[self.L["dimension"], self.L["question"], self.L["agreement"]]]
        rows += [[h.dimension, clip(h.question, 70), h.agreement] for h in w.hotspots[:6]]
        self.table(slide, rows, 2.5, [2.0, 8.4, 1.7], size=11)
        self.spread_slide()

    def spread_slide(self) -> None:
        """Spread per dimension, and where roles see the organization differently."""
        w, L = self.c.workshop, self.L
        assert w is not None
        slide = self.slide(L["ws_dimension_spread"], L["ws_kicker"])
        rows = [[L["dimension"], L["ws_mean"], L["ws_median"], L["ws_iqr"], L["ws_std"],
                 L["agreement"]]]  # fmt: skip
        rows += [[d.name, d.mean, d.median, d.iqr, d.std, d.agreement] for d in w.dimensions]
        self.table(slide, rows, 1.4, [3.0, 1.6, 1.6, 1.6, 1.6, 1.6], size=12)
        apart = [f for f in self.c.summary.findings if any(r in f.claim for r in w.radar_roles)]
        if apart:
            lines: list[tuple[str, dict[str, Any]]] = [
                (apart[0].claim, {"size": 14, "bold": True}),
                     (clip(apart[0].evidence, 200), {"size": 12, "color": MUTED})]  # fmt: skip
            self.text(slide, lines, MARGIN, 4.4, WIDTH - 2 * MARGIN, 1.6)


def rgb(hex_colour: str) -> Any:
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(hex_colour)


def east_asian(run: Any) -> None:
    """Set the run's East Asian font, which python-pptx's font API leaves unset."""
    from pptx.oxml.ns import qn

    properties = run._r.get_or_add_rPr()
    for existing in properties.findall(qn("a:ea")):
        properties.remove(existing)
    ea = properties.makeelement(qn("a:ea"), {"typeface": CJK_FONT})
    latin = properties.find(qn("a:latin"))
    if latin is not None:
        latin.addnext(ea)
    else:
        properties.append(ea)


def clip(value: str, characters: int) -> str:
    """At most ``characters`` characters, with … when cut (long texts never run off a slide)."""
    return value if len(value) <= characters else value[: characters - 1].rstrip() + "…"
