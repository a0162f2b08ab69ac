"""A workspace's questionnaire and roadmap are parsed once, then read back from the cache."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from assess.errors import BadInput
from assess.loading.kept_parses import kept
from assess.storage import workspace as workspace_module
from assess.storage.workspace import Workspace
from tests.conftest import in_cache, run_python


def test_a_workspace_reads_back_what_it_parsed(
    workspace: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Workspace.open(workspace) as first:
        questionnaire, roadmap = first.questionnaire(), first.roadmap()
    assert len(in_cache(home, "parsed/*.pickle")) == 2

    def refuse(*args: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(workspace_module, "parse_questionnaire", refuse)
    monkeypatch.setattr(workspace_module, "parse_roadmap", refuse)
    with Workspace.open(workspace) as second:
        assert second.questionnaire() == questionnaire
        assert second.roadmap() == roadmap


def test_another_text_is_parsed_afresh(home: Path) -> None:
    assert kept(str, ["a: 1"], lambda: "one") == "one"
    assert kept(str, ["a: 1"], lambda: "never called") == "one"
    assert kept(str, ["a: 2"], lambda: "two") == "two"
    assert kept(str, ["a: 1", "b"], lambda: "with b") == "with b"


def test_a_damaged_or_foreign_file_is_parsed_again(home: Path) -> None:
    kept(str, ["x"], lambda: "parsed")
    (path,) = in_cache(home, "parsed/*.pickle")
    path.write_bytes(b"\x80\x05 cut short")
    assert kept(str, ["x"], lambda: "again") == "again"
    path.write_bytes(pickle.dumps(42))
    assert kept(str, ["x"], lambda: "once more") == "once more"
    assert pickle.loads(path.read_bytes()) == "once more"


def test_a_cache_that_cannot_be_written_is_not_used(home: Path) -> None:
    home.mkdir()
    (home / "cache").write_text("a file where the folder would be", encoding="utf-8")
    assert kept(str, ["x"], lambda: "parsed") == "parsed"
    assert kept(str, ["x"], lambda: "parsed again") == "parsed again"


def test_a_parse_that_fails_is_not_kept(home: Path) -> None:
    def broken() -> str:
        raise BadInput.one("q.yaml", "YAML syntax error", line=3, fix="correct it")

    with pytest.raises(BadInput):
        kept(str, ["bad: ["], broken)
    assert in_cache(home, "parsed/*.pickle") == []


@pytest.mark.slow
def test_a_workspace_read_back_needs_no_yaml(workspace: Path, home: Path) -> None:
    load = (
        "import sys; from pathlib import Path; from assess.sources import load_source; "
        "load_source(Path(sys.argv[1])); print('yaml' in sys.modules)"
    )
    assert run_python(load, workspace).strip() == "True", "the first read parses the YAML"
    assert run_python(load, workspace).strip() == "False"
