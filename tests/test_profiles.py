"""Profiles and forms: a questionnaire asks an industrial maker other questions, in other words,
than a retailer, and a short form asks few of them; scoring, import and reports follow."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assess.loading.questionnaire_loader import load_questionnaire
from assess.models import Answer, Engagement, Questionnaire
from assess.models.assessment import Assessment
from assess.models.fitting import fitted
from assess.storage.workspace import Workspace
from tests.conftest import FIXTURES, NOW, run_assess
from tests.report_support import report_html

PROFILED = FIXTURES / "profiled.yaml"
ROADMAP = FIXTURES / "profiled.roadmap.yaml"


@pytest.fixture(scope="module")
def q() -> Questionnaire:
    return load_questionnaire(PROFILED)


def ids(q: Questionnaire) -> list[str]:
    return [x.id for x in q.questions]


def profiled_workspace(path: Path, answers: dict[str, int | str], **engagement: str) -> str:
    """A workspace on the profiled questionnaire, one respondent (their id) with `answers`."""
    with Workspace.create(
        path,
        questionnaire_yaml=PROFILED.read_text(encoding="utf-8"),
        roadmap_yaml=ROADMAP.read_text(encoding="utf-8"),
        engagement=Engagement(organization="Acme", **engagement),  # type: ignore[arg-type]
    ) as ws:
        person = ws.answers.add_respondent("Li", "CEO")
        for qid, choice in answers.items():
            ws.answers.save(person, qid, Answer(choice=choice, answered_at=NOW))
    return person


def test_a_profile_hides_rewords_reweighs_and_allows_na(q: Questionnaire) -> None:
    industrial = fitted(q, "industrial", None)
    assert ids(industrial) == ["user.feedback", "data.decisions", "data.personalization"]
    feedback = industrial.question("user.feedback")
    assert feedback.text.get("en") == "How is feedback from dealers and end customers collected?"
    options = industrial.options_for(feedback)
    assert options[1].text.get("zh") == "每年走访重点客户。"
    assert options[1].in_place == q.options_for(q.question("user.feedback"))[1].in_place
    personalization = industrial.question("data.personalization")
    assert (personalization.allow_na, personalization.weight) == (True, 0.5)
    assert fitted(q, "consumer", None).question("user.community").weight == 2
    assert q.question("user.community").weight == 1  # the questionnaire itself is unchanged


def test_a_form_keeps_its_questions_and_a_profile_can_narrow_it(q: Questionnaire) -> None:
    assert ids(fitted(q, None, "short")) == ["user.feedback", "data.decisions"]
    assert ids(fitted(q, "industrial", "short")) == ["user.feedback", "data.decisions"]
    assert fitted(q, None, None) is q


def test_a_profile_may_not_leave_a_dimension_unasked(tmp_path: Path) -> None:
    text = PROFILED.read_text(encoding="utf-8").replace(
        "    profiles:\n      industrial: {allow_na: true, weight: 0.5}",
        "    profiles:\n      industrial: {hidden: true}",
    )
    text = text.replace(
        "    critical: {below: 2, cap_level: 1}",
        "    critical: {below: 2, cap_level: 1}\n    profiles:\n      industrial: {hidden: true}",
    )
    path = tmp_path / "q.yaml"
    path.write_text(text, encoding="utf-8")
    done = run_assess("questionnaire", "validate", path)
    assert done.returncode == 2
    assert "profile 'industrial' asks nothing of dimension 'data'" in done.stderr


def test_scores_follow_the_profile(tmp_path: Path) -> None:
    """One set of answers, scored as a consumer firm and as an industrial one."""
    answers = {"user.feedback": 3, "user.community": 1, "data.decisions": 3}
    scores = {}
    for profile in ("consumer", "industrial"):
        path = tmp_path / f"{profile}.assess"
        profiled_workspace(path, answers, profile=profile)
        done = run_assess("score", path, "--format", "json")
        assert done.returncode == 0, done.stderr
        card = json.loads(done.stdout)
        scores[profile] = {d["dimension"]: d["score"] for d in card["dimensions"]}
    # consumer: community counts twice as much as feedback; industrial: it is not asked
    assert scores["consumer"]["user"] == pytest.approx(100 * 1 / 3)
    assert scores["industrial"]["user"] == 100


def test_na_a_profile_allows_is_stored_and_left_out(tmp_path: Path) -> None:
    path = tmp_path / "acme.assess"
    answers: dict[str, int | str] = {"data.personalization": "na", "data.decisions": 2}
    profiled_workspace(path, answers, profile="industrial")
    with Workspace.open(path) as ws:
        assessment = ws.assessment()
    assert "user.community" not in ids(assessment.questionnaire)
    assert assessment.questionnaire.question("data.personalization").allow_na


def test_import_sets_profile_and_form_and_checks_them(tmp_path: Path) -> None:
    blanks = tmp_path / "blanks"
    made = run_assess(
        "questionnaire",
        "template",
        PROFILED,
        "-o",
        blanks,
        "--profile",
        "industrial",
        "--form",
        "short",
    )
    assert made.returncode == 0, made.stderr
    sheet = blanks / "profiled-answers.csv"
    header = sheet.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.endswith("user.feedback,data.decisions")
    with sheet.open("a", encoding="utf-8") as out:
        out.write("Li,CEO,,,3,2\n")
    workspace = tmp_path / "acme.assess"
    wrong = run_assess(
        "import",
        sheet,
        "--workspace",
        workspace,
        "--questionnaire",
        PROFILED,
        "--profile",
        "mining",
    )
    assert wrong.returncode == 2
    assert "declares no profile 'mining'" in wrong.stderr and "consumer, industrial" in wrong.stderr
    assert not workspace.exists()
    done = run_assess(
        "import",
        sheet,
        "--workspace",
        workspace,
        "--questionnaire",
        PROFILED,
        "--profile",
        "industrial",
        "--form",
        "short",
    )
    assert done.returncode == 0, done.stderr
    with Workspace.open(workspace) as ws:
        engagement = ws.engagement.get()
        assert (engagement.profile, engagement.form) == ("industrial", "short")
    other = run_assess("import", sheet, "--workspace", workspace, "--profile", "consumer")
    assert other.returncode == 2
    assert "the workspace has profile 'industrial', not 'consumer'" in other.stderr


def test_update_changes_the_profile_and_keeps_the_answers(tmp_path: Path) -> None:
    path = tmp_path / "acme.assess"
    person = profiled_workspace(path, {"user.community": 3}, profile="consumer")
    done = run_assess("questionnaire", "update", path, "--profile", "industrial")
    assert done.returncode == 0, done.stderr
    assert "profile industrial, form all" in done.stdout
    with Workspace.open(path) as ws:
        assert "user.community" not in ids(ws.assessment().questionnaire)
        assert "user.community" in ws.answers.respondent(person).answers
    back = run_assess("questionnaire", "update", path, "--profile", "none")
    assert back.returncode == 0 and "profile none" in back.stdout


def test_list_shows_profiles_and_forms_with_their_time(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "questionnaires").mkdir(parents=True)
    for source in (PROFILED, ROADMAP):
        (home / "questionnaires" / source.name).write_bytes(source.read_bytes())
    done = run_assess_in(home, "questionnaire", "list")
    lines = [line.split() for line in done.splitlines()]
    assert ["profile", "industrial", "B2B", "工业制造"] in lines
    assert ["form", "(all)", "4", "questions,", "about", "2", "min"] in lines
    assert ["form", "short", "2", "questions,", "about", "1", "min"] in lines


def run_assess_in(home: Path, *args: str) -> str:
    import os
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "assess", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "ASSESS_HOME": str(home)},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_app_sets_up_an_industrial_short_form(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textual.widgets import Input, Select

    from assess.ui.app import AssessApp
    from assess.ui.catalog import installed
    from tests.ui_support import screen_text, settle, text, use_home

    home = use_home(monkeypatch, tmp_path / "home")
    (home / "questionnaires").mkdir(parents=True)
    for source in (PROFILED, ROADMAP):
        (home / "questionnaires" / source.name).write_bytes(source.read_bytes())
    installed.cache_clear()

    async def scenario() -> None:
        app = AssessApp()
        async with app.run_test(size=(100, 32)) as pilot:
            await pilot.press("n")
            await settle(pilot)
            screen = app.screen
            chosen = next(str(i.path) for i in installed() if i.path.stem == "profiled")
            screen.query_one("#questionnaire", Select).value = chosen
            await settle(pilot)
            assert "完整版 · 4 题 · 约 2 分钟" in screen_text(pilot)
            screen.query_one("#profile", Select).value = "industrial"
            screen.query_one("#form-choice", Select).value = "short"
            await settle(pilot)
            shown = screen_text(pilot)
            assert "简版 · 2 题 · 约 1 分钟" in shown and "B2B 工业制造" in shown
            typed = (("#organization", "青禾"), ("#respondent", "王建国"), ("#role", "销售"))
            for field, value in typed:
                screen.query_one(field, Input).value = value
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert app.screen_name() == "questionnaire"
            assert text(pilot, "#question") == "如何收集经销商和终端客户的反馈？"
            assert "你上周转交的一条客户意见" in text(pilot, "#evidence-prompt")  # a sales rep's
            assert app.session is not None
            assert [x.id for x in app.session.questions] == ["user.feedback", "data.decisions"]

    import asyncio

    asyncio.run(scenario())
    installed.cache_clear()


def test_the_method_appendix_names_the_profile_and_form(tmp_path: Path) -> None:
    path = tmp_path / "acme.assess"
    answers: dict[str, int | str] = {"data.decisions": 2}
    profiled_workspace(path, answers, profile="industrial", form="short", language="en")
    out = tmp_path / "r.html"
    done = run_assess("report", path, "--format", "html", "-o", out)
    assert done.returncode == 0, done.stderr
    page = out.read_text(encoding="utf-8")
    assert (
        "B2B industrial manufacturing: 1 question is not asked of such organizations; 1 question "
        "may be answered N/A; 1 question is weighed differently; 1 question is worded for them."
        in page
    )
    assert "Short form: 2 of the 4 questions asked" in page


def test_a_profile_rule_says_only_what_the_profile_changes(assessment: Assessment) -> None:
    page = report_html(assessment, "zh")  # the demo: industrial, nothing hidden, no N/A added
    assert "B2B 工业制造：1 题调整了权重；28 题按该类组织的情况措辞。" in page
    assert "不问 0 题" not in page and "0 题可答" not in page


def test_the_next_step_says_what_is_in_place_one_option_up(tmp_path: Path) -> None:
    """Advice is the next option's positive line, never the text of a flawed practice."""
    path = tmp_path / "acme.assess"
    profiled_workspace(path, {"user.feedback": 1}, language="en")
    out = tmp_path / "r.html"
    assert run_assess("report", path, "--format", "html", "-o", out).returncode == 0
    page = out.read_text(encoding="utf-8")
    assert "A satisfaction survey runs every quarter." in page
    assert "Surveyed regularly." not in page


@pytest.mark.parametrize(
    ("said", "role"),
    [
        ("CEO", "executive"),
        ("高管", "executive"),
        ("Frontline staff", "frontline"),
        ("数字化中心总监", "manager"),
        ("副总经理", "executive"),  # the longest alias it contains: 总经理, not 经理
        ("顾问", None),
    ],
)
def test_a_respondent_s_words_name_a_declared_role(
    q: Questionnaire, said: str, role: str | None
) -> None:
    found = q.role_of(said)
    assert (found.id if found else None) == role


def test_the_front_line_is_asked_for_evidence_it_can_show(q: Questionnaire) -> None:
    feedback = q.question("user.feedback")
    frontline = q.evidence_prompt_for(feedback, "销售")
    assert frontline is not None and frontline.get("en").startswith("A customer comment you")
    board = q.evidence_prompt_for(feedback, "CEO")
    assert board is not None and board.get("en").startswith("The latest feedback analysis")


def test_the_report_names_roles_in_its_language(tmp_path: Path) -> None:
    path = tmp_path / "acme.assess"
    profiled_workspace(path, {"user.feedback": 2}, language="en")
    with Workspace.open(path) as ws:
        ws.answers.add_respondent("Wang", "总经理")
    out = tmp_path / "r.html"
    assert run_assess("report", path, "--format", "html", "-o", out).returncode == 0
    page = out.read_text(encoding="utf-8")
    assert "<b>R1</b> · Executive" in page and "<b>R2</b> · Executive" in page  # CEO, 总经理


def test_the_report_lists_what_evidence_each_option_asks_for(tmp_path: Path) -> None:
    path = tmp_path / "acme.assess"
    profiled_workspace(path, {"data.decisions": 2}, language="en")
    out = tmp_path / "r.html"
    assert run_assess("report", path, "--format", "html", "-o", out).returncode == 0
    page = out.read_text(encoding="utf-8")
    assert "What evidence must show" in page
    assert "The data annexed to the last three major decisions." in page


def test_the_app_shows_the_evidence_the_highlighted_option_asks_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio

    from assess.ui.app import AssessApp
    from tests.ui_support import settle, text, use_home

    use_home(monkeypatch, tmp_path / "home")
    path = tmp_path / "acme.assess"
    profiled_workspace(path, {}, form="short")

    async def scenario() -> None:
        async with AssessApp(path).run_test(size=(100, 32)) as pilot:
            await settle(pilot)
            await pilot.press("1")  # user.feedback: on to data.decisions
            await settle(pilot)
            assert not pilot.app.screen.query_one("#evidence-rule").display
            await pilot.press("down", "down")
            await settle(pilot)
            assert text(pilot, "#evidence-rule") == "选第 3 项须能出示：近三次重大决策的数据附件。"

    asyncio.run(scenario())


def test_the_plan_keeps_to_initiatives_that_suit_the_profile(tmp_path: Path) -> None:
    """A consumer-only initiative is not planned for an industrial firm, nor needed by others."""
    plans = {}
    for profile in ("consumer", "industrial"):
        path = tmp_path / f"{profile}.assess"
        profiled_workspace(path, {"user.feedback": 1, "data.decisions": 1}, profile=profile)
        done = run_assess("plan", path, "--format", "json")
        assert done.returncode == 0, done.stderr
        plans[profile] = {i["id"]: i for i in json.loads(done.stdout)["initiatives"]}
    assert "user.process.community-launch" in plans["consumer"]
    assert "user.process.community-launch" not in plans["industrial"]
    assert plans["industrial"]["user.process.dealer-voice"]["prerequisites"] == []


def test_the_kpi_page_says_how_to_measure_and_who_owns_it(tmp_path: Path) -> None:
    path = tmp_path / "acme.assess"
    profiled_workspace(path, {"data.decisions": 1}, language="en")
    out = tmp_path / "r.html"
    assert run_assess("report", path, "--format", "html", "-o", out).returncode == 0
    page = out.read_text(encoding="utf-8")
    for said in (
        "Owner: Head of the CEO&#39;s office · 2 months",
        "Deliverable: A decision template and a quarterly check",
        "Major decisions with a data annex ÷ all major decisions",
        "Review the last two quarters&#39; minutes; source: Minutes of the management meeting; "
        "reviewed quarterly",
    ):
        assert said in page


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("kpis: [decision-share, dashboard-use]", None),
        ("kpis: [dashboard-use]", "every KPI counts adoption"),
        ("kpis: [decision-share, nowhere]", "unknown KPI 'nowhere'"),
        ("profiles: [consumer]", None),
    ],
)
def test_catalogue_checks(tmp_path: Path, change: str, message: str | None) -> None:
    text = ROADMAP.read_text(encoding="utf-8")
    if change.startswith("kpis"):
        text = text.replace("    kpis: [decision-share, dashboard-use]", f"    {change}")
    else:
        text = text.replace("    profiles: [consumer]", "    profiles: [mining]")
        message = "the questionnaire declares no profile 'mining'"
    (tmp_path / "profiled.yaml").write_bytes(PROFILED.read_bytes())
    (tmp_path / "profiled.roadmap.yaml").write_text(text, encoding="utf-8")
    done = run_assess("questionnaire", "validate", tmp_path / "profiled.yaml")
    if message is None:
        assert done.returncode == 0, done.stderr
    else:
        assert done.returncode == 2 and message in done.stderr
