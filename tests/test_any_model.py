"""A consultant's own model works end to end with no code change: validate, import, score, plan,
report in every format, and answer it in the app. Three shapes unlike the built-in model:
English only with decimal values, level 0 and groups; eight dimensions and six levels without a
catalogue; Chinese only with three options."""

from __future__ import annotations

import asyncio
import csv
import json
import random
from pathlib import Path

import pytest
from textual.widgets import Static

from assess.loading.questionnaire_loader import load_questionnaire
from assess.models import Engagement, Questionnaire
from assess.storage.workspace import Workspace
from assess.ui.app import AssessApp
from assess.ui.screens.questionnaire import QuestionnaireScreen
from tests.conftest import FIXTURES, run_assess
from tests.report_support import page_texts
from tests.ui_support import footer_keys, settle, use_home

MODELS = {
    "practices-en": {"lang": "en", "title": "Software Security Practice Assessment"},
    "governance-8": {"lang": "zh", "title": "数据治理成熟度评估"},
    "digital-3": {"lang": "zh", "title": "中小企业数字化快速自评"},
}
PRODUCT_WORDS = ("互联网思维", "nternet thinking", "nternet-Thinking", "用户 · 数据")


def questionnaire(name: str) -> Questionnaire:
    return load_questionnaire(FIXTURES / f"{name}.yaml")


def answered_sheet(name: str, folder: Path) -> Path:
    """The blank answer sheet `assess questionnaire template` writes, filled by 12 people."""
    blanks = folder / "blanks"  # created by the command
    made = run_assess("questionnaire", "template", FIXTURES / f"{name}.yaml", "-o", blanks)
    assert made.returncode == 0, made.stderr
    sheet = blanks / f"{name}-answers.csv"
    header = next(csv.reader(sheet.read_text(encoding="utf-8-sig").splitlines()))
    q, rng = questionnaire(name), random.Random(name)
    with sheet.open("a", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        for n in range(12):
            cells = {"name": f"P{n}", "role": ["lead", "manager", "staff"][n % 3]}
            for x in q.questions:
                cells[x.id] = str(rng.choice(q.options_for(x)).value)
            writer.writerow([cells.get(column, "") for column in header])
    return sheet


def test_a_template_never_overwrites_a_filled_in_sheet(tmp_path: Path) -> None:
    source = FIXTURES / "digital-3.yaml"
    assert run_assess("questionnaire", "template", source, "-o", tmp_path).returncode == 0
    sheet, responses = tmp_path / "digital-3-answers.csv", tmp_path / "digital-3-responses.json"
    sheet.write_text("filled in", encoding="utf-8")
    responses.unlink()
    again = run_assess("questionnaire", "template", source, "-o", tmp_path)
    assert again.returncode == 2
    assert "digital-3-answers.csv: a file already exists here" in again.stderr
    assert sheet.read_text(encoding="utf-8") == "filled in" and not responses.exists()


@pytest.fixture(scope="module", params=sorted(MODELS))
def model(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, Path]:
    """(name, workspace) for each model, its answers imported from its filled answer sheet."""
    name = request.param
    folder = tmp_path_factory.mktemp(name)
    workspace = folder / f"{name}.assess"
    sheet = answered_sheet(name, folder)
    imported = run_assess(
        "import", sheet, "--workspace", workspace, "--questionnaire", FIXTURES / f"{name}.yaml"
    )
    assert imported.returncode == 0 and "imported 12 respondents" in imported.stdout, (
        imported.stderr
    )
    return name, workspace


def test_it_validates(model: tuple[str, Path]) -> None:
    name, _ = model
    result = run_assess("questionnaire", "validate", FIXTURES / f"{name}.yaml")
    assert result.returncode == 0 and result.stdout.startswith("ok"), result.stderr


def test_it_scores_with_its_own_levels_and_groups(model: tuple[str, Path]) -> None:
    name, workspace = model
    q = questionnaire(name)
    card = json.loads(run_assess("score", workspace, "--format", "json").stdout)
    levels = {d["level"] for d in card["dimensions"]}
    assert levels <= set(range(q.min_level, q.max_level + 1))
    assert [g["group"] for g in card["groups"]] == [g.id for g in q.groups]
    assert all(0 <= g["score"] <= 100 for g in card["groups"])


def test_it_plans_with_or_without_a_catalogue(model: tuple[str, Path]) -> None:
    name, workspace = model
    plan = json.loads(run_assess("plan", workspace, "--format", "json").stdout)
    has_catalogue = questionnaire(name).roadmap is not None
    assert (plan["knowledge_base_id"] is not None) == has_catalogue
    assert bool(plan["initiatives"]) == has_catalogue
    assert all(g["needle_movers"] for g in plan["gaps"] if g["gap_levels"] > 0)


@pytest.mark.parametrize("fmt", ["html", "json"])
def test_its_report_speaks_of_it_not_of_internet_thinking(
    model: tuple[str, Path], fmt: str, tmp_path: Path
) -> None:
    name, workspace = model
    out = tmp_path / f"report.{fmt}"
    result = run_assess("report", workspace, "-o", out)
    assert result.returncode == 0, result.stderr
    report = out.read_text(encoding="utf-8")
    assert MODELS[name]["title"] in report
    assert not [word for word in PRODUCT_WORDS if word in report]


def test_a_language_the_questionnaire_lacks_is_said_once(
    model: tuple[str, Path], tmp_path: Path
) -> None:
    name, workspace = model
    other = "zh" if MODELS[name]["lang"] == "en" else "en"
    q = questionnaire(name)
    result = run_assess("report", workspace, "-o", tmp_path / "r.html", "--lang", other)
    said = result.stderr.count("note: ")
    assert said == (0 if other in q.languages else 1)


@pytest.mark.slow
def test_its_pdf_keeps_the_summary_on_one_page(model: tuple[str, Path], tmp_path: Path) -> None:
    name, workspace = model
    pdf = tmp_path / "report.pdf"
    assert run_assess("report", workspace, "-o", pdf).returncode == 0
    pages = page_texts(pdf)
    summary = pages[1]
    following = pages[2]
    assert "".join(MODELS[name]["title"].split()) in pages[0]
    heading = "Executivesummary" if MODELS[name]["lang"] == "en" else "执行摘要"
    assert heading in summary and heading not in following.split("\n")[0]
    assert not [word for word in PRODUCT_WORDS if "".join(word.split()) in "".join(pages)]


@pytest.mark.parametrize("name", sorted(MODELS))
def test_the_app_walks_it_from_the_first_question_to_the_results(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_home(monkeypatch, tmp_path / "home", MODELS[name]["lang"])
    path = tmp_path / f"{name}.assess"
    source = FIXTURES / f"{name}.yaml"
    q = questionnaire(name)
    kb = source.with_name(f"{name}.roadmap.yaml")
    with Workspace.create(
        path,
        questionnaire_yaml=source.read_text(encoding="utf-8"),
        roadmap_yaml=kb.read_text(encoding="utf-8") if q.roadmap else None,
        engagement=Engagement(organization="Acme", language=MODELS[name]["lang"]),
    ) as ws:
        ws.answers.add_respondent("Li", "lead")

    async def scenario() -> None:
        app = AssessApp(path)
        english = MODELS[name]["lang"] == "en"
        async with app.run_test(size=(100, 32)) as pilot:
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, QuestionnaireScreen)
            assert MODELS[name]["title"] in str(screen.query_one("#title-left", Static).render())
            for question in q.questions:
                options = q.options_for(question)
                await settle(pilot)
                assert footer_keys(pilot)[f"1-{len(options)}"] == ("Choose" if english else "选择")
                await pilot.press(str(len(options)))  # the top option: a key per option
            await settle(pilot)
            assert app.screen_name() == "review"
            await pilot.press("f")
            await settle(pilot)
            assert app.screen_name() == "results"

    asyncio.run(scenario())
    with Workspace.open(path) as ws:
        (person,) = ws.answers.respondents()
    assert len(person.answers) == len(q.questions)
    assert all(
        a.choice == q.options_for(q.question(qid))[-1].value for qid, a in person.answers.items()
    )
