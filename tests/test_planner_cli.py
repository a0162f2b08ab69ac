"""`assess plan` as a user runs it: exit codes, messages, JSON and tables."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assess.errors import BadInput
from assess.loading.questionnaire_loader import find_questionnaire, load_questionnaire
from assess.loading.response_io import write_response_file
from assess.models import Answer, Lever, Questionnaire
from assess.planning import Roadmap
from tests.conftest import MINI, NOW, run_assess
from tests.test_cli import response_file, write_mini_response

LOW = {
    "user.feedback": Answer(choice=1, answered_at=NOW),
    "data.decisions": Answer(choice=1, answered_at=NOW),
}


@pytest.fixture
def low_file(tmp_path: Path, mini: Questionnaire) -> Path:
    return write_mini_response(tmp_path, mini, LOW)


def test_plan_json_follows_the_targets(low_file: Path) -> None:
    result = run_assess(
        "plan", low_file, "--questionnaire", MINI, "--target", "user=3", "--format", "json"
    )
    assert result.returncode == 0, result.stderr
    roadmap = Roadmap.model_validate(json.loads(result.stdout))
    assert roadmap.gap("user").target_level == 3 and roadmap.gap("data").target_level == 2
    assert {i.id for i in roadmap.initiatives} == {"user.listen", "user.cocreate", "data.dashboard"}


def test_plan_json_is_identical_across_runs(low_file: Path) -> None:
    args = ("plan", low_file, "--questionnaire", MINI, "--format", "json", "--target", "user=4")
    assert run_assess(*args).stdout == run_assess(*args).stdout


def test_plan_table_in_both_languages(low_file: Path) -> None:
    en = run_assess("plan", low_file, "--questionnaire", MINI, "--lang", "en")
    assert en.returncode == 0, en.stderr
    for text in ("Targets and gaps", "What moves the needle", "Roadmap · 0–3 months", "Culture"):
        assert text in en.stdout
    zh = run_assess("plan", low_file, "--questionnaire", MINI, "--lang", "zh")
    for text in ("目标与差距", "路线图 · 0–3 个月", "组织变革", "★ = 速赢"):
        assert text in zh.stdout


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("nope=2", "--target nope=2: unknown dimension 'nope' (fix: use one of user, data)"),
        ("user=6", "--target user=6: target level 6 is outside 1..5"),
        ("user=0", "--target user=0: target level 0 is outside 1..5"),
        ("user", "--target user: expected DIM=LEVEL"),
        ("user=high", "--target user=high: expected DIM=LEVEL"),
    ],
)
def test_bad_target_exits_2_with_one_clear_message(
    low_file: Path, target: str, message: str
) -> None:
    result = run_assess("plan", low_file, "--questionnaire", MINI, "--target", target)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_bad_capacity_is_a_usage_error(low_file: Path) -> None:
    result = run_assess("plan", low_file, "--questionnaire", MINI, "--capacity", "0")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def builtin() -> Questionnaire:
    try:
        return load_questionnaire(find_questionnaire("internet-thinking"))
    except BadInput:
        pytest.skip("the built-in questionnaire is not there yet")


def test_builtin_low_maturity_plan_covers_all_four_levers(tmp_path: Path) -> None:
    q = builtin()
    answers = {
        x.id: Answer(choice=1 + (n % 3 == 0), answered_at=NOW) for n, x in enumerate(q.questions)
    }
    path = tmp_path / "low.json"
    write_response_file(path, response_file(q, answers))
    result = run_assess("plan", path, "--format", "json")
    assert result.returncode == 0, result.stderr
    roadmap = Roadmap.model_validate(json.loads(result.stdout))
    assert [lever.lever for lever in roadmap.levers] == list(Lever)
    assert all(lever.initiatives > 0 for lever in roadmap.levers)
