"""One workspace's open connection, shared by its parts (engagement, answers, workshop, sessions).

Each part is a small repository over this one connection: what it stores, checked against the
questionnaire snapshot, in short transactions. A part never commits another part's work.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from assess.errors import BadInput
from assess.models import Questionnaire
from assess.storage.sqlite_file import read_transaction, translate_errors, write_transaction


@dataclass(frozen=True)
class Db:
    path: Path
    conn: sqlite3.Connection
    questionnaire: Callable[[], Questionnaire]  # the snapshot checks are made against

    def write(self) -> AbstractContextManager[sqlite3.Connection]:
        """One short write transaction (BEGIN IMMEDIATE … COMMIT)."""
        return write_transaction(self.conn, self.path)

    def read(self) -> AbstractContextManager[sqlite3.Connection]:
        """A consistent snapshot across several SELECTs."""
        return read_transaction(self.conn, self.path)

    def errors(self) -> AbstractContextManager[None]:
        """SQLite errors a user can meet, as messages naming the file and the fix."""
        return translate_errors(self.path)

    def question_order(self) -> dict[str, int]:
        return {q.id: index for index, q in enumerate(self.questionnaire().questions)}

    def unknown_respondent(self, respondent_id: str) -> BadInput:
        return BadInput.one(
            self.path,
            f"no respondent with id {respondent_id!r}",
            place="respondent",
            fix="use an id returned by add_respondent or listed by respondents()",
        )
