"""Whether a change between two groups of respondents is larger than their spread.

Method: the change is the difference of the two groups' mean scores. Its 95 % interval is a
percentile bootstrap: each group's respondents are resampled with replacement, independently,
``ROUNDS`` times, and the 2.5th and 97.5th percentiles of the resampled differences are taken.
A change whose interval excludes 0 is significant. Limits: with fewer than ``MIN_RESPONDENTS``
on either side the spread cannot be estimated and no verdict is given; the two groups are
treated as independent samples (people may differ between T0 and T1), and a bootstrap on a
handful of respondents is coarse: the interval is stated with n, never hidden.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import fmean

ROUNDS = 2000
MIN_RESPONDENTS = 3
SEED = 20261206  # fixed: the same data always gives the same interval


@dataclass(frozen=True)
class Interval:
    low: float
    high: float

    @property
    def significant(self) -> bool:
        return self.low > 0 or self.high < 0


def change_interval(before: Sequence[float], after: Sequence[float]) -> Interval | None:
    """The 95 % bootstrap interval of mean(after) − mean(before); None below the minimum n."""
    if len(before) < MIN_RESPONDENTS or len(after) < MIN_RESPONDENTS:
        return None
    rng = random.Random(SEED)
    differences = sorted(
        fmean(rng.choices(after, k=len(after))) - fmean(rng.choices(before, k=len(before)))
        for _ in range(ROUNDS)
    )
    return Interval(differences[int(0.025 * ROUNDS)], differences[int(0.975 * ROUNDS) - 1])
