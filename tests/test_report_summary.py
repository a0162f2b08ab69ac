"""The executive summary tells one consistent story."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assess.report.build import ReportOptions, report_context
from assess.sources import load_source
from tests.report_support import demo_workspace


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_question_is_both_a_strength_and_a_gap(tmp_path: Path, lang: str) -> None:
    assessment = load_source(demo_workspace(tmp_path))
    summary = report_context(assessment, ReportOptions(lang=lang, day=date(2026, 11, 22))).summary
    strengths = {s.question for s in summary.strengths}
    gaps = {g.question for g in summary.gaps}
    assert len(strengths) == 3 and len(gaps) == 5
    assert not strengths & gaps
