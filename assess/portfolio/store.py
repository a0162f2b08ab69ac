"""The portfolio's database: one SQLite file by default, or a shared PostgreSQL server for a
team, through the same SQLAlchemy Core code.

The schema is versioned (``portfolio_meta.schema_version``); ``MIGRATIONS`` bring an older
database up to date, and a database of a newer schema is refused rather than written. Each add
is one transaction that replaces the engagement's earlier summary (same key), so twenty
consultants adding at once lose nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Row, make_url
from sqlalchemy.exc import SQLAlchemyError

from assess.errors import BadInput
from assess.portfolio import tables as t
from assess.portfolio.summary import DimensionSummary, EngagementSummary

SCHEMA_VERSION = 1
URL_ENV = "ASSESS_PORTFOLIO"
FIX_URL = (
    "check the address, user and password (postgresql://user:password@host:5432/database), "
    "that the server is running and reachable, or leave out --portfolio to use the local file"
)


def default_url() -> str:
    from assess.paths import data_dir

    return f"sqlite:///{data_dir() / 'portfolio.sqlite'}"


def shown(url: str) -> str:
    """The address without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url


class Portfolio:
    """An open portfolio database."""

    def __init__(self, url: str) -> None:
        self.url = url
        if url.startswith("postgresql://"):  # psycopg 3 is the driver assess ships
            url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
        try:
            args = {"timeout": 30} if url.startswith("sqlite") else {"connect_timeout": 10}
            self.engine = sa.create_engine(url, connect_args=args)
        except Exception as exc:
            raise BadInput.one(shown(url), f"not a database address ({exc})", fix=FIX_URL) from None
        if url.startswith("sqlite"):
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A transaction; connection and login problems become one clear message."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except BadInput:
            raise
        except SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
            raise BadInput.one(shown(self.url), f"the portfolio cannot be used: {reason}",
                               fix=FIX_URL) from None  # fmt: skip

    def init(self) -> int:
        """Create the tables (or bring an older schema up to date); the schema version."""
        with self.connection() as conn:
            version = self._version(conn)
            for number in range(version + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[number](conn)
                self._set_version(conn, number)
        return SCHEMA_VERSION

    def add(self, summary: EngagementSummary) -> None:
        with self.connection() as conn:
            self._ready(conn)
            conn.execute(t.engagement.delete().where(t.engagement.c.key == summary.key))
            conn.execute(t.engagement.insert(), [_engagement_row(summary)])
            conn.execute(t.dimension_score.insert(), [
                {"key": summary.key, "dimension": d.dimension, "score": d.score, "spread": d.spread}
                for d in summary.dimensions
            ])  # fmt: skip
            if summary.questions:
                conn.execute(t.question_score.insert(), [
                    {"key": summary.key, "question": q, "score": s}
                    for q, s in summary.questions.items()
                ])  # fmt: skip

    def remove(self, key: str) -> bool:
        with self.connection() as conn:
            self._ready(conn)
            for table in (t.question_score, t.dimension_score):
                conn.execute(table.delete().where(table.c.key == key))
            done = conn.execute(t.engagement.delete().where(t.engagement.c.key == key))
            return bool(done.rowcount)

    def engagements(
        self,
        questionnaire: str | None = None,
        major: int | None = None,
        industry: str | None = None,
        size_band: str | None = None,
        profile: str | None = None,
    ) -> list[EngagementSummary]:
        """The summaries that match every filter given (questions' scores left out)."""
        e = t.engagement.c
        where = [
            column == value
            for column, value in (
                (e.questionnaire, questionnaire), (e.major, major), (e.industry, industry),
                (e.size_band, size_band), (e.profile, profile),
            )
            if value is not None
        ]  # fmt: skip
        with self.connection() as conn:
            self._ready(conn)
            rows = conn.execute(sa.select(t.engagement).where(*where).order_by(e.added_on)).all()
            keys = [row.key for row in rows]
            scores: dict[str, list[DimensionSummary]] = {k: [] for k in keys}
            joined = t.dimension_score.join(t.engagement)  # the same filters, in one query
            query = sa.select(t.dimension_score).select_from(joined).where(*where)
            for row in conn.execute(query).all():
                scores[row.key].append(  # read back as written: not validated again
                    DimensionSummary.model_construct(
                        dimension=row.dimension, score=row.score, spread=row.spread
                    )
                )
        return [_summary(row, scores[row.key]) for row in rows]

    # -- the schema ----------------------------------------------------------------------------

    def _version(self, conn: Connection) -> int:
        if not sa.inspect(conn).has_table(t.meta.name):
            return 0
        query = sa.select(t.meta.c.value).where(t.meta.c.name == "schema_version")
        return int(conn.execute(query).scalar() or 0)

    def _set_version(self, conn: Connection, number: int) -> None:
        conn.execute(t.meta.delete().where(t.meta.c.name == "schema_version"))
        conn.execute(t.meta.insert(), [{"name": "schema_version", "value": str(number)}])

    def _ready(self, conn: Connection) -> None:
        version = self._version(conn)
        if version > SCHEMA_VERSION:
            raise BadInput.one(
                shown(self.url),
                f"this portfolio has schema version {version}, newer than this assess knows "
                f"({SCHEMA_VERSION})",
                fix="upgrade assess to use it; nothing was written",
            )
        if version < SCHEMA_VERSION:
            raise BadInput.one(
                shown(self.url),
                "this portfolio is not set up yet"
                if version == 0
                else "this portfolio's schema is older",
                fix="run `assess portfolio init` with the same address first",
            )


def _create_v1(conn: Connection) -> None:
    t.metadata.create_all(conn)


MIGRATIONS: dict[int, Callable[[Connection], None]] = {1: _create_v1}


def _sqlite_pragmas(connection: Any, _record: object) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _engagement_row(s: EngagementSummary) -> dict[str, object]:
    return {
        "key": s.key, "questionnaire": s.questionnaire, "version": s.version, "major": s.major,
        "industry": s.industry, "size_band": s.size_band, "profile": s.profile,
        "added_on": s.added_on, "respondents": s.respondents, "organization": s.organization,
        "overall": s.overall,
    }  # fmt: skip


def _summary(row: Row[Any], dimensions: Sequence[DimensionSummary]) -> EngagementSummary:
    """A summary as it was stored (validated when it was added)."""
    return EngagementSummary.model_construct(
        key=row.key, questionnaire=row.questionnaire, version=row.version, major=row.major,
        industry=row.industry, size_band=row.size_band, profile=row.profile,
        added_on=row.added_on, respondents=row.respondents, organization=row.organization,
        overall=row.overall, dimensions=list(dimensions), questions={},
    )  # fmt: skip


def local_path(url: str) -> Path | None:
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None
