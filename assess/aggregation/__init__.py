"""Workshop aggregation: spread, agreement, role gaps, hotspots and consensus over many respondents.

Pure functions over plain columns (``AnswerMatrix``); no I/O, no textual. Formulas:

- Per question, over respondents who chose an option: n, mean, median, population std, IQR
  (type-7 quantiles) of the option values; the distribution over every option; N/A,
  "don't know" and unanswered counts.
- Agreement index: Tastle & Wierman's consensus, Cns = 1 + Σ pᵢ·log₂(1 − |xᵢ − μ| / d), with
  d the width of the scale (see ``stats.py``): in [0, 1], 1 when all agree, 0 when split
  half and half between the ends.
- Per dimension: the same figures over each respondent's own position on the dimension,
  100 × Σ wᵢ·fᵢ / Σ wᵢ over the questions they have a scored answer for (the engine's
  formula and N/A policy, for one respondent), and how many respondents reach each level.
- Role gap: highest minus lowest shown role mean, on a 0–100 scale.
- Hotspots: questions ranked by agreement (lowest first), ties by role gap.
- Per role and per group breakdowns hide small parts (``breakdown.py``: below the minimum
  size, default 3, and parts that would give a hidden one away by subtraction); hidden parts
  are listed with their reason.
- Scorecards: ``pooled_scorecard`` scores the raw answers pooled; ``scorecard`` replaces each
  decided question's input with its consensus (``scoring.consensus``). Both use the engine.
"""

from assess.aggregation.matrix import AnswerMatrix, matrix_from_plain, matrix_from_respondents
from assess.aggregation.models import (
    DimensionSpread,
    GroupCell,
    GroupInfo,
    Hotspot,
    QuestionSpread,
    Stats,
    WorkshopSummary,
)
from assess.aggregation.stats import distribution_stats
from assess.aggregation.summary import (
    DEFAULT_MIN_GROUP_SIZE,
    summarize_respondents,
    summarize_workshop,
)

__all__ = [
    "DEFAULT_MIN_GROUP_SIZE",
    "AnswerMatrix",
    "DimensionSpread",
    "GroupCell",
    "GroupInfo",
    "Hotspot",
    "QuestionSpread",
    "Stats",
    "WorkshopSummary",
    "distribution_stats",
    "matrix_from_plain",
    "matrix_from_respondents",
    "summarize_respondents",
    "summarize_workshop",
]
