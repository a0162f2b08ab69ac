from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from assess.loading.questionnaire_loader import load_questionnaire
from assess.models import Questionnaire

FIXTURES = Path(__file__).parent / "fixtures"
MINI = FIXTURES / "mini.yaml"
NOW = datetime(2026, 11, 1, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="session", autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Nothing the tests run (the app, the command line) writes into the user's own folders."""
    home = tmp_path_factory.mktemp("assess-home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ASSESS_HOME", str(home))
        yield home


@pytest.fixture(scope="session")
def mini() -> Questionnaire:
    return load_questionnaire(MINI)
