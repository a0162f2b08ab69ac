"""The PDF as leadership gets it: text, fonts, pages, bookmarks, metadata; the demo command."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import run_assess
from tests.report_support import pdf_text, squeeze

pytestmark = pytest.mark.slow

EXPECTED = {
    "zh": {
        "dimensions": ["用户思维", "数据思维", "迭代思维", "平台思维", "社群思维"],
        "levels": ["传统", "起步", "实践", "融合", "引领"],
        "sections": [
            "执行摘要",
            "转型路线图",
            "关键指标",
            "附录A·方法说明",
            "附录B·全部答案与备注",
        ],
    },
    "en": {
        "dimensions": ["Userthinking", "Datathinking", "Iterationthinking", "Platformthinking"],
        "levels": ["Traditional", "Emerging", "Practicing", "Integrated", "Leading"],
        "sections": ["Executivesummary", "Transformationroadmap", "AppendixA·Method"],
    },
}


@pytest.fixture(scope="module", params=["zh", "en"])
def rendered(
    request: pytest.FixtureRequest, workspace: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, Path, str]:
    lang: str = request.param
    out = tmp_path_factory.mktemp(lang) / f"report-{lang}.pdf"
    result = run_assess("report", workspace, "-o", out, "--lang", lang)
    assert result.returncode == 0, result.stderr
    return lang, out, result.stdout


def test_pdf_text_holds_organization_dimensions_levels_and_roadmap(
    rendered: tuple[str, Path, str], workspace: Path
) -> None:
    lang, pdf, _ = rendered
    text = pdf_text(pdf)
    assert "青禾智造集团" in text
    for expected in EXPECTED[lang].values():
        for item in expected:
            assert item in text, item
    plan = run_assess("plan", workspace, "--format", "json")
    first = re.findall(rf'"{lang}": "([^"]+)"', plan.stdout.split('"initiatives"')[-1])[:1]
    assert first and squeeze(first[0]) in text


def test_cjk_fonts_are_embedded_and_subset(rendered: tuple[str, Path, str]) -> None:
    _, pdf, _ = rendered
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    rows = [line.split() for line in fonts.stdout.splitlines()[2:]]
    cjk = [row for row in rows if "CJK" in row[0]]
    assert cjk, fonts.stdout
    for row in rows:
        emb, sub = row[-5], row[-4]
        assert (emb, sub) == ("yes", "yes"), row
        assert re.match(r"^[A-Z]{6}\+", row[0]), row  # subset tag
    names = [row[0] for row in rows]
    assert len(names) == len(set(names)), "each subset once, under a tag of its own"
    families = [name.split("+", 1)[1] for name in names]
    assert len(families) == len(set(families)), "one pass: each face embedded once"


def test_pages_bookmarks_and_metadata(rendered: tuple[str, Path, str]) -> None:
    lang, pdf, stdout = rendered
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    assert 10 <= pages <= 30
    assert f"({pages} pages)" in stdout
    assert "青禾智造集团" in info and "远见数字化咨询" in info  # title and author
    outline = subprocess.run(
        ["pdftohtml", "-xml", "-i", "-stdout", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.split("<outline>", 1)[1]
    items = re.findall(r"<item page=\"\d+\">([^<]+)</item>", outline)
    assert len(items) >= 10
    assert EXPECTED[lang]["dimensions"][0] in squeeze(" ".join(items))


def test_every_page_but_the_cover_is_numbered_and_bookmarks_land_on_their_pages(
    rendered: tuple[str, Path, str],
) -> None:
    _, pdf, _ = rendered
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = [squeeze(page) for page in text.split("\f")[:-1]]
    total = len(pages)
    assert f"/{total}" not in pages[0]  # the cover has no footer
    for number, text in enumerate(pages[1:], start=2):
        assert text.endswith(f"{number}/{total}"), (number, text[-40:])
    outline = subprocess.run(
        ["pdftohtml", "-xml", "-i", "-stdout", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.split("<outline>", 1)[1]
    for page, title in re.findall(r"<item page=\"(\d+)\">([^<]+)</item>", outline):
        assert squeeze(title) in pages[int(page) - 1], (title, page)  # also in the second half


def test_demo_builds_a_workspace_and_prints_the_pdf_path_last(tmp_path: Path) -> None:
    result = run_assess("demo", "-o", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    last = Path(result.stdout.strip().splitlines()[-1])
    assert last.is_absolute() and last.suffix == ".pdf" and last.is_file()
    again = run_assess("demo", "-o", tmp_path / "out")  # runs again over its own output
    assert again.returncode == 0, again.stderr
