"""Scoring engine: pure functions from answers and a questionnaire's policy to a Scorecard."""

from assess.scoring.engine import score
from assess.scoring.inputs import QuestionInput, inputs_from_answers, pooled_inputs

__all__ = ["QuestionInput", "inputs_from_answers", "pooled_inputs", "score"]
