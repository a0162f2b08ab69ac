"""What a workspace holds is checked when it is read: a changed or damaged file is called
damaged (exit 2, nothing written), and a workspace that may not be written is still read."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import run_assess


@pytest.fixture
def ws(workspace: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(workspace, tmp_path / "ws.assess"))


def changed(path: Path, sql: str) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute(sql)
    conn.close()


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE answer SET value = 99 WHERE value IS NOT NULL AND rowid IN "
        "(SELECT rowid FROM answer WHERE value IS NOT NULL LIMIT 1)",
        "UPDATE answer SET value = 'three' WHERE value = 3 AND question_id LIKE 'community.%'",
        "UPDATE answer SET evidence = 'rumour' WHERE evidence IS NOT NULL",
        "UPDATE answer SET question_id = 'community.gone' WHERE question_id = 'community.ugc'",
    ],
)
def test_an_answer_changed_behind_assess_makes_the_workspace_damaged(ws: Path, sql: str) -> None:
    before = run_assess("score", ws, "--format", "json")
    assert before.returncode == 0
    changed(ws, sql.replace("rowid", "respondent_id || question_id"))
    out = ws.parent / "answers.csv"
    for args in (
        ["score", ws],
        ["report", ws, "-o", ws.parent / "r.pdf"],
        ["export", ws, "--format", "csv", "-o", out],
    ):
        result = run_assess(*args)
        assert result.returncode == 2, (args, result.stdout)
        assert "the workspace is damaged" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists() and not (ws.parent / "r.pdf").exists()


def test_a_consensus_changed_behind_assess_makes_the_workspace_damaged(ws: Path) -> None:
    changed(
        ws,
        "INSERT INTO consensus (question_id, value, decided_at) "
        "VALUES ('community.ugc', 42, '2026-11-20T10:00:00+00:00')",
    )
    result = run_assess("score", ws)
    assert result.returncode == 2 and "stored consensus decisions" in result.stderr


def test_damaged_pages_are_found_when_the_workspace_is_opened(ws: Path) -> None:
    with sqlite3.connect(ws) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        page = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'answer' AND pagetype = 'leaf' LIMIT 1"
        ).fetchone()[0]
    conn.close()
    with ws.open("r+b") as handle:
        handle.seek((page - 1) * page_size + 8)
        handle.write(b"\xff" * (page_size - 16))
    before = ws.read_bytes()
    survey = ws.parent / "more.csv"
    survey.write_text("name,role,user.lifecycle\nA,B,3\n", encoding="utf-8")
    for args in (["score", ws], ["import", survey, "--workspace", ws]):
        result = run_assess(*args)
        assert result.returncode == 2 and "damaged" in result.stderr, args
    assert ws.read_bytes() == before


@contextmanager
def unwritable(*paths: Path) -> Iterator[None]:
    """``paths`` may not be written, not even by root: immutable (chattr +i) as root, else
    read-only by their permissions."""
    root = os.geteuid() == 0
    for path in paths:
        if root:
            subprocess.run(["chattr", "+i", path], check=True)
        else:
            path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        yield
    finally:
        for path in paths:
            if root:
                subprocess.run(["chattr", "-i", path], check=True)
            else:
                path.chmod(0o755 if path.is_dir() else 0o644)


def test_a_workspace_that_may_not_be_written_is_read(workspace: Path, tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    path = Path(shutil.copy(workspace, folder / "ws.assess"))
    out = tmp_path / "report.json"
    with unwritable(path, folder):
        for args in (
            ["score", path, "--format", "json"],
            ["export", path, "--format", "csv"],
            ["report", path, "-o", out],
        ):
            result = run_assess(*args)
            assert result.returncode == 0, (args, result.stderr)
        assert sorted(p.name for p in folder.iterdir()) == ["ws.assess"]
        survey = tmp_path / "more.csv"
        survey.write_text("name,role,user.lifecycle\nA,B,3\n", encoding="utf-8")
        refused = run_assess("import", survey, "--workspace", path)
    assert out.read_text(encoding="utf-8").startswith("{")
    assert refused.returncode == 2 and "cannot write the workspace" in refused.stderr
