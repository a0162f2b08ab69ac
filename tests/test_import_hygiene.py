"""The core never imports textual (or weasyprint): the terminal app is a thin shell over it."""

from __future__ import annotations

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
