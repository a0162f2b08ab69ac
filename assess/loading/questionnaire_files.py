"""Operations on questionnaire files as the `questionnaire` command presents them."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel

from assess.errors import BadInput
from assess.loading.questionnaire_loader import (
    find_questionnaire_by_id,
    installed_questionnaires,
    load_questionnaire,
    load_roadmap,
    roadmap_path,
)
from assess.loading.yaml_source import load_yaml
from assess.models import KnowledgeBase, Questionnaire, ResponseFile
from assess.models.fitting import fitted
from assess.models.reading_time import minutes_to_answer
from assess.paths import questionnaires_dir, user_questionnaires_dir

SCHEMA_MODELS: dict[str, type[BaseModel]] = {
    "questionnaire": Questionnaire,
    "roadmap": KnowledgeBase,
    "response": ResponseFile,
}


def validate_file(path: Path) -> str:
    """Validate a questionnaire (with its roadmap) or a roadmap file; a one-line summary."""
    document = load_yaml(path)
    kind = document.data.get("kind") if isinstance(document.data, dict) else None
    if kind == "roadmap":
        return _validate_roadmap(path, document.data.get("questionnaire"))
    q = load_questionnaire(path)
    summary = f"questionnaire '{q.id}' v{q.version}: {len(q.dimensions)} dimensions, "
    summary += f"{len(q.questions)} questions"
    kb_path = roadmap_path(q, path)
    if kb_path is not None:
        if not kb_path.is_file():
            raise BadInput.one(
                path, f"roadmap file {kb_path} not found", place="roadmap", fix="fix the path"
            )
        summary += f", roadmap {len(load_roadmap(kb_path, q).initiatives)} initiatives"
    return summary


def _validate_roadmap(path: Path, questionnaire_id: object) -> str:
    qpath = find_questionnaire_by_id(
        str(questionnaire_id),
        near=path.parent,
        fix=f"put the questionnaire file beside the roadmap file, in {path.parent}",
    )
    kb = load_roadmap(path, load_questionnaire(qpath))
    return f"roadmap '{kb.id}' for '{kb.questionnaire}': {len(kb.initiatives)} initiatives"


def adaptations(q: Questionnaire) -> list[str]:
    """The profiles and forms a questionnaire declares, with each form's answering time."""
    lang = q.languages[0]
    lines = [f"    profile {p.id:<22} {p.name.get(lang)}" for p in q.profiles]
    if q.forms:
        forms = [("(all)", q), *((f.id, fitted(q, None, f.id)) for f in q.forms)]
        lines += [
            f"    form    {name:<22} {len(asked.questions)} questions, "
            f"about {minutes_to_answer(asked, lang)} min"
            for name, asked in forms
        ]
    return lines


def describe_installed() -> list[str]:
    lines = []
    for path in installed_questionnaires():
        try:
            q = load_questionnaire(path)
        except BadInput as exc:
            lines.append(f"{path.stem:<24} INVALID: {exc.problems[0].render()}")
            continue
        titles = " / ".join(q.title.get(lang) for lang in q.languages)
        where = "" if path.parent == questionnaires_dir() else f"  ({path})"
        lines.append(
            f"{q.id:<24} v{q.version:<8} {len(q.dimensions)} dimensions, "
            f"{len(q.questions):>3} questions  {titles}{where}"
        )
        lines += adaptations(q)
    lines.append(f"(your own questionnaires go in {user_questionnaires_dir()})")
    return lines
