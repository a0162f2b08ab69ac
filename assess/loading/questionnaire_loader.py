"""Load and validate questionnaires and their roadmap knowledge bases from YAML."""

from __future__ import annotations

import re
from pathlib import Path

from assess.errors import BadInput, Problem
from assess.files.inputs import QUESTIONNAIRE_LIMIT, decode_text, read_input
from assess.loading.adaptation_checks import check_adaptations
from assess.loading.grouped import grouped
from assess.loading.language_checks import missing_languages
from assess.loading.model_errors import validate_document
from assess.loading.questionnaire_checks import Finding, check_questionnaire
from assess.loading.roadmap_checks import check_roadmap
from assess.loading.yaml_source import YamlDocument, format_loc, load_yaml, parse_yaml
from assess.models import KnowledgeBase, Questionnaire
from assess.paths import questionnaires_dir, user_questionnaires_dir

ROADMAP_SUFFIX = ".roadmap.yaml"
DEFAULT_QUESTIONNAIRE = "internet-thinking"  # the built-in one, for survey exports and the demo


def load_questionnaire(path: Path) -> Questionnaire:
    """Load a questionnaire file; BadInput lists every problem with its line."""
    return _questionnaire_from(load_yaml(path), str(path))


def parse_questionnaire(text: str, source: str) -> Questionnaire:
    """Parse questionnaire YAML held in memory (e.g. a workspace snapshot)."""
    return _questionnaire_from(parse_yaml(text, source), source)


def load_roadmap(path: Path, questionnaire: Questionnaire) -> KnowledgeBase:
    return _roadmap_from(load_yaml(path), str(path), questionnaire)


def parse_roadmap(text: str, source: str, questionnaire: Questionnaire) -> KnowledgeBase:
    return _roadmap_from(parse_yaml(text, source), source, questionnaire)


def roadmap_path(questionnaire: Questionnaire, questionnaire_path: Path) -> Path | None:
    """The knowledge base file a questionnaire names, resolved next to it."""
    if questionnaire.roadmap is None:
        return None
    return questionnaire_path.parent / questionnaire.roadmap


def installed_questionnaires() -> list[Path]:
    """Questionnaire files shipped with the package, then the user's own (in the user folder's
    ``questionnaires``), roadmap catalogues left out."""
    return [
        *_questionnaire_files(questionnaires_dir()),
        *_questionnaire_files(user_questionnaires_dir()),
    ]


def find_questionnaire_by_id(questionnaire_id: str, near: Path, *, fix: str) -> Path:
    """The questionnaire with this id: a file in the folder `near` first, then an installed one.

    Files are told apart by their top-level `id:` line, without parsing them: another YAML file
    in the folder (notes, a broken draft) is never read as a questionnaire. Two files in one
    place declaring the id are an error naming both.
    """
    for candidates in (_questionnaire_files(near), installed_questionnaires()):
        found = [path for path in candidates if _declared_id(path) == questionnaire_id]
        if len(found) > 1:
            names = " and ".join(str(path) for path in found)
            raise BadInput.one(
                near,
                f"two questionnaire files declare id '{questionnaire_id}': {names}",
                fix="move one of them elsewhere, or pass the one you mean with --questionnaire",
            )
        if found:
            return found[0]
    raise BadInput.one(
        near,
        f"no questionnaire with id '{questionnaire_id}' in this folder or installed",
        fix=fix,
    )


def _questionnaire_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.yaml") if not p.name.endswith(ROADMAP_SUFFIX))


_TOP_LEVEL = re.compile(r"^(id|kind):[ \t]*[\"']?([^\"'\s#]*)", re.MULTILINE)


def _declared_id(path: Path) -> str | None:
    """The `id:` a questionnaire file declares at its top level; None for any other file."""
    try:
        text = decode_text(read_input(path, limit=QUESTIONNAIRE_LIMIT, what="a YAML file"), "")
    except BadInput:
        return None
    keys = {match[1]: match[2] for match in _TOP_LEVEL.finditer(text)}
    if keys.get("kind", "questionnaire") != "questionnaire":
        return None
    return keys.get("id")


def find_questionnaire(name: str) -> Path:
    """A questionnaire by installed id or by path."""
    for path in installed_questionnaires():
        if path.stem == name:
            return path
    candidate = Path(name)
    if candidate.is_file():
        return candidate
    known = ", ".join(p.stem for p in installed_questionnaires()) or "none"
    raise BadInput.one(name, "no such questionnaire", fix=f"use a file path or one of: {known}")


def _questionnaire_from(document: YamlDocument, source: str) -> Questionnaire:
    _require_mapping(document, source)
    q = validate_document(Questionnaire, document, source)
    found = [*check_questionnaire(q), *missing_languages(q, q.languages), *check_adaptations(q)]
    _raise_findings(found, document, source)
    return q


def _roadmap_from(
    document: YamlDocument, source: str, questionnaire: Questionnaire
) -> KnowledgeBase:
    _require_mapping(document, source)
    kb = validate_document(KnowledgeBase, document, source)
    findings = [*check_roadmap(kb, questionnaire), *missing_languages(kb, questionnaire.languages)]
    _raise_findings(findings, document, source)
    return kb


def _require_mapping(document: YamlDocument, source: str) -> None:
    if not isinstance(document.data, dict):
        raise BadInput.one(
            source, "expected a mapping of keys at the top level", line=1, fix="see the README"
        )


def _raise_findings(findings: list[Finding], document: YamlDocument, source: str) -> None:
    if findings:
        raise BadInput(
            grouped(
                [
                    Problem(source, format_loc(f.loc), f.message, f.fix, document.line_of(f.loc))
                    for f in findings
                ]
            )
        )
