"""The one module that knows where the packaged data (questionnaires, report templates) lives,
and where the user's data and cache folders are (``ASSESS_HOME`` overrides both; tests point it
at a temporary folder).

In an installed wheel the data sits inside the package (``assess/questionnaires``,
``assess/reports``); in a source checkout it sits at the repository's top level.
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    installed = _PACKAGE_DIR / name
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / name


def questionnaires_dir() -> Path:
    """Folder holding the built-in questionnaire YAML files."""
    return _data_dir("questionnaires")


def reports_dir() -> Path:
    """Folder holding the report templates, print CSS and static assets."""
    return _data_dir("reports")


def data_dir() -> Path:
    """The user's data folder for assess: ``ASSESS_HOME`` when that is set."""
    override = os.environ.get("ASSESS_HOME")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("assess", appauthor=False)


def user_questionnaires_dir() -> Path:
    """Where a consultant keeps questionnaires of their own: the app and `assess questionnaire
    list` offer them beside the built-in ones."""
    return data_dir() / "questionnaires"


def cache_dir() -> Path:
    """The user's cache folder for assess (``cache`` in ``ASSESS_HOME`` when that is set)."""
    if os.environ.get("ASSESS_HOME"):
        return data_dir() / "cache"
    from platformdirs import user_cache_path

    return user_cache_path("assess", appauthor=False)
