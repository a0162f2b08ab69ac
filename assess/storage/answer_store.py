"""The answers part of a workspace: respondents, their answers, where each of them is.

Every answer is checked against the questionnaire snapshot before it is written, in one short
transaction, and checked again when it is read back (``stored_checks``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from uuid import uuid4

from assess.errors import BadInput
from assess.models import Answer, Respondent
from assess.models.plain import PlainRespondent, plain_respondent
from assess.models.workshop import RespondentActivity
from assess.storage import bulk, rows, workshop_rows
from assess.storage.checks import answer_finding, question_finding, raise_findings
from assess.storage.connection import Db
from assess.storage.sqlite_file import stored_data
from assess.storage.stored_checks import check_stored_answers


class AnswerStore:
    def __init__(self, db: Db) -> None:
        self._db = db

    # -- respondents and answers ---------------------------------------------------------

    def add_respondent(self, name: str, role: str = "", group: str | None = None) -> str:
        """A new respondent; returns their id (uuid4 hex)."""
        if not name.strip():
            raise BadInput.one(
                self._db.path,
                "the respondent's name is empty",
                place="respondent",
                fix="give a name",
            )
        respondent = Respondent(id=uuid4().hex, name=name.strip(), role=role.strip(), group=group)
        with self._db.write() as conn:
            rows.insert_respondent(conn, respondent)
        return respondent.id

    def respondents(self) -> list[Respondent]:
        """Everyone who joined, in joining order, with their answers."""
        return self._checked(None)

    def respondent(self, respondent_id: str) -> Respondent:
        found = self._checked(respondent_id)
        if not found:
            raise self._db.unknown_respondent(respondent_id)
        return found[0]

    def save(self, respondent_id: str, question_id: str, answer: Answer) -> None:
        """Store (or overwrite) one answer in one short transaction."""
        found = answer_finding(self._db.questionnaire(), question_id, answer)
        raise_findings(self._db.path, [found])
        saved_at = rows.now()
        row = rows.answer_row(respondent_id, question_id, answer, saved_at)
        with self._db.write() as conn:
            if not rows.set_column(conn, respondent_id, "last_answer_at", saved_at):
                raise self._db.unknown_respondent(respondent_id)
            rows.upsert_rows(conn, [row])

    def clear(self, respondent_id: str, question_id: str) -> None:
        raise_findings(self._db.path, [question_finding(self._db.questionnaire(), question_id)])
        with self._db.write() as conn:
            if not rows.set_column(conn, respondent_id, "last_answer_at", rows.now()):
                raise self._db.unknown_respondent(respondent_id)
            rows.delete_answer(conn, respondent_id, question_id)

    def plain(self) -> list[PlainRespondent]:
        """Everyone in joining order with answers as plain tuples (fast for large workshops)."""
        with self._db.read() as conn:
            people = workshop_rows.load_plain(conn)
        check_stored_answers(self._db.path, self._db.questionnaire(), people)
        return people

    # -- resume and live view ------------------------------------------------------------

    def set_position(self, respondent_id: str, question_id: str | None) -> None:
        """Remember the question a respondent is on, so a restart resumes there."""
        if question_id is not None:
            found = question_finding(self._db.questionnaire(), question_id)
            raise_findings(self._db.path, [found])
        self._set_column(respondent_id, "position", question_id)

    def position(self, respondent_id: str) -> str | None:
        with self._db.errors():
            row = self._db.conn.execute(
                "SELECT position FROM respondent WHERE id = ?", (respondent_id,)
            ).fetchone()
        if row is None:
            raise self._db.unknown_respondent(respondent_id)
        return row[0] if isinstance(row[0], str) else None

    def mark_finished(self, respondent_id: str, finished: bool = True) -> None:
        """Record that a respondent has finished (or, with False, is answering again)."""
        self._set_column(respondent_id, "finished_at", rows.now() if finished else None)

    def activity(self) -> list[RespondentActivity]:
        """Per respondent in joining order: answers given, position, last answer, finished."""
        with self._db.read() as conn:
            return rows.load_activity(conn)

    # -- in bulk ----------------------------------------------------------------------------

    def import_plain(self, people: Sequence[PlainRespondent]) -> list[str]:
        """Add respondents with their answers, all or nothing, in one transaction.

        A respondent with a known id is updated and their answers upserted. Returns the ids.
        """
        return self.import_prepared([bulk.prepare(self._db.questionnaire(), people)])

    def import_prepared(self, chunks: Iterable[bulk.Prepared]) -> list[str]:
        """``import_plain`` for respondents prepared (checked, as rows) by ``bulk.prepare``,
        chunk by chunk as they come: all or nothing, in one transaction. Returns the ids."""
        ids: list[str] = []
        with bulk.foreign_keys_off(self._db.conn), self._db.write() as conn:
            for chunk in chunks:
                raise_findings(self._db.path, chunk.findings)
                ids += bulk.write(conn, chunk)
        return ids

    def _checked(self, respondent_id: str | None) -> list[Respondent]:
        with self._db.read() as conn, stored_data(self._db.path):
            people = rows.load_respondents(conn, self._db.question_order(), respondent_id)
        plain = [plain_respondent(p) for p in people]
        check_stored_answers(self._db.path, self._db.questionnaire(), plain)
        return people

    def _set_column(self, respondent_id: str, column: str, value: str | None) -> None:
        with self._db.write() as conn:
            if not rows.set_column(conn, respondent_id, column, value):
                raise self._db.unknown_respondent(respondent_id)
