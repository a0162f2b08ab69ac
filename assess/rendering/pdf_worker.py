"""Render the PDF in a worker process that gets WeasyPrint ready while the caller is still busy.

Importing WeasyPrint and loading the CJK fonts take about 0.5 s; started first, the worker does
that on the second core while this process loads, scores and plans. It then renders the one
document it is sent and hands back its bytes; the caller writes them (atomically, see writer).
The worker ends with its caller, even one killed with ``kill -9``. Where fork is not the
platform's safe default (not Linux), the PDF is rendered in this process instead. Meant for the
command line: a program that runs threads (the terminal app) renders with
`assess.rendering.pdf.render_pdf` directly, since forking a threaded process is unsafe.
"""

from __future__ import annotations

import gc
from pathlib import Path
from types import TracebackType

from assess import forking
from assess.rendering.pdf import RenderedPdf, render_pdf, warm_up


class PdfWorker:
    """Use as a context manager; `render_pdf` renders one document, then the worker ends."""

    def __init__(self) -> None:
        self._child = forking.Child(_get_ready) if forking.can_fork() else None

    def render_pdf(self, html: str, logo: Path | None = None) -> RenderedPdf:
        if self._child is None:
            return render_pdf(html, logo)
        rendered: RenderedPdf = self._child.call(render_pdf, html, logo)
        return rendered

    def __enter__(self) -> PdfWorker:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._child is not None:
            self._child.stop()


def _get_ready() -> None:
    """In the worker: warm up, then switch the garbage collector off.

    The worker renders one report and ends, so collecting cycles would only cost time: 5–30% of
    the rendering, most of it traversing WeasyPrint's warm state.
    """
    warm_up()
    gc.disable()
