"""The planner's own bilingual wording: every sentence it builds comes from this table."""

from __future__ import annotations

from typing import Any

from assess.models.roadmap import Lever
from assess.models.text import Text
from assess.planning.models import Horizon

HORIZON_NAMES: dict[Horizon, Text] = {
    Horizon.MONTHS_0_3: Text(zh="0–3 个月（速赢）", en="0–3 months (quick wins)"),
    Horizon.MONTHS_3_12: Text(zh="3–12 个月", en="3–12 months"),
    Horizon.MONTHS_12_24: Text(zh="12–24 个月", en="12–24 months"),
    Horizon.BACKLOG: Text(zh="24 个月以后（待办）", en="Later (backlog, beyond 24 months)"),
}

LEVER_NAMES: dict[Lever, Text] = {
    Lever.ORGANIZATION: Text(zh="组织变革", en="Organization"),
    Lever.PROCESS: Text(zh="流程再造", en="Process"),
    Lever.CULTURE: Text(zh="文化重塑", en="Culture"),
    Lever.TECH: Text(zh="技术赋能", en="Technology"),
}

_TEMPLATES: dict[str, Text] = {
    "hint_value": Text(zh="现状：“{option}”（{level} 级）", en="today: '{option}' (level {level})"),
    "hint_na": Text(zh="现状：不适用", en="today: not applicable"),
    "hint_dont_know": Text(zh="现状：答不上来，需先查清", en="today: nobody knew — find out first"),
    "hint_unanswered": Text(zh="现状：未作答", en="today: not answered"),
    "no_baseline": Text(
        zh="问卷答案中没有基线：启动前先测量", en="no baseline in the answers: measure it first"
    ),
    "level": Text(zh="{level} 级", en="level {level}"),
    "not_assessed": Text(zh="尚未评估", en="not assessed"),
    "gap_reason": Text(
        zh="{dimension}：当前 {current} → 目标 {target} 级（差 {points} 分），本举措对应 "
        "{from_level}→{to_level} 级台阶。",
        en="{dimension}: {current} → target level {target} ({points} points short); this "
        "initiative serves the step {from_level}→{to_level}.",
    ),
    "capped_reason": Text(
        zh="{dimension}：当前 {current} → 目标 {target} 级。得分已够，但关键题的低分压住了等级；"
        "本举措对应 {from_level}→{to_level} 级台阶。",
        en="{dimension}: {current} → target level {target}. The score is high enough, but low "
        "answers to critical questions hold the level back; this initiative serves the step "
        "{from_level}→{to_level}.",
    ),
    "prerequisite_reason": Text(
        zh="是“{needed_by}”的前置举措：{dimension}的 {from_level}→{to_level} 级台阶尚未达到"
        "（当前 {current}）。",
        en="Prerequisite of '{needed_by}': the step {from_level}→{to_level} in {dimension} is "
        "not reached yet ({current} today).",
    ),
    "also_needed": Text(zh="另为“{needed_by}”的前置举措。", en="Also needed by '{needed_by}'."),
    "answers_reason": Text(zh="相关答案——{hints}。", en="Answers — {hints}."),
    "lever_summary": Text(
        zh="举措 {count} 项（速赢 {quick_wins} 项，待办 {backlog} 项）；投入 {effort} 点；"
        "涉及：{dimensions}。",
        en="Initiatives: {count} (quick wins: {quick_wins}, in the backlog: {backlog}); "
        "effort points: {effort}; dimensions: {dimensions}.",
    ),
    "lever_empty": Text(
        zh="在所定目标下，本方面暂无举措。", en="No initiatives on this lever for these targets."
    ),
    "needle_raise": Text(
        zh="提升到“{option}”：+{gain} 分", en="raise to '{option}': +{gain} points"
    ),
    "needle_level": Text(zh="（{before} → {after} 级）", en="(level {before} → {after})"),
    "needle_answer": Text(
        zh="请作答：此题{status}，不计入得分", en="answer this: {status}, so it is not scored"
    ),
    "status_dont_know": Text(zh="无人知道答案", en="nobody knew the answer"),
    "status_unanswered": Text(zh="尚未作答", en="not answered yet"),
}

SEPARATOR = Text(zh="；", en="; ")
LIST_SEPARATOR = Text(zh="、", en=", ")


def label(key: str, **values: Any) -> Text:
    """A template from the table, filled in both languages.

    A value that is itself a Text is filled in per language.
    """
    template = _TEMPLATES[key]
    return Text(zh=_fill(template.zh, "zh", values), en=_fill(template.en, "en", values))


def join(parts: list[Text], separator: Text = SEPARATOR) -> Text:
    return Text(
        zh=separator.zh.join(p.zh for p in parts), en=separator.en.join(p.en for p in parts)
    )


def concat(*parts: Text) -> Text:
    return Text(zh="".join(p.zh for p in parts), en=" ".join(p.en for p in parts))


def _fill(template: str, lang: str, values: dict[str, Any]) -> str:
    local = {
        k: (v.zh if lang == "zh" else v.en) if isinstance(v, Text) else v for k, v in values.items()
    }
    return template.format(**local)
