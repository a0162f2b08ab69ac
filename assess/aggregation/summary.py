"""Summarize a workshop: spread, role gaps, hotspots and scorecards in one pass over the answers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from assess.aggregation.breakdown import Partition, cross_protect, partition
from assess.aggregation.hotspots import rank_hotspots
from assess.aggregation.matrix import AnswerMatrix, matrix_from_plain
from assess.aggregation.method import method_text
from assess.aggregation.models import DimensionSpread, WorkshopSummary
from assess.aggregation.spread import PartCounts, dimension_spread, question_spread
from assess.aggregation.tally import QuestionTally, dimension_positions, tally_question
from assess.models import Questionnaire, Scorecard
from assess.models.plain import PlainRespondent
from assess.models.workshop import Consensus
from assess.scoring.consensus import apply_consensus
from assess.scoring.engine import score
from assess.scoring.inputs import QuestionInput

DEFAULT_MIN_GROUP_SIZE = 3
DEFAULT_HOTSPOTS = 10


def summarize_workshop(
    q: Questionnaire,
    matrix: AnswerMatrix,
    consensus: Iterable[Consensus] = (),
    *,
    min_group_size: int = DEFAULT_MIN_GROUP_SIZE,
    hotspots: int = DEFAULT_HOTSPOTS,
) -> WorkshopSummary:
    """Everything about several respondents' answers; consensus values drive ``scorecard``."""
    if min_group_size < 1:
        raise ValueError("min_group_size must be at least 1")
    decisions = {d.question_id: d for d in consensus if q.has_question(d.question_id)}
    roles = partition(matrix.roles, min_group_size)
    parts = (roles, cross_protect(roles, partition(matrix.groups, min_group_size), min_group_size))
    tallies = {x.id: tally_question(q, x, matrix) for x in q.questions}
    counts = {
        x.id: (parts[0].split(matrix.column(x.id)[0]), parts[1].split(matrix.column(x.id)[0]))
        for x in q.questions
    }
    questions = [
        question_spread(q, tallies[x.id], *counts[x.id], parts, decisions.get(x.id), min_group_size)
        for x in q.questions
    ]
    pooled, with_consensus = _scorecards(q, tallies, decisions.values(), matrix.size)
    return WorkshopSummary(
        questionnaire_id=q.id,
        questionnaire_version=q.version,
        respondents=matrix.size,
        min_group_size=min_group_size,
        roles=parts[0].info(),
        groups=parts[1].info(),
        questions=questions,
        dimensions=_dimensions(q, tallies, counts, parts, matrix.size, min_group_size),
        hotspots=rank_hotspots(questions, hotspots),
        scorecard=with_consensus,
        pooled_scorecard=pooled,
        method=method_text(min_group_size),
    )


def summarize_respondents(
    q: Questionnaire,
    people: Sequence[PlainRespondent],
    consensus: Iterable[Consensus] = (),
    *,
    min_group_size: int = DEFAULT_MIN_GROUP_SIZE,
) -> WorkshopSummary:
    """``summarize_workshop`` for respondents held as plain records (e.g. from a workspace)."""
    matrix = matrix_from_plain(q, people)
    return summarize_workshop(q, matrix, consensus, min_group_size=min_group_size)


def _dimensions(
    q: Questionnaire,
    tallies: dict[str, QuestionTally],
    counts: dict[str, tuple[PartCounts, PartCounts]],
    parts: tuple[Partition, Partition],
    size: int,
    min_size: int,
) -> list[DimensionSpread]:
    result = []
    for dim in q.dimensions:
        questions = q.questions_in(dim.id)
        positions = dimension_positions(questions, tallies, size)
        found = [counts[x.id] for x in questions]
        role_counts = [pair[0] for pair in found]
        group_counts = [pair[1] for pair in found]
        result.append(
            dimension_spread(
                q,
                dim.id,
                positions,
                [tallies[x.id] for x in questions],
                (role_counts, group_counts),
                parts,
                min_size,
            )
        )
    return result


def _scorecards(
    q: Questionnaire,
    tallies: dict[str, QuestionTally],
    decisions: Iterable[Consensus],
    size: int,
) -> tuple[Scorecard, Scorecard]:
    """The raw answers pooled, and the same with each consensus replacing its question's input."""
    pooled: dict[str, QuestionInput] = {
        qid: t.pooled for qid, t in tallies.items() if t.pooled is not None
    }
    decided = apply_consensus(q, pooled, decisions)
    return score(q, pooled, respondents=size), score(q, decided, respondents=size)
