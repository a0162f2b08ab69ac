"""The report's section on the change since a baseline assessment (T0), in the report's words."""

from __future__ import annotations

from assess.comparison.compare import Change, Comparison
from assess.i18n import text
from assess.models.text import Lang
from assess.report.context_since import ChangeRow, ChangeSection

MARKS = {"up": "▲", "down": "▼", "no_significant_change": "=", "too_few_respondents": "?"}


def change_section(c: Comparison, lang: Lang) -> ChangeSection:
    def label(key: str, **values: object) -> str:
        return text(f"report.change_{key}", lang, **values)

    dimensions = []
    for d in c.dimensions:
        target = ""
        if d.target is not None:
            target = label("reached") if d.target_reached else label("short", level=d.target)
        dimensions.append(change_row(d.name.get(lang), d, target, lang))
    moved = [q for q in c.questions if q.verdict in ("up", "down") or q.initiatives]
    separator = text("report.list_separator", lang)
    removed, added = ", ".join(c.removed) or "–", ", ".join(c.added) or "–"
    return ChangeSection(
        title=label("title", before=c.respondents_before, after=c.respondents_after),
        dimensions=dimensions,
        questions=[change_row(q.text.get(lang), q, "", lang) for q in moved],
        initiatives=[separator.join(i.get(lang) for i in q.initiatives) for q in moved],
        not_compared=label("not_compared", removed=removed, added=added)
        if c.removed or c.added
        else "",
        method=c.method,
    )


def change_row(name: str, change: Change, target: str, lang: Lang) -> ChangeRow:
    """One row: both scores, the change, its interval and the verdict, as printed."""

    def number(value: float | None) -> str:
        return "—" if value is None else f"{value:.1f}"

    interval = (
        "—"
        if change.low is None or change.high is None
        else f"{change.low:+.1f} … {change.high:+.1f}"
    )
    return ChangeRow(
        name=name,
        before=number(change.before),
        after=number(change.after),
        change="—" if change.change is None else f"{change.change:+.1f}",
        interval=interval,
        verdict=f"{MARKS[change.verdict]} {text(f'report.change_{change.verdict}', lang)}",
        verdict_class=change.verdict,
        target=target,
    )
