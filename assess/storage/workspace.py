"""An engagement workspace: one SQLite file holding everything an engagement needs.

Why stdlib ``sqlite3`` and no ORM: one file the consultant can copy or mail, transactions that
survive ``kill -9``, WAL for many concurrent writers (a workshop of thirty, each in their own
process), zero extra dependencies, and the SQL stays small enough to read in one sitting.

The tables are described in ``schema.py``.

Every write is one short ``BEGIN IMMEDIATE`` … ``COMMIT``; reads of several tables share one
snapshot. A ``Workspace`` holds one connection: use it from one thread (open one per thread).
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from types import TracebackType
from uuid import uuid4

from assess.errors import BadInput
from assess.loading.kept_parses import kept
from assess.loading.questionnaire_loader import parse_questionnaire, parse_roadmap
from assess.models import Answer, Engagement, KnowledgeBase, Questionnaire, Respondent
from assess.models.plain import PlainRespondent, plain_respondent
from assess.models.response import QuestionnaireRef, ResponseFile
from assess.models.workshop import Consensus, ConsensusChoice, ParticipantSession
from assess.storage import bulk, rows, workshop_rows
from assess.storage.checks import (
    answer_finding,
    question_finding,
    raise_findings,
    target_finding,
    targets_findings,
)
from assess.storage.creation import create_file, open_file, refuse_existing
from assess.storage.exchange import check_response_file
from assess.storage.rows import RespondentActivity
from assess.storage.sqlite_file import (
    close,
    read_transaction,
    stored_data,
    translate_errors,
    write_transaction,
)
from assess.storage.stored_checks import check_stored_answers, check_stored_consensus
from assess.storage.workshop_checks import consensus_finding


class Workspace:
    """One engagement's workspace file. Create with ``create``, open with ``open``."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, in_memory: bool = False) -> None:
        self.path = path
        self._conn = conn
        self._closed = in_memory  # a workspace being built in memory is closed by its builder
        self._questionnaire: Questionnaire | None = None
        self._roadmap: KnowledgeBase | None = None
        self._ref: QuestionnaireRef | None = None

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: str | Path,
        *,
        questionnaire_yaml: str,
        roadmap_yaml: str | None,
        engagement: Engagement,
        questionnaire_source: str | None = None,
        roadmap_source: str | None = None,
        fill: Callable[[Workspace], object] | None = None,
    ) -> Workspace:
        """A new workspace file; refuses to overwrite anything at ``path``.

        ``fill`` writes into the new workspace before anyone can see it: if it raises, no file
        is left at ``path``.
        """
        path = Path(path)
        refuse_existing(path)
        q = parse_questionnaire(
            questionnaire_yaml, questionnaire_source or f"{path} (questionnaire)"
        )
        if roadmap_yaml is not None:
            parse_roadmap(roadmap_yaml, roadmap_source or f"{path} (roadmap)", q)
        raise_findings(path, targets_findings(q, engagement.targets))
        filling = None if fill is None else partial(cls._fill_memory, path, q, fill)
        create_file(path, q, questionnaire_yaml, roadmap_yaml, engagement, filling)
        return cls._opened(path, q)

    @classmethod
    def _fill_memory(
        cls,
        path: Path,
        q: Questionnaire,
        fill: Callable[[Workspace], object],
        conn: sqlite3.Connection,
    ) -> None:
        """``fill`` on the new workspace while ``create`` builds it in memory."""
        workspace = cls(path, conn, in_memory=True)
        workspace._questionnaire = q
        fill(workspace)

    @classmethod
    def _opened(cls, path: Path, q: Questionnaire) -> Workspace:
        """Open a file just created from ``q``: its snapshot holds ``q``, no need to parse it."""
        workspace = cls.open(path)
        workspace._questionnaire = q
        return workspace

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> Workspace:
        """Open a workspace, upgrading an older one; never changes a file it refuses.

        ``read_only`` opens it for reading alone (it may then sit in a read-only file or folder).
        """
        path = Path(path)
        return cls(path, open_file(path, read_only=read_only))

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            close(self._conn, self.path)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- questionnaire snapshot and engagement -------------------------------------------

    def questionnaire(self) -> Questionnaire:
        """The questionnaire as it was when the workspace was created (parsed once)."""
        if self._questionnaire is None:
            [text] = self._snapshot_texts("questionnaire_yaml")
            assert text is not None
            source = f"{self.path} (questionnaire snapshot)"
            parse = partial(parse_questionnaire, text, source)
            self._questionnaire = kept(Questionnaire, [text], parse)
        return self._questionnaire

    def roadmap(self) -> KnowledgeBase | None:
        """The roadmap knowledge base snapshot, or None if the workspace has none."""
        if self._roadmap is None:
            text, questionnaire_text = self._snapshot_texts("roadmap_yaml", "questionnaire_yaml")
            if text is None:
                return None
            source = f"{self.path} (roadmap snapshot)"
            parse = partial(parse_roadmap, text, source, self.questionnaire())
            self._roadmap = kept(KnowledgeBase, [text, questionnaire_text or ""], parse)
        return self._roadmap

    def questionnaire_ref(self) -> QuestionnaireRef:
        """Id, version and hash of the questionnaire snapshot, as recorded at creation."""
        if self._ref is None:
            with translate_errors(self.path):
                row = self._conn.execute(
                    "SELECT questionnaire_id, version, content_hash FROM questionnaire_snapshot"
                ).fetchone()
            self._ref = QuestionnaireRef(id=row[0], version=row[1], hash=row[2])
        return self._ref

    def engagement(self) -> Engagement:
        with translate_errors(self.path):
            return rows.load_engagement(self._conn, self.path)

    def update_engagement(self, engagement: Engagement) -> None:
        raise_findings(self.path, targets_findings(self.questionnaire(), engagement.targets))
        with write_transaction(self._conn, self.path) as conn:
            rows.store_engagement(conn, engagement)

    def set_target(self, dimension_id: str, level: int | None) -> None:
        """Set (or with None, reset to the default) the target level of one dimension."""
        if level is not None:
            raise_findings(self.path, [target_finding(self.questionnaire(), dimension_id, level)])
        with write_transaction(self._conn, self.path) as conn:
            current = rows.load_engagement(conn, self.path)
            targets = {k: v for k, v in current.targets.items() if k != dimension_id}
            if level is not None:
                targets[dimension_id] = level
            rows.store_engagement(conn, current.model_copy(update={"targets": targets}))

    def meta(self, key: str) -> str | None:
        """A note the workspace keeps about itself (``created_at``, ``created_by`` …)."""
        with translate_errors(self.path):
            row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with write_transaction(self._conn, self.path) as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # -- respondents and answers ---------------------------------------------------------

    def add_respondent(self, name: str, role: str = "", group: str | None = None) -> str:
        """A new respondent; returns their id (uuid4 hex)."""
        if not name.strip():
            raise BadInput.one(
                self.path, "the respondent's name is empty", place="respondent", fix="give a name"
            )
        respondent = Respondent(id=uuid4().hex, name=name.strip(), role=role.strip(), group=group)
        with write_transaction(self._conn, self.path) as conn:
            rows.insert_respondent(conn, respondent)
        return respondent.id

    def respondents(self) -> list[Respondent]:
        """Everyone who joined, in joining order, with their answers."""
        return self._checked_respondents(None)

    def respondent(self, respondent_id: str) -> Respondent:
        found = self._checked_respondents(respondent_id)
        if not found:
            raise self._unknown_respondent(respondent_id)
        return found[0]

    def _checked_respondents(self, respondent_id: str | None) -> list[Respondent]:
        with read_transaction(self._conn, self.path) as conn, stored_data(self.path):
            people = rows.load_respondents(conn, self._question_order(), respondent_id)
        check_stored_answers(self.path, self.questionnaire(), [plain_respondent(p) for p in people])
        return people

    def save_answer(self, respondent_id: str, question_id: str, answer: Answer) -> None:
        """Store (or overwrite) one answer in one short transaction."""
        raise_findings(self.path, [answer_finding(self.questionnaire(), question_id, answer)])
        saved_at = rows.now()
        row = rows.answer_row(respondent_id, question_id, answer, saved_at)
        with write_transaction(self._conn, self.path) as conn:
            if not rows.set_column(conn, respondent_id, "last_answer_at", saved_at):
                raise self._unknown_respondent(respondent_id)
            rows.upsert_rows(conn, [row])

    def clear_answer(self, respondent_id: str, question_id: str) -> None:
        raise_findings(self.path, [question_finding(self.questionnaire(), question_id)])
        with write_transaction(self._conn, self.path) as conn:
            if not rows.set_column(conn, respondent_id, "last_answer_at", rows.now()):
                raise self._unknown_respondent(respondent_id)
            rows.delete_answer(conn, respondent_id, question_id)

    # -- resume and live view ------------------------------------------------------------

    def set_position(self, respondent_id: str, question_id: str | None) -> None:
        """Remember the question a respondent is on, so a restart resumes there."""
        if question_id is not None:
            raise_findings(self.path, [question_finding(self.questionnaire(), question_id)])
        self._set_column(respondent_id, "position", question_id)

    def position(self, respondent_id: str) -> str | None:
        with translate_errors(self.path):
            row = self._conn.execute(
                "SELECT position FROM respondent WHERE id = ?", (respondent_id,)
            ).fetchone()
        if row is None:
            raise self._unknown_respondent(respondent_id)
        return row[0] if isinstance(row[0], str) else None

    def mark_finished(self, respondent_id: str, finished: bool = True) -> None:
        """Record that a respondent has finished (or, with False, is answering again)."""
        self._set_column(respondent_id, "finished_at", rows.now() if finished else None)

    def recent_activity(self) -> list[RespondentActivity]:
        """Per respondent in joining order: answers given, position, last answer, finished."""
        with read_transaction(self._conn, self.path) as conn:
            return rows.load_activity(conn)

    # -- interchange ---------------------------------------------------------------------

    def to_response_file(self) -> ResponseFile:
        """The engagement and every respondent's answers as a response file."""
        with read_transaction(self._conn, self.path) as conn:
            engagement = rows.load_engagement(conn, self.path)
            people = rows.load_respondents(conn, self._question_order())
        if not people:
            raise BadInput.one(
                self.path, "the workspace has no respondents yet", fix="add a respondent first"
            )
        return ResponseFile(
            questionnaire=self.questionnaire_ref(), engagement=engagement, respondents=people
        )

    def import_response_file(
        self, rf: ResponseFile, *, source: str = "response file", replace_engagement: bool = False
    ) -> int:
        """Add a response file's respondents (same ids: updated and answers upserted).

        All or nothing, in one transaction. Returns the number of respondents imported.
        """
        check_response_file(rf, self.questionnaire_ref(), self.questionnaire(), source)
        if replace_engagement:
            raise_findings(self.path, targets_findings(self.questionnaire(), rf.engagement.targets))
        with write_transaction(self._conn, self.path) as conn:
            if replace_engagement:
                rows.store_engagement(conn, rf.engagement)
            for person in rf.respondents:
                rows.upsert_respondent(conn, person)
                rows.upsert_answers(conn, person.id, person.answers.items())
                if person.answers:
                    rows.set_column(conn, person.id, "last_answer_at", rows.now())
        return len(rf.respondents)

    # -- workshop: consensus, participant sessions, bulk answers --------------------------

    def record_consensus(
        self,
        question_id: str,
        choice: ConsensusChoice,
        *,
        rationale: str = "",
        decided_by: str = "",
    ) -> Consensus:
        """Record (or replace) the value the workshop agreed on; the raw answers stay."""
        raise_findings(self.path, [consensus_finding(self.questionnaire(), question_id, choice)])
        decision = Consensus(
            question_id=question_id,
            choice=choice,
            rationale=rationale.strip(),
            decided_by=decided_by.strip(),
            decided_at=datetime.now(UTC),
        )
        with write_transaction(self._conn, self.path) as conn:
            workshop_rows.upsert_consensus(conn, decision)
        return decision

    def consensus(self) -> list[Consensus]:
        """Every consensus decision, in questionnaire order."""
        with translate_errors(self.path), stored_data(self.path):
            decisions = workshop_rows.load_consensus(self._conn)
        check_stored_consensus(self.path, self.questionnaire(), decisions)
        order = self._question_order()
        return sorted(decisions, key=lambda d: order.get(d.question_id, len(order)))

    def clear_consensus(self, question_id: str | None = None) -> int:
        """Remove one question's decision (or, with None, every decision); returns the count."""
        with write_transaction(self._conn, self.path) as conn:
            return workshop_rows.delete_consensus(conn, question_id)

    def start_session(self, respondent_id: str) -> str:
        """Bind a new participant session to a respondent; returns its random token."""
        token = secrets.token_urlsafe(16)
        with write_transaction(self._conn, self.path) as conn:
            if not workshop_rows.respondent_exists(conn, respondent_id):
                raise self._unknown_respondent(respondent_id)
            workshop_rows.insert_session(conn, token, respondent_id, rows.now())
        return token

    def touch_session(self, token: str) -> bool:
        """Record that a participant's session is alive; False if the token is unknown."""
        with write_transaction(self._conn, self.path) as conn:
            return workshop_rows.touch_session(conn, token, rows.now())

    def sessions(self, token: str | None = None) -> list[ParticipantSession]:
        """Participant sessions in joining order (or the one with ``token``)."""
        with translate_errors(self.path):
            return workshop_rows.load_sessions(self._conn, token)

    def import_plain(self, people: Sequence[PlainRespondent]) -> list[str]:
        """Add respondents with their answers, all or nothing, in one transaction.

        A respondent with a known id is updated and their answers upserted. Returns the ids.
        """
        return self.import_prepared([bulk.prepare(self.questionnaire(), people)])

    def import_prepared(self, chunks: Iterable[bulk.Prepared]) -> list[str]:
        """``import_plain`` for respondents prepared (checked, as rows) by ``bulk.prepare``,
        chunk by chunk as they come: all or nothing, in one transaction. Returns the ids."""
        ids: list[str] = []
        with (
            bulk.foreign_keys_off(self._conn),
            write_transaction(self._conn, self.path) as conn,
        ):
            for chunk in chunks:
                raise_findings(self.path, chunk.findings)
                ids += bulk.write(conn, chunk)
        return ids

    def plain_respondents(self) -> list[PlainRespondent]:
        """Everyone in joining order with answers as plain tuples (fast for large workshops)."""
        with read_transaction(self._conn, self.path) as conn:
            people = workshop_rows.load_plain(conn)
        check_stored_answers(self.path, self.questionnaire(), people)
        return people

    # -- helpers -------------------------------------------------------------------------

    def _set_column(self, respondent_id: str, column: str, value: str | None) -> None:
        with write_transaction(self._conn, self.path) as conn:
            if not rows.set_column(conn, respondent_id, column, value):
                raise self._unknown_respondent(respondent_id)

    def _snapshot_texts(self, *columns: str) -> list[str | None]:
        """The snapshot's texts in `columns`, read at once (None where a column holds none)."""
        with translate_errors(self.path):
            query = f"SELECT {', '.join(columns)} FROM questionnaire_snapshot"
            row = self._conn.execute(query).fetchone()
        return [value if isinstance(value, str) else None for value in row]

    def _question_order(self) -> dict[str, int]:
        return {q.id: index for index, q in enumerate(self.questionnaire().questions)}

    def _unknown_respondent(self, respondent_id: str) -> BadInput:
        return BadInput.one(
            self.path,
            f"no respondent with id {respondent_id!r}",
            place="respondent",
            fix="use an id returned by add_respondent or listed by respondents()",
        )
