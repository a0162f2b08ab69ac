"""How long a questionnaire takes to answer: its words read at a careful pace, plus the choice."""

from __future__ import annotations

import math
import re

from assess.models.questionnaire import Questionnaire
from assess.models.text import Lang, Text

ZH_CHARACTERS_PER_MINUTE = 400  # read and weighed, not skimmed
EN_WORDS_PER_MINUTE = 200
SECONDS_TO_CHOOSE = 10  # per question, beyond reading it
HAN = re.compile(r"[\u4e00-\u9fff]")


def minutes_to_answer(q: Questionnaire, lang: Lang) -> int:
    """Whole minutes, rounded up, to read every question, its help and options, and choose."""
    return math.ceil(reading_minutes(q, lang) + len(q.questions) * SECONDS_TO_CHOOSE / 60)


def reading_minutes(q: Questionnaire, lang: Lang) -> float:
    """Minutes to read every question, its help, evidence prompt and options carefully."""
    texts: list[Text] = []
    for question in q.questions:
        texts += [question.text, *(o.text for o in q.options_for(question))]
        texts += [t for t in (question.help, question.evidence_prompt) if t is not None]
    return sum(_reading_minutes(t.get(lang)) for t in texts)


def _reading_minutes(text: str) -> float:
    han = len(HAN.findall(text))
    words = len(HAN.sub(" ", text).split())
    return han / ZH_CHARACTERS_PER_MINUTE + words / EN_WORDS_PER_MINUTE
