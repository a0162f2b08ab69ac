"""Cross-reference checks for a roadmap knowledge base against its questionnaire."""

from __future__ import annotations

import re
from collections.abc import Iterator

from assess.loading.questionnaire_checks import Finding, Loc
from assess.models import Initiative, KnowledgeBase, Questionnaire
from assess.models.roadmap import KpiKind


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
    findings.extend(_check_kpi_kinds(kb))
    return findings


VANITY = re.compile(
    r"traffic|visit|page_?view|click|impression|follower|fans?\b|likes?\b|downloads?|"
    r"users?_count|user_count|active_users|sign_?ups|installs|reach|exposure|流量|粉丝|点击|曝光|下载",
    re.IGNORECASE,
)


def _check_kpi_kinds(kb: KnowledgeBase) -> Iterator[Finding]:
    """Declared kinds never count raw traffic; every KPI names a built-in or declared kind."""
    declared = {k.id for k in kb.kpi_kinds}
    built_in = {k.value for k in KpiKind}
    for index, kind in enumerate(kb.kpi_kinds):
        if kind.id in built_in:
            yield Finding(
                ("kpi_kinds", index, "id"), f"'{kind.id}' is a built-in kind", "use it as it is"
            )
        words = " ".join([kind.id, *(t for t in (kind.name.zh, kind.name.en) if t)])
        if VANITY.search(words):
            yield Finding(
                ("kpi_kinds", index),
                f"KPI kind '{kind.id}' counts traffic, followers or users: a vanity figure",
                "measure depth of change instead (conversion, retention, cycle time, share of "
                "decisions backed by data …)",
            )
    for i, initiative in enumerate(kb.initiatives):
        for n, kpi in enumerate(initiative.kpis):
            if kpi.kind not in built_in | declared:
                known = ", ".join(sorted(built_in | declared))
                yield Finding(
                    ("initiatives", i, "kpis", n, "kind"),
                    f"unknown KPI kind '{kpi.kind}'",
                    f"use one of {known}, or declare it under kpi_kinds",
                )


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
