"""The participant-session part of a workspace: browser sessions, each bound to a respondent."""

from __future__ import annotations

import secrets

from assess.models.workshop import ParticipantSession
from assess.storage import rows, workshop_rows
from assess.storage.connection import Db


class SessionStore:
    def __init__(self, db: Db) -> None:
        self._db = db

    def start(self, respondent_id: str) -> str:
        """Bind a new participant session to a respondent; returns its random token."""
        token = secrets.token_urlsafe(16)
        with self._db.write() as conn:
            if not workshop_rows.respondent_exists(conn, respondent_id):
                raise self._db.unknown_respondent(respondent_id)
            workshop_rows.insert_session(conn, token, respondent_id, rows.now())
        return token

    def touch(self, token: str) -> bool:
        """Record that a participant's session is alive; False if the token is unknown."""
        with self._db.write() as conn:
            return workshop_rows.touch_session(conn, token, rows.now())

    def list(self, token: str | None = None) -> list[ParticipantSession]:
        """Participant sessions in joining order (or the one with ``token``)."""
        with self._db.errors():
            return workshop_rows.load_sessions(self._db.conn, token)
