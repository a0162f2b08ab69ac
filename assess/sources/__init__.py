"""SOURCE arguments: a response file (JSON), a workspace or a survey export, each read by its own
reader into one Assessment. A reader is one module here and one line in ``READERS``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from assess.errors import BadInput
from assess.files.inputs import check_input
from assess.models.assessment import Assessment
from assess.sources import response_file, survey, workspace

Reader = tuple[Callable[[Path], bool], Callable[[Path, Path | None], Assessment]]

READERS: tuple[Reader, ...] = (
    (response_file.recognises, response_file.read),
    (survey.recognises, survey.read),
    (workspace.recognises, workspace.read),
)


def load_source(path: Path, questionnaire_path: Path | None = None) -> Assessment:
    """The assessment in ``path``; ``questionnaire_path`` names the questionnaire of a response
    file or survey export when it is not the one found by its id (or the built-in one)."""
    check_input(path, what="a response file, a workspace or a survey export")
    for recognises, read in READERS:
        if recognises(path):
            return read(path, questionnaire_path)
    raise BadInput.one(
        path,
        "not a response file (.json), a workspace (.assess SQLite file) or a survey export "
        "(.csv, .tsv)",
        fix="pass a response file, a workspace or a survey-tool export",
    )
