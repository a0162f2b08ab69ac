"""The installed questionnaires, loaded once (slow: YAML and validation), for home and set-up."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from assess.errors import AssessError
from assess.loading.questionnaire_loader import installed_questionnaires, load_questionnaire
from assess.models import Questionnaire


@dataclass(frozen=True)
class Installed:
    """One installed questionnaire file: loaded, or the reason it could not be."""

    path: Path
    questionnaire: Questionnaire | None
    error: str = ""


@cache
def installed() -> tuple[Installed, ...]:
    return tuple(_load(path) for path in installed_questionnaires())


def _load(path: Path) -> Installed:
    try:
        return Installed(path, load_questionnaire(path))
    except AssessError as exc:
        return Installed(path, None, str(exc).splitlines()[0])
