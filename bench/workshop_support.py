"""Data and worker processes for the workshop benchmarks (kept importable for spawned workers)."""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assess.aggregation import AnswerMatrix
from assess.models import Answer, Questionnaire
from assess.storage import Workspace

ROLES = ["高管", "中层经理", "一线员工", "IT", "顾问"]
EVIDENCE = [None, "belief", "example", "artefact"]


def cell(q: Questionnaire, question_id: str, rng: random.Random) -> int | str | None:
    """A plausible answer: mostly options, some N/A, "don't know" and blanks."""
    question = q.question(question_id)
    roll = rng.random()
    if roll < 0.03:
        return "dont_know"
    if roll < 0.05 and question.allow_na:
        return "na"
    if roll < 0.07:
        return None
    values = [o.value for o in q.options_for(question)]
    return rng.choice(values)


def random_matrix(q: Questionnaire, respondents: int, seed: int = 7) -> AnswerMatrix:
    rng = random.Random(seed)
    ids = [x.id for x in q.questions]
    return AnswerMatrix(
        question_ids=tuple(ids),
        roles=tuple(rng.choice(ROLES) for _ in range(respondents)),
        groups=tuple(f"部门{rng.randrange(20)}" for _ in range(respondents)),
        choices=tuple([cell(q, qid, rng) for _ in range(respondents)] for qid in ids),
        notes=tuple([rng.random() < 0.05 for _ in range(respondents)] for _ in ids),
        evidence=tuple([rng.choice(EVIDENCE) for _ in range(respondents)] for _ in ids),
    )


def write_survey_csv(q: Questionnaire, path: Path, rows: int, seed: int = 11) -> None:
    """A survey-tool export: UTF-8 with BOM, numbers, N/A, ?, and some options as text."""
    rng = random.Random(seed)
    ids = [x.id for x in q.questions]
    lines = [",".join(["姓名", "角色", "部门", *ids])]
    for index in range(rows):
        cells = [_csv_cell(q, qid, rng) for qid in ids]
        lines.append(",".join([f"受访者{index}", rng.choice(ROLES), f"部门{index % 20}", *cells]))
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")


def _csv_cell(q: Questionnaire, question_id: str, rng: random.Random) -> str:
    value = cell(q, question_id, rng)
    if value is None:
        return ""
    if value == "na":
        return "N/A"
    if value == "dont_know":
        return "不知道"
    if rng.random() < 0.1:  # some survey tools export the option's text
        option = next(o for o in q.options_for(q.question(question_id)) if o.value == value)
        return '"' + option.text.zh.replace('"', '""') + '"'
    return str(value)


def autosave_worker(
    path: str, index: int, barrier: Any, results: Any, rounds: int, pause: float
) -> None:
    """One participant: join, then answer every question `rounds` times, timing each save.

    Between saves the worker waits a random 0 to 2 × `pause` seconds (0: no pause at all).
    """
    stamp = datetime.now(UTC)
    rng = random.Random(index)
    with Workspace.open(path) as ws:
        q = ws.questionnaire()
        barrier.wait(timeout=300)
        rid = ws.answers.add_respondent(f"participant {index}", role=ROLES[index % len(ROLES)])
        latencies = []
        for round_no in range(rounds):
            for number, question in enumerate(q.questions):
                values = [o.value for o in q.options_for(question)]
                choice = values[(index + number + round_no) % len(values)]
                answer = Answer(choice=choice, note=f"{index}/{round_no}", answered_at=stamp)
                if pause:
                    time.sleep(rng.uniform(0, 2 * pause))
                start = time.perf_counter()
                ws.answers.save(rid, question.id, answer)
                latencies.append(time.perf_counter() - start)
    results.put((index, rid, latencies))
