"""A new workspace from a questionnaire file (and the roadmap catalogue it names)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from assess.loading.questionnaire_loader import load_questionnaire, roadmap_path
from assess.loading.yaml_source import read_text
from assess.models import Engagement
from assess.storage.workspace import Workspace


def create_workspace(
    path: Path,
    questionnaire: Path,
    engagement: Engagement,
    fill: Callable[[Workspace], object] | None = None,
) -> Workspace:
    """Create the workspace at ``path``, ``fill`` it before it appears, and return it open.

    A roadmap catalogue the questionnaire names must exist: it is read now, so that the
    workspace holds everything the report needs.
    """
    q = load_questionnaire(questionnaire)
    kb_path = roadmap_path(q, questionnaire)
    return Workspace.create(
        path,
        questionnaire_yaml=read_text(questionnaire),
        roadmap_yaml=read_text(kb_path) if kb_path else None,
        engagement=engagement,
        questionnaire_source=str(questionnaire),
        roadmap_source=str(kb_path) if kb_path else None,
        fill=fill,
    )
