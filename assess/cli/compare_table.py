"""Print a comparison of two assessments as terminal tables."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from assess.comparison.compare import Change, Comparison
from assess.i18n import text
from assess.models.text import Lang

MARKS = {"up": "▲", "down": "▼", "no_significant_change": "=", "too_few_respondents": "?"}


def render_comparison(c: Comparison, lang: Lang) -> None:
    console = Console()
    if not console.is_terminal:  # into a file or a pipe: whole lines, not 80 columns
        console = Console(width=160)

    def t(key: str, **values: object) -> str:
        return text(f"cli.compare_{key}", lang, **values)

    table = Table(
        title=t("title", before=c.respondents_before, after=c.respondents_after),
        caption=t("legend"),
    )
    for heading in ("dimension", "t0", "t1", "change", "interval", "verdict", "target"):
        table.add_column(t(heading), justify="left" if heading == "dimension" else "right")
    for d in c.dimensions:
        target = (
            ""
            if d.target is None
            else (t("reached") if d.target_reached else t("short", level=d.target))
        )
        table.add_row(d.name.get(lang), *_cells(d, lang), target)
    console.print(table)
    moved = [q for q in c.questions if q.verdict in ("up", "down") or q.initiatives]
    if moved:
        questions = Table(title=t("questions_title"))
        for heading in ("question", "t0", "t1", "change", "interval", "verdict", "initiatives"):
            questions.add_column(
                t(heading), justify="left" if heading in ("question", "initiatives") else "right"
            )
        for q in moved:
            planned = "; ".join(i.get(lang) for i in q.initiatives)
            questions.add_row(q.text.get(lang), *_cells(q, lang), planned)
        console.print(questions)
    if c.removed or c.added:
        console.print(
            t("not_compared", removed=", ".join(c.removed) or "–", added=", ".join(c.added) or "–")
        )
    console.print(c.method, style="dim")


def _cells(change: Change, lang: Lang) -> list[str]:
    def number(value: float | None) -> str:
        return "—" if value is None else f"{value:.1f}"

    interval = (
        "—"
        if change.low is None or change.high is None
        else f"{change.low:+.1f} … {change.high:+.1f}"
    )
    delta = "—" if change.change is None else f"{change.change:+.1f}"
    verdict = f"{MARKS[change.verdict]} {text(f'cli.compare_{change.verdict}', lang)}"
    return [number(change.before), number(change.after), delta, interval, verdict]
