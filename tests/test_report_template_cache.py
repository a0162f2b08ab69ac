"""The report templates are compiled once and kept; an edited template is compiled again."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from assess.models.assessment import Assessment
from assess.rendering import html as html_module
from assess.rendering.html import render_html
from assess.report.build import ReportOptions, report_context
from assess.report.context import ReportContext
from tests.conftest import in_cache


@pytest.fixture(scope="module")
def context(assessment: Assessment) -> ReportContext:
    return report_context(assessment, ReportOptions(lang="en", day=date(2026, 11, 22)))


@pytest.fixture
def templates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the report templates that the test may edit."""
    copy = tmp_path / "reports"
    shutil.copytree(html_module.reports_dir(), copy)
    monkeypatch.setattr(html_module, "reports_dir", lambda: copy)
    return copy


def test_compiled_templates_are_kept_and_reused(home: Path, context: ReportContext) -> None:
    first = render_html(context)
    files = in_cache(home, "templates/*/*.cache")
    assert len(files) >= 8  # the report and its partials
    written = [f.stat().st_mtime_ns for f in files]
    assert render_html(context) == first
    assert [f.stat().st_mtime_ns for f in in_cache(home, "templates/*/*.cache")] == written


def test_an_edited_template_is_compiled_again(
    home: Path, templates: Path, context: ReportContext
) -> None:
    assert "Edited cover" not in render_html(context)
    cover = templates / "partials" / "cover.html.j2"
    cover.write_text("<p>Edited cover</p>\n" + cover.read_text(encoding="utf-8"), encoding="utf-8")
    assert "Edited cover" in render_html(context)


def test_damaged_cache_files_are_compiled_again(home: Path, context: ReportContext) -> None:
    first = render_html(context)
    for file in in_cache(home, "templates/*/*.cache"):
        file.write_bytes(file.read_bytes()[:40])  # cut short, as by a full disk
    assert render_html(context) == first
    assert render_html(context) == first


def test_an_unwritable_cache_is_not_an_error(home: Path, context: ReportContext) -> None:
    home.mkdir()
    (home / "cache").write_text("not a folder", encoding="utf-8")
    assert "Community thinking" in render_html(context)
