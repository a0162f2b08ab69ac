"""Shared set-up for the report tests: the demo workspace, the command line, PDF text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from assess.demo import build_demo_workspace


def demo_workspace(folder: Path) -> Path:
    return build_demo_workspace(folder / "demo.assess")


def run_assess(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assess", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=180,
    )


def pdf_text(pdf: Path) -> str:
    """The PDF's text, with line breaks and spaces removed so wrapped phrases still match."""
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return "".join(text.split())


def squeeze(text: str) -> str:
    return "".join(text.split())
