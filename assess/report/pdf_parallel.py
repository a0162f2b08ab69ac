"""Render the report PDF on two cores: its two halves at once, in two processes.

`render_parts` runs inside the `PdfWorker` process (single-threaded, so forking it is safe):
once WeasyPrint and the fonts are loaded there, a forked copy renders the second half while the
worker renders the first; the copy shares the loaded fonts instead of loading them again. The
copy also renders the page numbers, and the caller merges the three files (`pdf_merge`).
"""

from __future__ import annotations

import os
import traceback
from dataclasses import dataclass
from pathlib import Path

from assess.report.page_numbers import write_numbers
from assess.report.pdf import lay_out, write_pdf
from assess.report.pdf_split import Halves


@dataclass(frozen=True)
class Parts:
    """Where the halves and the page numbers are written, in a temporary `folder`."""

    folder: Path

    @property
    def first(self) -> Path:
        return self.folder / "1.pdf"

    @property
    def second(self) -> Path:
        return self.folder / "2.pdf"

    @property
    def numbers(self) -> Path:
        return self.folder / "numbers.pdf"


def render_parts(html: str, halves: Halves, parts: Parts, logo: Path | None) -> int:
    """Write the two halves of `html` and its page numbers; return the number of pages.

    The copy writes the second half and then the page numbers, for which it needs the first
    half's page count: the worker sends it as soon as its half is laid out, before drawing it.
    """
    copy = _SecondHalf.start(html, halves.second, parts, logo)
    try:
        first = lay_out(halves.first, logo)
        os.write(copy.request, str(len(first.pages)).encode("ascii"))
    finally:
        os.close(copy.request)  # the copy reads to the end: the count, or nothing on failure
    first.write_pdf(parts.first)
    return len(first.pages) + copy.pages()


@dataclass(frozen=True)
class _SecondHalf:
    """The forked copy: its pid, a pipe to it (the first half's page count) and one from it."""

    pid: int
    request: int
    answer: int

    @classmethod
    def start(cls, html: str, second: str, parts: Parts, logo: Path | None) -> _SecondHalf:
        to_copy, request = os.pipe()
        answer, from_copy = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the forked process, which never returns
            os.close(request)
            os.close(answer)
            _render_second(html, second, parts, logo, to_copy, from_copy)
        os.close(to_copy)
        os.close(from_copy)
        return cls(pid, request, answer)

    def pages(self) -> int:
        with os.fdopen(self.answer, "rb") as answer:
            pages = answer.read()
        if os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1]) != 0 or not pages:
            raise RuntimeError("rendering the second half of the report failed")
        return int(pages)


def _render_second(
    html: str, second: str, parts: Parts, logo: Path | None, request: int, answer: int
) -> None:  # pragma: no cover - runs in the forked process
    """Write the second half, then (once the first half's count arrives) the page numbers."""
    code = 1
    try:
        pages = write_pdf(second, parts.second, logo)
        with os.fdopen(request, "rb") as counts:
            first = int(counts.read())
        write_numbers(html, first + pages, parts.numbers)
        os.write(answer, str(pages).encode("ascii"))
        code = 0
    except BaseException:
        traceback.print_exc()
    finally:
        os._exit(code)
