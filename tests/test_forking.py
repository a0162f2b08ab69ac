"""The forked producer: items in order, errors carried over, the child always reaped."""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import partial

import pytest

from assess import forking
from assess.errors import AssessError, BadInput, Problem
from assess.forking import items_from_child

PROBLEM = Problem("survey.csv", "row 7, column name", "the name is empty", "give a name")


def numbers(count: int) -> Iterator[int]:
    yield from range(count)


def two_then_bad_input() -> Iterator[int]:
    yield 1
    yield 2
    raise BadInput([PROBLEM])


def pids() -> Iterator[int]:
    while True:
        yield os.getpid()


def dies() -> Iterator[int]:
    yield 1
    os._exit(3)


def test_items_arrive_in_order_from_another_process() -> None:
    with items_from_child(partial(numbers, 5000)) as items:
        assert list(items) == list(range(5000))
    with items_from_child(pids) as items:
        assert next(items) != os.getpid()


def test_the_producers_error_is_raised_here_after_its_items() -> None:
    got = []
    with pytest.raises(BadInput) as caught, items_from_child(two_then_bad_input) as items:
        got.extend(items)
    assert got == [1, 2]
    assert caught.value.problems == [PROBLEM]


def test_leaving_early_stops_the_child() -> None:
    with items_from_child(pids) as items:
        child = next(items)
    with pytest.raises(ProcessLookupError):
        os.kill(child, 0)


def test_a_child_that_dies_is_reported_not_hung_on() -> None:
    with pytest.raises(AssessError, match="stopped unexpectedly"), items_from_child(dies) as items:
        assert next(items) == 1
        next(items)


def test_without_fork_the_producer_runs_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forking, "can_fork", lambda: False)
    with items_from_child(pids) as items:
        assert next(items) == os.getpid()
    with pytest.raises(BadInput), items_from_child(two_then_bad_input) as items:
        assert list(items) == [1, 2]


class Unpicklable(Exception):
    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("cannot pickle this")


def raises_unpicklable() -> Iterator[int]:
    yield 1
    raise Unpicklable("the disk is full")


def test_an_error_that_cannot_cross_arrives_as_its_message() -> None:
    with (
        pytest.raises(AssessError, match="Unpicklable: the disk is full"),
        items_from_child(raises_unpicklable) as items,
    ):
        list(items)
