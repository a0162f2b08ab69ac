"""Write respondents as a CSV that survey tools, spreadsheets and ``assess import`` read.

Columns: id, name, role, group, one per question id (the option's number, ``N/A`` or ``?``;
empty when not answered), then ``<question id>:note`` for each question that has a note.
Evidence bases and answer times are not part of the CSV; the JSON export keeps everything.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from assess.models import Questionnaire
from assess.models.plain import PlainRespondent
from assess.models.response import DONT_KNOW, NA, Choice

CELL_TEXT = {NA: "N/A", DONT_KNOW: "?"}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def answers_csv(q: Questionnaire, people: Sequence[PlainRespondent]) -> str:
    """The CSV text (no byte-order mark; add one when writing a file for Excel)."""
    question_ids = [x.id for x in q.questions]
    noted = [qid for qid in question_ids if any(_note(p, qid) for p in people)]
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["id", "name", "role", "group", *question_ids, *(f"{q}:note" for q in noted)])
    for person in people:
        cells = [_choice_cell(person, qid) for qid in question_ids]
        notes = [_note(person, qid) for qid in noted]
        texts = [person.id or "", person.name, person.role, person.group or ""]
        writer.writerow([*map(guard_text, texts), *cells, *map(guard_text, notes)])
    return out.getvalue()


def guard_text(text: str) -> str:
    """Keep spreadsheets from running user text as a formula: prefix a quote (import drops it)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def unguard_text(text: str) -> str:
    """Undo ``guard_text``."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_STARTS) else text


def _choice_cell(person: PlainRespondent, question_id: str) -> str:
    answer = person.answers.get(question_id)
    return "" if answer is None else choice_text(answer[0])


def choice_text(choice: Choice) -> str:
    return CELL_TEXT.get(str(choice), str(choice))


def _note(person: PlainRespondent, question_id: str) -> str:
    answer = person.answers.get(question_id)
    return "" if answer is None else answer[1]
