"""Descriptive statistics of a distribution given as counts: {value: how many respondents}.

Working from counts makes every figure cost O(distinct values), not O(respondents).

- mean μ = Σ c·x / n; std = √(Σ c·(x − μ)² / n) (population: the people in the room, not a
  sample of a larger one).
- Quantiles by linear interpolation between closest ranks (Hyndman & Fan type 7, numpy's
  default): for sorted values x₀ … xₙ₋₁, Q(p) = x_k + (h − k)(x_{k+1} − x_k) with h = (n − 1)p and
  k = ⌊h⌋. median = Q(0.5), IQR = Q(0.75) − Q(0.25).
- Agreement: Tastle & Wierman's consensus measure for ordinal data (2007),
  Cns = 1 + Σ pᵢ · log₂(1 − |xᵢ − μ| / d), with pᵢ the share of each value and d = high − low,
  the width of the scale. It is 1 when everyone gives the same answer and 0 when the group is
  split half and half between the two ends of the scale; unlike 1 − normalised std it takes the
  shape of the distribution into account. A one-point scale (d = 0) has agreement 1.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Mapping
from itertools import accumulate
from typing import TypeVar

from assess.aggregation.models import Stats

Number = TypeVar("Number", int, float)


def distribution_stats(counts: Mapping[Number, int], low: float, high: float) -> Stats | None:
    """Stats of the values in ``counts`` on the scale [low, high]; None when there are none."""
    pairs = sorted((float(x), c) for x, c in counts.items() if c > 0)
    n = sum(c for _, c in pairs)
    if n == 0:
        return None
    mean = sum(x * c for x, c in pairs) / n
    variance = sum(c * (x - mean) ** 2 for x, c in pairs) / n
    q1, median, q3 = (quantile(pairs, p) for p in (0.25, 0.5, 0.75))
    return Stats(
        n=n,
        mean=mean,
        median=median,
        std=math.sqrt(variance),
        q1=q1,
        q3=q3,
        iqr=max(0.0, q3 - q1),
        agreement=agreement(pairs, mean, high - low),
    )


def quantile(pairs: list[tuple[float, int]], p: float) -> float:
    """Type-7 quantile of sorted (value, count) pairs with at least one count."""
    cumulative = list(accumulate(c for _, c in pairs))
    h = (cumulative[-1] - 1) * p
    k = math.floor(h)
    below = pairs[bisect_right(cumulative, k)][0]
    if h == k:
        return below
    above = pairs[bisect_right(cumulative, k + 1)][0]
    return below + (h - k) * (above - below)


def agreement(pairs: list[tuple[float, int]], mean: float, width: float) -> float:
    """Tastle & Wierman's consensus of (value, count) pairs on a scale ``width`` wide."""
    if width <= 0:
        return 1.0
    n = sum(c for _, c in pairs)
    total = 0.0
    for x, c in pairs:
        inside = 1.0 - abs(x - mean) / width
        if inside <= 0.0:  # only reachable through rounding at the far end of the scale
            return 0.0
        total += c / n * math.log2(inside)
    return min(1.0, max(0.0, 1.0 + total))
