"""The "from → to" frame: the questionnaire's contrasts of the old way and the new one, with
where the organization stands on each (the mean score of the dimensions it links)."""

from __future__ import annotations

from statistics import mean

from assess.i18n import text
from assess.models import Questionnaire, Scorecard
from assess.models.text import Lang
from assess.report.context import Frame, FrameRow
from assess.report.fmt import score_text


def frame(q: Questionnaire, scorecard: Scorecard, lang: Lang) -> Frame | None:
    if not q.contrasts:
        return None
    title = (
        text("report.frame_title_to", lang, measures=q.measures.get(lang))
        if q.measures
        else text("report.frame_title", lang)
    )
    return Frame(title=title, rows=_rows(q, scorecard, lang))


def _rows(q: Questionnaire, scorecard: Scorecard, lang: Lang) -> list[FrameRow]:
    rows = []
    for contrast in q.contrasts:
        scores = [
            found
            for dim in contrast.dimensions
            if (found := scorecard.dimension(dim).score) is not None
        ]
        position = mean(scores) if scores else None
        rows.append(
            FrameRow(
                aspect=contrast.aspect.get(lang),
                before=contrast.before.get(lang),
                after=contrast.after.get(lang),
                dimensions=text("common.list_separator", lang).join(
                    q.dimension(d).name.get(lang) for d in contrast.dimensions
                ),
                figure=score_text(position),
                position=None if position is None else round(position, 1),
            )
        )
    return rows
