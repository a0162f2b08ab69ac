"""Print a comparison of two assessments as terminal tables (the report's change section)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from assess.comparison.compare import Comparison
from assess.i18n import text
from assess.models.text import Lang
from assess.report.change import change_section

NUMBERS = ("t0", "t1", "change", "interval", "verdict")


def render_comparison(c: Comparison, lang: Lang) -> None:
    console = Console()
    if not console.is_terminal:  # into a file or a pipe: whole lines, not 80 columns
        console = Console(width=160)

    def t(key: str) -> str:
        return text(f"report.change_{key}", lang)

    section = change_section(c, lang)
    table = Table(title=section.title, caption=t("legend"))
    table.add_column(t("dimension"))
    for heading in (*NUMBERS, "target"):
        table.add_column(t(heading), justify="right")
    for row in section.dimensions:
        table.add_row(row.name, row.before, row.after, row.change, row.interval, row.verdict,
                      row.target)  # fmt: skip
    console.print(table)
    if section.questions:
        questions = Table(title=t("questions_title"))
        questions.add_column(t("question"))
        for heading in NUMBERS:
            questions.add_column(t(heading), justify="right")
        questions.add_column(t("initiatives"))
        for row, planned in zip(section.questions, section.initiatives, strict=True):
            questions.add_row(row.name, row.before, row.after, row.change, row.interval,
                              row.verdict, planned)  # fmt: skip
        console.print(questions)
    if section.not_compared:
        console.print(section.not_compared)
    console.print(section.method, style="dim")
