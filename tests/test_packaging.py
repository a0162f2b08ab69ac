"""`pip install .` ships the questionnaires and report templates inside the package."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_ships_data_and_finds_it(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            tmp_path,
            ROOT,
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("assess-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "assess/questionnaires/internet-thinking.yaml" in names
    assert "assess/questionnaires/internet-thinking.roadmap.yaml" in names
    assert any(n.startswith("assess/reports/") and n.endswith(".html.j2") for n in names)

    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "from assess.paths import questionnaires_dir, reports_dir;"
        "print(questionnaires_dir()); print(reports_dir())"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env={"PYTHONPATH": str(site)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert out == [str(site / "assess" / "questionnaires"), str(site / "assess" / "reports")]
