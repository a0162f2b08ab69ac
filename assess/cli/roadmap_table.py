"""Print a roadmap as terminal tables: targets and gaps, what moves the needle, the phased plan."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from assess.models import Questionnaire
from assess.models.text import Lang
from assess.planning import DimensionGap, Roadmap

_LABELS: dict[str, dict[Lang, str]] = {
    "targets": {"zh": "目标与差距", "en": "Targets and gaps"},
    "dimension": {"zh": "维度", "en": "Dimension"},
    "current": {"zh": "当前", "en": "Current"},
    "target": {"zh": "目标", "en": "Target"},
    "gap": {"zh": "差距（级/分）", "en": "Gap (levels/points)"},
    "needle": {"zh": "最能拉动得分的答案", "en": "What moves the needle"},
    "question": {"zh": "问题", "en": "Question"},
    "gain": {"zh": "得分增益", "en": "Gain"},
    "how": {"zh": "怎么做", "en": "How"},
    "plan": {"zh": "路线图", "en": "Roadmap"},
    "lever": {"zh": "方面", "en": "Lever"},
    "initiative": {"zh": "举措", "en": "Initiative"},
    "step": {"zh": "台阶", "en": "Step"},
    "effort": {"zh": "投入", "en": "Effort"},
    "impact": {"zh": "影响", "en": "Impact"},
    "priority": {"zh": "优先级", "en": "Priority"},
    "levers": {"zh": "各方面小结", "en": "Summary per lever"},
    "quick_win": {"zh": "★ 速赢", "en": "★ quick win"},
    "pulled": {"zh": "⤷ 前置举措", "en": "⤷ prerequisite"},
    "set": {"zh": "（已设定）", "en": " (set)"},
    "none": {"zh": "无", "en": "none"},
}


def render_roadmap(q: Questionnaire, roadmap: Roadmap, lang: Lang) -> None:
    console = Console()
    console.print(_gaps_table(q, roadmap, lang))
    console.print(_needle_table(roadmap, lang))
    for table in _horizon_tables(q, roadmap, lang):
        console.print(table)
    console.print(_levers_table(roadmap, lang))
    console.print(f"★ = {_LABELS['quick_win'][lang][2:]}   ⤷ = {_LABELS['pulled'][lang][2:]}")


def _gaps_table(q: Questionnaire, roadmap: Roadmap, lang: Lang) -> Table:
    table = Table(title=f"{q.title.get(lang)} · {_LABELS['targets'][lang]}")
    for key in ("dimension", "current", "target", "gap"):
        table.add_column(_LABELS[key][lang])
    for gap in roadmap.gaps:
        table.add_row(
            gap.name.get(lang),
            _current(q, gap, lang),
            _level(q, gap.target_level, lang)
            + (_LABELS["set"][lang] if gap.target_source == "set" else ""),
            f"{gap.gap_levels} / {gap.gap_points:.1f}",
        )
    return table


def _needle_table(roadmap: Roadmap, lang: Lang) -> Table:
    table = Table(title=_LABELS["needle"][lang])
    table.add_column(_LABELS["dimension"][lang])
    table.add_column(_LABELS["question"][lang], max_width=24, no_wrap=True, overflow="ellipsis")
    table.add_column(_LABELS["gain"][lang], justify="right")
    table.add_column(_LABELS["how"][lang], overflow="fold")
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
            f"{_LABELS['plan'][lang]} · {horizon.name.get(lang)} · {_LABELS['effort'][lang]} {load}"
        )
        table = Table(title=title)
        for key in ("lever", "initiative", "dimension", "step", "effort", "impact", "priority"):
            table.add_column(_LABELS[key][lang], overflow="fold")
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
            table.add_row("–", _LABELS["none"][lang])
        tables.append(table)
    return tables


def _levers_table(roadmap: Roadmap, lang: Lang) -> Table:
    table = Table(title=_LABELS["levers"][lang], show_header=False)
    table.add_column(_LABELS["lever"][lang])
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
