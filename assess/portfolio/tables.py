"""The portfolio's tables (schema version 1)."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

meta = sa.Table(
    "portfolio_meta",
    metadata,
    sa.Column("name", sa.String(40), primary_key=True),
    sa.Column("value", sa.String(200), nullable=False),
)
engagement = sa.Table(
    "engagement",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("questionnaire", sa.String(100), nullable=False, index=True),
    sa.Column("version", sa.String(40), nullable=False),
    sa.Column("major", sa.Integer, nullable=False),
    sa.Column("industry", sa.String(200), nullable=False),
    sa.Column("size_band", sa.String(20)),
    sa.Column("profile", sa.String(60)),
    sa.Column("added_on", sa.Date, nullable=False),
    sa.Column("respondents", sa.Integer, nullable=False),
    sa.Column("organization", sa.String(300)),
    sa.Column("overall", sa.Float),
)
dimension_score = sa.Table(
    "dimension_score",
    metadata,
    sa.Column(
        "key", sa.String(64), sa.ForeignKey("engagement.key", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("dimension", sa.String(100), primary_key=True),
    sa.Column("score", sa.Float),
    sa.Column("spread", sa.Float),
)
question_score = sa.Table(
    "question_score",
    metadata,
    sa.Column(
        "key", sa.String(64), sa.ForeignKey("engagement.key", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("question", sa.String(100), primary_key=True),
    sa.Column("score", sa.Float, nullable=False),
)
