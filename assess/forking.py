"""Work in a forked child process, on the second core, that never outlives this process.

``items_from_child`` runs a producer in a child and hands its items over one by one (the CSV
import reads and checks rows there while this process writes them). ``Child`` is a child that
gets ready at once and then runs the calls it is sent (the PDF worker). A child dies with its
parent, even a parent killed with ``kill -9``: on Linux the kernel sends it SIGKILL
(``PR_SET_PDEATHSIG``), and it holds no end of its pipes but its own, so it is never left
blocked on a pipe nobody reads.

Only on Linux, where fork is the platform's safe default; elsewhere the work runs in this
process. Never fork from a program that runs threads (the terminal app): it is unsafe.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from assess.errors import AssessError

T = TypeVar("T")
_ITEM, _ERROR, _END = "item", "error", "end"
_PR_SET_PDEATHSIG = 1


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
    child = context.Process(
        target=_feed, args=(produce, sending, receiving, os.getpid()), daemon=True
    )
    _start(child)
    sending.close()
    try:
        yield _receive(receiving)
    finally:
        receiving.close()
        _stop(child)


class Child:
    """A forked child that runs ``prepare()`` at once, then each call sent with ``call``."""

    def __init__(self, prepare: Callable[[], object]) -> None:
        context = multiprocessing.get_context("fork")
        self._conn, theirs = context.Pipe()
        self._process = context.Process(
            target=_serve, args=(prepare, theirs, self._conn, os.getpid()), daemon=True
        )
        _start(self._process)
        theirs.close()

    def call(self, function: Callable[..., T], *args: object) -> T:
        """``function(*args)`` run in the child; its exception is raised here."""
        self._conn.send((function, args))
        kind, payload = _received(self._conn)
        if kind == _ERROR:
            raise payload
        result: T = payload
        return result

    def stop(self) -> None:
        self._conn.close()
        _stop(self._process)


def die_with_parent(parent: int) -> None:
    """In a forked child: be killed when the parent process ends, however it ends."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the closed pipes still end the child
        pass
    if os.getppid() != parent:  # the parent ended before the signal was asked for
        os._exit(1)


def _start(process: Any) -> None:
    gc.freeze()  # the child's collections skip everything it inherits; thawed again here
    process.start()
    gc.unfreeze()


def _stop(process: Any) -> None:
    if process.is_alive():
        process.kill()
    process.join()


def _feed(
    produce: Callable[[], Iterable[object]], sending: Connection, theirs: Connection, parent: int
) -> None:
    """The child: send every item, then the end or the exception that stopped the producer."""
    theirs.close()
    die_with_parent(parent)
    try:
        for item in produce():
            sending.send((_ITEM, item))
    except Exception as exc:  # sent to the parent, which raises it
        _send_error(sending, exc)
    else:
        sending.send((_END, None))
    finally:
        sending.close()


def _serve(
    prepare: Callable[[], object], conn: Connection, theirs: Connection, parent: int
) -> None:
    """The child of ``Child``: prepare, then answer each call until the parent closes the pipe."""
    theirs.close()
    die_with_parent(parent)
    failed: Exception | None = None
    try:
        prepare()
    except Exception as exc:  # raised again for every call
        failed = exc
    while True:
        try:
            function, args = conn.recv()
        except EOFError:
            return
        if failed is not None:
            _send_error(conn, failed)
            continue
        try:
            conn.send((_ITEM, function(*args)))
        except Exception as exc:
            _send_error(conn, exc)


def _send_error(conn: Connection, exc: Exception) -> None:
    try:
        conn.send((_ERROR, exc))
    except Exception:  # an exception that cannot be pickled: its message, then
        conn.send((_ERROR, AssessError(f"{type(exc).__name__}: {exc}")))


def _received(conn: Connection) -> tuple[str, Any]:
    try:
        found: tuple[str, Any] = conn.recv()
    except EOFError:
        raise AssessError("the worker process stopped unexpectedly") from None
    return found


def _receive(receiving: Connection) -> Iterator[T]:
    while True:
        kind, payload = _received(receiving)
        if kind == _ERROR:
            raise payload
        if kind == _END:
            return
        yield payload
