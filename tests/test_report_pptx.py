"""The PowerPoint readout: 16:9, editable native charts with the report's numbers, text in real
text boxes with the CJK font, nothing running off a slide; LibreOffice opens every slide."""

from __future__ import annotations

import math
import subprocess
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Emu
from rich.cells import cell_len

from assess.scoring.assessment import score_assessment
from assess.sources import load_source
from tests.office_support import DIMENSIONS_ZH, converted, pdf_words, written
from tests.report_support import demo_workspace

POINT = 12700  # EMU


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_workspace(tmp_path_factory.mktemp("demo"))


def readout(source: Path, out: Path, *more: str) -> Presentation:
    assert "slides)" in written(source, out, *more)
    return Presentation(str(out))


def slide_texts(deck: Presentation) -> list[str]:
    found = []
    for slide in deck.slides:
        parts = []
        for shape in slide.shapes:
            if shape.has_text_frame:
                parts.append(shape.text_frame.text)
            if shape.has_table:
                parts += [cell.text for row in shape.table.rows for cell in row.cells]
        found.append("\n".join(parts))
    return found


def test_the_readout_has_its_slides_in_16_9(demo: Path, tmp_path: Path) -> None:
    deck = readout(demo, tmp_path / "r.pptx")
    assert (deck.slide_width, deck.slide_height) == (Emu(12192000), Emu(6858000))
    texts = slide_texts(deck)
    assert "青禾智造集团" in texts[0] and "执行摘要" in texts[1]
    for name in DIMENSIONS_ZH:
        assert any(
            t.startswith(name) or f"\n{name}\n" in t or name in t.splitlines()[:3] for t in texts
        )
    joined = "\n".join(texts)
    assert "四大抓手 × 三个阶段" in joined and "时间线（月）" in joined and "关键指标" in joined
    assert "设立客户之声负责人与月度例会" in joined and "工作坊：共识与分歧" in joined
    assert "各维度分布" in joined and "高管与一线员工对同一项做法看法不一" in joined  # role gaps


def test_the_charts_are_native_with_current_and_target(demo: Path, tmp_path: Path) -> None:
    deck = readout(demo, tmp_path / "r.pptx")
    charts = [s.chart for slide in deck.slides for s in slide.shapes if s.has_chart]
    radar, bars = charts
    card = score_assessment(load_source(demo))
    current = [
        round(card.dimension(d).score or 0, 1)
        for d in ("user", "data", "iteration", "platform", "community")
    ]
    series = {s.name: list(s.values) for s in radar.plots[0].series}
    assert series["当前"] == pytest.approx(current)
    assert series["目标"] == pytest.approx(
        [40.0, 40.0, 40.0, 20.0, 40.0]
    )  # the targets' thresholds
    assert list(radar.plots[0].categories) == DIMENSIONS_ZH
    assert list(bars.plots[0].series[0].values) == pytest.approx(current)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_text_runs_off_its_slide(demo: Path, tmp_path: Path, lang: str) -> None:
    """Each text box's text, wrapped at its width, fits above the footer (an estimate from the
    characters' widths: a Chinese character is as wide as the font size, others about half)."""
    deck = readout(demo, tmp_path / f"r-{lang}.pptx", "--lang", lang)
    inch = 914400
    footer_top = deck.slide_height - int(0.5 * inch)
    for number, slide in enumerate(deck.slides, start=1):
        for shape in slide.shapes:
            if not shape.has_text_frame or not shape.text_frame.text.strip():
                continue
            height = 0.0
            for paragraph in shape.text_frame.paragraphs:
                size = (
                    max((r.font.size or 14 * POINT) for r in paragraph.runs)
                    if paragraph.runs
                    else 14 * POINT
                )
                width_cells = sum(cell_len(r.text) for r in paragraph.runs)
                per_line = max(1, int((shape.width - 0.2 * 914400) / (size * 0.5)))
                height += max(1, math.ceil(width_cells / per_line)) * size * 1.2 + 4 * POINT
            limit = deck.slide_height if shape.top >= footer_top else footer_top
            assert shape.top + height <= limit, (
                f"slide {number}: {shape.text_frame.text[:40]!r} needs {height / inch:.2f} in"
            )


@pytest.mark.slow
def test_libreoffice_shows_every_slide(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.pptx"
    deck = readout(demo, out)
    pdf = converted(out, "pdf")
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert f"Pages:           {len(deck.slides)}" in pages.stdout
    flat = pdf_words(pdf)
    assert "青禾智造集团" in flat and all(name in flat for name in DIMENSIONS_ZH)
    assert "2起步" in flat and "1传统" in flat
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "NotoSansCJK" in fonts.replace("-", "")
