"""Workshop records in the workspace: consensus, sessions, bulk answers, schema v2, concurrency."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from assess.errors import BadInput
from assess.loading.questionnaire_loader import find_questionnaire, load_questionnaire
from assess.models import Answer, Engagement
from assess.models.plain import PlainRespondent
from assess.scoring.assessment import score_assessment
from assess.sources import load_source
from assess.storage import Workspace, schema
from tests.conftest import MINI, NOW
from tests.processes import run_together

MINI_YAML = MINI.read_text(encoding="utf-8")
BUILT_IN = find_questionnaire("internet-thinking")
BUILT_IN_YAML = BUILT_IN.read_text(encoding="utf-8")
QUESTIONS = len(load_questionnaire(BUILT_IN).questions)
ENGAGEMENT = Engagement(organization="工作坊 Workshop Co", language="en")


def create(path: Path, questionnaire_yaml: str = MINI_YAML) -> Workspace:
    return Workspace.create(
        path, questionnaire_yaml=questionnaire_yaml, roadmap_yaml=None, engagement=ENGAGEMENT
    )


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    with create(tmp_path / "w.assess") as workspace:
        yield workspace


# -- consensus ------------------------------------------------------------------------------


def test_consensus_is_recorded_replaced_listed_and_cleared(ws: Workspace) -> None:
    first = ws.workshop.record("data.privacy", 3, rationale=" audit seen ", decided_by="Ann")
    ws.workshop.record("user.feedback", 2)
    ws.workshop.record("data.privacy", "na", rationale="no user data", decided_by="Ann")
    found = ws.workshop.decisions()
    assert [d.question_id for d in found] == [
        "user.feedback",
        "data.privacy",
    ]  # questionnaire order
    assert found[1].choice == "na" and found[1].rationale == "no user data"
    assert first.rationale == "audit seen" and first.decided_by == "Ann"
    assert abs(found[1].decided_at - datetime.now(UTC)) < timedelta(minutes=1)
    assert ws.workshop.clear("user.feedback") == 1
    assert ws.workshop.clear("user.feedback") == 0
    assert [d.question_id for d in ws.workshop.decisions()] == ["data.privacy"]
    assert ws.workshop.clear() == 1 and ws.workshop.decisions() == []


@pytest.mark.parametrize(
    ("question_id", "choice", "message"),
    [
        ("user.feedback", "dont_know", "cannot be a consensus"),
        ("user.feedback", "na", "N/A is not allowed"),
        ("user.feedback", 9, "not an option"),
        ("user.touchpoints", 5, "not an option"),
        ("nope", 1, "no question 'nope'"),
        ("user.feedback", "maybe", "not a choice"),
    ],
)
def test_consensus_that_does_not_fit_is_refused(
    ws: Workspace, question_id: str, choice: Any, message: str
) -> None:
    with pytest.raises(BadInput, match=message):
        ws.workshop.record(question_id, choice)
    assert ws.workshop.decisions() == []


def test_consensus_drives_the_scorecard_and_raw_answers_stay(tmp_path: Path) -> None:
    path = tmp_path / "w.assess"
    with create(path) as ws:
        for choice in (1, 1, 2):
            rid = ws.answers.add_respondent(f"p{choice}")
            ws.answers.save(rid, "user.feedback", Answer(choice=choice, answered_at=NOW))
        before = score_assessment(load_source(path))
        ws.workshop.record("user.feedback", 5, rationale="everyone agreed after the demo")
        raw = {p.id: p.answers for p in ws.answers.respondents()}
    after = score_assessment(load_source(path))
    assert before.dimension("user").score == pytest.approx(100 * (1 / 3 / 4))
    assert after.dimension("user").score == 100.0
    with Workspace.open(path) as ws:
        assert {p.id: p.answers for p in ws.answers.respondents()} == raw


# -- participant sessions -------------------------------------------------------------------


def test_sessions_are_bound_to_respondents(ws: Workspace) -> None:
    rid = ws.answers.add_respondent("Li Lei", role="CEO")
    token = ws.sessions.start(rid)
    other = ws.sessions.start(rid)
    assert token != other and len(token) >= 20
    [session] = ws.sessions.list(token)
    assert session.respondent_id == rid and session.joined_at == session.last_seen
    assert ws.sessions.touch(token) is True
    assert ws.sessions.list(token)[0].last_seen >= session.last_seen
    assert ws.sessions.touch("nope") is False
    assert ws.sessions.list("nope") == []
    assert [s.token for s in ws.sessions.list()] == [token, other]
    with pytest.raises(BadInput, match="no respondent"):
        ws.sessions.start("nobody")


# -- bulk answers ---------------------------------------------------------------------------


def test_plain_respondents_round_trip(ws: Workspace) -> None:
    people = [
        PlainRespondent("王芳", "经理", "市场部", {"user.feedback": (4, "周报", "artefact")}),
        PlainRespondent(
            "Bob",
            answers={"data.privacy": ("na", "", None), "data.decisions": ("dont_know", "", None)},
        ),
    ]
    ids = ws.answers.import_plain(people)
    back = ws.answers.plain()
    assert [p.id for p in back] == ids
    assert [(p.name, p.role, p.group, dict(p.answers)) for p in back] == [
        (p.name, p.role, p.group, dict(p.answers)) for p in people
    ]
    assert ws.answers.respondents()[0].answers["user.feedback"].note == "周报"
    assert ws._conn.execute("PRAGMA foreign_keys").fetchone() == (1,)  # back on after the import
    assert all(a.answered > 0 for a in ws.answers.activity())


def test_bulk_import_is_all_or_nothing(ws: Workspace) -> None:
    people = [
        PlainRespondent("ok", answers={"user.feedback": (4, "", None)}),
        PlainRespondent(" ", answers={"user.feedback": (9, "", None), "x.y": (1, "", "vibes")}),
    ]
    with pytest.raises(BadInput) as caught:
        ws.answers.import_plain(people)
    text = str(caught.value)
    assert "respondents[1].name" in text and "respondents[1].answers.user.feedback" in text
    assert "respondents[1].answers.x.y" in text
    assert ws.answers.respondents() == []


def test_bulk_import_with_a_known_id_updates(ws: Workspace) -> None:
    [rid] = ws.answers.import_plain(
        [PlainRespondent("A", answers={"user.feedback": (1, "", None)})]
    )
    ws.answers.import_plain(
        [PlainRespondent("A2", "CEO", None, {"user.feedback": (5, "", None)}, rid)]
    )
    [person] = ws.answers.respondents()
    assert (person.id, person.name, person.role, person.answers["user.feedback"].choice) == (
        rid,
        "A2",
        "CEO",
        5,
    )
    with pytest.raises(BadInput, match="appears twice"):
        ws.answers.import_plain([PlainRespondent("x", id="same"), PlainRespondent("y", id="same")])


# -- schema v2 ------------------------------------------------------------------------------


def test_a_version_1_workspace_gains_the_workshop_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "v1.assess"
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
    with create(path) as ws:
        rid = ws.answers.add_respondent("old")
        ws.answers.save(rid, "user.feedback", Answer(choice=3, answered_at=NOW))
    monkeypatch.undo()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone() == (1,)
    conn.close()
    with Workspace.open(path) as ws:
        assert ws.answers.respondents()[0].answers["user.feedback"].choice == 3
        ws.workshop.record("user.feedback", 4)
        ws.sessions.start(rid)
        assert len(ws.workshop.decisions()) == 1 and len(ws.sessions.list()) == 1
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone() == (2,)
    conn.close()


# -- twenty concurrent writers --------------------------------------------------------------

WRITERS = 20


def _choice(index: int, number: int) -> int:
    return 1 + (index + number) % 5


def _workshop_participant(path: str, index: int, barrier: Any, results: Any) -> None:
    """One participant in their own process: join, then answer every question once."""
    with Workspace.open(path) as ws:
        questions = ws.questionnaire().questions
        barrier.wait(timeout=300)
        rid = ws.answers.add_respondent(f"participant {index}", role=f"role {index % 4}")
        token = ws.sessions.start(rid)
        for number, question in enumerate(questions):
            note = f"{index}:{question.id}"
            ws.answers.save(
                rid, question.id, Answer(choice=_choice(index, number), note=note, answered_at=NOW)
            )
            ws.answers.set_position(rid, question.id)
            ws.sessions.touch(token)
        ws.answers.mark_finished(rid)
    results.put((index, rid))


@pytest.mark.slow
def test_twenty_concurrent_writers_every_answer_exactly_once(tmp_path: Path) -> None:
    path = tmp_path / "workshop.assess"
    create(path, BUILT_IN_YAML).close()
    ids = run_together(_workshop_participant, path, WRITERS, timeout=600)
    with Workspace.open(path) as ws:
        questions = ws.questionnaire().questions
        assert len(questions) == QUESTIONS
        people = {p.id: p for p in ws.answers.respondents()}
        assert sorted(people) == sorted(ids.values())
        for index, rid in ids.items():
            person = people[rid]
            assert person.name == f"participant {index}" and person.role == f"role {index % 4}"
            assert list(person.answers) == [q.id for q in questions]
            for number, question in enumerate(questions):
                got = person.answers[question.id]
                assert (got.choice, got.note) == (_choice(index, number), f"{index}:{question.id}")
        assert all(a.finished and a.answered == QUESTIONS for a in ws.answers.activity())
        assert sorted(s.respondent_id for s in ws.sessions.list()) == sorted(ids.values())
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT respondent_id, question_id FROM answer").fetchall()
    conn.close()
    assert len(rows) == len(set(rows)) == WRITERS * QUESTIONS
