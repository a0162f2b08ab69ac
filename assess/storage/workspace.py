"""An engagement workspace: one SQLite file holding everything an engagement needs.

Why stdlib ``sqlite3`` and no ORM: one file the consultant can copy or mail, transactions that
survive ``kill -9``, WAL for many concurrent writers (a workshop of thirty, each in their own
process), zero extra dependencies, and the SQL stays small enough to read in one sitting.

The tables are described in ``schema.py``. A workspace is its questionnaire snapshot (what every
answer is checked against) and four small parts over its one connection: ``engagement``,
``answers``, ``workshop`` (consensus) and ``sessions`` (participants' browser sessions).

Every write is one short ``BEGIN IMMEDIATE`` … ``COMMIT``; reads of several tables share one
snapshot. A ``Workspace`` holds one connection: use it from one thread (open one per thread).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import TracebackType

from assess.errors import BadInput
from assess.loading.kept_parses import kept
from assess.loading.questionnaire_loader import parse_questionnaire, parse_roadmap
from assess.models import Engagement, KnowledgeBase, Questionnaire
from assess.models.assessment import Assessment
from assess.models.fitting import answerable, fitted_for
from assess.models.response import QuestionnaireRef, ResponseFile
from assess.storage import rows, workshop_rows
from assess.storage.answer_store import AnswerStore
from assess.storage.checks import engagement_findings, raise_findings
from assess.storage.connection import Db
from assess.storage.creation import create_file, open_file, refuse_existing
from assess.storage.engagement_store import EngagementStore
from assess.storage.exchange import check_response_file
from assess.storage.session_store import SessionStore
from assess.storage.sqlite_file import close, stored_data
from assess.storage.stored_checks import consensus_findings
from assess.storage.workshop_checks import plain_findings
from assess.storage.workshop_store import WorkshopStore


class Workspace:
    """One engagement's workspace file. Create with ``create``, open with ``open``."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, in_memory: bool = False) -> None:
        self.path = path
        self._conn = conn
        self._closed = in_memory  # a workspace being built in memory is closed by its builder
        self._questionnaire: Questionnaire | None = None
        self._roadmap: KnowledgeBase | None = None
        self._ref: QuestionnaireRef | None = None
        self._answerable: tuple[Questionnaire, Questionnaire] | None = None
        self._db = Db(path, conn, self.answerable)
        self.engagement = EngagementStore(self._db)
        self.answers = AnswerStore(self._db)
        self.workshop = WorkshopStore(self._db)
        self.sessions = SessionStore(self._db)

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
        raise_findings(path, engagement_findings(q, engagement))
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

    def answerable(self) -> Questionnaire:
        """The snapshot as stored answers are checked against it (see ``fitting.answerable``)."""
        q = self.questionnaire()
        if self._answerable is None or self._answerable[0] is not q:
            self._answerable = (q, answerable(q))
        return self._answerable[1]

    def asked(self) -> Questionnaire:
        """The snapshot as this engagement asks it: its profile and form applied."""
        return fitted_for(self.questionnaire(), self.engagement.get())

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

    def questionnaire_text(self) -> str:
        """The questionnaire snapshot's YAML, as it was given."""
        [found] = self._snapshot_texts("questionnaire_yaml")
        return found or ""

    def roadmap_text(self) -> str | None:
        [found] = self._snapshot_texts("roadmap_yaml")
        return found

    def questionnaire_ref(self) -> QuestionnaireRef:
        """Id, version and hash of the questionnaire snapshot, as recorded at creation."""
        if self._ref is None:
            with self._db.errors():
                row = self._conn.execute(
                    "SELECT questionnaire_id, version, content_hash FROM questionnaire_snapshot"
                ).fetchone()
            self._ref = QuestionnaireRef(id=row[0], version=row[1], hash=row[2])
        return self._ref

    def replace_snapshot(
        self,
        *,
        questionnaire_yaml: str,
        questionnaire_source: str,
        roadmap_yaml: str | None,
        roadmap_source: str = "roadmap",
    ) -> None:
        """Take a newer version of the questionnaire and/or a roadmap catalogue.

        The questionnaire must keep its id, and every answer, consensus and target stored must
        fit it; all or nothing, in one transaction.
        """
        q = parse_questionnaire(questionnaire_yaml, questionnaire_source)
        if roadmap_yaml is not None:
            parse_roadmap(roadmap_yaml, roadmap_source, q)
        current = self.questionnaire_ref()
        if q.id != current.id:
            raise BadInput.one(
                questionnaire_source,
                f"this is questionnaire '{q.id}', but the workspace answers '{current.id}'",
                fix="pass a version of the questionnaire the workspace was created with",
            )
        with self._db.read() as conn:
            people = workshop_rows.load_plain(conn)
            decisions = workshop_rows.load_consensus(conn)
        unfit = [*plain_findings(q, people), *consensus_findings(q, decisions)]
        if unfit:
            raise BadInput.one(
                questionnaire_source,
                f"{len(unfit)} answers or decisions in {self.path} do not fit this version "
                f"(first: {unfit[0].place}: {unfit[0].message})",
                fix="keep every answered question and option value in the new version",
            )
        raise_findings(self.path, engagement_findings(q, self.engagement.get()))
        with self._db.write() as conn:
            conn.execute(
                "UPDATE questionnaire_snapshot SET version = ?, content_hash = ?, "
                "questionnaire_yaml = ?, roadmap_yaml = ?",
                (q.version, q.content_hash(), questionnaire_yaml, roadmap_yaml),
            )
        self._questionnaire, self._roadmap, self._ref = q, None, None

    def meta(self, key: str) -> str | None:
        """A note the workspace keeps about itself (``created_at``, ``created_by`` …)."""
        with self._db.errors():
            row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self._db.write() as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def assessment(self) -> Assessment:
        """The whole engagement as it stands: every respondent, every consensus decision."""
        return Assessment.asked(
            self.questionnaire(),
            self.roadmap(),
            self.engagement.get(),
            self.answers.plain(),
            str(self.path),
            tuple(self.workshop.decisions()),
        )

    # -- interchange ---------------------------------------------------------------------

    def to_response_file(self) -> ResponseFile:
        """The engagement and every respondent's answers as a response file."""
        with self._db.read() as conn, stored_data(self.path):
            engagement = rows.load_engagement(conn, self.path)
            people = rows.load_respondents(conn, self._db.question_order())
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
            raise_findings(self.path, engagement_findings(self.questionnaire(), rf.engagement))
        with self._db.write() as conn:
            if replace_engagement:
                rows.store_engagement(conn, rf.engagement)
            for person in rf.respondents:
                rows.upsert_respondent(conn, person)
                rows.upsert_answers(conn, person.id, person.answers.items())
                if person.answers:
                    rows.set_column(conn, person.id, "last_answer_at", rows.now())
        return len(rf.respondents)

    # -- helpers -------------------------------------------------------------------------

    def _snapshot_texts(self, *columns: str) -> list[str | None]:
        """The snapshot's texts in `columns`, read at once (None where a column holds none)."""
        with self._db.errors():
            query = f"SELECT {', '.join(columns)} FROM questionnaire_snapshot"
            row = self._conn.execute(query).fetchone()
        return [value if isinstance(value, str) else None for value in row]
