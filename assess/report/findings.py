"""The executive summary's findings: three claims a board can check, each with the figures that
back it (who answered what, with which evidence), not a restatement of the chart.

Candidates, in the order they are preferred: a dimension held down by a critical question; the
weakest dimension and the answer that sinks it; two roles that see one practice differently;
how much of the picture rests on belief; the strongest dimension. The first three are kept.
"""

from __future__ import annotations

from collections.abc import Iterator

from assess.aggregation.models import WorkshopSummary
from assess.i18n import text
from assess.models import DimensionScore, Question, Questionnaire, Scorecard
from assess.models.assessment import Assessment
from assess.models.response import Evidence
from assess.models.text import Lang
from assess.report.context import KeyFinding
from assess.report.fmt import level_text, score_text
from assess.scoring import pooled_inputs

FINDINGS = 3
ROLE_GAP = 25.0  # points (0–100) between two roles' means worth a finding: a step on five options
THIN_EVIDENCE, FIRM_EVIDENCE = 0.25, 0.5  # shares of answers backed by an artefact


def key_findings(
    assessment: Assessment, scorecard: Scorecard, across: WorkshopSummary | None, lang: Lang
) -> list[KeyFinding]:
    facts = _Facts(assessment, scorecard, lang)
    found: list[KeyFinding] = []
    named: set[str] = set()  # dimensions already the subject of a finding
    for finding, dimension in [
        *facts.capped(),
        *facts.weakest(),
        *facts.roles_apart(across),
        *facts.evidence(thin=True),
        *facts.strongest(),
        *facts.evidence(thin=False),
    ]:
        if dimension is None or dimension not in named:
            found.append(finding)
            named.add(dimension or "")
    return found[:FINDINGS]


Candidate = tuple[KeyFinding, str | None]  # the finding, and the dimension it is about


class _Facts:
    """What the findings are made of, worded in one language."""

    def __init__(self, assessment: Assessment, scorecard: Scorecard, lang: Lang) -> None:
        self.a, self.card, self.lang = assessment, scorecard, lang
        self.q: Questionnaire = assessment.questionnaire
        self.inputs = pooled_inputs(self.q, assessment.counts)
        self.scored = [d for d in scorecard.dimensions if d.score is not None]

    def capped(self) -> Iterator[Candidate]:
        held = [d for d in self.scored if d.capped_by]
        if not held:
            return
        dim = max(held, key=lambda d: ((d.uncapped_level or 0) - (d.level or 0), d.score or 0))
        question = self.q.question(dim.capped_by[0])
        assert question.critical is not None
        low, answered = self._below(question, question.critical.below)
        yield self._finding(
            "capped",
            dim,
            question,
            low=low,
            n=answered,
            below=self.q.first_not_low(question),
            uncapped=level_text(self.q, dim.uncapped_level, self.lang),
        )

    def weakest(self) -> Iterator[Candidate]:
        if len(self.scored) < 2:
            return
        for dim in sorted(self.scored, key=lambda d: (d.score or 0.0, d.dimension)):
            question = self._lowest_question(dim.dimension)
            if question is not None:
                options = self.q.options_for(question)
                bar = options[min(2, len(options) - 1)].value  # the two lowest options
                low, answered = self._below(question, bar)
                artefacts = self._evidence_counts(question.id).get(Evidence.ARTEFACT, 0)
                yield self._finding(
                    "weakest", dim, question, low=low, n=answered, artefacts=artefacts
                )
                return

    def strongest(self) -> Iterator[Candidate]:
        if len(self.scored) < 2:
            return
        dim = max(self.scored, key=lambda d: (d.score or 0.0, d.dimension))
        questions = self.q.questions_in(dim.dimension)
        upper = sum(
            1
            for x in questions
            if (i := self.inputs.get(x.id)) is not None and (i.fraction or 0.0) >= 0.5
        )
        yield self._finding("strongest", dim, None, upper=upper, total=len(questions))

    def roles_apart(self, across: WorkshopSummary | None) -> Iterator[Candidate]:
        if across is None:
            return
        spreads = [s for s in across.questions if s.role_gap is not None]
        if not spreads:
            return
        widest = max(spreads, key=lambda s: (s.role_gap or 0.0, s.question_id))
        if (widest.role_gap or 0.0) < ROLE_GAP:
            return
        cells = [c for c in widest.by_role if c.shown and c.stats is not None]
        high = max(cells, key=lambda c: c.stats.mean if c.stats else 0.0)
        low = min(cells, key=lambda c: c.stats.mean if c.stats else 0.0)
        question = self.q.question(widest.question_id)
        dim = self.card.dimension(question.dimension)
        yield self._finding(
            "roles_apart",
            dim,
            question,
            high=high.name or text("report.other_roles", self.lang),
            low=low.name or text("report.other_roles", self.lang),
            high_at=f"{self._position(question, high.stats.mean if high.stats else 0):.1f}",
            low_at=f"{self._position(question, low.stats.mean if low.stats else 0):.1f}",
            gap=f"{widest.role_gap:.0f}",
        )

    def evidence(self, *, thin: bool) -> Iterator[Candidate]:
        counts: dict[Evidence | None, int] = {}
        for x in self.q.questions:
            for basis, n in self._evidence_counts(x.id).items():
                counts[basis] = counts.get(basis, 0) + n
        total = sum(counts.values())
        if total == 0:
            return
        share = counts.get(Evidence.ARTEFACT, 0) / total
        if (thin and share >= THIN_EVIDENCE) or (not thin and share < FIRM_EVIDENCE):
            return
        key = "evidence_thin" if thin else "evidence_firm"
        values = {
            "total": total,
            "artefacts": counts.get(Evidence.ARTEFACT, 0),
            "share": f"{share:.0%}",
            "beliefs": counts.get(Evidence.BELIEF, 0),
            "unstated": counts.get(None, 0),
        }
        finding = KeyFinding(
            claim=text(f"report.finding_{key}", self.lang),
            evidence=text(f"report.finding_{key}_evidence", self.lang, **values),
        )
        yield finding, None

    # -- helpers -------------------------------------------------------------------------

    def _finding(
        self, key: str, dim: DimensionScore, question: Question | None, **values: object
    ) -> Candidate:
        words = {
            "dimension": self.q.dimension(dim.dimension).name.get(self.lang),
            "score": score_text(dim.score),
            "level": level_text(self.q, dim.level, self.lang),
            "question": question.text.get(self.lang) if question else "",
            **values,
        }
        finding = KeyFinding(
            claim=text(f"report.finding_{key}", self.lang, **words),
            evidence=text(f"report.finding_{key}_evidence", self.lang, **words),
        )
        return finding, dim.dimension

    def _below(self, question: Question, bar: float) -> tuple[int, int]:
        """(respondents who chose an option below ``bar``, respondents who chose an option)."""
        chosen = {
            choice: n
            for choice, n in self.a.counts.choices(question.id).items()
            if not isinstance(choice, str)
        }
        return sum(n for choice, n in chosen.items() if choice < bar), sum(chosen.values())

    def _evidence_counts(self, question_id: str) -> dict[Evidence | None, int]:
        found: dict[Evidence | None, int] = {}
        for (choice, basis, _), n in self.a.counts.per_question.get(question_id, {}).items():
            if not isinstance(choice, str):
                key = None if basis is None else Evidence(basis)
                found[key] = found.get(key, 0) + n
        return found

    def _lowest_question(self, dimension_id: str) -> Question | None:
        answered = [
            x
            for x in self.q.questions_in(dimension_id)
            if (i := self.inputs.get(x.id)) is not None and i.fraction is not None
        ]
        if not answered:
            return None
        return min(answered, key=lambda x: (self.inputs[x.id].fraction or 0.0, -x.weight, x.id))

    def _position(self, question: Question, value: float) -> float:
        """A mean option value as a position on the question's scale (1 = lowest option)."""
        options = self.q.options_for(question)
        return 1 + self.q.fraction(question, value) * (len(options) - 1)
