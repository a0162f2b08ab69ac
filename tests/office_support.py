"""Office files in the tests: written by `assess report`, converted and read by LibreOffice."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.conftest import run_assess

DIMENSIONS_ZH = ["用户思维", "数据思维", "迭代思维", "平台思维", "社群思维"]


def written(source: Path, out: Path, *more: str) -> str:
    """`assess report SOURCE -o OUT …`, which must succeed; what it printed."""
    done = run_assess("report", source, "-o", out, *more)
    assert done.returncode == 0, done.stderr
    return done.stdout


def converted(path: Path, to: str) -> Path:
    """The file converted by LibreOffice (headless) into ``to`` (pdf, xls …), beside it."""
    subprocess.run(
        ["soffice", "--headless", "--convert-to", to, "--outdir", str(path.parent), str(path)],
        check=True,
        capture_output=True,
        timeout=180,
        env={"HOME": str(path.parent), "PATH": "/usr/bin:/bin"},
    )
    return path.with_suffix(f".{to}")


def pdf_words(pdf: Path) -> str:
    """The PDF's text without spaces or line breaks."""
    shown = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return "".join(shown.stdout.split())
