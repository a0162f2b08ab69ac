"""The report's page on how the engagement stands among the firm's own portfolio of peers."""

from __future__ import annotations

from assess.i18n import text
from assess.models import Questionnaire
from assess.models.text import Lang
from assess.portfolio.benchmark import MIN_PEERS, Standing
from assess.report.context_since import PeerRow, PeersSection


def peers_section(q: Questionnaire, standing: Standing, lang: Lang) -> PeersSection:
    def number(value: float | None, digits: int = 1) -> str:
        return "—" if value is None else f"{value:.{digits}f}"

    rows = [
        PeerRow(
            name=q.dimension(d.dimension).name.get(lang),
            score=number(d.score),
            percentile=number(d.percentile, 0),
            quartiles=f"{number(d.peers_p25)} / {number(d.peers_median)} / {number(d.peers_p75)}",
        )
        for d in standing.dimensions
    ]
    enough = standing.enough
    return PeersSection(
        title=text("report.peers_title", lang, n=standing.peers),
        lead=text(
            "report.peers_lead" if enough else "report.peers_too_few",
            lang,
            n=standing.peers,
            minimum=MIN_PEERS,
        ),
        rows=rows if enough else [],
    )
