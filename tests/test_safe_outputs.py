"""No command destroys a workspace or its own input, and every output appears whole or not at all."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assess.errors import BadInput
from assess.files import outputs
from assess.files.outputs import output_file, write_output
from tests.conftest import run_assess


@pytest.fixture
def ws(workspace: Path, tmp_path: Path) -> Path:
    """A copy of the demo workspace of this test's own."""
    return Path(shutil.copy(workspace, tmp_path / "ws.assess"))


def refused(result: subprocess.CompletedProcess[str], target: Path, before: bytes) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "fix:" in result.stderr
    assert target.read_bytes() == before


def test_export_over_its_own_workspace_is_refused(ws: Path) -> None:
    before = ws.read_bytes()
    result = run_assess("export", ws, "--format", "csv", "-o", ws)
    refused(result, ws, before)
    assert "is the input" in result.stderr


def test_an_output_through_a_symlink_or_a_hard_link_to_the_input_is_refused(ws: Path) -> None:
    before = ws.read_bytes()
    (ws.parent / "link.csv").symlink_to(ws)
    os.link(ws, ws.parent / "hard.json")
    refused(run_assess("export", ws, "--format", "csv", "-o", ws.parent / "link.csv"), ws, before)
    refused(run_assess("report", ws, "-o", ws.parent / "hard.json"), ws, before)


def test_an_output_over_another_workspace_is_refused(ws: Path, workspace: Path) -> None:
    other = Path(shutil.copy(workspace, ws.parent / "other.assess"))
    before = other.read_bytes()
    refused(run_assess("export", ws, "--format", "json", "-o", other), other, before)
    result = run_assess("report", ws, "-o", other, "--format", "html")
    refused(result, other, before)
    assert "is a workspace" in result.stderr


def test_an_output_over_the_side_files_of_the_input_is_refused(ws: Path) -> None:
    result = run_assess("export", ws, "--format", "csv", "-o", ws.parent / "ws.assess-wal")
    assert result.returncode == 2 and "SQLite keeps beside" in result.stderr


def test_an_earlier_report_is_replaced(ws: Path) -> None:
    out = ws.parent / "report.json"
    out.write_text("old", encoding="utf-8")
    assert run_assess("report", ws, "-o", out).returncode == 0
    assert out.read_text(encoding="utf-8").startswith("{")
    assert sorted(p.name for p in ws.parent.iterdir()) == ["report.json", "ws.assess"]


def test_a_failed_write_leaves_the_old_file_and_nothing_else(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    out.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), output_file(out) as handle:
        handle.write(b"half of the new")
        raise RuntimeError("stopped")
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_without_anonymous_files_a_failed_write_leaves_nothing_either(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(outputs, "_anonymous_file", lambda folder: None)
    with pytest.raises(RuntimeError), output_file(tmp_path / "a.pdf") as handle:
        handle.write(b"%PDF-")
        raise RuntimeError("stopped")
    assert list(tmp_path.iterdir()) == []
    write_output(tmp_path / "b.pdf", b"%PDF-whole")
    assert [p.name for p in tmp_path.iterdir()] == ["b.pdf"]


KILLED_MID_WRITE = """
import os, signal, sys
from pathlib import Path
from assess.files import outputs
if sys.argv[2] == "named":
    outputs._anonymous_file = lambda folder: None
with outputs.output_file(Path(sys.argv[1])) as handle:
    handle.write(b"%PDF- half a report")
    handle.flush()
    os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.parametrize("kind", ["anonymous", "named"])
def test_a_kill_in_the_middle_of_writing_leaves_nothing_visible(tmp_path: Path, kind: str) -> None:
    out = tmp_path / "report.pdf"
    killed = subprocess.run([sys.executable, "-c", KILLED_MID_WRITE, str(out), kind], check=False)
    assert killed.returncode == -9
    assert not out.exists()
    left = list(tmp_path.iterdir())
    if kind == "anonymous":
        assert left == []
    else:  # a hidden file named after the dead process, removed by the next write here
        assert [p.name.startswith(".report.pdf.") for p in left] == [True]
        write_output(tmp_path / "next.html", b"<p>next</p>")
        assert [p.name for p in tmp_path.iterdir()] == ["next.html"]


def test_a_missing_folder_and_a_folder_as_target_are_refused(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="the folder does not exist"):
        write_output(tmp_path / "nope" / "a.pdf", b"x")
    with pytest.raises(BadInput, match="this is a folder"):
        write_output(tmp_path, b"x")


def test_a_new_output_has_the_usual_permissions(tmp_path: Path) -> None:
    mask = os.umask(0o022)
    os.umask(mask)
    written = write_output(tmp_path / "a.html", b"<p>x</p>")
    assert written.stat().st_mode & 0o777 == 0o666 & ~mask
