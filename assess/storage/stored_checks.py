"""Data read back from a workspace must still fit its questionnaire snapshot.

Every write is checked, so a stored answer off its question's scale means the file was changed
behind assess (by hand, another tool, a damaged disk). Scoring it would print a wrong number in
a client's report; the workspace is called damaged instead, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from assess.errors import BadInput
from assess.models import Questionnaire
from assess.models.plain import PlainRespondent
from assess.models.workshop import Consensus
from assess.storage.checks import Finding
from assess.storage.workshop_checks import consensus_finding, plain_findings


def check_stored_answers(path: Path, q: Questionnaire, people: Sequence[PlainRespondent]) -> None:
    _refuse(path, plain_findings(q, people), "answers")


def check_stored_consensus(path: Path, q: Questionnaire, decisions: Sequence[Consensus]) -> None:
    _refuse(path, consensus_findings(q, decisions), "consensus decisions")


def consensus_findings(q: Questionnaire, decisions: Sequence[Consensus]) -> list[Finding]:
    found = (consensus_finding(q, d.question_id, d.choice) for d in decisions)
    return [f for f in found if f is not None]


def _refuse(path: Path, findings: list[Finding], what: str) -> None:
    if not findings:
        return
    first = findings[0]
    raise BadInput.one(
        path,
        f"the workspace is damaged: {len(findings)} stored {what} do not fit its questionnaire "
        f"(first: {first.place}: {first.message})",
        fix="restore the file from a backup; nothing was written",
    )
