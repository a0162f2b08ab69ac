"""How a respondent is named in what leaves the room: R1, R2 … in joining order, with a role."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from assess.models.plain import PlainRespondent
from assess.models.response import Respondent

Named = TypeVar("Named", Respondent, PlainRespondent)


def pseudonym(number: int) -> str:
    """The pseudonym of the respondent who joined ``number``-th (from 1)."""
    return f"R{number}"


def pseudonymised(people: Sequence[Named]) -> list[Named]:
    """``people`` in the same order, each named and identified by pseudonym alone."""
    return [
        person.model_copy(update={"id": pseudonym(n), "name": pseudonym(n)})
        if isinstance(person, Respondent)
        else replace(person, id=None, name=pseudonym(n))
        for n, person in enumerate(people, start=1)
    ]
