from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from assess.loading.questionnaire_loader import load_questionnaire
from assess.models import Questionnaire

FIXTURES = Path(__file__).parent / "fixtures"
MINI = FIXTURES / "mini.yaml"
NOW = datetime(2026, 11, 1, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="session")
def mini() -> Questionnaire:
    return load_questionnaire(MINI)
