"""Every label the terminal app shows, in zh-CN and en (questionnaire texts come from the file).

Plain strings on purpose: the first screen must not wait for pydantic, so this module imports
nothing from the models (``UiLang`` is the same two codes as ``assess.models.text.Lang``).
"""

from __future__ import annotations

from typing import Any, Literal

from assess.vocabulary import DONT_KNOW, LIST_SEPARATOR, NOT_APPLICABLE, band_labels

UiLang = Literal["zh", "en"]

_LABELS: dict[str, tuple[str, str]] = {
    # -- the app and its keys -------------------------------------------------------------
    "app_title": ("互联网思维成熟度评估", "Internet-Thinking Maturity Assessment"),
    "tagline": (
        "用户 · 数据 · 迭代 · 平台 · 社群 —— 看清互联网思维落地到了哪一步",
        "User · data · iteration · platform · community — see how far internet thinking has gone",
    ),
    "key_help": ("帮助", "Help"),
    "key_language": ("切换语言（English）", "Language (中文)"),
    "key_theme": ("主题", "Theme"),
    "key_quit": ("退出", "Quit"),
    "key_back": ("返回", "Back"),
    "palette": ("命令", "Commands"),
    "separator": LIST_SEPARATOR,
    "key_new": ("新建", "New"),
    "key_open": ("打开文件", "Open file"),
    "key_resume": ("继续", "Resume"),
    "key_choose": ("选择", "Choose"),
    "key_next": ("下一题", "Next"),
    "key_previous": ("上一题", "Previous"),
    "key_na": NOT_APPLICABLE,
    "key_dont_know": DONT_KNOW,
    "key_belief": ("依据：个人判断", "Evidence: belief"),
    "key_example": ("依据：实际案例", "Evidence: example"),
    "key_artefact": ("依据：文件制品", "Evidence: artefact"),
    "key_note": ("备注", "Note"),
    "key_clear": ("清除答案", "Clear answer"),
    "key_jump": ("跳转", "Jump"),
    "key_open_question": ("下个未答", "Next open"),
    "key_review": ("检查", "Review"),
    "key_results": ("结果", "Results"),
    "key_targets": ("目标", "Targets"),
    "key_roadmap": ("路线图", "Roadmap"),
    "key_export": ("导出", "Export"),
    "key_finish": ("完成", "Finish"),
    "key_raise": ("目标 +1", "Target +1"),
    "key_lower": ("目标 −1", "Target −1"),
    "key_reset": ("恢复默认", "Default"),
    "key_start": ("开始", "Start"),
    "key_close": ("关闭", "Close"),
    "key_questionnaire": ("答题", "Answer"),
    "key_home": ("首页", "Home"),
    # -- commands in the palette ----------------------------------------------------------
    "cmd_language": ("切换界面语言（中文 / English）", "Switch language (中文 / English)"),
    "cmd_help": ("按键说明", "Keys and help"),
    "cmd_home": ("回到首页", "Go to the home screen"),
    "cmd_new": ("新建评估", "Start a new assessment"),
    "cmd_open": ("打开工作区文件", "Open a workspace file"),
    "cmd_questionnaire": ("回到答题", "Back to the questions"),
    "cmd_review": ("检查答卷：未答题与备注", "Review: open questions and notes"),
    "cmd_results": ("查看结果：各维度得分与等级", "Results: scores and levels"),
    "cmd_targets": ("设定目标等级", "Set the target levels"),
    "cmd_roadmap": ("查看路线图", "See the roadmap"),
    "cmd_export": ("导出报告（PDF / HTML / JSON）", "Export the report (PDF / HTML / JSON)"),
    "cmd_facilitator": ("引导师视图：进度与共识", "Facilitator view: progress, consensus"),
    "cmd_theme": ("切换主题配色", "Change the theme"),
    "cmd_quit": ("退出程序（答案都已保存）", "Quit (every answer is saved)"),
    "cmd_needs_workspace": ("需先打开一个评估", "open an assessment first"),
    # -- home -----------------------------------------------------------------------------
    "home_new": ("新建评估", "New assessment"),
    "home_open": ("打开工作区文件…", "Open a workspace file…"),
    "home_recent": ("最近的评估", "Recent assessments"),
    "home_no_recent": ("还没有评估记录——按 N 新建一个。", "No assessments yet — press N to start."),
    "home_resume": (
        "按 Enter 继续上次的评估：{organization} · {respondent}",
        "Press Enter to pick up where you left off: {organization} · {respondent}",
    ),
    "home_questionnaires": ("已安装的问卷", "Installed questionnaires"),
    "home_loading": ("正在读取…", "Loading…"),
    "home_missing": (
        "文件已不存在，已从列表中移除：{path}",
        "File gone, removed from the list: {path}",
    ),
    "recent_progress": ("已答 {answered}/{total}", "{answered}/{total} answered"),
    "answered_count": ("已答 {n} 题", "{n} answered"),
    "recent_finished": ("已完成", "finished"),
    "questionnaire_row": (
        "v{version} · {dimensions} 个维度 · {questions} 道题",
        "v{version} · {dimensions} dimensions · {questions} questions",
    ),
    "questionnaire_invalid": ("无法读取：{error}", "cannot be read: {error}"),
    # -- set-up ---------------------------------------------------------------------------
    "setup_title": ("新建评估", "New assessment"),
    "setup_intro": (
        "填写组织与答题人信息。所有答案都会即时保存在一个工作区文件里，随时可以退出、稍后继续。",
        "Tell us about the organization and who is answering. Every answer is saved at once in "
        "one workspace file: leave whenever you like and carry on later.",
    ),
    "field_organization": ("组织名称", "Organization"),
    "field_industry": ("行业", "Industry"),
    "field_size": ("规模", "Size"),
    "field_respondent": ("答题人", "Respondent"),
    "field_role": ("角色 / 职务", "Role"),
    "field_questionnaire": ("问卷", "Questionnaire"),
    "field_language": ("报告语言", "Report language"),
    "field_file": ("工作区文件", "Workspace file"),
    "hint_organization": ("如：青禾智造集团", "e.g. Acme Manufacturing"),
    "hint_industry": ("如：装备制造", "e.g. equipment manufacturing"),
    "hint_size": ("如：2,400 人", "e.g. 2,400 people"),
    "hint_respondent": ("您的姓名", "Your name"),
    "hint_role": ("如：数字化中心总监", "e.g. head of digital"),
    "setup_start": ("开始答题", "Start answering"),
    "setup_cancel": ("取消", "Cancel"),
    "setup_required": ("请填写：{fields}", "Please fill in: {fields}"),
    "lang_zh": ("中文", "Chinese"),
    "lang_en": ("英文", "English"),
    # -- answering ------------------------------------------------------------------------
    "overall": ("总进度", "Overall"),
    "question_of": ("第 {n}/{count} 题", "Question {n} of {count}"),
    "critical": ("关键题", "critical"),
    "weight": ("权重 {weight}", "weight {weight}"),
    "choice_na": ("不适用", "Not applicable"),
    "choice_dont_know": DONT_KNOW,
    "evidence": ("依据", "Evidence"),
    "evidence_belief": ("个人判断", "belief"),
    "evidence_example": ("实际案例", "example"),
    "evidence_artefact": ("文件制品", "artefact"),
    "evidence_prompt": ("可出示的证据：", "What you could show: "),
    "note_hint": (
        "备注（可选，Tab 键进入）：补充说明、例子、出处…",
        "Note (optional, Tab to type): context, an example…",
    ),
    "na_needs_note": ("请在备注里说明为什么不适用。", "Say in the note why it does not apply."),
    "saved": ("已保存 · {time}", "saved · {time}"),
    "not_answered": ("未作答", "not answered"),
    "all_answered": ("全部题目已作答，按 R 检查答卷。", "Every question is answered: press R."),
    "jump_title": ("跳转到题目", "Jump to a question"),
    "dimensions": ("维度", "Dimensions"),
    # -- review ---------------------------------------------------------------------------
    "review_title": ("检查答卷", "Review your answers"),
    "review_open": ("未作答（{n}）", "Not answered ({n})"),
    "review_na_note": (
        "“不适用”尚缺说明，暂不计分（{n}）",
        "N/A still needing the note that explains it, not yet scored ({n})",
    ),
    "review_dont_know": ("答“不知道”（{n}）", "Answered “don't know” ({n})"),
    "review_notes": ("备注（{n}）", "Notes ({n})"),
    "review_none": ("无", "none"),
    "review_finish": ("完成答题，查看结果", "Finish and see the results"),
    # -- results --------------------------------------------------------------------------
    "results_title": ("评估结果", "Results"),
    "overall_index": ("综合指数", "Overall index"),
    "level_name": ("{level} 级 · {name}", "level {level} · {name}"),
    "not_scored": ("未评分", "not scored"),
    "coverage": ("覆盖 {value}", "coverage {value}"),
    "confidence": ("可信度 {band}", "confidence {band}"),
    **band_labels(),
    "respondents": ("{n} 位答题人", "{n} respondents"),
    "needle_title": ("最能推动得分的题目", "What moves the needle"),
    "needle_none": ("没有可提升的题目。", "Nothing left to raise."),
    "ws_title": ("{n} 位答题人的看法分布", "How {n} respondents see it"),
    "ws_stats": (
        "中位数 {median} · 四分位 {q1}–{q3} · 一致度 {agreement}",
        "median {median} · quartiles {q1}–{q3} · agreement {agreement}",
    ),
    "ws_roles": ("按角色（中位数）：{roles}", "By role (median): {roles}"),
    "ws_hidden": (
        "{n} 个不足 {k} 人的角色未单列，以保护匿名。",
        "{n} role(s) under {k} people not shown, to keep answers anonymous.",
    ),
    "ws_hotspot": ("分歧较大（一致度 {agreement}）：", "Disagreement (agreement {agreement}): "),
    "capped": ("关键题限制了等级：{questions}", "Capped by critical questions: {questions}"),
    "computing": ("正在计算…", "Working it out…"),
    # -- targets --------------------------------------------------------------------------
    "targets_title": ("目标设定", "Targets"),
    "targets_intro": (
        "默认目标为比现状高一级。用 ←/→ 或 −/+ 调整所选维度，0 恢复默认；┃ 标出目标等级的分数线。",
        "By default the target is one level up. Use ←/→ or −/+ on a dimension, 0 for the "
        "default; ┃ marks the target level's threshold.",
    ),
    "current": ("现状", "Current"),
    "target": ("目标", "Target"),
    "gap": ("差距", "Gap"),
    "gap_value": ("{levels} 级 / {points} 分", "{levels} lv / {points} pts"),
    "target_default": ("默认", "default"),
    "target_set": ("已调整", "set"),
    # -- roadmap --------------------------------------------------------------------------
    "roadmap_title": ("路线图", "Roadmap"),
    "roadmap_none": ("这个问卷没有路线图知识库。", "This questionnaire has no roadmap."),
    "roadmap_empty": ("所定目标下没有需要的举措。", "No initiatives are needed for these targets."),
    "lever": ("方面", "Lever"),
    "initiatives": ("{n} 项举措", "{n} initiatives"),
    "effort": ("投入 {n}/5", "effort {n}/5"),
    "impact": ("影响 {n}/5", "impact {n}/5"),
    "quick_win": ("速赢", "quick win"),
    "why": ("为什么", "Why"),
    "kpis": ("衡量指标", "KPIs"),
    "baseline": ("基线：{text}", "baseline: {text}"),
    "prerequisites": ("前置举措：{items}", "Prerequisites: {items}"),
    "all_cells": ("全部举措", "All initiatives"),
    # -- export ---------------------------------------------------------------------------
    "export_title": ("导出报告", "Export the report"),
    "export_format": ("格式", "Format"),
    "export_language": ("语言", "Language"),
    "export_path": ("保存到", "Save to"),
    "export_names": ("受访者", "Respondents"),
    "export_names_switch": (
        "显示姓名（默认以 R1、R2… 加角色代称）",
        "Show names (default: R1, R2 … with their role)",
    ),
    "export_start": ("导出", "Export"),
    "export_running": ("正在生成报告…", "Building the report…"),
    "export_done": ("报告已保存：{path}", "Report saved: {path}"),
    "export_failed": ("导出失败：{error}", "Export failed: {error}"),
    # -- dialogs --------------------------------------------------------------------------
    "help_title": ("按键说明", "Keys"),
    "help_everywhere": ("所有界面", "Everywhere"),
    "help_mouse": ("鼠标同样可用：点击选项、按钮和列表。", "The mouse works too: click options."),
    "who_title": ("谁在答题？", "Who is answering?"),
    "who_new": ("＋ 新答题人", "+ New respondent"),
    "who_name": ("姓名", "Name"),
    "open_title": ("打开工作区文件", "Open a workspace file"),
    "open_hint": ("文件路径，如 ~/评估/青禾.assess", "Path, e.g. ~/assessments/acme.assess"),
    "open_missing": ("找不到文件：{path}", "No such file: {path}"),
    "error": ("出错了：{error}", "Something went wrong: {error}"),
    "language_now": ("界面语言：中文", "Interface language: English"),
}


def t(key: str, lang: UiLang, **values: Any) -> str:
    """The label in `lang`, with `{placeholders}` filled from `values`."""
    zh, en = _LABELS[key]
    text = zh if lang == "zh" else en
    return text.format(**values) if values else text


def other(lang: UiLang) -> UiLang:
    return "en" if lang == "zh" else "zh"


def keys() -> list[str]:
    """Every label key (the tests check that each has both languages)."""
    return list(_LABELS)


def has_label(key: str) -> bool:
    return key in _LABELS
