"""The engagement workspace: round trips, validation, damaged files, migrations, concurrency."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from assess.errors import AssessError, BadInput
from assess.loading.questionnaire_loader import parse_questionnaire
from assess.models import Answer, Engagement, Evidence, Respondent, ResponseFile
from assess.models.response import QuestionnaireRef
from assess.storage import Workspace, schema
from tests.processes import run_together

FIXTURES = Path(__file__).parent / "fixtures"
MINI_YAML = (FIXTURES / "mini.yaml").read_text(encoding="utf-8")
MINI_ROADMAP = (FIXTURES / "mini.roadmap.yaml").read_text(encoding="utf-8")
ENGAGEMENT = Engagement(organization="示例公司 Acme", industry="retail", size="200", language="en")
T0 = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)


def new_workspace(path: Path, engagement: Engagement = ENGAGEMENT) -> Workspace:
    return Workspace.create(
        path, questionnaire_yaml=MINI_YAML, roadmap_yaml=MINI_ROADMAP, engagement=engagement
    )


def answer(choice: int | str, minutes: int = 0, **extra: Any) -> Answer:
    return Answer(choice=choice, answered_at=T0 + timedelta(minutes=minutes), **extra)


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    with new_workspace(tmp_path / "engagement.assess") as workspace:
        yield workspace


def fill(ws: Workspace) -> dict[str, dict[str, Answer]]:
    """Two respondents with every kind of answer; returns what was saved, by respondent id."""
    li = ws.answers.add_respondent("李雷", role="CEO", group="leadership")
    han = ws.answers.add_respondent("Han Meimei", role="engineer")
    given = {
        li: {
            "user.feedback": answer(4, 1, note="每周复盘 <b>", evidence=Evidence.ARTEFACT),
            "user.touchpoints": answer("na", 2, note="no touchpoints yet"),
            "data.decisions": answer("dont_know", 3),
            "data.privacy": answer(2, 4, evidence=Evidence.BELIEF),
        },
        han: {
            "data.privacy": answer(4, 5, evidence=Evidence.EXAMPLE, note="GDPR audit"),
            "user.feedback": answer(1, 6),
        },
    }
    for rid, answers in given.items():
        for qid, a in answers.items():
            ws.answers.save(rid, qid, a)
    return given


def question_order(answers: dict[str, Answer]) -> list[str]:
    order = [q.id for q in parse_questionnaire(MINI_YAML, "mini").questions]
    return sorted(answers, key=order.index)


def directory_state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# -- round trips ---------------------------------------------------------------------------


def test_everything_survives_close_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "engagement.assess"
    with new_workspace(path) as ws:
        given = fill(ws)
        ws.engagement.set_target("data", 3)
        first = ws.answers.respondents()[0].id
        ws.answers.set_position(first, "data.privacy")
        ws.answers.mark_finished(first)
    with Workspace.open(path) as ws:
        people = ws.answers.respondents()
        assert [p.name for p in people] == ["李雷", "Han Meimei"]
        assert people[0].role == "CEO" and people[0].group == "leadership"
        assert people[1].role == "engineer" and people[1].group is None
        for person in people:
            assert person.answers == given[person.id]
            assert list(person.answers) == question_order(given[person.id])
        assert ws.engagement.get() == ENGAGEMENT.model_copy(update={"targets": {"data": 3}})
        assert ws.answers.position(first) == "data.privacy"
        assert ws.answers.activity()[0].finished
        q = parse_questionnaire(MINI_YAML, "mini")
        assert ws.questionnaire() == q
        assert ws.questionnaire_ref() == QuestionnaireRef(
            id="mini", version="1.0", hash=q.content_hash()
        )
        roadmap = ws.roadmap()
        assert roadmap is not None and roadmap.questionnaire == "mini"


def test_workspace_without_roadmap(tmp_path: Path) -> None:
    path = tmp_path / "w.assess"
    with Workspace.create(
        path, questionnaire_yaml=MINI_YAML, roadmap_yaml=None, engagement=ENGAGEMENT
    ) as ws:
        assert ws.roadmap() is None


def test_response_file_round_trip_into_a_fresh_workspace(ws: Workspace, tmp_path: Path) -> None:
    fill(ws)
    exported = ws.to_response_file()
    reread = ResponseFile.model_validate_json(exported.model_dump_json())
    assert reread == exported
    with new_workspace(tmp_path / "copy.assess") as fresh:
        assert fresh.import_response_file(reread) == 2
        assert fresh.answers.respondents() == ws.answers.respondents()
        assert fresh.to_response_file() == exported


def test_import_can_replace_the_engagement_and_is_idempotent(ws: Workspace, tmp_path: Path) -> None:
    fill(ws)
    ws.engagement.set_target("user", 5)
    exported = ws.to_response_file()
    with new_workspace(tmp_path / "copy.assess", Engagement(organization="Other")) as fresh:
        fresh.import_response_file(exported, replace_engagement=True)
        fresh.import_response_file(exported)
        assert fresh.engagement.get() == ws.engagement.get()
        assert fresh.answers.respondents() == ws.answers.respondents()


def test_export_of_an_empty_workspace_is_refused(ws: Workspace) -> None:
    with pytest.raises(BadInput, match="no respondents"):
        ws.to_response_file()


# -- answers ---------------------------------------------------------------------------------


def test_saving_again_overwrites_and_clear_removes(ws: Workspace) -> None:
    rid = ws.answers.add_respondent("Ann")
    ws.answers.save(rid, "user.feedback", answer(2, note="first"))
    ws.answers.save(rid, "user.feedback", answer(5, 1, note="second", evidence=Evidence.EXAMPLE))
    assert ws.answers.respondent(rid).answers == {
        "user.feedback": answer(5, 1, note="second", evidence=Evidence.EXAMPLE)
    }
    ws.answers.clear(rid, "user.feedback")
    assert ws.answers.respondent(rid).answers == {}


def test_scale_questions_accept_the_scale_values(ws: Workspace) -> None:
    rid = ws.answers.add_respondent("Ann")
    ws.answers.save(rid, "user.touchpoints", answer(4))
    assert ws.answers.respondent(rid).answers["user.touchpoints"].choice == 4


@pytest.mark.parametrize(
    ("question_id", "choice", "expected"),
    [
        ("user.nothing", 1, "no question 'user.nothing'"),
        ("data.decisions", 4, "4 is not an option"),
        ("user.touchpoints", 0, "0 is not an option"),
        ("data.decisions", "na", "N/A is not allowed"),
        ("user.feedback", "na", "N/A is not allowed"),
    ],
)
def test_answers_that_do_not_fit_are_refused(
    ws: Workspace, question_id: str, choice: int | str, expected: str
) -> None:
    rid = ws.answers.add_respondent("Ann")
    with pytest.raises(BadInput, match=expected) as caught:
        ws.answers.save(rid, question_id, answer(choice))
    assert caught.value.exit_code == 2
    assert caught.value.problems[0].file == str(ws.path)
    assert caught.value.problems[0].fix
    assert ws.answers.respondent(rid).answers == {}


def test_unknown_respondent_is_refused(ws: Workspace) -> None:
    with pytest.raises(BadInput, match="no respondent with id 'nobody'"):
        ws.answers.save("nobody", "user.feedback", answer(1))
    with pytest.raises(BadInput, match="no respondent"):
        ws.answers.respondent("nobody")
    with pytest.raises(BadInput, match="no respondent"):
        ws.answers.set_position("nobody", "user.feedback")
    with pytest.raises(BadInput, match="no respondent"):
        ws.answers.position("nobody")


def test_empty_respondent_name_is_refused(ws: Workspace) -> None:
    with pytest.raises(BadInput, match="name is empty"):
        ws.answers.add_respondent("  ")


def test_respondent_ids_are_uuid4_hex(ws: Workspace) -> None:
    rid = ws.answers.add_respondent("Ann")
    assert len(rid) == 32 and int(rid, 16) >= 0


# -- engagement and targets ----------------------------------------------------------------


def test_targets_are_set_reset_and_checked(ws: Workspace) -> None:
    ws.engagement.set_target("user", 4)
    ws.engagement.set_target("data", 2)
    ws.engagement.set_target("user", None)
    assert ws.engagement.get().targets == {"data": 2}
    with pytest.raises(BadInput, match="unknown dimension 'money'"):
        ws.engagement.set_target("money", 3)
    with pytest.raises(BadInput, match="level 9"):
        ws.engagement.set_target("user", 9)


def test_update_engagement(ws: Workspace) -> None:
    changed = ENGAGEMENT.model_copy(update={"organization": "New name", "targets": {"user": 3}})
    ws.engagement.update(changed)
    assert ws.engagement.get() == changed
    with pytest.raises(BadInput, match="unknown dimension"):
        ws.engagement.update(ENGAGEMENT.model_copy(update={"targets": {"nope": 3}}))


# -- resume and facilitator view -----------------------------------------------------------


def test_position_finish_and_recent_activity(ws: Workspace) -> None:
    ann = ws.answers.add_respondent("Ann", role="cto")
    bob = ws.answers.add_respondent("Bob")
    assert ws.answers.position(ann) is None
    ws.answers.set_position(ann, "data.decisions")
    assert ws.answers.position(ann) == "data.decisions"
    before = datetime.now(UTC)
    ws.answers.save(ann, "user.feedback", answer(3))
    ws.answers.save(ann, "data.decisions", answer(1))
    ws.answers.mark_finished(ann)
    activity = {a.respondent_id: a for a in ws.answers.activity()}
    assert [a.name for a in ws.answers.activity()] == ["Ann", "Bob"]
    assert activity[ann].answered == 2 and activity[ann].finished
    last = activity[ann].last_answer_at
    assert last is not None and last >= before
    assert activity[ann].position == "data.decisions"
    assert activity[bob].answered == 0 and activity[bob].last_answer_at is None
    assert not activity[bob].finished
    ws.answers.mark_finished(ann, finished=False)
    ws.answers.set_position(ann, None)
    assert not ws.answers.activity()[0].finished and ws.answers.position(ann) is None
    with pytest.raises(BadInput, match="no question"):
        ws.answers.set_position(ann, "user.unknown")


# -- importing response files that do not fit ----------------------------------------------


def _response_file(ws: Workspace, **ref: str) -> ResponseFile:
    fill(ws)
    rf = ws.to_response_file()
    return rf.model_copy(update={"questionnaire": rf.questionnaire.model_copy(update=ref)})


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ({"id": "other"}, "answers questionnaire 'other'"),
        ({"hash": "sha256:0000000000000000", "version": "0.9"}, "different version"),
    ],
)
def test_import_refuses_another_questionnaire(
    ws: Workspace, tmp_path: Path, ref: dict[str, str], expected: str
) -> None:
    rf = _response_file(ws, **ref)
    with new_workspace(tmp_path / "fresh.assess") as fresh:
        with pytest.raises(BadInput, match=expected) as caught:
            fresh.import_response_file(rf, source="answers.json")
        assert caught.value.problems[0].file == "answers.json"
        assert fresh.answers.respondents() == []


def test_import_refuses_answers_that_do_not_fit(ws: Workspace, tmp_path: Path) -> None:
    good = _response_file(ws)
    bad = Respondent(id="x1", name="X", answers={"data.decisions": answer("na")})
    rf = good.model_copy(update={"respondents": [*good.respondents, bad, bad]})
    with new_workspace(tmp_path / "fresh.assess") as fresh:
        with pytest.raises(BadInput) as caught:
            fresh.import_response_file(rf, source="answers.json")
        places = [p.place for p in caught.value.problems]
        assert "respondents[3].id" in places
        assert "respondents[2].answers.data.decisions" in places
        assert fresh.answers.respondents() == []


# -- creating ------------------------------------------------------------------------------


def test_create_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "taken.assess"
    path.write_bytes(b"precious")
    with pytest.raises(BadInput, match="already exists"):
        new_workspace(path)
    assert path.read_bytes() == b"precious"
    assert directory_state(tmp_path) == {"taken.assess": b"precious"}


def test_create_refuses_an_existing_workspace(tmp_path: Path) -> None:
    path = tmp_path / "w.assess"
    new_workspace(path).close()
    before = path.read_bytes()
    with pytest.raises(BadInput, match="already exists"):
        new_workspace(path)
    assert path.read_bytes() == before


def test_create_in_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="folder does not exist"):
        new_workspace(tmp_path / "no" / "w.assess")


def test_create_with_a_broken_questionnaire_leaves_no_file(tmp_path: Path) -> None:
    broken = MINI_YAML.replace('version: "1.0"', 'version: ""')
    with pytest.raises(BadInput):
        Workspace.create(
            tmp_path / "w.assess",
            questionnaire_yaml=broken,
            roadmap_yaml=None,
            engagement=ENGAGEMENT,
            questionnaire_source="mini.yaml",
        )
    with pytest.raises(BadInput, match="unknown dimension"):
        new_workspace(tmp_path / "w.assess", Engagement(organization="A", targets={"x": 2}))
    assert directory_state(tmp_path) == {}


# -- files that are not (usable) workspaces ------------------------------------------------


def _real_workspace_bytes(tmp_path: Path) -> bytes:
    path = tmp_path / "source" / "real.assess"
    path.parent.mkdir()
    with new_workspace(path) as ws:
        fill(ws)
    return path.read_bytes()


def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('hello')")
    conn.commit()
    conn.close()


def _newer_version(path: Path) -> None:
    new_workspace(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.schema_version() + 1}")
    conn.close()


def _write(content: Callable[[Path], bytes]) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.write_bytes(content(path))

    return make


DAMAGED: dict[str, tuple[Callable[[Path], None], str]] = {
    "empty": (_write(lambda p: b""), "the file is empty"),
    "random": (_write(lambda p: os.urandom(20_000)), "not a SQLite database"),
    "text": (_write(lambda p: b"organization: Acme\n" * 50), "not a SQLite database"),
    "foreign": (_foreign_sqlite, "another application"),
    "newer": (_newer_version, "made by a newer assess"),
}


@pytest.mark.parametrize("kind", sorted(DAMAGED))
def test_unusable_files_are_refused_and_left_unchanged(tmp_path: Path, kind: str) -> None:
    make, expected = DAMAGED[kind]
    path = tmp_path / "w.assess"
    make(path)
    before = directory_state(tmp_path)
    with pytest.raises(BadInput, match=expected) as caught:
        Workspace.open(path)
    assert caught.value.exit_code == 2
    assert str(path) in str(caught.value)
    assert caught.value.problems[0].fix
    assert directory_state(tmp_path) == before


@pytest.mark.parametrize("keep", [100, 1000, 4096, 0.5, 0.9])
def test_truncated_workspace_is_refused_and_left_unchanged(tmp_path: Path, keep: float) -> None:
    data = _real_workspace_bytes(tmp_path)
    size = int(len(data) * keep) if isinstance(keep, float) else keep
    path = tmp_path / "cut.assess"
    path.write_bytes(data[:size])
    with pytest.raises(BadInput, match="damaged or truncated") as caught:
        Workspace.open(path)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == data[:size]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cut.assess", "source"]


def test_newer_version_only_in_the_wal_is_refused(tmp_path: Path) -> None:
    """The header may be stale while another process holds committed changes in the WAL."""
    path = tmp_path / "w.assess"
    new_workspace(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA user_version = 99")
    main_file = path.read_bytes()
    try:
        with pytest.raises(BadInput, match="newer assess"):
            Workspace.open(path)
        assert path.read_bytes() == main_file
    finally:
        holder.close()


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="no such workspace file"):
        Workspace.open(tmp_path / "nothing.assess")
    with pytest.raises(BadInput, match="folder"):
        Workspace.open(tmp_path)
    assert list(tmp_path.iterdir()) == []


# -- migrations ----------------------------------------------------------------------------

V2_TEST = """
CREATE TABLE decision (question_id TEXT PRIMARY KEY, value INTEGER, rationale TEXT);
ALTER TABLE respondent ADD COLUMN badge TEXT;
CREATE TRIGGER decision_note AFTER INSERT ON decision BEGIN
    UPDATE decision SET rationale = coalesce(rationale, 'none; given') WHERE rowid = new.rowid;
END;
"""


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_an_older_workspace_is_migrated_on_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.assess"
    with new_workspace(path) as ws:
        given = fill(ws)
    current = schema.schema_version()
    assert _version(path) == current
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, schema.run_script(V2_TEST)))
    with Workspace.open(path) as ws:
        assert {p.id: p.answers for p in ws.answers.respondents()} == given
    assert _version(path) == current + 1
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO decision (question_id, value) VALUES ('user.feedback', 3)")
    assert conn.execute("SELECT rationale FROM decision").fetchone() == ("none; given",)
    assert conn.execute("SELECT count(badge) FROM respondent").fetchone() == (0,)
    conn.close()
    with Workspace.open(path):  # already current: nothing to do
        assert _version(path) == current + 1
    monkeypatch.undo()
    with pytest.raises(BadInput, match="newer assess"):
        Workspace.open(path)


def test_a_failing_migration_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.assess"
    new_workspace(path).close()
    broken = "CREATE TABLE extra (x INTEGER); INSERT INTO no_such_table VALUES (1);"
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, schema.run_script(broken)))
    with pytest.raises(AssessError, match="upgrading the workspace failed"):
        Workspace.open(path)
    monkeypatch.undo()
    assert _version(path) == schema.schema_version()
    with Workspace.open(path) as ws:
        assert ws.engagement.get() == ENGAGEMENT
    conn = sqlite3.connect(path)
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert "extra" not in tables


def test_split_statements_keeps_triggers_whole() -> None:
    statements = schema.split_statements(V2_TEST)
    assert len(statements) == 3
    assert statements[2].startswith("CREATE TRIGGER") and statements[2].endswith("END;")


# -- many processes at once ----------------------------------------------------------------

ROUNDS = 15


def _answer_everything(path: str, index: int, barrier: Any, results: Any) -> None:
    """One respondent in their own process: join, then answer every question ROUNDS times."""
    with Workspace.open(path) as ws:
        q = ws.questionnaire()
        barrier.wait(timeout=120)
        rid = ws.answers.add_respondent(f"p{index}", role=f"role{index % 3}")
        for round_no in range(ROUNDS):
            for question in q.questions:
                values = [o.value for o in q.options_for(question)]
                choice = values[(index + round_no) % len(values)]
                note = f"p{index}/{question.id}/{round_no}"
                ws.answers.save(rid, question.id, Answer(choice=choice, note=note, answered_at=T0))
            ws.answers.set_position(rid, q.questions[-1].id)
        ws.answers.mark_finished(rid)
    results.put((index, rid))


@pytest.mark.slow
def test_concurrent_writers_lose_and_mix_nothing(tmp_path: Path) -> None:
    path = tmp_path / "workshop.assess"
    new_workspace(path).close()
    workers = 8
    ids = run_together(_answer_everything, path, workers, timeout=180)
    with Workspace.open(path) as ws:
        q = ws.questionnaire()
        people = {p.id: p for p in ws.answers.respondents()}
        assert len(people) == workers
        for index, rid in ids.items():
            person = people[rid]
            assert person.name == f"p{index}"
            assert list(person.answers) == [question.id for question in q.questions]
            for question in q.questions:
                values = [o.value for o in q.options_for(question)]
                got = person.answers[question.id]
                assert got.note == f"p{index}/{question.id}/{ROUNDS - 1}"
                assert got.choice == values[(index + ROUNDS - 1) % len(values)]
        assert all(a.finished for a in ws.answers.activity())
    conn = sqlite3.connect(path)
    count = conn.execute("SELECT count(*) FROM answer").fetchone()[0]
    conn.close()
    assert count == workers * len(q.questions)


# -- kill -9 -------------------------------------------------------------------------------


def _answer_until_killed(path: str, acks: str) -> None:
    """Save answers forever; after each save returns, append an acknowledgement line."""
    with Workspace.open(path) as ws, open(acks, "a", encoding="utf-8") as log:
        questions = ws.questionnaire().questions
        for round_no in range(1_000_000):
            rid = ws.answers.add_respondent(f"r{round_no}")
            for question in questions:
                note = f"{round_no}/{question.id}"
                ws.answers.save(
                    rid, question.id, Answer(choice="dont_know", note=note, answered_at=T0)
                )
                log.write(f"{rid} {question.id} {note}\n")
                log.flush()


@pytest.mark.slow
def test_kill_9_loses_no_saved_answer(tmp_path: Path) -> None:
    path = tmp_path / "w.assess"
    acks = tmp_path / "acks.txt"
    new_workspace(path).close()
    process = multiprocessing.get_context("spawn").Process(
        target=_answer_until_killed, args=(str(path), str(acks))
    )
    process.start()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and _line_count(acks) < 300:
        time.sleep(0.02)
    os.kill(process.pid or 0, signal.SIGKILL)
    process.join(timeout=30)
    assert process.exitcode == -signal.SIGKILL
    lines = [line.split(" ") for line in acks.read_text(encoding="utf-8").splitlines(True)]
    saved = [parts for parts in lines if len(parts) == 3 and parts[2].endswith("\n")]
    assert len(saved) >= 300
    with Workspace.open(path) as ws:
        people = {p.id: p for p in ws.answers.respondents()}
        for rid, question_id, note in saved:
            assert people[rid].answers[question_id].note == note.strip()


def _line_count(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0
