"""How the workshop figures are computed, in both languages, for the report's method appendix."""

from __future__ import annotations

from assess.i18n import both
from assess.models.text import Text


def method_text(min_group_size: int) -> Text:
    """The method description (catalog: report.ws_method) with the minimum group size."""
    zh, en = both("report.ws_method", min=min_group_size)
    return Text(zh=zh, en=en)
