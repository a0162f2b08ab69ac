"""The command line as a user runs it: exit codes, messages, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from assess.loading.response_io import write_response_file
from assess.models import Answer, Engagement, Questionnaire, Respondent, ResponseFile
from assess.models.response import QuestionnaireRef
from tests.conftest import FIXTURES, MINI, NOW, run_assess


def response_file(
    q: Questionnaire, answers: dict[str, Answer], org: str = "Acme 示例"
) -> ResponseFile:
    return ResponseFile(
        questionnaire=QuestionnaireRef(id=q.id, version=q.version, hash=q.content_hash()),
        engagement=Engagement(organization=org, language="en"),
        respondents=[Respondent(id="r1", name="Li Lei", role="CEO", answers=answers)],
    )


def write_mini_response(tmp_path: Path, q: Questionnaire, answers: dict[str, Answer]) -> Path:
    path = tmp_path / "answers.json"
    write_response_file(path, response_file(q, answers))
    return path


def test_validate_reports_ok_for_a_good_file() -> None:
    result = run_assess("questionnaire", "validate", MINI, FIXTURES / "mini.roadmap.yaml")
    assert result.returncode == 0, result.stderr
    assert "4 questions" in result.stdout and "3 initiatives" in result.stdout


def test_validate_bad_files_exit_2_with_every_problem(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: x\n  bad: [\n", encoding="utf-8")
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    result = run_assess("questionnaire", "validate", broken, empty, tmp_path / "nope.yaml")
    assert result.returncode == 2
    assert f"{broken}:2" in result.stderr and "YAML syntax error" in result.stderr
    assert f"{empty}: the file is empty" in result.stderr
    assert "file not found" in result.stderr
    assert "Traceback" not in result.stderr


def test_schema_is_json_schema_for_each_format() -> None:
    for kind, field in [
        ("questionnaire", "questions"),
        ("roadmap", "initiatives"),
        ("response", "respondents"),
    ]:
        result = run_assess("questionnaire", "schema", "--kind", kind)
        schema = json.loads(result.stdout)
        assert field in schema["properties"], kind


def test_score_prints_table_and_json(tmp_path: Path, mini: Questionnaire) -> None:
    answers = {
        "user.feedback": Answer(choice=5, answered_at=NOW, evidence="artefact"),
        "user.touchpoints": Answer(choice=4, answered_at=NOW, evidence="artefact"),
        "data.decisions": Answer(choice=1, answered_at=NOW),
        "data.privacy": Answer(choice=4, answered_at=NOW),
    }
    path = write_mini_response(tmp_path, mini, answers)
    table = run_assess("score", path, "--questionnaire", MINI)
    assert table.returncode == 0, table.stderr
    assert "User thinking" in table.stdout and "100.0" in table.stdout and "Leading" in table.stdout
    assert "data.decisions" in table.stdout  # the critical cap is explained
    card = json.loads(run_assess("score", path, "--questionnaire", MINI, "--format", "json").stdout)
    data = next(d for d in card["dimensions"] if d["dimension"] == "data")
    assert data["score"] == 50.0 and data["level"] == 2 and data["capped_by"] == ["data.decisions"]
    zh = run_assess("score", path, "--questionnaire", MINI, "--lang", "zh")
    assert "用户思维" in zh.stdout and "引领" in zh.stdout


def test_score_finds_questionnaire_beside_response(tmp_path: Path, mini: Questionnaire) -> None:
    (tmp_path / "mini.yaml").write_text(MINI.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "mini.roadmap.yaml").write_text(
        (FIXTURES / "mini.roadmap.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    path = write_mini_response(tmp_path, mini, {"user.feedback": Answer(choice=3, answered_at=NOW)})
    result = run_assess("score", path, "--format", "json")
    assert result.returncode == 0, result.stderr


def test_score_rejects_bad_response_files(tmp_path: Path, mini: Questionnaire) -> None:
    unknown = write_mini_response(tmp_path, mini, {"user.nps": Answer(choice=3, answered_at=NOW)})
    result = run_assess("score", unknown, "--questionnaire", MINI)
    assert result.returncode == 2
    assert "no question 'user.nps'" in result.stderr and "respondents[0]" in result.stderr

    bad_choice = write_mini_response(
        tmp_path, mini, {"data.decisions": Answer(choice=5, answered_at=NOW)}
    )
    assert (
        "choice 5 is not an option"
        in run_assess("score", bad_choice, "--questionnaire", MINI).stderr
    )

    not_json = tmp_path / "x.json"
    not_json.write_text("{not json", encoding="utf-8")
    result = run_assess("score", not_json)
    assert (
        result.returncode == 2
        and f"{not_json}:1" in result.stderr
        and "invalid JSON" in result.stderr
    )

    binary = tmp_path / "blob.bin"
    binary.write_bytes(b"\x00\x01\x02")
    result = run_assess("score", binary)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_response_for_another_questionnaire_is_refused(tmp_path: Path, mini: Questionnaire) -> None:
    other = response_file(mini, {}).model_copy(
        update={"questionnaire": QuestionnaireRef(id="other", version="1", hash="sha256:0")}
    )
    path = tmp_path / "other.json"
    write_response_file(path, other)
    result = run_assess("score", path, "--questionnaire", MINI)
    assert result.returncode == 2 and "answers questionnaire 'other', not 'mini'" in result.stderr


def test_usage_errors_exit_2() -> None:
    assert run_assess("score").returncode == 2
    assert run_assess("no-such-command").returncode == 2


def test_every_command_resolves_and_is_listed() -> None:
    import click

    from assess.cli import COMMANDS, cli

    ctx = click.Context(cli)
    for name in COMMANDS:
        command = cli.get_command(ctx, name)
        assert isinstance(command, click.Command), name
    listed = run_assess("--help").stdout
    for name in ("questionnaire", "score", "plan", "report", "demo", "import", "export", "serve"):
        assert f"  {name} " in listed, name


def test_the_app_without_a_terminal_says_so_and_exits_2(tmp_path: Path) -> None:
    """`assess < /dev/null`, in a pipe or from cron: one line, exit 2, never a spinning app."""
    workspace = tmp_path / "w.assess"
    workspace.write_bytes(b"")
    for args in ([], ["app"], ["facilitate", str(workspace)]):
        done = subprocess.run(
            [sys.executable, "-m", "assess", *args],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 2, (args, done.stderr)
        [line] = done.stderr.splitlines()
        assert "needs a terminal" in line and "assess score, report" in line
