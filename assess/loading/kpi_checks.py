"""Checks of a catalogue's KPIs: kinds known and never vanity, ids resolved, adoption paired."""

from __future__ import annotations

import re
from collections.abc import Iterator

from assess.loading.questionnaire_checks import Finding, Loc, duplicates
from assess.models import KnowledgeBase
from assess.models.roadmap import Kpi, KpiKind

VANITY = re.compile(
    r"traffic|visit|page_?view|click|impression|follower|fans?\b|likes?\b|downloads?|"
    r"users?_count|user_count|active_users|sign_?ups|installs|reach|exposure|流量|粉丝|点击|曝光|下载",
    re.IGNORECASE,
)


def check_kpis(kb: KnowledgeBase) -> list[Finding]:
    return [
        *_check_kinds(kb),
        *duplicates(("kpis",), [k.id or "" for k in kb.kpis], "KPI id"),
        *(
            Finding(("kpis", n), "a KPI of the library needs an id", "give it one")
            for n, kpi in enumerate(kb.kpis)
            if kpi.id is None
        ),
        *_check_references(kb),
    ]


def _check_kinds(kb: KnowledgeBase) -> Iterator[Finding]:
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
    written: list[tuple[Loc, Kpi]] = [(("kpis", n), k) for n, k in enumerate(kb.kpis)]
    written += [
        (("initiatives", i, "kpis", n), k)
        for i, initiative in enumerate(kb.initiatives)
        for n, k in enumerate(initiative.kpis)
        if isinstance(k, Kpi)
    ]
    for loc, kpi in written:
        if kpi.kind not in built_in | declared:
            yield Finding(
                (*loc, "kind"),
                f"unknown KPI kind '{kpi.kind}'",
                f"use one of {', '.join(sorted(built_in | declared))}, or declare it under "
                "kpi_kinds",
            )


def _check_references(kb: KnowledgeBase) -> Iterator[Finding]:
    """KPIs named by id exist; an initiative measured by adoption also measures an outcome."""
    named = {k.id for k in kb.kpis}
    for i, initiative in enumerate(kb.initiatives):
        for n, kpi in enumerate(initiative.kpis):
            if isinstance(kpi, str) and kpi not in named:
                yield Finding(
                    ("initiatives", i, "kpis", n),
                    f"unknown KPI '{kpi}'",
                    "define it under `kpis:` or fix the id",
                )
        kpis = kb.kpis_of(initiative)
        if any(k.adoption for k in kpis) and all(k.adoption for k in kpis):
            yield Finding(
                ("initiatives", i, "kpis"),
                "every KPI counts adoption (a tool or practice used), none an outcome",
                "pair it with a KPI of the result the adoption is for",
            )
