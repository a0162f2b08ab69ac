"""Domain models (pydantic v2). Importing this package never imports textual."""

from assess.models.questionnaire import (
    Critical,
    Dimension,
    Level,
    Option,
    Question,
    Questionnaire,
    Scale,
)
from assess.models.response import (
    Answer,
    Choice,
    Engagement,
    Evidence,
    Respondent,
    ResponseFile,
)
from assess.models.roadmap import Initiative, KnowledgeBase, Kpi, Lever
from assess.models.scorecard import DimensionScore, Scorecard
from assess.models.scoring_policy import NaPolicy, ScoringPolicy
from assess.models.text import Text

__all__ = [
    "Answer",
    "Choice",
    "Critical",
    "Dimension",
    "DimensionScore",
    "Engagement",
    "Evidence",
    "Initiative",
    "KnowledgeBase",
    "Kpi",
    "Level",
    "Lever",
    "NaPolicy",
    "Option",
    "Question",
    "Questionnaire",
    "Respondent",
    "ResponseFile",
    "Scale",
    "Scorecard",
    "ScoringPolicy",
    "Text",
]
