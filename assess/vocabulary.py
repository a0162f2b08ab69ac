"""Words the report, the app and the command line all print: one wording, kept in one place.

Each is a (zh, en) pair, as in the label tables that take them in.
"""

from __future__ import annotations

Pair = tuple[str, str]

CONFIDENCE_BANDS: dict[str, Pair] = {
    "high": ("高", "high"),
    "medium": ("中", "medium"),
    "low": ("低", "low"),
}
NOT_APPLICABLE: Pair = ("不适用", "N/A")
DONT_KNOW: Pair = ("不知道", "Don't know")
LIST_SEPARATOR: Pair = ("、", ", ")


def band_labels() -> dict[str, Pair]:
    """The confidence bands as label-table entries: ``band_high`` and so on."""
    return {f"band_{band}": words for band, words in CONFIDENCE_BANDS.items()}
