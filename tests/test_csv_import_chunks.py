"""`assess import` of files longer than one chunk: still all or nothing, rows in file order."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from assess import forking
from assess.cli import cli
from assess.errors import BadInput
from assess.interchange.csv_import import CHUNK_ROWS
from assess.storage import Workspace
from tests.conftest import MINI, run_assess
from tests.test_csv_interchange import HEADER, new_workspace, write

ROWS = 2 * CHUNK_ROWS + 100  # three chunks
LAST_CHUNK_ROW = 2 * CHUNK_ROWS + 50


def survey(path: Path, bad: dict[int, list[str]]) -> Path:
    """ROWS respondents (row numbers start at 2, after the header), some replaced by ``bad``."""
    rows = [[f"P{n}", "staff", "ops", str(n % 5 + 1), "na", "3", "?"] for n in range(ROWS)]
    for number, row in bad.items():
        rows[number - 2] = row
    return write(path, [HEADER, *rows])


def test_a_bad_row_in_the_last_chunk_refuses_the_whole_file(tmp_path: Path) -> None:
    csv_path = survey(tmp_path / "a.csv", {LAST_CHUNK_ROW: ["", "", "", "9", "", "", ""]})
    existing = tmp_path / "existing.assess"
    new_workspace(existing).close()
    result = run_assess("import", csv_path, "--workspace", existing)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"row {LAST_CHUNK_ROW}, column name" in result.stderr
    assert f"row {LAST_CHUNK_ROW}, column user.feedback" in result.stderr
    with Workspace.open(existing) as ws:
        assert ws.answers.respondents() == []
    fresh = tmp_path / "new.assess"
    result = run_assess("import", csv_path, "--workspace", fresh, "--questionnaire", MINI)
    assert result.returncode == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "existing.assess"]


def test_skipped_rows_in_several_chunks_are_all_listed(tmp_path: Path) -> None:
    bad = {3: ["A", "", "", "9", "", "", ""], LAST_CHUNK_ROW: ["", "", "", "1", "", "", ""]}
    csv_path = survey(tmp_path / "a.csv", bad)
    ws_path = tmp_path / "w.assess"
    result = run_assess(
        "import", csv_path, "--workspace", ws_path, "--questionnaire", MINI, "--skip-bad-rows"
    )
    assert result.returncode == 0, result.stderr
    assert "skipped: " in result.stderr and "row 3, column user.feedback" in result.stderr
    assert f"row {LAST_CHUNK_ROW}, column name" in result.stderr
    assert "skipped 2 bad rows" in result.stderr
    assert f"imported {ROWS - 2} respondents ({(ROWS - 2) * 4} answers)" in result.stdout
    with Workspace.open(ws_path) as ws:
        people = ws.answers.respondents()
    expected = [f"P{n}" for n in range(ROWS) if n + 2 not in bad]
    assert [p.name for p in people] == expected  # in file order
    assert all(len(p.answers) == 4 for p in people)
    assert people[-1].answers["user.feedback"].choice == (ROWS - 1) % 5 + 1


def test_notes_travel_with_their_answers_in_a_long_file(tmp_path: Path) -> None:
    rows = [
        [f"P{n}", "", "", "4", "", "", "", f"note {n}" if n % 3 == 0 else ""] for n in range(ROWS)
    ]
    csv_path = write(tmp_path / "a.csv", [[*HEADER, "user.feedback:note"], *rows])
    ws_path = tmp_path / "w.assess"
    result = run_assess("import", csv_path, "--workspace", ws_path, "--questionnaire", MINI)
    assert result.returncode == 0, result.stderr
    with Workspace.open(ws_path) as ws:
        notes = [p.answers["user.feedback"].note for p in ws.answers.respondents()]
    assert notes == [f"note {n}" if n % 3 == 0 else "" for n in range(ROWS)]


def test_unknown_columns_refuse_the_file_unless_skipped(tmp_path: Path) -> None:
    rows = [
        ["序号", "提交答卷时间", "满意度", "推荐意愿", *HEADER],
        ["1", "2026/11/20 10:02", "高", "9", "A", "", "", "4", "", "", ""],
    ]
    csv_path = write(tmp_path / "wjx.csv", rows)
    ws_path = tmp_path / "w.assess"
    refused = run_assess("import", csv_path, "--workspace", ws_path, "--questionnaire", MINI)
    assert refused.returncode == 2
    assert "2 columns match no question of 'mini': '满意度', '推荐意愿'" in refused.stderr
    assert "--skip-unknown-columns" in refused.stderr and not ws_path.exists()
    result = run_assess(
        "import",
        csv_path,
        "--workspace",
        ws_path,
        "--questionnaire",
        MINI,
        "--skip-unknown-columns",
    )
    assert result.returncode == 0, result.stderr
    assert "skipped 2 unknown columns: 满意度, 推荐意愿" in result.stderr
    assert "left out the survey tool's own columns: 序号, 提交答卷时间" in result.stderr
    with Workspace.open(ws_path) as ws:
        [person] = ws.answers.respondents()
    assert person.name == "A" and person.answers["user.feedback"].choice == 4


def test_without_fork_the_import_reads_and_writes_in_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(forking, "can_fork", lambda: False)  # as on macOS and Windows
    csv_path = survey(tmp_path / "a.csv", {LAST_CHUNK_ROW: ["", "", "", "9", "", "", ""]})
    ws_path = tmp_path / "w.assess"
    args = ["import", str(csv_path), "--workspace", str(ws_path), "--questionnaire", str(MINI)]
    refused = CliRunner().invoke(cli, args)
    assert isinstance(refused.exception, BadInput)  # the command line's main shows it, exit 2
    assert f"row {LAST_CHUNK_ROW}, column name" in str(refused.exception)
    assert not ws_path.exists()
    result = CliRunner().invoke(cli, [*args, "--skip-bad-rows"])
    assert result.exit_code == 0, result.output
    assert f"imported {ROWS - 1} respondents" in result.output
    with Workspace.open(ws_path) as ws:
        assert len(ws.answers.respondents()) == ROWS - 1
