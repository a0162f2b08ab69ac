"""The WeasyPrint tuning changes nothing but speed: with it switched off (``ASSESS_WEASYPRINT_TUNING
=off``) the report's PDF is byte for byte the same; and each speed-up does what it says (text
shaped once, pseudo-element styles computed on use, font files copied only when read)."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from assess.models.assessment import Assessment
from assess.models.text import Lang
from assess.rendering.pdf import render_pdf
from assess.rendering.tuning import SETTING, import_weasyprint
from tests.report_support import pdf_text, report_html

UNTUNED = """
import sys
from pathlib import Path
from assess.rendering.pdf import render_pdf
from assess.rendering.tuning import tuned
assert not tuned()
Path(sys.argv[2]).write_bytes(render_pdf(Path(sys.argv[1]).read_text(encoding="utf-8")).data)
"""


def untuned(source: Path, out: Path) -> None:
    """Render ``source`` to ``out`` in a fresh interpreter with the tuning switched off."""
    env = {**os.environ, SETTING: "off"}
    subprocess.run([sys.executable, "-c", UNTUNED, source, out], check=True, env=env, timeout=120)


EDGE_CASES = """<html lang="en"><head><meta charset="utf-8" /><style>
body { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 10pt; }
.justified { text-align: justify; width: 60mm; }
.kept { white-space: pre-wrap; }
.cut { width: 20mm; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.note { float: footnote; }
</style></head><body>
<p class="justified">Justified text stretches its spaces: every line but the last one of this
paragraph is as wide as the column, 两端对齐的中文也一样。</p>
<p class="kept">Line one
line two\u2029after a paragraph separator</p>
<p class="cut">A line too long for its box ends in an ellipsis</p>
<ol><li>First marker</li><li>Second marker</li></ol>
<p>A sentence with a footnote<span class="note">The footnote itself.</span> and more.</p>
<p><img src="data:image/svg+xml;base64,{svg}" /></p>
</body></html>
"""
SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40">'
    '<text x="10" y="25" font-family="Noto Sans CJK SC" font-size="12">图表 Chart</text></svg>'
)


def edge_cases_html() -> str:
    return EDGE_CASES.replace("{svg}", base64.b64encode(SVG.encode()).decode())


def both_ways(html: str, folder: Path) -> tuple[bytes, bytes]:
    """The PDF of `html` written here (tuned) and in a fresh interpreter with the tuning off."""
    source, without = folder / "page.html", folder / "without.pdf"
    source.write_text(html, encoding="utf-8")
    untuned(source, without)
    (folder / "with.pdf").write_bytes(render_pdf(html).data)
    return (folder / "with.pdf").read_bytes(), without.read_bytes()


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_report_pdf_is_the_same_byte_for_byte(
    assessment: Assessment, lang: Lang, tmp_path: Path
) -> None:
    with_them, without = both_ways(report_html(assessment, lang), tmp_path)
    assert with_them == without


@pytest.mark.slow
def test_justified_preformatted_cut_and_footnoted_text_is_the_same(tmp_path: Path) -> None:
    with_them, without = both_ways(edge_cases_html(), tmp_path)
    text = pdf_text(tmp_path / "with.pdf")
    for shown in (
        "两端对齐",
        "Lineone",
        "paragraphseparator",
        "Secondmarker",
        "footnoteitself",
        "图表",
    ):
        assert shown in text
    assert with_them == without


@pytest.fixture
def weasyprint() -> Any:
    import_weasyprint()
    import weasyprint

    return weasyprint


def count_calls(
    monkeypatch: pytest.MonkeyPatch, owner: Any, name: str, calls: Counter[str]
) -> None:
    """Count the calls of `owner.name` in `calls[name]`."""
    original = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[name] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)


def setups_while_drawing(weasyprint: Any, html: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many text layouts are set up to draw `html`, once it is laid out."""
    from weasyprint.text.line_break import Layout

    document = weasyprint.HTML(string=html).render()
    calls: Counter[str] = Counter()
    count_calls(monkeypatch, Layout, "setup", calls)
    document.write_pdf()
    return calls["setup"]


def test_drawing_shapes_no_text_again(weasyprint: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = "".join(f"<tr><td>第 {n} 行</td><td>row {n}</td></tr>" for n in range(30))
    html = f"<p>评估 Assessment</p><pre>one\ntwo</pre><ul><li>项</li></ul><table>{rows}</table>"
    assert setups_while_drawing(weasyprint, html, monkeypatch) == 0


def test_justified_lines_are_shaped_again(weasyprint: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    words = " ".join(["justified"] * 30)
    html = f'<p style="text-align: justify; width: 50mm">{words}</p>'
    assert setups_while_drawing(weasyprint, html, monkeypatch) > 3, "each stretched line"


def text_styles(document: Any) -> list[Any]:
    """The style of each line of text in `document`."""
    from weasyprint.formatting_structure.boxes import TextBox

    return [
        box.style
        for page in document.pages
        for box in page._page_box.descendants()
        if isinstance(box, TextBox)
    ]


def test_only_the_pseudo_elements_used_have_their_style_computed(
    weasyprint: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from weasyprint import css

    computed: Counter[str | None] = Counter()

    class Counted(css.ComputedStyle):  # type: ignore[misc]
        def __init__(self, parent: Any, cascaded: Any, pseudo_type: Any, *rest: Any) -> None:
            computed[pseudo_type] += 1
            super().__init__(parent, cascaded, pseudo_type, *rest)

    monkeypatch.setattr(css, "ComputedStyle", Counted)
    weasyprint.HTML(string=edge_cases_html()).render()
    assert computed[None] > 10
    assert computed["marker"] == 2, "the two list items"
    assert computed["footnote-call"] == computed["footnote-marker"] == 1
    assert computed["note-call"] == computed["note-callback"] == 0


def test_fonts_copy_their_file_only_when_it_is_read(
    weasyprint: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from weasyprint.pdf.fonts import Font

    made: list[Any] = []
    make = Font.__init__

    def kept(font: Any, *args: Any) -> None:
        make(font, *args)
        made.append((font, vars(font)["_content"]))

    monkeypatch.setattr(Font, "__init__", kept)
    weasyprint.HTML(string="<p>评估 <b>报告</b></p>").write_pdf()
    assert len(made) == 2, "the regular and the bold face"
    assert all(type(content).__name__ == "_Unread" for _, content in made)
    font = made[0][0]
    vars(font)["_content"] = made[0][1]
    assert len(font.file_content) > 10_000_000, "the whole Noto Sans CJK collection, read now"


def test_the_tuning_applies_to_the_pinned_weasyprint_only(monkeypatch: pytest.MonkeyPatch) -> None:
    import weasyprint

    from assess.rendering import tuning

    assert tuning.pinned_version() == weasyprint.__version__ and tuning.tuned()
    monkeypatch.setenv(SETTING, "off")
    assert not tuning.tuned()
    monkeypatch.delenv(SETTING)
    monkeypatch.setattr(tuning, "_installed_version", lambda: "71.0")
    assert not tuning.tuned()
