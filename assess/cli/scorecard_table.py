"""Print a scorecard as a terminal table."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from assess.i18n import text
from assess.models import Questionnaire, Scorecard
from assess.models.text import Lang

COLUMNS = ("dimension", "score", "level", "coverage", "confidence", "overall")


def render_scorecard(q: Questionnaire, card: Scorecard, lang: Lang) -> None:
    console = Console()
    dim_h, score_h, level_h, cov_h, conf_h, overall_h = (
        text(f"cli.score_{column}", lang) for column in COLUMNS
    )
    table = Table(title=f"{q.title.get(lang)} · v{q.version} · n={card.respondents}")
    table.add_column(dim_h)
    table.add_column(score_h, justify="right")
    table.add_column(level_h)
    table.add_column(cov_h, justify="right")
    table.add_column(conf_h)
    for dim in card.dimensions:
        level = _level(q, dim.level, lang)
        if dim.capped_by:
            level += " ⚑"
        table.add_row(
            q.dimension(dim.dimension).name.get(lang),
            _num(dim.score),
            level,
            f"{dim.coverage:.0%}",
            f"{_band(dim.confidence_band, lang)} ({dim.confidence:.2f})",
        )
    if card.groups:
        table.add_section()
        for group in card.groups:
            name = next(g.name for g in q.groups if g.id == group.group).get(lang)
            table.add_row(name, _num(group.score), _level(q, group.level, lang), "", "")
    table.add_section()
    table.add_row(overall_h, _num(card.overall_index), _level(q, card.overall_level, lang), "", "")
    console.print(table)
    capped = [(d.dimension, x) for d in card.dimensions for x in d.capped_by]
    for dim_id, qid in capped:
        note = text("cli.score_capped", lang)
        console.print(f"⚑ {q.dimension(dim_id).name.get(lang)}: {note} {qid}")


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def _level(q: Questionnaire, level: int | None, lang: Lang) -> str:
    return "–" if level is None else f"{level} {q.level_name(level).get(lang)}"


def _band(band: str, lang: Lang) -> str:
    return text(f"common.band_{band}", lang)
