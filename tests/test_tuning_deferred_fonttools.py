"""WeasyPrint starts without fontTools' subsetter and instancer, and still reaches them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_python

pytestmark = pytest.mark.slow

RENDER = """
import sys
from pathlib import Path
from assess.rendering import pdf
pdf.warm_up()
rendered = pdf.render_pdf('<html lang="zh-CN"><body><p>评估 <b>报告</b></p></body></html>')
Path(sys.argv[1]).write_bytes(rendered.data)
pages = rendered.pages
heavy = ("fontTools.subset", "fontTools.varLib", "fontTools.ttLib.tables.otTables")
print(pages, [name for name in heavy if name in sys.modules])
"""

FORWARD = """
from assess.rendering.tuning import import_weasyprint
import_weasyprint()
import weasyprint.pdf.fonts as weasy_fonts
import fontTools.subset
import fontTools.varLib.instancer as instancer
assert weasy_fonts.subset.Subsetter is fontTools.subset.Subsetter
instancer.instantiateVariableFont = lambda font, axes, **options: (font, axes, options)
print(weasy_fonts.instantiateVariableFont("font", {"wght": 700}, static=True))
"""


def test_a_pdf_is_written_without_importing_them(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    assert run_python(RENDER, out).strip() == "1 []"
    assert out.read_bytes().startswith(b"%PDF-")


def test_weasyprint_reaches_the_real_modules_when_it_uses_them() -> None:
    assert run_python(FORWARD).strip() == "('font', {'wght': 700}, {'static': True})"
