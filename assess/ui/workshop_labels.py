"""Labels of the workshop screens (joining, the facilitator's view), in zh-CN and en.

Looked up before the app's own labels (``assess.ui.labels``), so these screens can use both.
"""

from __future__ import annotations

from typing import Any

from assess.ui.labels import UiLang, has_label, t
from assess.vocabulary import NOT_APPLICABLE

_LABELS: dict[str, tuple[str, str]] = {
    "join_title": ("加入工作坊", "Join the workshop"),
    "join_intro": (
        "请输入引导师公布的加入码。",
        "Enter the join code the facilitator gave you.",
    ),
    "join_code": ("加入码，如 K7QM-2XPD", "Join code, e.g. K7QM-2XPD"),
    "join_wrong": (
        "加入码不正确，还可尝试 {left} 次。",
        "That is not the join code; {left} tries left.",
    ),
    "join_locked": (
        "加入码错误次数过多，会话已结束。",
        "Too many wrong codes; this session has ended.",
    ),
    "join_who": ("请填写您的姓名和角色，然后开始答题。", "Your name and role, then the questions."),
    "join_name": ("姓名", "Name"),
    "join_role": ("角色，如 高管 / 中层经理 / 一线员工", "Role, e.g. executive / manager / staff"),
    "join_name_missing": ("请填写姓名。", "Please give your name."),
    "join_start": ("开始答题", "Start answering"),
    "join_joined": (
        "您已作为 {name}（{role}）加入。按回车继续答题。",
        "You joined as {name} ({role}). Press Enter to go on answering.",
    ),
    "key_join": ("加入", "Join"),
    "key_continue": ("继续答题", "Go on answering"),
    "not_in_workshop": ("工作坊中不可用", "Not available in the workshop"),
    "fac_title": ("引导师视图", "Facilitator view"),
    "fac_people": (
        "参与者 {n} 人：{done} 人已完成，{active} 人正在答题",
        "{n} participants: {done} finished, {active} answering",
    ),
    "fac_hotspots": ("分歧热点（一致度从低到高）", "Hotspots (least agreement first)"),
    "fac_roles": ("角色", "Roles"),
    "fac_hidden_roles": (
        "少于 {min} 人的组不单独显示：{names}",
        "Groups under {min} people are not shown: {names}",
    ),
    "col_name": ("姓名", "Name"),
    "col_role": ("角色", "Role"),
    "col_answered": ("已答", "Answered"),
    "col_position": ("当前题目", "On question"),
    "col_last": ("最近作答", "Last answer"),
    "col_status": ("状态", "Status"),
    "col_question": ("题目", "Question"),
    "col_agreement": ("一致度", "Agreement"),
    "col_spread": ("标准差", "Std"),
    "col_gap": ("角色差距", "Role gap"),
    "col_consensus": ("共识", "Consensus"),
    "status_finished": ("已完成", "finished"),
    "status_answering": ("答题中", "answering"),
    "status_idle": ("未活动", "idle"),
    "status_online": ("在线", "online"),
    "ago_seconds": ("{n} 秒前", "{n} s ago"),
    "ago_minutes": ("{n} 分钟前", "{n} min ago"),
    "never": ("—", "—"),
    "key_consensus": ("记录共识", "Record consensus"),
    "key_clear_consensus": ("清除共识", "Clear consensus"),
    "key_refresh": ("刷新", "Refresh"),
    "cons_title": ("记录共识：{question}", "Consensus: {question}"),
    "cons_spread": (
        "分布（n={n}，平均 {mean}，一致度 {agreement}）",
        "Answers (n={n}, mean {mean}, agreement {agreement})",
    ),
    "cons_value": ("共识值：选项编号，或 na（不适用）", "Agreed value: an option's number, or na"),
    "cons_rationale": ("理由（将写入报告）", "Rationale (goes into the report)"),
    "cons_save": ("保存", "Save"),
    "cons_saved": (
        "已记录 {question} 的共识：{value}",
        "Consensus for {question} recorded: {value}",
    ),
    "cons_cleared": ("已清除 {question} 的共识", "Consensus for {question} cleared"),
    "cons_bad_value": ("请输入选项编号或 na。", "Type an option's number or na."),
    "na_label": NOT_APPLICABLE,
    "hidden": ("不单独显示", "hidden"),
}


def wt(key: str, lang: UiLang, **values: Any) -> str:
    """A workshop label, else the app's label of that key."""
    if key in _LABELS:
        zh, en = _LABELS[key]
        text = zh if lang == "zh" else en
        return text.format(**values) if values else text
    return t(key, lang, **values)


def has_workshop_label(key: str) -> bool:
    return key in _LABELS or has_label(key)


def keys() -> list[str]:
    return list(_LABELS)
