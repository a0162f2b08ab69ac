"""Print a roadmap as terminal tables: targets and gaps, what moves the needle, the phased plan."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from assess.i18n import text
from assess.models import Questionnaire
from assess.models.text import Lang
from assess.planning import DimensionGap, Roadmap


def render_roadmap(q: Questionnaire, roadmap: Roadmap, lang: Lang) -> None:
    console = Console()
    console.print(_gaps_table(q, roadmap, lang))
    console.print(_needle_table(roadmap, lang))
    if roadmap.knowledge_base_id is None:
        console.print(text("report.no_catalogue", lang))
        return
    for table in _horizon_tables(q, roadmap, lang):
        console.print(table)
    console.print(_levers_table(roadmap, lang))
    quick, pulled = text("cli.plan_quick_win", lang), text("cli.plan_pulled", lang)
    console.print(f"★ = {quick[2:]}   ⤷ = {pulled[2:]}")


def _gaps_table(q: Questionnaire, roadmap: Roadmap, lang: Lang) -> Table:
    table = Table(title=f"{q.title.get(lang)} · {text('cli.plan_targets', lang)}")
    for key in ("dimension", "current", "target", "gap"):
        table.add_column(text(f"cli.plan_{key}", lang))
    for gap in roadmap.gaps:
        table.add_row(
            gap.name.get(lang),
            _current(q, gap, lang),
            _level(q, gap.target_level, lang)
            + (text("cli.plan_set", lang) if gap.target_source == "set" else ""),
            f"{gap.gap_levels} / {gap.gap_points:.1f}",
        )
    return table


def _needle_table(roadmap: Roadmap, lang: Lang) -> Table:
    table = Table(title=text("cli.plan_needle", lang))
    table.add_column(text("cli.plan_dimension", lang))
    table.add_column(
        text("cli.plan_question", lang), max_width=24, no_wrap=True, overflow="ellipsis"
    )
    table.add_column(text("cli.plan_gain", lang), justify="right")
    table.add_column(text("cli.plan_how", lang), overflow="fold")
    for gap in roadmap.gaps:
        table.add_section()
        for n, mover in enumerate(gap.needle_movers):
            table.add_row(
                gap.name.get(lang) if n == 0 else "",
                mover.text.get(lang),
                "" if mover.gain_one_step is None else f"+{mover.gain_one_step:.1f}",
                mover.hint.get(lang),
            )
    return table


def _horizon_tables(q: Questionnaire, roadmap: Roadmap, lang: Lang) -> list[Table]:
    """One table per horizon, titled with its name and its load."""
    lever_names = {lp.lever: lp.name.get(lang) for lp in roadmap.levers}
    tables = []
    for horizon in roadmap.horizons:
        load = f"{horizon.effort}/{horizon.capacity}" if horizon.capacity else str(horizon.effort)
        title = (
            f"{text('cli.plan_plan', lang)} · {horizon.name.get(lang)} · "
            f"{text('cli.plan_effort', lang)} {load}"
        )
        table = Table(title=title)
        for key in ("lever", "initiative", "dimension", "step", "effort", "impact", "priority"):
            table.add_column(text(f"cli.plan_{key}", lang), overflow="fold")
        for item in roadmap.in_horizon(horizon.horizon):
            marks = " ★" if item.quick_win else ""
            marks += " ⤷" if item.inclusion == "prerequisite" else ""
            table.add_row(
                lever_names[item.lever],
                item.title.get(lang) + marks,
                q.dimension(item.dimension).name.get(lang),
                f"{item.from_level}→{item.to_level}",
                str(item.effort),
                str(item.impact),
                f"{item.priority:.2f}",
            )
        if not table.row_count:
            table.add_row("–", text("cli.plan_none", lang))
        tables.append(table)
    return tables


def _levers_table(roadmap: Roadmap, lang: Lang) -> Table:
    table = Table(title=text("cli.plan_levers", lang), show_header=False)
    table.add_column(text("cli.plan_lever", lang))
    table.add_column("")
    for lever in roadmap.levers:
        table.add_row(lever.name.get(lang), lever.summary.get(lang))
    return table


def _current(q: Questionnaire, gap: DimensionGap, lang: Lang) -> str:
    if gap.current_level is None or gap.current_score is None:
        return "–"
    return f"{_level(q, gap.current_level, lang)} ({gap.current_score:.1f})"


def _level(q: Questionnaire, level: int, lang: Lang) -> str:
    return f"{level} {q.level_name(level).get(lang)}"
