"""The portfolio (issue #21) with 10,000 engagements, on SQLite and on a throwaway PostgreSQL:
`portfolio add` ≤ 0.1 s and placing an engagement among its peers ≤ 1 s, each measured here."""

from __future__ import annotations

import random
import tempfile
import time
from datetime import date
from pathlib import Path

from assess.portfolio.benchmark import standing
from assess.portfolio.store import Portfolio
from assess.portfolio.summary import DimensionSummary, EngagementSummary
from bench.timing import verdict
from tests.postgres_support import postgres_server

ENGAGEMENTS = 10_000
DIMENSIONS = ("user", "data", "iteration", "platform", "community")
INDUSTRIES = ("装备制造", "零售", "金融", "能源", "专业服务")
ADD_BUDGET_S, BENCHMARK_BUDGET_S = 0.1, 1.0


def run() -> list[str]:
    lines = []
    with tempfile.TemporaryDirectory() as folder:
        lines += measured("sqlite", f"sqlite:///{Path(folder) / 'portfolio.sqlite'}")
    with postgres_server() as url:
        lines += measured("postgresql", url)
    return lines


def measured(name: str, url: str) -> list[str]:
    portfolio = Portfolio(url)
    portfolio.init()
    rng = random.Random(7)
    with portfolio.connection() as conn:  # filled in bulk: the bench times single adds below
        from assess.portfolio import tables as t

        rows = [summary(n, rng) for n in range(ENGAGEMENTS)]
        conn.execute(t.engagement.insert(), [engagement_row(s) for s in rows])
        conn.execute(t.dimension_score.insert(), [
            {"key": s.key, "dimension": d.dimension, "score": d.score, "spread": d.spread}
            for s in rows for d in s.dimensions
        ])  # fmt: skip
    own = summary(ENGAGEMENTS, rng)
    start = time.perf_counter()
    portfolio.add(own)
    added = time.perf_counter() - start
    start = time.perf_counter()
    placed = standing(own, portfolio.engagements(own.questionnaire, own.major))
    benchmarked = time.perf_counter() - start
    assert placed.enough and placed.peers == ENGAGEMENTS
    return [
        verdict(f"portfolio add on {name} ({ENGAGEMENTS:,} engagements)", added, ADD_BUDGET_S),
        verdict(f"benchmark on {name} ({ENGAGEMENTS:,} peers)", benchmarked, BENCHMARK_BUDGET_S),
    ]


def summary(n: int, rng: random.Random) -> EngagementSummary:
    return EngagementSummary(
        key=f"e{n:06d}", questionnaire="internet-thinking", version="2.0.0", major=2,
        industry=rng.choice(INDUSTRIES), size_band="1000–4999", profile=None,
        added_on=date(2026, 1 + n % 12, 1), respondents=rng.randint(1, 30), organization=None,
        overall=rng.uniform(0, 100),
        dimensions=[
            DimensionSummary(dimension=d, score=rng.uniform(0, 100), spread=rng.uniform(0, 20))
            for d in DIMENSIONS
        ],
        questions={},
    )  # fmt: skip


def engagement_row(s: EngagementSummary) -> dict[str, object]:
    return s.model_dump(exclude={"dimensions", "questions"})
