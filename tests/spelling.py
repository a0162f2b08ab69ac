"""One English spelling throughout: American, as the product's own texts are written."""

from __future__ import annotations

import re

BRITISH = re.compile(
    r"\b(?:organis|behaviour|centre|programme|catalogue|analys(?:e|ed|ing)\b|favour|colour"
    r"|labour|optimis|prioritis|personalis|recognis|licence|modell|anonymis)",
    re.IGNORECASE,
)


def british_words(texts: list[str]) -> list[str]:
    return [m.group() for t in texts for m in BRITISH.finditer(t)]
