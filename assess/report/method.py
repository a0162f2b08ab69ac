"""Appendix A: the scoring engine's method in words, with the questionnaire's declared values."""

from __future__ import annotations

from assess.models import Questionnaire
from assess.models.scoring_policy import NaPolicy
from assess.models.text import Lang
from assess.planning import Capacity, Roadmap, phasing_rules_text, priority_formula_text
from assess.report.context import MethodPart, TableRow
from assess.report.fmt import level_text
from assess.report.labels import labels_for

_MATHS = {
    "zh": [
        "1. 每道已作答的题目先换算为其量表上的位置 f =（所选值 − 最低值）÷（最高值 − 最低值），"
        "最低选项为 0，最高选项为 1，与选项个数无关。",
        "2. {na}“不知道”和未作答的题目不计入得分，只降低覆盖率和置信度。",
        "3. 维度得分 = 100 × Σ w·f ÷ Σ w，对所有计分题目求和，w 为题目权重，f 为上述位置。",
        "4. 等级 = 得分达到的最高等级阈值（见下表）。关键题的答案低于其规定选项时，"
        "该维度的等级不超过规定的上限。",
        "5. 覆盖率 = 计分题目的权重 ÷ 该维度全部题目的权重。置信度 = Σ w·e ÷ 适用题目的权重和，"
        "e 为答案的证据系数（见下表）；置信度 ≥ {high} 为高，≥ {medium} 为中，否则为低。",
        "6. 总体指数 = 各维度得分按维度权重加权平均。总体等级使用同一组阈值{gating}",
        "7. 多位受访者时，每道题的 f 与 e 取选择了某一选项的受访者的平均值。",
    ],
    "en": [
        "1. Each answered question is placed on its own scale: f = (value − lowest) ÷ (highest − "
        "lowest), so the lowest option is 0 and the highest is 1, whatever the number of options.",
        "2. {na} “Don't know” and unanswered questions are left out of the score; they lower "
        "coverage and confidence instead.",
        "3. Dimension score = 100 × Σ w·f ÷ Σ w over the scored questions (w = question weight, "
        "f = the position above).",
        "4. Level = the highest level whose threshold the score reaches (table below). A critical "
        "question answered below its stated option caps the dimension's level.",
        "5. Coverage = weight of scored questions ÷ weight of all the dimension's questions. "
        "Confidence = Σ w·e ÷ weight of the applicable questions, where e is the answer's "
        "evidence factor (table below); ≥ {high} is high, ≥ {medium} medium, else low.",
        "6. Overall index = the dimension scores averaged with the dimension weights. The overall "
        "level uses the same thresholds{gating}",
        "7. With several respondents, each question's f and e are the means over those who chose "
        "an option.",
    ],
}

_NA = {
    NaPolicy.EXCLUDE: (
        "“不适用”的题目不计入分母。",
        "N/A answers are left out of the denominator.",
    ),
    NaPolicy.LOWEST: (
        "“不适用”按最低选项（f = 0）计分。",
        "N/A answers count as the lowest option (f = 0).",
    ),
    NaPolicy.REQUIRE_NOTE: (
        "“不适用”须附备注说明：有备注时不计入分母；没有备注时视为尚未作答，不计分，直到补上说明。",
        "N/A must be explained in a note: with a note it is left out of the denominator; "
        "without one it counts as not yet answered, and is not scored until the note is written.",
    ),
}

_GATING = (
    ("；并且不超过最弱维度的等级加 {n} 级。", "，不设门槛。"),
    ("; it is at most {n} level(s) above the weakest dimension's level.", ", with no gating."),
)

_CRITICAL_RULE = (
    "答案低于第 {below} 项时，等级上限为 {cap}",
    "Answer below option {below}: level at most {cap}",
)


def method_part(q: Questionnaire, roadmap: Roadmap, lang: Lang) -> MethodPart:
    policy = q.scoring
    index = 0 if lang == "zh" else 1
    gating = _GATING[index][0 if policy.gating else 1]
    maths = [
        line.format(
            na=_NA[policy.na_policy][index],
            high=policy.confidence_bands.high,
            medium=policy.confidence_bands.medium,
            gating=gating.format(n=policy.gating.max_above_weakest if policy.gating else 0),
        )
        for line in _MATHS[lang]
    ]
    return MethodPart(
        maths=maths,
        thresholds=_thresholds(q, lang),
        policy=[TableRow(cells=[labels_for(lang)["na"], _NA[policy.na_policy][index]])],
        evidence=_evidence(q, lang),
        critical=_critical(q, lang),
        weights=[
            TableRow(cells=[d.name.get(lang), f"{d.weight:g}", str(len(q.questions_in(d.id)))])
            for d in q.dimensions
        ],
        priority=priority_formula_text(lang),
        phasing=phasing_rules_text(lang, Capacity.of(roadmap)),
    )


def _thresholds(q: Questionnaire, lang: Lang) -> list[TableRow]:
    starts = q.scoring.level_thresholds
    ends = [f"< {end:g}" for end in starts[1:]] + ["≤ 100"]
    return [
        TableRow(cells=[level_text(q, index + 1, lang), f"≥ {start:g}", end])
        for index, (start, end) in enumerate(zip(starts, ends, strict=True))
    ]


def _evidence(q: Questionnaire, lang: Lang) -> list[TableRow]:
    labels = labels_for(lang)
    factors = q.scoring.evidence_factors.model_dump()
    return [
        TableRow(cells=[labels[f"evidence_{name}"], f"{value:g}"])
        for name, value in factors.items()
    ]


def _critical(q: Questionnaire, lang: Lang) -> list[TableRow]:
    rule = _CRITICAL_RULE[0 if lang == "zh" else 1]
    return [
        TableRow(
            cells=[
                q.dimension(x.dimension).name.get(lang),
                x.text.get(lang),
                rule.format(below=x.critical.below, cap=level_text(q, x.critical.cap_level, lang)),
            ]
        )
        for x in q.questions
        if x.critical is not None
    ]
