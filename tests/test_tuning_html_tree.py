"""The report's HTML read by expat is the tree tinyhtml5 makes, and renders the same pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
import tinyhtml5
from PIL import ImageChops

from assess.models.assessment import Assessment
from assess.models.text import Lang
from assess.paths import reports_dir
from assess.rendering.fetcher import AssetsOnlyFetcher
from assess.rendering.tuning import import_weasyprint
from assess.rendering.tuning.html_tree import weasyprint_html, xml_tree
from tests.report_support import page_images, report_html


def shape(element: ElementTree.Element) -> tuple[Any, ...]:
    """Everything of `element` and its elements that WeasyPrint reads (comments aside)."""
    children = [shape(child) for child in element if isinstance(child.tag, str)]
    return (element.tag, dict(element.attrib), element.text or "", element.tail or "", children)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_expat_reads_the_tree_tinyhtml5_makes(assessment: Assessment, lang: Lang) -> None:
    html = report_html(assessment, lang)
    tree = xml_tree(html)
    assert tree is not None, "the report is not well-formed XML"
    assert shape(tree) == shape(tinyhtml5.parse(html, namespace_html_elements=False))


def test_a_document_that_is_not_xml_is_parsed_as_html() -> None:
    html = "<html><head></head><body><p>备注\x0b有控制字符<br></p></body></html>"
    assert xml_tree(html) is None
    import_weasyprint()
    document = weasyprint_html(html, "about:blank", None)
    assert "控制字符" in (document.etree_element.findtext(".//p") or "")
    assert len(document.render().pages) == 1


@pytest.mark.slow
def test_the_pages_are_the_same_either_way(assessment: Assessment, tmp_path: Path) -> None:
    import_weasyprint()
    from weasyprint import HTML

    html = report_html(assessment, "zh")
    assets = reports_dir() / "assets"
    base, fetcher = assets.as_uri() + "/", AssetsOnlyFetcher(assets, ())
    html5 = HTML(string=html, base_url=base, url_fetcher=fetcher)
    (tmp_path / "html5.pdf").write_bytes(html5.write_pdf())
    (tmp_path / "xml.pdf").write_bytes(weasyprint_html(html, base, fetcher).write_pdf())
    before, after = (
        page_images(tmp_path / "html5.pdf", tmp_path),
        page_images(tmp_path / "xml.pdf", tmp_path),
    )
    assert len(before) == len(after) > 5
    assert all(
        ImageChops.difference(a, b).getbbox() is None for a, b in zip(before, after, strict=True)
    )


def test_well_formed_html_skips_the_html_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **options: Any) -> None:
        raise AssertionError("tinyhtml5 parsed a well-formed document")

    import_weasyprint()
    monkeypatch.setattr(tinyhtml5, "parse", refuse)
    document = weasyprint_html("<html><head></head><body><p>评估</p></body></html>", "", None)
    assert document.etree_element.findtext(".//p") == "评估"
