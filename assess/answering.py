"""One person answering in one workspace: what the terminal app and the participant page share.

Every answer goes straight to ``AnswerStore.save`` (one short transaction) together with
the position, so a killed app or a closed browser loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Self

from assess.models import Answer, Choice, Engagement, Evidence, Question, Questionnaire
from assess.models.assessment import Assessment
from assess.models.response import DONT_KNOW, NA, is_value
from assess.models.text import Lang
from assess.storage.new_workspace import create_workspace
from assess.storage.workspace import Workspace


@dataclass(frozen=True)
class NewAssessment:
    """What the set-up screen collects."""

    organization: str
    industry: str
    size: str
    respondent: str
    role: str
    questionnaire: Path
    language: Lang
    path: Path
    profile: str | None = None
    form: str | None = None


class Answering:
    """The open workspace, the respondent answering, and their answers so far."""

    def __init__(self, workspace: Workspace, respondent_id: str) -> None:
        self.workspace = workspace
        self.respondent_id = respondent_id
        self.questionnaire: Questionnaire = workspace.asked()
        respondent = workspace.answers.respondent(respondent_id)
        self.respondent_name = respondent.name
        self.respondent_role = respondent.role
        self.answers: dict[str, Answer] = dict(respondent.answers)

    @classmethod
    def create(cls, new: NewAssessment) -> Self:
        new.path.parent.mkdir(parents=True, exist_ok=True)
        engagement = Engagement(
            organization=new.organization.strip(),
            industry=new.industry.strip(),
            size=new.size.strip(),
            language=new.language,
            profile=new.profile,
            form=new.form,
        )
        joined: list[str] = []
        workspace = create_workspace(
            new.path,
            new.questionnaire,
            engagement,
            lambda ws: joined.append(ws.answers.add_respondent(new.respondent, new.role)),
        )
        return cls(workspace, joined[0])

    @property
    def path(self) -> Path:
        return self.workspace.path

    @property
    def questions(self) -> list[Question]:
        return self.questionnaire.questions

    def open_questions(self) -> list[Question]:
        """Questions without an answer yet (or an N/A without the note it needs), in order."""
        return [q for q in self.questions if not self.is_answered(q.id)]

    def waiting_for_note(self) -> list[Question]:
        """Questions answered N/A without the note the scoring policy requires."""
        policy = self.questionnaire.scoring
        given = [(q, self.answers.get(q.id)) for q in self.questions]
        return [q for q, a in given if a is not None and policy.holds_open(a.choice, a.note)]

    def is_answered(self, question_id: str) -> bool:
        answer = self.answers.get(question_id)
        policy = self.questionnaire.scoring
        return answer is not None and not policy.holds_open(answer.choice, answer.note)

    def answered_in(self, dimension_id: str) -> int:
        questions = self.questionnaire.questions_in(dimension_id)
        return sum(self.is_answered(q.id) for q in questions)

    def engagement(self) -> Engagement:
        return self.workspace.engagement.get()

    def close(self) -> None:
        self.workspace.close()

    # -- answering -------------------------------------------------------------------------

    def choose(
        self, question_id: str, choice: int | float | str, note: str, evidence: Evidence | None
    ) -> Answer:
        """Save an answer now (the autosave), keeping the note and evidence given with it."""
        answer = Answer(
            choice=answer_choice(choice),
            note=note,
            evidence=evidence,
            answered_at=datetime.now(UTC),
        )
        self.workspace.answers.save(self.respondent_id, question_id, answer)
        self.answers[question_id] = answer
        return answer

    def amend(self, question_id: str, note: str, evidence: Evidence | None) -> None:
        """Change the note or evidence of a given answer (nothing to save before a choice)."""
        answer = self.answers.get(question_id)
        if answer is None or (answer.note, answer.evidence) == (note, evidence):
            return
        changed = answer.model_copy(update={"note": note, "evidence": evidence})
        self.workspace.answers.save(self.respondent_id, question_id, changed)
        self.answers[question_id] = changed

    def clear(self, question_id: str) -> None:
        self.workspace.answers.clear(self.respondent_id, question_id)
        self.answers.pop(question_id, None)

    def move_to(self, question_id: str) -> None:
        """Remember the question on screen, so a restart resumes there."""
        self.workspace.answers.set_position(self.respondent_id, question_id)

    def resume_index(self) -> int:
        """Index of the question to show first: the stored position, else the first open one."""
        position = self.workspace.answers.position(self.respondent_id)
        ids = [q.id for q in self.questions]
        if position in ids:
            return ids.index(position)
        return next((i for i, qid in enumerate(ids) if qid not in self.answers), 0)

    def assessment(self) -> Assessment:
        """The whole engagement as it stands (every respondent and consensus), read in one go.

        Workers score and render this: they never open the file themselves, because a second
        open of a database file in this process (even SQLite's own header check) would drop the
        locks this connection holds on it (sqlite.org/howtocorrupt.html, 2.2).
        """
        return self.workspace.assessment()

    def finished(self) -> bool:
        """Whether this respondent has said they are done."""
        activity = self.workspace.answers.activity()
        return any(a.respondent_id == self.respondent_id and a.finished for a in activity)

    def finish(self) -> None:
        self.workspace.answers.mark_finished(self.respondent_id)

    def set_target(self, dimension_id: str, level: int | None) -> None:
        self.workspace.engagement.set_target(dimension_id, level)

    def keep_alive(self, token: str) -> None:
        """A participant's browser session is still there."""
        self.workspace.sessions.touch(token)


def answer_choice(value: int | float | str) -> Choice:
    """An option value, 'na' or 'dont_know', as the answer model types it."""
    if value == NA:
        return "na"
    if value == DONT_KNOW:
        return "dont_know"
    if is_value(value):
        return value
    raise ValueError(f"not an answer: {value!r}")
