"""The report context, HTML and JSON output, the command line around them (fast: no PDF)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from assess.cli import cli
from assess.models.assessment import Assessment
from assess.rendering.formats import format_for
from assess.rendering.html import render_html
from assess.report.build import ReportOptions, report_context
from assess.report.charts.radar import Ring, Series, radar_chart
from assess.report.charts.timeline import (
    AXIS_H,
    ROW_H,
    Bar,
    Group,
    Phase,
    timeline_chart,
    timeline_pages,
    timeline_rows,
)
from assess.report.context import ReportContext
from tests.conftest import run_assess, run_python

LEVELS_ZH = ["传统", "起步", "实践", "融合", "引领"]
DIMENSIONS = {
    "zh": ["用户思维", "数据思维", "迭代思维", "平台思维", "社群思维"],
    "en": [
        "User thinking",
        "Data thinking",
        "Iteration thinking",
        "Platform thinking",
        "Community thinking",
    ],
}


@pytest.fixture(scope="module")
def context_zh(assessment: Assessment) -> ReportContext:
    return report_context(assessment, ReportOptions(lang="zh", day=date(2026, 11, 22)))


class TextAndTags(HTMLParser):
    """Collects the visible text, the <html lang>, the <title> and the <meta> values."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.meta: dict[str, str] = {}
        self.lang = ""
        self.tags: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        self.tags.append(tag)
        self._in_style = tag == "style"
        if tag == "html":
            self.lang = values.get("lang", "")
        if tag == "meta" and "name" in values:
            self.meta[values["name"]] = values.get("content", "")

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if not self._in_style:
            self.text.append(data)

    @property
    def joined(self) -> str:
        return "".join("".join(self.text).split())


def parsed(html: str) -> TextAndTags:
    parser = TextAndTags()
    parser.feed(html)
    return parser


def test_context_holds_the_sections_in_one_language(context_zh: ReportContext) -> None:
    assert context_zh.cover.organization == "青禾智造集团"
    assert [d.name for d in context_zh.dimensions] == DIMENSIONS["zh"]
    assert len(context_zh.summary.strengths) == 3
    assert len(context_zh.summary.gaps) == 5
    assert len(context_zh.summary.first_moves) == 3
    assert context_zh.summary.first_moves[0].title == context_zh.plan.initiatives[0].title.zh
    assert all(d.spread for d in context_zh.dimensions)  # nine respondents: spread is shown
    assert context_zh.method.priority.startswith("优先级")
    assert len(context_zh.answers.respondents) == 9
    assert context_zh.meta.html_lang == "zh-CN" and context_zh.meta.date == "2026年11月22日"


def test_html_is_the_whole_document_escaped_and_described(context_zh: ReportContext) -> None:
    html = render_html(context_zh)
    page = parsed(html)
    assert page.lang == "zh-CN"
    assert page.meta["author"].startswith("远见数字化咨询")
    assert "<title>青禾智造集团 · 企业互联网思维成熟度评估</title>" in html
    text = page.joined
    for name in DIMENSIONS["zh"]:
        assert name in text
    for level in LEVELS_ZH:
        assert level in text
    for initiative in context_zh.plan.initiatives[:5]:
        assert "".join(initiative.title.zh.split()) in text
    assert "script" not in page.tags


def test_json_output_is_the_context_without_charts(tmp_path: Path, workspace: Path) -> None:
    out = tmp_path / "report.json"
    result = CliRunner().invoke(cli, ["report", str(workspace), "-o", str(out), "--lang", "en"])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["cover"]["organization"] == "青禾智造集团"
    assert data["scorecard"]["respondents"] == 9
    assert data["plan"]["initiatives"] and data["kpis"]
    assert "radar" not in data["summary"] and "<svg" not in out.read_text(encoding="utf-8")
    assert [d["name"] for d in data["dimensions"]] == DIMENSIONS["en"]


def test_targets_branding_and_html_format(tmp_path: Path, workspace: Path) -> None:
    out = tmp_path / "r.htm"
    args = ["report", str(workspace), "-o", str(out), "--target", "data=4", "--lang", "en"]
    args += ["--accent", "#0a7d5a", "--consultant", "A & B <Partners>"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "--accent: #0a7d5a" in html
    assert "A &amp; B &lt;Partners&gt;" in html and "<Partners>" not in html
    summary_table = html.split('class="dim-table"', 1)[1].split("</table>", 1)[0]
    data_row = summary_table.split("Data thinking", 1)[1].split("</tr>", 1)[0]
    assert "4 Integrated" in data_row  # the target set with --target


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "r.txt"], "cannot tell the report format"),
        (["-o", "SOURCE"], "is the input"),
        (["-o", "r.pdf", "--accent", "red"], "is not a color"),
        (["-o", "r.pdf", "--target", "nope=3"], "unknown dimension 'nope'"),
        (["-o", "r.pdf", "--target", "data=9"], "outside 1..5"),
    ],
)
def test_bad_report_options_exit_2(workspace: Path, args: list[str], message: str) -> None:
    args = [str(workspace) if arg == "SOURCE" else arg for arg in args]
    result = run_assess("report", workspace, *args)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr


def test_format_follows_the_suffix() -> None:
    assert format_for(Path("a.PDF")).name == "pdf"
    assert format_for(Path("a.html")).name == format_for(Path("a.htm")).name == "html"
    assert format_for(Path("a.json")).name == "json"


def test_charts_are_well_formed_svg_with_escaped_text() -> None:
    radar = radar_chart(
        ["A<b>", "B & C", "数据思维", "D", "E"],
        [Ring(20, "2 <L>")],
        [Series("now", [10, 50, 90, 0, 100], "#112233")],
        "radar <x>",
    )
    timeline = timeline_chart(
        [Group("Org", [Bar("Do it", 0, 3, emphasis=True), Bar("Later", 12, 24)])],
        [Phase(0, 3, "0–3 <it>"), Phase(3, 12, "3–12"), Phase(12, 24, "12–24")],
        "#112233",
        "timeline",
    )
    for svg in (radar, timeline):
        root = ET.fromstring(svg)
        assert root.tag.endswith("svg")
        assert "<b>" not in svg and "<it>" not in svg
    assert "A&lt;b&gt;" in radar and "0–3 &lt;it&gt;" in timeline


def test_timeline_names_sit_beside_the_chart_row_for_row() -> None:
    long = "Build a data platform that joins up departmental data " * 3
    groups = [Group("Org", [Bar("Do it", 0, 3), Bar(long, 12, 24)]), Group("Empty", 0)]
    rows = timeline_rows(groups)
    assert [(r.kind, len(r.lines)) for r in rows] == [("group", 1), ("item", 1), ("item", 2)]
    assert rows[2].lines[-1].endswith("…")  # cut to fit two lines
    chart = ET.fromstring(timeline_chart(groups, [Phase(0, 3, "0–3")], "#112233", "t"))
    assert chart.get("height") == f"{AXIS_H + ROW_H * len(rows) + 1.5:g}mm"
    assert long[:10] not in ET.tostring(chart, encoding="unicode")  # the names are page text


def test_a_long_timeline_is_cut_into_pages_that_keep_their_group_names() -> None:
    groups = [
        Group(name, [Bar(f"{name} {n}", 0, 3) for n in range(count)])
        for name, count in (("Org", 5), ("Process", 30), ("Empty", 0), ("Tech", 1))
    ]
    pages = timeline_pages(groups, rows=12)
    assert all(len(timeline_rows(page)) <= 12 for page in pages)
    assert [b.label for page in pages for g in page for b in g.bars] == [
        b.label for g in groups for b in g.bars
    ]
    assert [[g.name for g in page] for page in pages] == [
        ["Org", "Process"],
        ["Process"],
        ["Process"],
        ["Process", "Tech"],
    ]
    assert all(g.bars for page in pages for g in page)


def test_timeline_names_are_printed_escaped_in_the_html(context_zh: ReportContext) -> None:
    html = render_html(context_zh)
    names = [n for t in context_zh.roadmap.timelines for n in t.names]
    assert html.count('<p class="tl-item') == sum(n.kind == "item" for n in names) > 10
    assert all(line in html for n in names for line in n.lines if "&" not in line)


def test_report_modules_load_without_weasyprint_or_textual() -> None:
    code = (
        "import sys\n"
        "import assess.rendering.writer, assess.cli.report_output, assess.cli.demo_cmd\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('weasyprint', 'textual')))\n"
    )
    assert run_python(code).strip() == "[]"
