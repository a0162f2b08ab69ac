"""Why an initiative is in the plan, in words: which gap, which answers, what needs it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from assess.models import Initiative
from assess.models.text import Text
from assess.planning.answers import baseline_hint
from assess.planning.labels import LIST_SEPARATOR, concat, join, label
from assess.planning.models import AnswerSummary, DimensionGap
from assess.planning.selection import Selected


def initiative_reason(
    item: Selected,
    gap: DimensionGap,
    titles: Mapping[str, Text],
    answers: Sequence[AnswerSummary],
) -> Text:
    parts = [_main_reason(item, gap, titles)]
    if item.inclusion == "gap" and item.required_by:
        parts.append(label("also_needed", needed_by=_titles(item.required_by, titles)))
    if any(a.status == "value" for a in answers):
        parts.append(label("answers_reason", hints=baseline_hint(answers)))
    return concat(*parts)


def current_level_text(gap: DimensionGap) -> Text:
    if gap.current_level is None:
        return label("not_assessed")
    return label("level", level=gap.current_level)


def _main_reason(item: Selected, gap: DimensionGap, titles: Mapping[str, Text]) -> Text:
    step = {"from_level": item.initiative.from_level, "to_level": item.initiative.to_level}
    current = current_level_text(gap)
    if item.inclusion == "unlock":
        return label("unlock_reason", dimension=gap.name, current=current)
    if item.inclusion == "prerequisite":
        needed_by = _titles(item.required_by, titles)
        return label(
            "prerequisite_reason",
            needed_by=needed_by,
            dimension=gap.name,
            current=current,
            **step,
        )
    return label(
        "capped_reason" if gap.gap_points == 0 and gap.capped_by else "gap_reason",
        dimension=gap.name,
        current=current,
        target=gap.target_level,
        points=f"{gap.gap_points:.1f}",
        **step,
    )


def _titles(ids: Sequence[str], titles: Mapping[str, Text]) -> Text:
    return join([titles[i] for i in ids], LIST_SEPARATOR)


def initiative_titles(initiatives: Sequence[Initiative]) -> dict[str, Text]:
    return {i.id: i.title for i in initiatives}
