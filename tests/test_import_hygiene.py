"""The core never imports textual (or weasyprint): the terminal app is a thin shell over it."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import run_python

CORE_MODULES = [
    "assess.models",
    "assess.loading.questionnaire_loader",
    "assess.loading.response_io",
    "assess.scoring",
    "assess.scoring.assessment",
    "assess.sources",
    "assess.storage.workspace",
    "assess.aggregation",
    "assess.scoring.consensus",
    "assess.interchange.csv_import",
    "assess.interchange.csv_export",
    "assess.sources.survey",
    "assess.serving",
    "assess.cli",
]


def test_core_imports_neither_textual_nor_weasyprint() -> None:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in CORE_MODULES)
        + "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'weasyprint'))\n"
        + "print(','.join(heavy))\n"
    )
    imported = run_python(code).strip()
    assert imported == "", f"core imported: {imported}"


def test_no_private_textual_module_is_imported() -> None:
    """Textual's underscored modules change without notice: only its public API is used."""
    package = Path(__file__).resolve().parents[1] / "assess"
    private = re.compile(r"^\s*(from|import)\s+textual[\w.]*\._", re.MULTILINE)
    found = [p for p in package.rglob("*.py") if private.search(p.read_text(encoding="utf-8"))]
    assert found == []
