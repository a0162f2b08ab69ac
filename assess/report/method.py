"""Appendix A: the scoring engine's method in words, with the questionnaire's declared values."""

from __future__ import annotations

from assess.i18n import text
from assess.models import Questionnaire
from assess.models.fitting import Adaptation
from assess.models.text import Lang
from assess.planning import Capacity, Roadmap, phasing_rules_text, priority_formula_text
from assess.report.context import MethodPart, TableRow
from assess.report.fmt import level_text

STEPS = 7  # report.method_step_1 … _7: the engine's method, one paragraph per step


def method_part(
    q: Questionnaire, roadmap: Roadmap, adaptation: Adaptation | None, lang: Lang
) -> MethodPart:
    policy = q.scoring
    na = text(f"report.na_policy_{policy.na_policy.value}", lang)
    if policy.gating:
        gating = text("report.gating_on", lang, n=policy.gating.max_above_weakest)
    else:
        gating = text("report.gating_off", lang)
    values = {
        "na": na,
        "high": policy.confidence_bands.high,
        "medium": policy.confidence_bands.medium,
        "gating": gating,
        "share": f"{policy.critical_share:.0%}",
    }
    maths = [text(f"report.method_step_{step}", lang, **values) for step in range(1, STEPS + 1)]
    return MethodPart(
        maths=maths,
        thresholds=_thresholds(q, lang),
        policy=[*_adaptation(adaptation, lang), TableRow(cells=[text("common.na", lang), na])],
        evidence=_evidence(q, lang),
        critical=_critical(q, lang),
        evidence_rules=_evidence_rules(q, lang),
        weights=[
            TableRow(cells=[d.name.get(lang), f"{d.weight:g}", str(len(q.questions_in(d.id)))])
            for d in q.dimensions
        ],
        priority=priority_formula_text(lang),
        phasing=phasing_rules_text(lang, Capacity.of(roadmap)),
    )


def _adaptation(adaptation: Adaptation | None, lang: Lang) -> list[TableRow]:
    """The profile and form asked, and what they changed."""
    if adaptation is None:
        return []
    rows = []
    if adaptation.profile is not None:
        counts = {
            "hidden": adaptation.hidden,
            "na": adaptation.na_allowed,
            "weighted": adaptation.reweighted,
            "worded": adaptation.reworded,
        }
        changes = [text(f"report.profile_{k}", lang, n=n) for k, n in counts.items() if n]
        rule = text(
            "report.profile_rule",
            lang,
            name=adaptation.profile.name.get(lang),
            changes=text("report.clause_separator", lang).join(changes)
            or text("report.profile_unchanged", lang),
        )
        rows.append(TableRow(cells=[text("report.profile", lang), rule]))
    if adaptation.form is not None:
        rule = text(
            "report.form_rule",
            lang,
            name=adaptation.form.name.get(lang),
            asked=adaptation.asked,
            total=adaptation.total,
        )
        rows.append(TableRow(cells=[text("report.form", lang), rule]))
    return rows


def _thresholds(q: Questionnaire, lang: Lang) -> list[TableRow]:
    starts = q.scoring.level_thresholds
    ends = [f"< {end:g}" for end in starts[1:]] + ["≤ 100"]
    return [
        TableRow(cells=[level_text(q, q.min_level + index, lang), f"≥ {start:g}", end])
        for index, (start, end) in enumerate(zip(starts, ends, strict=True))
    ]


def _evidence(q: Questionnaire, lang: Lang) -> list[TableRow]:
    factors = q.scoring.evidence_factors.model_dump()
    return [
        TableRow(cells=[text(f"report.evidence_{name}", lang), f"{value:g}"])
        for name, value in factors.items()
    ]


def _critical(q: Questionnaire, lang: Lang) -> list[TableRow]:
    rows = []
    for x in q.questions:
        if x.critical is None:
            continue
        rule = text(
            "report.critical_rule",
            lang,
            below=q.first_not_low(x),
            cap=level_text(q, x.critical.cap_level, lang),
        )
        if x.critical.also_caps:
            names = [q.dimension(d).name.get(lang) for d in x.critical.also_caps]
            rule += text(
                "report.critical_also", lang, dims=text("common.list_separator", lang).join(names)
            )
        rows.append(
            TableRow(cells=[q.dimension(x.dimension).name.get(lang), x.text.get(lang), rule])
        )
    return rows


def _evidence_rules(q: Questionnaire, lang: Lang) -> list[TableRow]:
    return [
        TableRow(cells=[x.text.get(lang), str(position), option.evidence.get(lang)])
        for x in q.questions
        for position, option in enumerate(q.options_for(x), start=1)
        if option.evidence is not None
    ]
