"""The sample engagement: 青禾智造集团, an equipment maker assessed with the B2B industrial
profile by nine people in three roles, every answer and note written for that persona
(``demo_engagement.yaml``), so the report shows real spread, role gaps, N/A, "don't know",
a critical cap and evidenced findings.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from assess.errors import BadInput
from assess.loading.questionnaire_loader import DEFAULT_QUESTIONNAIRE, find_questionnaire
from assess.loading.yaml_source import load_yaml
from assess.models import Answer, Engagement
from assess.models.response import DONT_KNOW, NA, Branding, Choice, Evidence
from assess.storage.new_workspace import create_workspace
from assess.storage.workspace import Workspace

DEMO_MARK = "demo_answers"  # meta key: the digest of the answers as the demo wrote them
DATA = Path(__file__).with_name("demo_engagement.yaml")
START = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)

ENGAGEMENT = Engagement(
    organization="青禾智造集团",
    industry="装备制造 Equipment manufacturing",
    size="2,400 人 people",
    language="zh",
    profile="industrial",
    branding=Branding(
        consultant="远见数字化咨询 Foresight Digital Advisory", accent_color="#1f4e79"
    ),
)


class DemoRespondent(NamedTuple):
    name: str
    role: str
    group: str
    evidence: Evidence  # the basis they usually give


def _data() -> dict[str, Any]:
    found = load_yaml(DATA).data
    assert isinstance(found, dict)
    return found


@cache
def respondents() -> tuple[DemoRespondent, ...]:
    return tuple(
        DemoRespondent(p["name"], p["role"], p["group"], Evidence(p["evidence"]))
        for p in _data()["respondents"]
    )


RESPONDENTS = respondents()


def build_demo_workspace(path: Path) -> Path:
    """Write the sample engagement to a new workspace file at `path` (refuses to overwrite)."""
    create_workspace(
        path, find_questionnaire(DEFAULT_QUESTIONNAIRE), ENGAGEMENT, _answer_all
    ).close()
    return path


def is_untouched_demo(path: Path) -> bool:
    """Is the workspace at `path` a demo nobody has answered into since it was built?"""
    try:
        with Workspace.open(path, read_only=True) as ws:
            mark = ws.meta(DEMO_MARK)
            return mark is not None and mark == _answers_digest(ws)
    except BadInput:
        return False


def _answer_all(ws: Workspace) -> None:
    data = _data()
    answers: dict[str, list[int | str]] = data["answers"]
    notes: dict[str, dict[int, str]] = data["notes"]
    for index, person in enumerate(RESPONDENTS):
        rid = ws.answers.add_respondent(person.name, person.role, person.group)
        clock = START + timedelta(minutes=7 * index)
        for number, (question_id, given) in enumerate(answers.items()):
            choice = _choice(given[index])
            note = notes.get(question_id, {}).get(index, "")
            answer = Answer(
                choice=choice,
                note=note,
                evidence=None if choice == DONT_KNOW else person.evidence,
                answered_at=clock + timedelta(seconds=40 * number),
            )
            ws.answers.save(rid, question_id, answer)
        ws.answers.mark_finished(rid)
    ws.set_meta(DEMO_MARK, _answers_digest(ws))


def _choice(given: int | str) -> Choice:
    if given == "?":
        return DONT_KNOW
    return NA if given == "na" else int(given)


def _answers_digest(ws: Workspace) -> str:
    """What a participant or facilitator could change: answers, consensus, engagement."""
    state = [
        [(p.name, p.role, p.group, sorted(p.answers.items())) for p in ws.answers.plain()],
        [d.model_dump(mode="json") for d in ws.workshop.decisions()],
        ws.engagement.get().model_dump(mode="json"),
    ]
    return hashlib.sha256(json.dumps(state, ensure_ascii=False).encode()).hexdigest()
