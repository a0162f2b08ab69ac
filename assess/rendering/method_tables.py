"""The method appendix's tables, titled, in the order every Office format prints them."""

from __future__ import annotations

from collections.abc import Mapping

from assess.report.context import MethodPart, TableRow


def method_tables(m: MethodPart, labels: Mapping[str, str]) -> list[tuple[str, list[TableRow]]]:
    return [
        (labels["thresholds"], m.thresholds),
        (labels["policy"], m.policy),
        (labels["evidence_factors"], m.evidence),
        (labels["critical_questions"], m.critical),
        (labels["weights"], m.weights),
    ]
