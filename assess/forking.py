"""Run a producer in a forked process and consume what it yields here, on the second core.

Used where one job is two halves that can overlap: the CSV import parses and checks rows in a
child while this process writes the rows already checked. Only on Linux, where fork is the
platform's safe default; elsewhere the producer simply runs in this process. Never call it from
a program that runs threads (the terminal app): forking a threaded process is unsafe.
"""

from __future__ import annotations

import gc
import multiprocessing
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import TypeVar

from assess.errors import AssessError

T = TypeVar("T")
_ITEM, _ERROR, _END = "item", "error", "end"


def can_fork() -> bool:
    return sys.platform == "linux"


@contextmanager
def items_from_child(produce: Callable[[], Iterable[T]]) -> Iterator[Iterator[T]]:
    """The items of ``produce()``, made in a forked child and received one by one.

    An exception raised by the producer is raised again here, in order, after the items before
    it. Leaving the block early stops the child.
    """
    if not can_fork():
        yield iter(produce())
        return
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=_feed, args=(produce, sending), daemon=True)
    gc.freeze()  # the child's collections skip everything it inherits; thawed again here
    child.start()
    gc.unfreeze()
    sending.close()
    try:
        yield _receive(receiving)
    finally:
        receiving.close()
        if child.is_alive():
            child.terminate()
        child.join()


def _feed(produce: Callable[[], Iterable[object]], sending: Connection) -> None:
    """The child: send every item, then the end or the exception that stopped the producer."""
    try:
        for item in produce():
            sending.send((_ITEM, item))
    except Exception as exc:  # sent to the parent, which raises it
        try:
            sending.send((_ERROR, exc))
        except Exception:  # an exception that cannot be pickled: its message, then
            sending.send((_ERROR, AssessError(f"{type(exc).__name__}: {exc}")))
    else:
        sending.send((_END, None))
    finally:
        sending.close()


def _receive(receiving: Connection) -> Iterator[T]:
    while True:
        try:
            kind, payload = receiving.recv()
        except EOFError:
            raise AssessError("the worker process stopped unexpectedly") from None
        if kind == _ERROR:
            raise payload
        if kind == _END:
            return
        yield payload
