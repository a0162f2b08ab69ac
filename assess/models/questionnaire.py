"""A questionnaire: maturity levels, answer scales, dimensions, questions and scoring policy."""

from __future__ import annotations

import hashlib
import json
from functools import cached_property
from typing import Annotated, Literal

from pydantic import Field

from assess.models.response import Value
from assess.models.scoring_policy import ScoringPolicy
from assess.models.text import LANGS, Lang, Strict, Text

Identifier = Annotated[
    str,
    Field(pattern=r"^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)*$", description="lower-case id, dots allowed"),
]


class Level(Strict):
    """A maturity level; levels are numbered from 0 or 1, lowest first."""

    value: int = Field(ge=0)
    name: Text


class ScalePoint(Strict):
    value: Value
    label: Text


class Scale(Strict):
    """A named answer scale shared by several questions (like OWASP SAMM's answer sets)."""

    points: list[ScalePoint] = Field(min_length=2)


class Option(Strict):
    """One behaviourally anchored answer: what the organization observably does."""

    value: Value = Field(description="Its value on the scale: 1, 2 … or decimals such as 0.25")
    text: Text
    in_place: Text | None = Field(
        None,
        description="What is in place at this option, said positively: the report's next step "
        "when the answer below it was given",
    )
    evidence: Text | None = Field(
        None, description="What an artefact must show to claim this option (critical questions)"
    )

    def as_next_step(self) -> Text:
        """This option as advice to someone one step below: what is in place here."""
        return self.in_place or self.text


class OptionWording(Strict):
    """An option worded for one profile (its value picks the option)."""

    value: Value
    text: Text | None = None
    in_place: Text | None = None


class QuestionVariant(Strict):
    """How a question is asked and counted under one profile (fields left out stay as they are)."""

    hidden: bool = Field(False, description="Not asked under this profile")
    allow_na: bool | None = None
    weight: float | None = Field(None, gt=0)
    text: Text | None = None
    help: Text | None = None
    evidence_prompt: Text | None = None
    options: list[OptionWording] = Field(default_factory=list)


class Critical(Strict):
    """A low answer (value below `below`) caps the dimension's level at `cap_level`."""

    below: Value = Field(description="Answers with a value below this count as low")
    cap_level: int = Field(ge=0, description="Highest level the dimension can reach while low")
    also_caps: list[Identifier] = Field(
        default_factory=list,
        description="Other dimensions it caps too (a privacy duty that binds member data, say)",
    )


class Question(Strict):
    id: Identifier
    dimension: Identifier
    text: Text
    evidence_prompt: Text | None = None
    help: Text | None = None
    weight: float = Field(1.0, gt=0)
    critical: Critical | None = None
    allow_na: bool = False
    scale: str | None = Field(None, description="Name of a shared scale in `scales`")
    options: list[Option] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    profiles: dict[str, QuestionVariant] = Field(
        default_factory=dict, description="Its wording, weight, N/A or absence per profile id"
    )
    evidence_prompts: dict[str, Text] = Field(
        default_factory=dict,
        description="The evidence prompt for a kind of respondent (a role id), where it differs",
    )
    replaces: list[Identifier] = Field(
        default_factory=list,
        description="Ids of earlier versions' questions this one replaces: a re-assessment "
        "compares their answers with this question's",
    )


class Dimension(Strict):
    id: Identifier
    name: Text
    shift: Text | None = Field(None, description="The core shift, e.g. product → user")
    description: Text | None = None
    weight: float = Field(1.0, gt=0)
    levels: dict[int, Text] = Field(
        default_factory=dict, description="What each maturity level looks like in this dimension"
    )


class Group(Strict):
    """Dimensions scored together, as a model's business functions group its practices."""

    id: Identifier
    name: Text
    dimensions: list[Identifier] = Field(min_length=1)


class Profile(Strict):
    """A kind of organization the questionnaire adapts to (industry, ownership)."""

    id: Identifier
    name: Text
    description: Text | None = None


class Contrast(Strict):
    """One row of the report's "from → to" frame: an aspect, the old way and the new one."""

    aspect: Text
    before: Text = Field(description="The traditional way")
    after: Text = Field(description="The way the questionnaire measures progress towards")
    dimensions: list[Identifier] = Field(
        min_length=1, description="The dimensions whose scores place an organization on it"
    )


class Role(Strict):
    """A kind of respondent the questionnaire speaks to: executives, managers, the front line."""

    id: Identifier
    name: Text
    aliases: list[str] = Field(
        default_factory=list,
        description="Other ways respondents write it (CEO, 总经理 …); a role holding one matches",
    )


class Form(Strict):
    """A declared subset of the questions, such as a short form."""

    id: Identifier
    name: Text
    description: Text | None = None
    questions: list[Identifier] = Field(min_length=1)


class Questionnaire(Strict):
    kind: Literal["questionnaire"] = "questionnaire"
    schema_version: Literal[1] = 1
    id: Identifier
    version: str = Field(min_length=1)
    languages: list[Lang] = Field(
        default_factory=lambda: list(LANGS),
        min_length=1,
        description="The languages its texts are written in: [zh, en], [en] or [zh]",
    )
    title: Text
    subtitle: Text | None = Field(None, description="A line under the title on the cover")
    measures: Text | None = Field(
        None,
        description="What it measures, as a sentence names it: 'internet thinking', "
        "'security practice' (default: its maturity)",
    )
    description: Text | None = None
    roadmap: str | None = Field(
        None, description="Roadmap knowledge base file, relative to this one"
    )
    levels: list[Level] = Field(min_length=2)
    scales: dict[str, Scale] = Field(default_factory=dict)
    scoring: ScoringPolicy
    dimensions: list[Dimension] = Field(min_length=1)
    groups: list[Group] = Field(
        default_factory=list, description="Optional: dimensions scored together, each in one"
    )
    questions: list[Question] = Field(min_length=1)
    profiles: list[Profile] = Field(
        default_factory=list, description="Optional: kinds of organization it adapts to"
    )
    forms: list[Form] = Field(
        default_factory=list, description="Optional: subsets of the questions (a short form)"
    )
    roles: list[Role] = Field(
        default_factory=list,
        description="Optional: kinds of respondent, for translated role names and prompts",
    )
    contrasts: list[Contrast] = Field(
        default_factory=list, description="Optional: the report's 'from → to' frame"
    )

    def content_hash(self) -> str:
        """Hash of the content (defaults left out, so new optional fields keep it stable)."""
        canonical = json.dumps(
            self.model_dump(mode="json", exclude_defaults=True), sort_keys=True, ensure_ascii=False
        )
        digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
        return f"sha256:{digest[:16]}"

    def dimension(self, dimension_id: str) -> Dimension:
        return next(d for d in self.dimensions if d.id == dimension_id)

    def question(self, question_id: str) -> Question:
        return self.questions_by_id[question_id]

    def has_question(self, question_id: str) -> bool:
        return question_id in self.questions_by_id

    def questions_in(self, dimension_id: str) -> list[Question]:
        return [q for q in self.questions if q.dimension == dimension_id]

    def critical_for(self, dimension_id: str) -> list[Question]:
        """The critical questions that can cap a dimension: its own, and others' that say so."""
        return [
            x
            for x in self.questions
            if x.critical is not None
            and (x.dimension == dimension_id or dimension_id in x.critical.also_caps)
        ]

    def options_for(self, question: Question) -> tuple[Option, ...]:
        """The question's options, lowest value first; a scale's labels where none are given."""
        if self.questions_by_id.get(question.id) is question:
            return self.options_by_question[question.id]
        return self._sorted_options(question)

    def _sorted_options(self, question: Question) -> tuple[Option, ...]:
        if question.options:
            return tuple(sorted(question.options, key=lambda o: o.value))
        if question.scale and question.scale in self.scales:
            points = self.scales[question.scale].points
            return tuple(Option(value=p.value, text=p.label) for p in sorted(points, key=_value))
        return ()

    def value_range(self, question: Question) -> tuple[float, float]:
        values = [o.value for o in self.options_for(question)]
        return min(values), max(values)

    def position(self, question: Question, value: float) -> int:
        """The option's place on the question's scale, 1 for the lowest."""
        return 1 + [float(o.value) for o in self.options_for(question)].index(value)

    def first_not_low(self, question: Question) -> int:
        """The position (1 = lowest) of a critical question's first option that is not low."""
        assert question.critical is not None
        options = self.options_for(question)
        return next(n for n, o in enumerate(options, 1) if o.value >= question.critical.below)

    def fraction(self, question: Question, value: float) -> float:
        """Where a value sits on the question's scale, from 0 (lowest) to 1 (highest)."""
        low, high = self.value_range(question)
        return (value - low) / (high - low)

    def level_name(self, level: int) -> Text:
        return next(lv.name for lv in self.levels if lv.value == level)

    @property
    def min_level(self) -> int:
        return min(lv.value for lv in self.levels)

    @property
    def max_level(self) -> int:
        return max(lv.value for lv in self.levels)

    def level_at(self, score: float) -> int:
        """The highest level whose threshold ``score`` (0–100) reaches."""
        level = self.min_level
        for index, threshold in enumerate(self.scoring.level_thresholds):
            if score >= threshold:
                level = self.min_level + index
        return level

    def threshold(self, level: int) -> float:
        """The score at which ``level`` starts."""
        return self.scoring.level_thresholds[level - self.min_level]

    def profile(self, profile_id: str) -> Profile:
        return next(p for p in self.profiles if p.id == profile_id)

    def form(self, form_id: str) -> Form:
        return next(f for f in self.forms if f.id == form_id)

    def role_of(self, role: str) -> Role | None:
        """The declared role a respondent's own words name: by id, name or alias, else by the
        longest alias their words contain ("数字化中心总监" → 总监)."""
        said = role.strip().casefold()
        if not said:
            return None
        for declared in self.roles:
            names = [
                declared.id,
                *(n.casefold() for n in (declared.name.zh, declared.name.en) if n),
            ]
            if said in names or said in (a.casefold() for a in declared.aliases):
                return declared
        contained = [
            (len(alias), declared)
            for declared in self.roles
            for alias in declared.aliases
            if alias.casefold() in said
        ]
        return max(contained, key=lambda found: found[0])[1] if contained else None

    def role_name(self, role: str, lang: Lang) -> str:
        """A respondent's role as the report shows it: its declared name, else as written."""
        declared = self.role_of(role)
        return declared.name.get(lang) if declared else role

    def evidence_prompt_for(self, question: Question, role: str) -> Text | None:
        """The question's evidence prompt for a respondent in ``role``."""
        declared = self.role_of(role)
        if declared is not None and declared.id in question.evidence_prompts:
            return question.evidence_prompts[declared.id]
        return question.evidence_prompt

    def group_of(self, dimension_id: str) -> Group | None:
        return next((g for g in self.groups if dimension_id in g.dimensions), None)

    @cached_property
    def questions_by_id(self) -> dict[str, Question]:
        return {q.id: q for q in self.questions}

    @cached_property
    def options_by_question(self) -> dict[str, tuple[Option, ...]]:
        """Each question's options, sorted once (scoring asks for them for every answer)."""
        return {q.id: self._sorted_options(q) for q in self.questions}


def _value(point: ScalePoint) -> float:
    return point.value
