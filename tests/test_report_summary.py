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


def profiled_assessment(tmp_path: Path, people: list[tuple[str, dict[str, tuple[int, str]]]]):  # type: ignore[no-untyped-def]
    """The profiled questionnaire answered by `people`: (role, {question: (choice, evidence)})."""
    from assess.models import Answer, Engagement, Evidence
    from assess.storage.workspace import Workspace
    from tests.conftest import FIXTURES, NOW

    path = tmp_path / "acme.assess"
    with Workspace.create(
        path,
        questionnaire_yaml=(FIXTURES / "profiled.yaml").read_text(encoding="utf-8"),
        roadmap_yaml=(FIXTURES / "profiled.roadmap.yaml").read_text(encoding="utf-8"),
        engagement=Engagement(organization="Acme", language="en"),
    ) as ws:
        for n, (role, answers) in enumerate(people):
            person = ws.answers.add_respondent(f"P{n}", role)
            for qid, (choice, basis) in answers.items():
                evidence = Evidence(basis) if basis else None
                answer = Answer(choice=choice, evidence=evidence, answered_at=NOW)
                ws.answers.save(person, qid, answer)
    return load_source(path)


def findings_of(assessment) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    options = ReportOptions(lang="en", day=date(2026, 11, 22))
    return [(f.claim, f.evidence) for f in report_context(assessment, options).summary.findings]


def test_findings_lead_with_a_critical_question_a_majority_answered_low(tmp_path: Path) -> None:
    shared = {"user.feedback": (3, "artefact"), "data.personalization": (3, "artefact")}
    low = {"data.decisions": (1, "belief"), **shared}
    high = {"data.decisions": (3, "artefact"), **shared}
    assessment = profiled_assessment(tmp_path, [("CEO", low), ("CEO", low), ("CEO", high)])
    claim, evidence = findings_of(assessment)[0]
    assert claim == "Data thinking is held at “1 Traditional” by one critical question"
    assert (
        evidence
        == "“Are decisions backed by data?”: 2 of the 3 who chose an option chose one below option "
        "2; without this limit the score of 67 would reach “2 Emerging”."
    )


def test_a_minority_answering_low_is_no_finding_about_a_cap(tmp_path: Path) -> None:
    """One of three answers low: the mean is below the bar, but no majority is, so no cap."""
    shared = {"user.feedback": (2, ""), "data.personalization": (3, "")}
    low = {"data.decisions": (1, ""), **shared}
    middle = {"data.decisions": (2, ""), **shared}
    assessment = profiled_assessment(tmp_path, [("CEO", low), ("CEO", middle), ("CEO", middle)])
    assert not any("critical" in claim for claim, _ in findings_of(assessment))


def test_roles_that_disagree_are_a_finding(tmp_path: Path) -> None:
    executives = [("CEO", {"data.decisions": (3, ""), "user.feedback": (2, "")})] * 3
    staff = [("销售", {"data.decisions": (2, ""), "user.feedback": (2, "")})] * 3
    findings = findings_of(profiled_assessment(tmp_path, executives + staff))
    claims = [claim for claim, _ in findings]
    assert "Executive and Frontline staff see one practice differently" in claims
    evidence = dict(findings)["Executive and Frontline staff see one practice differently"]
    assert "Executive chose option 3.0 on average, Frontline staff option 2.0" in evidence


def test_thin_evidence_is_said_with_its_figures(tmp_path: Path) -> None:
    answers = {"data.decisions": (2, "belief"), "user.feedback": (2, "")}
    findings = findings_of(profiled_assessment(tmp_path, [("CEO", answers)] * 2))
    assert (
        "Much belief, little evidence: the picture needs checking",
        "Of 4 answers only 0 (0%) rest on a document or system that can be shown; 2 are "
        "personal belief and 2 give no basis.",
    ) in findings


def test_the_frame_places_the_organization_between_the_old_way_and_the_new(
    tmp_path: Path,
) -> None:
    answers = {"user.feedback": (3, ""), "data.decisions": (1, ""), "data.personalization": (1, "")}
    assessment = profiled_assessment(tmp_path, [("CEO", answers)])
    options = ReportOptions(lang="en", day=date(2026, 11, 22))
    frame = report_context(assessment, options).frame
    assert frame is not None and frame.title == "From the old way to the new"
    rows = [(r.aspect, r.before, r.after, r.figure, r.dimensions) for r in frame.rows]
    assert rows == [
        ("Centre of gravity", "The firm and its products", "The user", "100", "User thinking"),
        (
            "What drives decisions",
            "Experience and resources",
            "Data and technology",
            "50",
            "Data thinking, User thinking",
        ),
    ]
