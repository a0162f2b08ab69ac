"""The private portfolio on SQLite and on a real PostgreSQL server: anonymised summaries in,
peers out, with percentiles only from five peers; bad addresses and newer schemas refused."""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from assess.errors import BadInput
from assess.portfolio.benchmark import rank, standing
from assess.portfolio.store import Portfolio
from assess.portfolio.summary import DimensionSummary, EngagementSummary, size_band
from tests.conftest import run_assess
from tests.postgres_support import postgres_server
from tests.report_support import demo_workspace

DIMENSIONS = ("user", "data", "iteration", "platform", "community")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with postgres_server() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'portfolio.sqlite'}"
        return
    base: str = request.getfixturevalue("server")
    engine = sa.create_engine(base.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as conn:  # every test starts from an empty database
        conn.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    yield base


def summary(n: int, industry: str = "装备制造", score: float = 40.0) -> EngagementSummary:
    return EngagementSummary(
        key=f"k{n:04d}", questionnaire="internet-thinking", version="2.0.0", major=2,
        industry=industry, size_band="1000–4999", profile="industrial", added_on=date(2026, 12, 1),
        respondents=9, organization=None, overall=score,
        dimensions=[DimensionSummary(dimension=d, score=score + i, spread=5.0) for i, d in enumerate(DIMENSIONS)],
        questions={"user.lifecycle": score},
    )  # fmt: skip


def test_summaries_go_in_and_come_out(url: str) -> None:
    portfolio = Portfolio(url)
    assert portfolio.init() == 1
    for n in range(6):
        portfolio.add(summary(n, score=20.0 + 10 * n))
    portfolio.add(summary(3, score=99.0))  # the same engagement again: replaced, not doubled
    found = portfolio.engagements("internet-thinking", 2)
    assert sorted(s.key for s in found) == [f"k{n:04d}" for n in range(6)]
    again = next(s for s in found if s.key == "k0003")
    scores = {d.dimension: d.score for d in again.dimensions}
    assert again.overall == 99.0 and scores == {d: 99.0 + i for i, d in enumerate(DIMENSIONS)}
    assert portfolio.engagements(industry="零售") == []
    assert portfolio.remove("k0005") and not portfolio.remove("k0005")
    assert len(portfolio.engagements()) == 5


def test_twenty_consultants_adding_at_once_lose_nothing(url: str) -> None:
    Portfolio(url).init()
    with ThreadPoolExecutor(20) as pool:
        list(pool.map(lambda n: Portfolio(url).add(summary(n)), range(20)))
    assert len(Portfolio(url).engagements()) == 20


def test_a_newer_schema_is_refused_and_nothing_is_written(url: str) -> None:
    portfolio = Portfolio(url)
    portfolio.init()
    with portfolio.engine.begin() as conn:
        conn.execute(sa.text("UPDATE portfolio_meta SET value = '2' WHERE name = 'schema_version'"))
    with pytest.raises(BadInput, match="newer than this assess knows"):
        portfolio.add(summary(1))
    with portfolio.engine.begin() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM engagement")).scalar() == 0


def test_a_portfolio_not_set_up_says_how(url: str) -> None:
    with pytest.raises(BadInput, match="portfolio init"):
        Portfolio(url).add(summary(1))


def test_percentiles_need_five_peers() -> None:
    own = summary(99, score=50.0)
    four = [summary(n, score=30.0 + 10 * n) for n in range(4)]
    assert not standing(own, four).enough and standing(own, four).dimensions[0].percentile is None
    five = [*four, summary(4, score=70.0)]
    placed = standing(own, five)
    assert placed.enough and placed.peers == 5
    assert placed.dimensions[0].percentile == pytest.approx(rank(50.0, [30, 40, 50, 60, 70]))
    assert rank(50.0, [30, 40, 50, 60, 70]) == 50.0
    assert standing(own, [*five, own]).peers == 5  # itself is never its own peer


@pytest.mark.parametrize(
    ("size", "band"),
    [
        ("2,400 人 people", "1000–4999"),
        ("80", "<100"),
        ("12 000 employees", "5000+"),
        ("large", None),
    ],
)
def test_size_bands(size: str, band: str | None) -> None:
    assert size_band(size) == band


def test_the_command_line_keeps_no_names(url: str, tmp_path: Path) -> None:
    workspace = demo_workspace(tmp_path)
    assert run_assess("portfolio", "init", url).returncode == 0
    added = run_assess("portfolio", "add", workspace, "--portfolio", url)
    assert added.returncode == 0, added.stderr
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as conn:
        rows = [tuple(r) for table in ("engagement", "dimension_score", "question_score")
                for r in conn.execute(sa.text(f"SELECT * FROM {table}"))]  # fmt: skip
    engine.dispose()
    stored = json.dumps(rows, default=str, ensure_ascii=False)
    assert "青禾" not in stored and "王建国" not in stored  # no organization, no respondent
    assert "装备制造" in stored and "1000–4999" in stored
    bench = run_assess("benchmark", workspace, "--portfolio", url)
    assert bench.returncode == 0 and "fewer than 5 peers" in bench.stdout


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("postgresql://assess:s3cret-pw@127.0.0.1:1/portfolio", "cannot be used"),
        ("not-a-database://x", "not a database address"),
    ],
)
def test_a_bad_address_is_one_clear_message(address: str, said: str) -> None:
    done = run_assess("portfolio", "list", "--portfolio", address)
    assert done.returncode == 2 and said in done.stderr and "Traceback" not in done.stderr
    assert "s3cret-pw" not in done.stderr  # the password is never printed


def test_wrong_credentials_are_one_clear_message(server: str) -> None:
    wrong = server.replace("s3cret-pw", "wrong")
    done = run_assess("portfolio", "list", "--portfolio", wrong)
    assert done.returncode == 2 and "password authentication failed" in done.stderr
    assert "wrong" not in done.stderr.replace("password authentication failed", "")


def test_the_report_compares_with_the_peers_when_asked(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'portfolio.sqlite'}"
    portfolio = Portfolio(url)
    portfolio.init()
    for n in range(6):  # six other engagements, scores 10 … 60
        portfolio.add(summary(n, score=10.0 + 10 * n))
    workspace = demo_workspace(tmp_path)
    out = tmp_path / "r.json"
    done = run_assess("report", workspace, "--portfolio", url, "-o", out)
    assert done.returncode == 0, done.stderr
    peers = json.loads(out.read_text(encoding="utf-8"))["peers"]
    assert peers["title"] == "与 6 家同行相比"
    platform = next(r for r in peers["rows"] if r["name"] == "平台思维")
    # the demo's platform score 15.4 among peers' 13, 23, 33, 43, 53, 63: above one of six
    assert platform["percentile"] == "17"
    page = tmp_path / "r.html"
    assert run_assess("report", workspace, "--portfolio", url, "-o", page).returncode == 0
    assert "与 6 家同行相比" in page.read_text(encoding="utf-8")
