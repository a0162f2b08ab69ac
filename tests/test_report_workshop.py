"""The report's workshop section: respondents, spread, hotspots, role radar, consensus (fast)."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from assess.models.assessment import Assessment
from assess.models.text import Lang
from assess.report.build import ReportOptions, report_context
from assess.report.context import ReportContext
from assess.sources import load_source
from assess.storage.workspace import Workspace
from tests.conftest import run_assess

ROLES = ["高管", "中层经理", "一线员工"]
CONSUMER_WORDS = ("晒单", "红包", "抽奖", "千人千面", "页面改版", "粉丝", "直播", "种草", "网红")


def context(assessment: Assessment, lang: Lang = "zh") -> ReportContext:
    return report_context(assessment, ReportOptions(lang=lang, day=date(2026, 11, 22)))


def test_demo_notes_are_written_per_person_for_an_equipment_maker(
    assessment: Assessment,
) -> None:
    """No sentence is written by two people, and no note is about consumer marketing."""
    notes = [
        note for person in assessment.respondents for _, note, _ in person.answers.values() if note
    ]
    assert len(notes) >= 40
    sentences = [s.strip() for note in notes for s in re.split(r"[。；;！？]", note) if s.strip()]
    assert len(set(sentences)) == len(sentences)
    assert not [n for n in notes if any(w in n for w in CONSUMER_WORDS)]
    assert assessment.engagement.profile == "industrial"


def test_demo_has_a_workshop_section_with_roles_and_hotspots(assessment: Assessment) -> None:
    w = context(assessment).workshop
    assert w is not None
    assert w.respondents == "9"
    assert [g.name for g in w.roles] == ROLES
    assert [g.figure for g in w.roles] == ["3", "3", "3"]
    assert w.radar_roles == ROLES
    assert [e.name for e in w.radar_legend] == ROLES
    assert w.radar.startswith("<svg")
    assert len(w.hotspots) == 5
    assert [h.rank for h in w.hotspots] == [1, 2, 3, 4, 5]
    assert all(len(h.options) == len(w.hotspot_columns) for h in w.hotspots)
    assert w.hotspot_columns[-2:] == ["N/A", "?"]
    assert len(w.dimensions) == len(assessment.questionnaire.dimensions)
    assert w.consensus == []
    # the demo's groups have fewer than three people each: said to be hidden, not broken down
    assert w.groups == []
    assert any("经营管理" in line for line in w.hidden)


def test_consensus_row_after_recording_one(assessment: Assessment, tmp_path: Path) -> None:
    path = tmp_path / "ws.assess"
    shutil.copy(assessment.source, path)
    first = assessment.questionnaire.questions[0]
    with Workspace.open(path) as ws:
        ws.workshop.record(first.id, 3, rationale="<b>agreed</b>", decided_by="Facilitator")
    w = context(load_source(path)).workshop
    assert w is not None
    assert len(w.consensus) == 1
    row = w.consensus[0]
    assert row.question == first.text.get("zh")
    assert row.value.startswith("3 · ")
    assert (row.rationale, row.decided_by) == ("<b>agreed</b>", "Facilitator")


def test_single_respondent_has_no_workshop_section(assessment: Assessment) -> None:
    one = replace(assessment, respondents=assessment.respondents[:1])
    assert context(one).workshop is None


def test_role_below_minimum_is_not_on_the_radar(assessment: Assessment) -> None:
    people = [
        replace(r, role="顾问") if r.role == "一线员工" and i < 7 else r
        for i, r in enumerate(assessment.respondents)
    ]
    moved = sum(1 for r in people if r.role == "顾问")
    assert 0 < moved < 3
    w = context(replace(assessment, respondents=people), "en").workshop
    assert w is not None
    assert "顾问" not in w.radar_roles
    assert "顾问" not in [e.name for e in w.radar_legend]
    assert "顾问" not in w.radar
    assert "顾问" not in [g.name for g in w.roles]
    assert any("顾问" in line for line in w.hidden)


@pytest.mark.parametrize(
    ("lang", "heading"),
    [("zh", "工作坊 · 共识与分歧"), ("en", "Workshop · agreement and disagreement")],
)
def test_html_report_holds_the_workshop_heading(
    workspace: Path, tmp_path: Path, lang: str, heading: str
) -> None:
    out = tmp_path / "x.html"
    result = run_assess("report", workspace, "-o", out, "--lang", lang)
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert heading in html
    assert 'id="workshop"' in html
    assert html.index('id="workshop"') < html.index('id="roadmap"')
