"""The report as JSON: the machine-readable twin of every other format (charts left out)."""

from __future__ import annotations

from assess.rendering.formats import Assets, Rendered
from assess.report.context import ReportContext


def render(context: ReportContext, assets: Assets) -> Rendered:
    return Rendered(context.model_dump_json(indent=2).encode("utf-8"))
