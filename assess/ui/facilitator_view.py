"""What the facilitator's screen shows, as plain rows: pure functions, no widgets.

``people_rows`` says for each respondent how far they are and whether they are still at it,
those still answering first; ``hotspot_rows`` lists questions by disagreement with their
consensus, if any. Questions are named by their number and text, never by id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from assess.aggregation import WorkshopSummary
from assess.models import Questionnaire
from assess.models.response import is_value
from assess.models.workshop import ConsensusChoice, ParticipantSession, RespondentActivity
from assess.ui.labels import UiLang
from assess.ui.workshop_labels import wt

ACTIVE_WITHIN = timedelta(minutes=2)  # an answer this recent: still answering
ONLINE_WITHIN = timedelta(seconds=45)  # a browser session seen this recently: online


@dataclass(frozen=True)
class PersonRow:
    name: str
    role: str
    answered: int
    total: int
    position: str
    last: str
    status: str
    active: bool
    finished: bool


def people_rows(
    people: Sequence[RespondentActivity],
    sessions: Sequence[ParticipantSession],
    q: Questionnaire,
    now: datetime,
    lang: UiLang,
) -> list[PersonRow]:
    """Everyone, those answering now first, then those who have not finished, then the rest."""
    seen = {s.respondent_id: s.last_seen for s in sessions}
    rows = []
    for person in people:
        session_seen = seen.get(person.respondent_id)
        online = session_seen is not None and now - session_seen <= ONLINE_WITHIN
        recent = person.last_answer_at is not None and now - person.last_answer_at <= ACTIVE_WITHIN
        active = not person.finished and (online or recent)
        status = "status_answering" if active else "status_idle"
        if person.finished:
            status = "status_finished"
        rows.append(
            PersonRow(
                name=person.name,
                role=person.role,
                answered=person.answered,
                total=len(q.questions),
                position=question_title(q, person.position, lang) if person.position else "",
                last=ago(person.last_answer_at, now, lang),
                status=wt(status, lang) + (f" · {wt('status_online', lang)}" if online else ""),
                active=active,
                finished=person.finished,
            )
        )
    return sorted(rows, key=lambda row: (not row.active, row.finished))


def question_title(q: Questionnaire, question_id: str, lang: UiLang) -> str:
    """``'12 企业怎样…'``: the question's number as asked, and its text."""
    if not q.has_question(question_id):
        return question_id
    number = [x.id for x in q.questions].index(question_id) + 1
    return f"{number} {q.question(question_id).text.get(lang)}"


def ago(when: datetime | None, now: datetime, lang: UiLang) -> str:
    if when is None:
        return wt("never", lang)
    seconds = max(0, int((now - when).total_seconds()))
    if seconds < 120:
        return wt("ago_seconds", lang, n=seconds)
    return wt("ago_minutes", lang, n=seconds // 60)


@dataclass(frozen=True)
class HotspotRow:
    question_id: str
    text: str
    agreement: str
    std: str
    role_gap: str
    consensus: str


def hotspot_rows(summary: WorkshopSummary, q: Questionnaire, lang: UiLang) -> list[HotspotRow]:
    rows = []
    for spot in summary.hotspots:
        spread = summary.question(spot.question_id)
        decided = spread.consensus
        rows.append(
            HotspotRow(
                question_id=spot.question_id,
                text=question_title(q, spot.question_id, lang),
                agreement=f"{spot.agreement:.2f}",
                std=f"{spot.std:.2f}",
                role_gap="–" if spot.role_gap is None else f"{spot.role_gap:.0f}",
                consensus=""
                if decided is None
                else choice_label(q, spot.question_id, decided.choice, lang),
            )
        )
    return rows


def choice_label(q: Questionnaire, question_id: str, choice: ConsensusChoice, lang: UiLang) -> str:
    """An agreed option by its number on the question's scale (1 = lowest), or N/A."""
    if not is_value(choice):
        return wt("na", lang)
    return str(q.position(q.question(question_id), choice))


def hidden_groups(summary: WorkshopSummary) -> list[str]:
    """Roles (and groups) not shown on their own, for the note under the tables."""
    return [g.name or "—" for g in [*summary.roles, *summary.groups] if not g.shown]
