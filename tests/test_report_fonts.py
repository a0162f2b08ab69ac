"""Without a CJK font or HarfBuzz subsetting: a clear message, no Chinese PDF, English written."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from assess.cli import cli, main
from assess.rendering.fonts import FontSupport

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("support", [FontSupport(False, True), FontSupport(True, False)])
def test_chinese_pdf_is_refused_and_english_written(
    workspace: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    support: FontSupport,
) -> None:
    monkeypatch.setattr("assess.rendering.writer.font_support", lambda: support)
    out = tmp_path / "report.pdf"
    monkeypatch.setattr(sys, "argv", ["assess", "report", str(workspace), "-o", str(out)])
    with pytest.raises(SystemExit) as stopped:
        main()
    assert stopped.value.code == 2
    message = capsys.readouterr().err
    assert "apt-get install fonts-noto-cjk libharfbuzz-subset0" in message
    assert "Traceback" not in message
    assert not out.exists()
    english = tmp_path / "report.en.pdf"
    assert english.is_file() and english.read_bytes().startswith(b"%PDF")
    assert str(english) in message


def test_english_pdf_warns_when_subsetting_is_missing(
    workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("assess.rendering.writer.font_support", lambda: FontSupport(True, False))
    out = tmp_path / "report.pdf"
    result = CliRunner().invoke(cli, ["report", str(workspace), "-o", str(out), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "30× slower" in result.output and out.is_file()


def test_font_check_finds_this_machines_fonts() -> None:
    from assess.rendering.fonts import font_support

    support = font_support()
    assert support.cjk_font and support.harfbuzz_subset  # set up by tools/bootstrap.sh
    assert support.problems() == []
