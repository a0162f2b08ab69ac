"""Render the PDF in a worker process that gets WeasyPrint ready while the caller is still busy.

Importing WeasyPrint and loading the CJK fonts take about 0.5 s; started first, the worker does
that on the second core while this process loads, scores and plans, which makes `assess report`
that much faster on a 2-core machine. The worker then renders the two halves of the report at
once, on both cores (see `assess.report.pdf_parallel`). Where fork is not the platform's safe
default (not Linux), the PDF is rendered in this process instead. Meant for the command line: a
program that runs threads (the terminal app) should call `assess.report.pdf.write_pdf` directly,
since forking a threaded process is unsafe.
"""

from __future__ import annotations

import gc
import multiprocessing
import tempfile
from multiprocessing.pool import Pool
from pathlib import Path
from types import TracebackType

from assess import forking
from assess.report.pdf import warm_up, write_pdf
from assess.report.pdf_parallel import Parts, render_parts
from assess.report.pdf_split import split_document


class PdfWorker:
    """Use as a context manager; `write_pdf` renders one document, then the worker ends."""

    def __init__(self) -> None:
        self._pool: Pool | None = None
        if forking.can_fork():
            context = multiprocessing.get_context("fork")
            self._pool = context.Pool(1, initializer=_get_ready)

    def write_pdf(self, html: str, out: Path, logo: Path | None = None) -> int:
        if self._pool is None:
            return write_pdf(html, out, logo)
        halves = split_document(html)
        if halves is None:
            whole: int = self._pool.apply(write_pdf, (html, out, logo))
            return whole
        with tempfile.TemporaryDirectory(prefix="assess-pdf-") as folder:
            parts = Parts(Path(folder))
            rendering = self._pool.apply_async(render_parts, (html, halves, parts, logo))
            from assess.report.pdf_merge import merge_pdfs  # imported while the worker renders

            pages: int = rendering.get()
            merge_pdfs(parts, out)
        return pages

    def __enter__(self) -> PdfWorker:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()


def _get_ready() -> None:
    """In the worker: warm up, then switch the garbage collector off.

    The worker (and the copy it forks, which inherits the setting) renders one report and ends,
    so collecting cycles would only cost time: 5–30% of the rendering, most of it traversing
    WeasyPrint's warm state, which in the forked copy also unshares every page it touches.
    """
    warm_up()
    gc.disable()
