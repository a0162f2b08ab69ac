"""Render the report PDF on two cores: its two halves at once, in two processes.

`render_parts` runs inside the `PdfWorker` process (single-threaded, so forking it is safe):
once WeasyPrint and the fonts are loaded there, a forked copy renders the second half while the
worker renders the first; the copy shares the loaded fonts instead of loading them again. Then
the worker renders the page numbers, and the caller merges the three files (`pdf_merge`).
"""

from __future__ import annotations

import os
import traceback
from dataclasses import dataclass
from pathlib import Path

from assess.report.pdf import write_pdf
from assess.report.pdf_split import Halves, numbers_html


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
    """Write the two halves of `html` and its page numbers; return the number of pages."""
    child, count = _fork_render(halves.second, parts.second, logo)
    pages = write_pdf(halves.first, parts.first, logo) + _child_pages(child, count)
    write_pdf(numbers_html(html, pages), parts.numbers)
    return pages


def _fork_render(html: str, out: Path, logo: Path | None) -> tuple[int, int]:
    """Start rendering in a forked process; return its pid and a pipe that gets its page count."""
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the forked process, which never returns
        code = 1
        try:
            os.close(read)
            os.write(write, str(write_pdf(html, out, logo)).encode("ascii"))
            code = 0
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(code)
    os.close(write)
    return child, read


def _child_pages(child: int, pipe: int) -> int:
    with os.fdopen(pipe, "rb") as answer:
        pages = answer.read()
    if os.waitstatus_to_exitcode(os.waitpid(child, 0)[1]) != 0 or not pages:
        raise RuntimeError("rendering the second half of the report failed")
    return int(pages)
