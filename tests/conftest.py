from __future__ import annotations

import inspect
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path

import pytest

from assess.demo import build_demo_workspace
from assess.loading.questionnaire_loader import load_questionnaire
from assess.models import Answer, Questionnaire
from assess.models.answer_counts import AnswerCounts
from assess.models.assessment import Assessment
from assess.models.plain import plain_answers
from assess.sources import load_source

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


def in_cache(home: Path, pattern: str) -> list[Path]:
    """The files matching `pattern` in the cache folder of `home`, sorted."""
    return sorted((home / "cache").glob(pattern))


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home of the test's own (not yet made), for tests that look into its cache folder."""
    monkeypatch.setenv("ASSESS_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo engagement's workspace file, built once per test module."""
    return build_demo_workspace(tmp_path_factory.mktemp("demo") / "demo.assess")


@pytest.fixture(scope="module")
def assessment(workspace: Path) -> Assessment:
    """The demo engagement, loaded."""
    return load_source(workspace)


def counted(answer_sets: Iterable[Mapping[str, Answer]]) -> AnswerCounts:
    """Respondents' answer models, counted as scoring and planning take them."""
    return AnswerCounts.of(plain_answers(answers) for answers in answer_sets)


def run_assess(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """The command line as a user runs it, in a fresh interpreter."""
    return subprocess.run(
        [sys.executable, "-m", "assess", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=180,
    )


def run_python(code: str, *args: str | Path) -> str:
    """What `code` prints, run in a fresh interpreter (with `args` as sys.argv[1:]); it must
    succeed, or its error output is shown."""
    done = subprocess.run(
        [sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="session")
def mini() -> Questionnaire:
    return load_questionnaire(MINI)


SLOW_CALLS = re.compile(
    r"\b(run_assess|run_python|subprocess\.\w+|Popen|render_pdf|write_pdf|imported|untuned)\("
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that starts a process or renders a PDF is ``slow`` (``make quick`` leaves it out):
    marked here by what its own code calls, so that no such test is forgotten."""
    for item in items:
        function = getattr(item, "function", None)
        if function is not None and SLOW_CALLS.search(inspect.getsource(function)):
            item.add_marker(pytest.mark.slow)
