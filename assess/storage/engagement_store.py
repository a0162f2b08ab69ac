"""The engagement part of a workspace: the client, its branding, the targets."""

from __future__ import annotations

from assess.models import Engagement
from assess.storage import rows
from assess.storage.checks import engagement_findings, raise_findings, target_finding
from assess.storage.connection import Db


class EngagementStore:
    def __init__(self, db: Db) -> None:
        self._db = db

    def get(self) -> Engagement:
        with self._db.errors():
            return rows.load_engagement(self._db.conn, self._db.path)

    def update(self, engagement: Engagement) -> None:
        found = engagement_findings(self._db.questionnaire(), engagement)
        raise_findings(self._db.path, found)
        with self._db.write() as conn:
            rows.store_engagement(conn, engagement)

    def set_target(self, dimension_id: str, level: int | None) -> None:
        """Set (or with None, reset to the default) the target level of one dimension."""
        if level is not None:
            found = target_finding(self._db.questionnaire(), dimension_id, level)
            raise_findings(self._db.path, [found])
        with self._db.write() as conn:
            current = rows.load_engagement(conn, self._db.path)
            targets = {k: v for k, v in current.targets.items() if k != dimension_id}
            if level is not None:
                targets[dimension_id] = level
            rows.store_engagement(conn, current.model_copy(update={"targets": targets}))
