"""Open a workspace for a command, or create it only once the command's input has been checked."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from assess.errors import BadInput
from assess.loading.questionnaire_loader import (
    DEFAULT_QUESTIONNAIRE,
    find_questionnaire,
    load_questionnaire,
)
from assess.models import Engagement, Questionnaire
from assess.models.fitting import answerable, fitted
from assess.models.text import Lang
from assess.storage import Workspace
from assess.storage.checks import engagement_findings, raise_findings
from assess.storage.new_workspace import create_workspace


@dataclass
class Opening:
    """An existing workspace, or the plan for a new one that ``fill`` carries out."""

    path: Path
    questionnaire: Questionnaire  # every question an answer may be stored for
    questionnaire_path: Path | None
    organization: str
    asked: list[str]  # the question ids in the order the engagement asks them
    opened: Workspace | None = field(default=None)
    language: Lang | None = None  # of a new workspace (default: the questionnaire's first)
    profile: str | None = None  # of a new workspace
    form: str | None = None  # of a new workspace

    def fill(self, action: Callable[[Workspace], object]) -> None:
        """``action`` on the workspace; a new workspace appears only once it has succeeded."""
        if self.opened is not None:
            action(self.opened)
        else:
            self.opened = self._create(action)

    def _create(self, fill: Callable[[Workspace], object]) -> Workspace:
        assert self.questionnaire_path is not None
        engagement = Engagement(
            organization=self.organization,
            language=self.language or self.questionnaire.languages[0],
            profile=self.profile,
            form=self.form,
        )
        return create_workspace(self.path, self.questionnaire_path, engagement, fill)


@dataclass(frozen=True)
class NewEngagement:
    """What a command's options say of a workspace it may create."""

    organization: str
    language: Lang | None = None
    profile: str | None = None
    form: str | None = None


@contextmanager
def open_or_create(path: Path, questionnaire: Path | None, new: NewEngagement) -> Iterator[Opening]:
    """The workspace at ``path``; when there is none, one is created on first use with
    ``questionnaire`` (default: the built-in one), so failing input leaves no new file.
    An existing workspace must have the profile and form asked for, if any."""
    if path.exists():
        with Workspace.open(path) as ws:
            _same_adaptation(path, ws.engagement.get(), new)
            asked = [q.id for q in ws.asked().questions]
            yield Opening(path, ws.answerable(), None, new.organization, asked, ws)
        return
    qpath = questionnaire or find_questionnaire(DEFAULT_QUESTIONNAIRE)
    q = load_questionnaire(qpath)
    engagement = Engagement(organization=new.organization, profile=new.profile, form=new.form)
    raise_findings(qpath, engagement_findings(q, engagement))
    opening = Opening(
        path,
        answerable(q),
        qpath,
        new.organization or "workshop",
        [x.id for x in fitted(q, new.profile, new.form).questions],
        language=new.language,
        profile=new.profile,
        form=new.form,
    )
    try:
        yield opening
    finally:
        if opening.opened is not None:
            opening.opened.close()


def _same_adaptation(path: Path, engagement: Engagement, new: NewEngagement) -> None:
    for what, asked, has in (
        ("profile", new.profile, engagement.profile),
        ("form", new.form, engagement.form),
    ):
        if asked is not None and asked != has:
            raise BadInput.one(
                path,
                f"the workspace has {what} {has!r}, not {asked!r}",
                fix=f"leave out --{what}, or change it with "
                f"`assess questionnaire update {path} --{what} {asked}`",
            )
