"""Hypothesis strategies for the planner: random answers and random knowledge bases (DAGs)."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from assess.models import Answer, KnowledgeBase, Questionnaire
from assess.planning import Capacity
from tests.conftest import NOW
from tests.strategies import LEVELS, questionnaires

KPI = {
    "name": {"zh": "留存率", "en": "Retention"},
    "kind": "retention",
    "unit": {"zh": "%", "en": "%"},
    "direction": "up",
}


def _text(word: str) -> dict[str, str]:
    return {"zh": f"{word}(中)", "en": word}


@st.composite
def answer_sets(draw: st.DrawFn, q: Questionnaire) -> list[dict[str, Answer]]:
    """One to three respondents, each answering a random subset with values, N/A or don't know."""
    sets = []
    for _ in range(draw(st.integers(1, 3))):
        answers = {}
        for question in q.questions:
            values = [o.value for o in q.options_for(question)]
            choices: list[Any] = [*values, *values, "dont_know", None]
            if question.allow_na:
                choices.append("na")
            choice = draw(st.sampled_from(choices))
            if choice is not None:
                note = draw(st.sampled_from(["", "because"]))
                answers[question.id] = Answer(choice=choice, note=note, answered_at=NOW)
        sets.append(answers)
    return sets


@st.composite
def knowledge_bases(draw: st.DrawFn, q: Questionnaire) -> KnowledgeBase:
    """A random DAG of initiatives: each may require any initiative drawn before it.

    The file order is shuffled, so it is not a topological order.
    """
    dims = [d.id for d in q.dimensions]
    questions = [x.id for x in q.questions]
    items: list[dict[str, Any]] = []
    for n in range(draw(st.integers(1, 24))):
        start = draw(st.integers(1, LEVELS - 1))
        earlier = [i["id"] for i in items]
        prereqs = (
            draw(st.lists(st.sampled_from(earlier), max_size=3, unique=True)) if earlier else []
        )
        items.append(
            {
                "id": f"i{n:02d}",
                "title": _text(f"initiative {n}"),
                "description": _text(f"does {n}"),
                "dimension": draw(st.sampled_from(dims)),
                "lever": draw(st.sampled_from(["organization", "process", "culture", "tech"])),
                "from_level": start,
                "to_level": draw(st.integers(start + 1, LEVELS)),
                "effort": draw(st.integers(1, 5)),
                "impact": draw(st.integers(1, 5)),
                "prerequisites": prereqs,
                "questions": draw(st.lists(st.sampled_from(questions), max_size=2, unique=True)),
                "kpis": [KPI],
            }
        )
    shuffled = draw(st.permutations(items))
    return KnowledgeBase.model_validate(
        {"id": "random-kb", "questionnaire": q.id, "initiatives": shuffled}
    )


@st.composite
def targets(draw: st.DrawFn, q: Questionnaire) -> dict[str, int]:
    dims = [d.id for d in q.dimensions]
    chosen = draw(st.lists(st.sampled_from(dims), unique=True))
    return {d: draw(st.integers(1, LEVELS)) for d in chosen}


capacities = st.builds(
    Capacity, per_quarter=st.integers(1, 10), first_horizon_max_effort=st.integers(1, 5)
)


@st.composite
def planning_inputs(
    draw: st.DrawFn,
) -> tuple[Questionnaire, KnowledgeBase, list[dict[str, Answer]], dict[str, int], Capacity]:
    q = draw(questionnaires())
    return q, draw(knowledge_bases(q)), draw(answer_sets(q)), draw(targets(q)), draw(capacities)
