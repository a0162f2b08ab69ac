"""The stylesheet parsed ahead by the PDF worker gives the very same pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PIL import ImageChops

from assess.models.assessment import Assessment
from assess.rendering.html import render_html
from assess.report.build import ReportOptions, report_context
from tests.conftest import run_python
from tests.report_support import page_images

pytestmark = pytest.mark.slow

# Renders the HTML file argv[1] to argv[2] as it is, then to argv[3] with the stylesheet
# parsed ahead by warm_up; argv[4] says whether that stylesheet was taken out of the page.
RENDER_BOTH = """
import sys
from pathlib import Path
from assess.rendering import pdf
html = Path(sys.argv[1]).read_text(encoding="utf-8")
Path(sys.argv[2]).write_bytes(pdf.render_pdf(html).data)
pdf.warm_up()
Path(sys.argv[3]).write_bytes(pdf.render_pdf(html).data)
Path(sys.argv[4]).write_text(str(len(pdf._prepared(html)[1])), encoding="utf-8")
"""


def test_pages_are_the_same_with_the_stylesheet_parsed_ahead(
    assessment: Assessment, tmp_path: Path
) -> None:
    context = report_context(assessment, ReportOptions(lang="zh", day=date(2026, 11, 22)))
    source = tmp_path / "report.html"
    source.write_text(render_html(context), encoding="utf-8")
    plain, ahead, used = tmp_path / "plain.pdf", tmp_path / "ahead.pdf", tmp_path / "used"
    run_python(RENDER_BOTH, source, plain, ahead, used)
    assert used.read_text(encoding="utf-8") == "1"
    before, after = page_images(plain, tmp_path), page_images(ahead, tmp_path)
    assert len(before) == len(after) > 5
    assert all(
        ImageChops.difference(a, b).getbbox() is None for a, b in zip(before, after, strict=True)
    )
