"""The workshop part of a workspace: the consensus a group agreed on, question by question.

The respondents' own answers stay untouched beside it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from assess.models.workshop import Consensus, ConsensusChoice
from assess.storage import workshop_rows
from assess.storage.checks import raise_findings
from assess.storage.connection import Db
from assess.storage.sqlite_file import stored_data
from assess.storage.stored_checks import check_stored_consensus
from assess.storage.workshop_checks import consensus_finding


class WorkshopStore:
    def __init__(self, db: Db) -> None:
        self._db = db

    def record(
        self,
        question_id: str,
        choice: ConsensusChoice,
        *,
        rationale: str = "",
        decided_by: str = "",
    ) -> Consensus:
        """Record (or replace) the value the workshop agreed on; the raw answers stay."""
        found = consensus_finding(self._db.questionnaire(), question_id, choice)
        raise_findings(self._db.path, [found])
        decision = Consensus(
            question_id=question_id,
            choice=choice,
            rationale=rationale.strip(),
            decided_by=decided_by.strip(),
            decided_at=datetime.now(UTC),
        )
        with self._db.write() as conn:
            workshop_rows.upsert_consensus(conn, decision)
        return decision

    def decisions(self) -> list[Consensus]:
        """Every consensus decision, in questionnaire order."""
        with self._db.errors(), stored_data(self._db.path):
            decisions = workshop_rows.load_consensus(self._db.conn)
        check_stored_consensus(self._db.path, self._db.questionnaire(), decisions)
        order = self._db.question_order()
        return sorted(decisions, key=lambda d: order.get(d.question_id, len(order)))

    def clear(self, question_id: str | None = None) -> int:
        """Remove one question's decision (or, with None, every decision); returns the count."""
        with self._db.write() as conn:
            return workshop_rows.delete_consensus(conn, question_id)
