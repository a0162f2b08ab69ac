"""Cross-reference checks for a roadmap knowledge base against its questionnaire."""

from __future__ import annotations

from collections.abc import Iterator

from assess.loading.kpi_checks import check_kpis
from assess.loading.questionnaire_checks import Finding, Loc
from assess.models import Initiative, KnowledgeBase, Questionnaire


def check_roadmap(kb: KnowledgeBase, q: Questionnaire) -> list[Finding]:
    """Every problem in a schema-valid knowledge base, including prerequisite cycles."""
    findings: list[Finding] = []
    if kb.questionnaire != q.id:
        findings.append(
            Finding(("questionnaire",), f"serves '{kb.questionnaire}', not '{q.id}'", "fix the id")
        )
    ids = [i.id for i in kb.initiatives]
    seen: set[str] = set()
    for index, initiative in enumerate(kb.initiatives):
        if initiative.id in seen:
            findings.append(
                Finding(("initiatives", index, "id"), f"duplicate id '{initiative.id}'", "rename")
            )
        seen.add(initiative.id)
        findings.extend(_check_initiative(("initiatives", index), initiative, q, set(ids)))
    findings.extend(_check_cycles(kb))
    findings.extend(check_kpis(kb))
    return findings


def _check_initiative(
    loc: Loc, item: Initiative, q: Questionnaire, ids: set[str]
) -> Iterator[Finding]:
    dims = {d.id for d in q.dimensions}
    if item.dimension not in dims:
        yield Finding(
            (*loc, "dimension"),
            f"unknown dimension '{item.dimension}'",
            f"use one of {sorted(dims)}",
        )
    if not q.min_level <= item.from_level < item.to_level <= q.max_level:
        yield Finding(
            (*loc, "to_level"),
            f"level step {item.from_level}→{item.to_level} is not a step up within "
            f"{q.min_level}–{q.max_level}",
            "make to_level higher than from_level and within the levels",
        )
    for i, prereq in enumerate(item.prerequisites):
        if prereq not in ids:
            yield Finding(
                (*loc, "prerequisites", i), f"unknown initiative '{prereq}'", "fix the id"
            )
        elif prereq == item.id:
            yield Finding((*loc, "prerequisites", i), "an initiative requires itself", "remove it")
    for i, qid in enumerate(item.questions):
        if not q.has_question(qid):
            yield Finding((*loc, "questions", i), f"unknown question '{qid}'", "fix the id")
    profiles = [p.id for p in q.profiles]
    for i, profile in enumerate(item.profiles):
        if profile not in profiles:
            yield Finding(
                (*loc, "profiles", i),
                f"the questionnaire declares no profile '{profile}'",
                f"use one of {', '.join(profiles) or '(none declared)'}",
            )


def _check_cycles(kb: KnowledgeBase) -> Iterator[Finding]:
    graph = {i.id: [p for p in i.prerequisites if p != i.id] for i in kb.initiatives}
    index_of = {i.id: n for n, i in enumerate(kb.initiatives)}
    reported: set[frozenset[str]] = set()
    for start in graph:
        cycle = _find_cycle(graph, start)
        if cycle and frozenset(cycle) not in reported:
            reported.add(frozenset(cycle))
            yield Finding(
                ("initiatives", index_of[start], "prerequisites"),
                "prerequisite cycle: " + " → ".join([*cycle, cycle[0]]),
                "remove one prerequisite in the cycle",
            )


def _find_cycle(graph: dict[str, list[str]], start: str) -> list[str] | None:
    """A cycle through `start`, found by depth-first search, or None."""
    stack: list[tuple[str, list[str]]] = [(start, [start])]
    visited: set[str] = set()
    while stack:
        node, path = stack.pop()
        for nxt in graph.get(node, []):
            if nxt == start:
                return path
            if nxt not in visited:
                visited.add(nxt)
                stack.append((nxt, [*path, nxt]))
    return None
