"""What moves the needle: answers whose improvement raises a dimension's score most."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from assess.models import Answer, Questionnaire
from assess.planning.models import NeedleMover

NEEDLE_MOVERS_PER_DIMENSION = 3


def needle_movers(
    questionnaire: Questionnaire,
    answer_sets: Sequence[Mapping[str, Answer]],
    limit: int = NEEDLE_MOVERS_PER_DIMENSION,
) -> dict[str, list[NeedleMover]]:
    """Per dimension id: up to `limit` answers to raise, then up to `limit` open ones to answer."""
    raise NotImplementedError
