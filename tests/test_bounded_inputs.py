"""Hostile or odd files get one clear message and exit 2, quickly: never a hang, a crash or a
traceback, never gigabytes of memory."""

from __future__ import annotations

import codecs
import json
import os
import sqlite3
from pathlib import Path

import pytest

from assess.loading.questionnaire_loader import find_questionnaire
from tests.conftest import MINI, run_assess

MINI_TEXT = MINI.read_text(encoding="utf-8")
ROADMAP = MINI.with_name("mini.roadmap.yaml")


def questionnaire_in(folder: Path, data: bytes | None = None) -> None:
    """The mini questionnaire (as ``data`` when given) and its roadmap in ``folder``."""
    (folder / "mini.yaml").write_bytes(data if data is not None else MINI.read_bytes())
    (folder / ROADMAP.name).write_bytes(ROADMAP.read_bytes())


def alias_bomb(levels: int) -> str:
    """A few hundred bytes that expand to 9 ** levels values."""
    lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    for n in range(1, levels):
        lines.append(f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


YAML_CASES = {
    "alias bomb": (alias_bomb(9), "once its aliases (*name) are expanded"),
    "ten-level alias bomb": (alias_bomb(10), "once its aliases (*name) are expanded"),
    "recursive alias": ("a: &a [*a]\n", "an alias refers to itself"),
    "100,000 levels deep": ("a: " + "[" * 100_000 + "]" * 100_000 + "\n", "nests more than"),
    "5,000 levels deep": ("a: " + "[" * 5_000 + "]" * 5_000 + "\n", "nests more than"),
    "5,000-digit number": (
        MINI_TEXT.replace("weight: 2\n", "weight: " + "9" * 5000 + "\n"),
        "digits",
    ),
    "infinite weight": (MINI_TEXT.replace("weight: 2\n", "weight: .inf\n"), "finite number"),
    "weight not a number": (MINI_TEXT.replace("weight: 2\n", "weight: .nan\n"), "finite number"),
}


@pytest.mark.parametrize("case", sorted(YAML_CASES))
def test_hostile_yaml_is_refused_with_one_message(tmp_path: Path, case: str) -> None:
    text, message = YAML_CASES[case]
    path = tmp_path / "q.yaml"
    path.write_text(text, encoding="utf-8")
    result = run_assess("questionnaire", "validate", path)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr
    assert "internal error" not in result.stderr


def test_an_alias_bomb_in_a_workspace_snapshot_is_refused(workspace: Path, tmp_path: Path) -> None:
    copy = tmp_path / "ws.assess"
    copy.write_bytes(workspace.read_bytes())
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE questionnaire_snapshot SET questionnaire_yaml = ?", (alias_bomb(10),))
    conn.close()
    result = run_assess("score", copy)
    assert result.returncode == 2 and "aliases" in result.stderr, result.stderr


JSON_CASES = {
    "5,000 levels deep": ("[" * 5_000 + "]" * 5_000, "nests too deeply"),
    "100,000 levels deep": ("[" * 100_000 + "]" * 100_000, "nests too deeply"),
    "5,000-digit number": ('{"format": ' + "9" * 5000 + "}", "digits"),
    "duplicate keys": ('{"format": "assess-response", "format": "x"}', "duplicate key 'format'"),
}


@pytest.mark.parametrize("case", sorted(JSON_CASES))
def test_hostile_json_is_refused_with_one_message(tmp_path: Path, case: str) -> None:
    text, message = JSON_CASES[case]
    path = tmp_path / "r.json"
    path.write_text(text, encoding="utf-8")
    result = run_assess("score", path)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr


def response(answers: dict[str, object]) -> dict[str, object]:
    from assess.loading.questionnaire_loader import load_questionnaire

    q = load_questionnaire(MINI)
    return {
        "questionnaire": {"id": q.id, "version": q.version, "hash": q.content_hash()},
        "engagement": {"organization": "Acme"},
        "respondents": [
            {
                "id": "r1",
                "name": "Li",
                "answers": {
                    qid: {"choice": choice, "answered_at": "2026-11-01T09:00:00+00:00"}
                    for qid, choice in answers.items()
                },
            }
        ],
    }


def test_json_true_is_not_choice_1(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text(json.dumps(response({"user.feedback": True})), encoding="utf-8")
    questionnaire_in(tmp_path)
    result = run_assess("score", path)
    assert result.returncode == 2 and "user.feedback" in result.stderr, result.stderr


def test_utf16_files_are_read(tmp_path: Path) -> None:
    questionnaire_in(tmp_path, codecs.BOM_UTF16_LE + MINI_TEXT.encode("utf-16-le"))
    path = tmp_path / "r.json"
    text = json.dumps(response({"user.feedback": 3}), ensure_ascii=False)
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    assert run_assess("questionnaire", "validate", tmp_path / "mini.yaml").returncode == 0
    result = run_assess("score", path, "--format", "json")
    assert result.returncode == 0, result.stderr


def test_utf16_without_its_mark_is_named(tmp_path: Path) -> None:
    path = tmp_path / "q.yaml"
    path.write_bytes(MINI_TEXT.encode("utf-16-le"))
    result = run_assess("questionnaire", "validate", path)
    assert result.returncode == 2 and "UTF-16" in result.stderr


def test_a_folder_a_fifo_and_a_huge_file_are_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "answers.json"
    os.mkfifo(fifo)
    huge = tmp_path / "q.yaml"
    with huge.open("wb") as handle:
        handle.truncate(9 * 1024 * 1024)
    for args, message in [
        (["score", tmp_path], "this is a folder"),
        (["score", fifo], "not a regular file"),
        (["report", fifo, "-o", tmp_path / "r.pdf"], "not a regular file"),
        (["import", fifo, "--workspace", tmp_path / "w.assess"], "not a regular file"),
        (["questionnaire", "validate", huge], "MiB"),
        (["questionnaire", "validate", tmp_path], "this is a folder"),
    ]:
        result = run_assess(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert message in result.stderr and "internal error" not in result.stderr, args


def test_unrelated_yaml_beside_a_response_file_is_never_read(tmp_path: Path) -> None:
    questionnaire_in(tmp_path)
    (tmp_path / "notes.yaml").write_text("broken: [\n  - unclosed\n", encoding="utf-8")
    (tmp_path / "bomb.yaml").write_text(alias_bomb(10), encoding="utf-8")
    path = tmp_path / "r.json"
    path.write_text(json.dumps(response({"user.feedback": 3})), encoding="utf-8")
    result = run_assess("score", path)
    assert result.returncode == 0, result.stderr


def test_two_questionnaires_with_one_id_beside_a_response_file_are_named(tmp_path: Path) -> None:
    questionnaire_in(tmp_path)
    (tmp_path / "mini-copy.yaml").write_text(MINI_TEXT, encoding="utf-8")
    path = tmp_path / "r.json"
    path.write_text(json.dumps(response({"user.feedback": 3})), encoding="utf-8")
    result = run_assess("score", path)
    assert result.returncode == 2
    assert "mini.yaml" in result.stderr and "mini-copy.yaml" in result.stderr


def test_a_missing_questionnaire_names_the_response_files_folder(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    data = response({"user.feedback": 3})
    data["questionnaire"] = {"id": "elsewhere", "version": "1", "hash": "sha256:0"}
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run_assess("score", path)
    assert result.returncode == 2
    assert f"put the questionnaire file in {tmp_path}" in result.stderr
    assert "beside the roadmap" not in result.stderr


def test_the_accent_message_suggests_a_colour(workspace: Path, tmp_path: Path) -> None:
    result = run_assess("report", workspace, "-o", tmp_path / "r.html", "--accent", "red")
    assert result.returncode == 2 and "--accent '#" in result.stderr


def test_the_built_in_questionnaire_is_found_by_its_id() -> None:
    assert find_questionnaire("internet-thinking").name == "internet-thinking.yaml"
