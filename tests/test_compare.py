"""T0 → T1: the change, whether it exceeds the respondents' spread, targets, and the initiatives
planned at T0 for the questions that moved or did not."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assess.comparison.noise import change_interval
from assess.storage import Workspace
from tests.conftest import FIXTURES, MINI, run_assess
from tests.report_support import demo_workspace
from tests.ui_support import mini_workspace

scores = st.lists(st.floats(min_value=0, max_value=100, allow_nan=False), min_size=3, max_size=30)


@given(scores)
@settings(max_examples=40, deadline=None)
def test_the_same_answers_twice_are_no_significant_change(values: list[float]) -> None:
    interval = change_interval(values, list(values))
    assert interval is not None and interval.low <= 0 <= interval.high
    assert not interval.significant


@given(scores, st.floats(min_value=20, max_value=50))
@settings(max_examples=40, deadline=None)
def test_a_shift_larger_than_the_spread_is_significant(values: list[float], shift: float) -> None:
    """Every respondent 20+ points higher, on answers spread over at most 20 points."""
    low = min(values)
    narrow = [low + (v - low) / 5 for v in values]  # spread ≤ 20
    interval = change_interval(narrow, [v + shift for v in narrow])
    assert interval is not None and interval.significant and interval.low > 0


def test_too_few_respondents_give_no_verdict() -> None:
    assert change_interval([40.0, 60.0], [80.0, 90.0, 70.0]) is None


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The demo (T0) and a T1 where every user-thinking answer and data.decisions rose one
    option."""
    folder = tmp_path_factory.mktemp("compare")
    t0 = demo_workspace(folder)
    t1 = Path(shutil.copy(t0, folder / "t1.assess"))
    with Workspace.open(t1) as ws:
        q = ws.asked()
        for person in ws.answers.respondents():
            for qid, answer in person.answers.items():
                if isinstance(answer.choice, int) and (
                    qid.startswith("user.") or qid == "data.decisions"
                ):
                    top = max(o.value for o in q.options_for(q.question(qid)))
                    raised = answer.model_copy(update={"choice": min(top, answer.choice + 1)})
                    ws.answers.save(person.id, qid, raised)
    return t0, t1


def test_compare_judges_each_dimension_and_question(pair: tuple[Path, Path]) -> None:
    done = run_assess("compare", *pair, "--format", "json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    verdicts = {d["dimension"]: d["verdict"] for d in result["dimensions"]}
    assert verdicts["user"] == "up"
    assert verdicts["iteration"] == verdicts["platform"] == "no_significant_change"
    user = next(d for d in result["dimensions"] if d["dimension"] == "user")
    assert user["change"] == pytest.approx(user["after"] - user["before"])
    assert user["target_reached"] and user["level_after"] >= user["target"]
    questions = {q["question"]: q for q in result["questions"]}
    assert questions["data.decisions"]["verdict"] == "up"
    assert questions["data.knowledge"]["verdict"] == "no_significant_change"
    assert questions["user.feedback_loop"]["initiatives"]  # planned at T0 for it
    assert "bootstrap" in result["method"] and result["removed"] == result["added"] == []


def test_compare_prints_a_table(pair: tuple[Path, Path]) -> None:
    done = run_assess("compare", *pair)
    assert done.returncode == 0, done.stderr
    assert (
        "▲ 上升" in done.stdout and "无显著变化" in done.stdout and "T0 计划的举措" in done.stdout
    )


def test_assessments_of_different_questionnaires_are_refused(
    pair: tuple[Path, Path], tmp_path: Path
) -> None:
    for name in ("mini.yaml", "mini.roadmap.yaml"):  # found beside the response file
        shutil.copy(MINI.with_name(name), tmp_path / name)
    template = run_assess("questionnaire", "template", MINI, "-o", tmp_path)
    assert template.returncode == 0, template.stderr
    other = next(tmp_path.glob("*-responses.json"))
    done = run_assess("compare", pair[0], other)
    assert (
        done.returncode == 2 and "answers 'mini'" in done.stderr and "Traceback" not in done.stderr
    )


def test_a_newer_version_is_compared_through_its_declared_crosswalk(tmp_path: Path) -> None:
    """v2 renames data.privacy to data.protection (replaces: [data.privacy]): the renamed
    question is compared with its predecessor, nothing is left over, nothing matched by guess."""
    t0, t1 = tmp_path / "t0.assess", tmp_path / "t1.assess"
    mini_workspace(t0, {"data.privacy": 2, "user.feedback": 2, "data.decisions": 2})
    renamed = {
        "  - id: data.privacy\n    dimension: data\n": (
            "  - id: data.protection\n    replaces: [data.privacy]\n    dimension: data\n"
        ),
        'version: "1.0"': 'version: "2.0"',
    }
    mini_workspace(
        t1, {"data.protection": 4, "user.feedback": 2, "data.decisions": 2}, edits=renamed
    )
    done = run_assess("compare", t0, t1, "--format", "json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    questions = {q["question"]: q for q in result["questions"]}
    assert questions["data.protection"]["replaces"] == "data.privacy"
    assert questions["data.protection"]["change"] == pytest.approx(100 * (3 / 3 - 1 / 3))
    assert result["removed"] == [] and result["added"] == []
    assert (result["version_before"], result["version_after"]) == ("1.0", "2.0")


def test_a_question_cannot_replace_one_of_its_own_version(tmp_path: Path) -> None:
    text = MINI.read_text(encoding="utf-8").replace(
        "  - id: data.privacy\n    dimension: data\n",
        "  - id: data.privacy\n    replaces: [data.decisions]\n    dimension: data\n",
    )
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    done = run_assess("questionnaire", "validate", bad)
    assert done.returncode == 2 and "'data.decisions' is a question of this version" in done.stderr


def test_the_t1_report_says_what_changed_since_t0(pair: tuple[Path, Path], tmp_path: Path) -> None:
    t0, t1 = pair
    out = tmp_path / "t1.html"
    done = run_assess("report", t1, "--baseline", t0, "-o", out)
    assert done.returncode == 0, done.stderr
    page = out.read_text(encoding="utf-8")
    assert "与上次评估相比" in page and "▲ 上升" in page and "= 无显著变化" in page
    data = tmp_path / "t1.json"
    assert run_assess("report", t1, "--baseline", t0, "-o", data).returncode == 0
    change = json.loads(data.read_text(encoding="utf-8"))["change"]
    user = next(row for row in change["dimensions"] if row["name"] == "用户思维")
    assert user["verdict_class"] == "up" and user["change"] == "+25.0"
    plain = tmp_path / "plain.json"
    assert run_assess("report", t1, "-o", plain).returncode == 0
    assert json.loads(plain.read_text(encoding="utf-8"))["change"] is None


def test_the_v1_engagement_compares_with_v2_through_the_built_in_crosswalk(
    pair: tuple[Path, Path], tmp_path: Path
) -> None:
    """The content rewrite as a real case: a v1 assessment (the v2 demo's answers, asked with
    v1) against the v2 demo. Renamed questions pair with their predecessors; new ones are listed."""
    from assess.models import Answer, Engagement

    t1 = pair[0]
    v1 = FIXTURES / "internet-thinking-v1.yaml"
    earlier = {"data.ab_testing": "data.experiments", "community.participation": "community.owned_channels",
               "community.values": "community.social_value"}  # fmt: skip
    t0 = tmp_path / "v1.assess"
    with Workspace.open(t1, read_only=True) as ws:
        people = ws.answers.respondents()
    created = Workspace.create(
        t0, questionnaire_yaml=v1.read_text(encoding="utf-8"), roadmap_yaml=None,
        engagement=Engagement(organization="青禾智造集团", language="zh"),
    )  # fmt: skip
    with created as ws:
        q = ws.questionnaire()
        for person in people:
            rid = ws.answers.add_respondent(person.name, person.role)
            for question in q.questions:
                given = person.answers.get(earlier.get(question.id, question.id))
                if given is not None and isinstance(given.choice, int):
                    ws.answers.save(
                        rid, question.id, Answer(choice=given.choice, answered_at=given.answered_at)
                    )
    done = run_assess("compare", t0, t1, "--format", "json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (result["version_before"], result["version_after"]) == ("1.0.0", "2.0.0")
    pairs = {q["question"]: q["replaces"] for q in result["questions"] if q["replaces"]}
    assert pairs == {new: old for old, new in earlier.items()}
    assert result["removed"] == []
    assert set(result["added"]) == {
        "data.market_insight", "data.transformation_measures", "iteration.learning",
        "iteration.tech_foundation", "platform.value_chain", "community.content",
        "community.content_risk",
    }  # fmt: skip
    same = {q["question"]: q["verdict"] for q in result["questions"]}
    assert same["data.experiments"] == "no_significant_change"  # the same answers twice


def test_compare_writes_json_a_workbook_or_the_t1_report(
    pair: tuple[Path, Path], tmp_path: Path
) -> None:
    from python_calamine import CalamineWorkbook

    for name in ("c.json", "c.xlsx", "c.html"):
        done = run_assess("compare", *pair, "-o", tmp_path / name)
        assert done.returncode == 0, done.stderr
    assert (
        json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["questionnaire"]
        == "internet-thinking"
    )
    book = CalamineWorkbook.from_path(str(tmp_path / "c.xlsx"))
    dims = book.get_sheet_by_name("维度").to_python()
    assert dims[0][:4] == ["维度", "T0", "T1", "变化"] and dims[1][0] == "用户思维"
    assert "与上次评估相比" in (tmp_path / "c.html").read_text(encoding="utf-8")
    refused = run_assess("compare", *pair, "-o", pair[0])
    assert refused.returncode == 2 and "never overwritten" in refused.stderr


def test_the_app_shows_the_change_from_the_results(
    pair: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio

    from assess.ui.app import AssessApp
    from tests.ui_support import screen_text, settle, use_home

    use_home(monkeypatch, tmp_path / "home", lang="en")
    t0, t1 = pair

    async def scenario() -> str:
        async with AssessApp(t1).run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await pilot.press("enter")  # who is answering: the first
            await settle(pilot)
            pilot.app.show("results")
            await settle(pilot)
            await pilot.press("c")
            await settle(pilot)
            await pilot.press(*str(t0), "enter")
            await settle(pilot)
            return screen_text(pilot)

    shown = asyncio.run(scenario())
    assert "Since the last assessment" in shown and "▲ up" in shown
    assert "no significant change" in shown and "reached" in shown
