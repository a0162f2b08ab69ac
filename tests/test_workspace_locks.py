"""Reading a workspace as a SOURCE while this process has it open must keep SQLite's locks.

POSIX locks belong to the process: a plain open()/close() of the database file drops them
(sqlite.org/howtocorrupt.html §2.2), and another process then believes it is the last user,
checkpoints and deletes the WAL under our feet.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from assess.models import Answer, Engagement
from assess.sources import load_source
from assess.storage.workspace import Workspace
from tests.conftest import FIXTURES, MINI, NOW

OTHER_WRITER = """
import sys
from datetime import UTC, datetime
from assess.models import Answer
from assess.storage.workspace import Workspace
Workspace.open(sys.argv[1]).close()  # believing it is alone, it checkpoints and drops the WAL
with Workspace.open(sys.argv[1]) as ws:
    rid = ws.answers.add_respondent("Han Meimei")
    ws.answers.save(rid, "user.feedback", Answer(choice=5, answered_at=datetime.now(UTC)))
"""


def test_answers_survive_reading_the_open_workspace_as_a_source(tmp_path: Path) -> None:
    path = tmp_path / "w.assess"
    roadmap = (FIXTURES / "mini.roadmap.yaml").read_text(encoding="utf-8")
    with Workspace.create(
        path,
        questionnaire_yaml=MINI.read_text(encoding="utf-8"),
        roadmap_yaml=roadmap,
        engagement=Engagement(organization="Acme"),
    ) as ws:
        rid = ws.answers.add_respondent("Li Lei")
        ws.answers.save(rid, "user.feedback", Answer(choice=3, answered_at=NOW))
        assert load_source(path).respondents[0].answers["user.feedback"][0] == 3
        subprocess.run([sys.executable, "-c", OTHER_WRITER, str(path)], check=True, timeout=60)
        ws.answers.save(rid, "data.decisions", Answer(choice=2, answered_at=NOW))
        ws.answers.save(rid, "user.feedback", Answer(choice=4, answered_at=NOW))
    with Workspace.open(path) as again:
        people = {
            p.name: {q: a.choice for q, a in p.answers.items()} for p in again.answers.respondents()
        }
    assert people == {
        "Li Lei": {"user.feedback": 4, "data.decisions": 2},
        "Han Meimei": {"user.feedback": 5},
    }
