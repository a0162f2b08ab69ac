"""Every fixed word the report prints, in zh-CN and en (the template gets one language's table)."""

from __future__ import annotations

from assess.models.text import Lang
from assess.vocabulary import DONT_KNOW, LIST_SEPARATOR, NOT_APPLICABLE, band_labels

_LABELS: dict[str, tuple[str, str]] = {
    # key: (zh, en)
    "report_title": ("互联网思维成熟度评估报告", "Internet-Thinking Maturity Assessment"),
    "report_subtitle": ("现状诊断与转型路线图", "Diagnosis and transformation roadmap"),
    "prepared_for": ("呈送", "Prepared for"),
    "prepared_by": ("顾问", "Prepared by"),
    "date": ("日期", "Date"),
    "respondents": ("参与人数", "Respondents"),
    "questionnaire": ("问卷", "Questionnaire"),
    "confidential": ("机密 · 仅供管理层参阅", "Confidential · for leadership only"),
    "summary": ("执行摘要", "Executive summary"),
    "overall_index": ("总体指数", "Overall index"),
    "overall_level": ("总体等级", "Overall level"),
    "out_of_100": ("/ 100", "/ 100"),
    "current": ("当前", "Current"),
    "target": ("目标", "Target"),
    "gap": ("差距", "Gap"),
    "score": ("得分", "Score"),
    "level": ("等级", "Level"),
    "coverage": ("覆盖率", "Coverage"),
    "confidence": ("置信度", "Confidence"),
    "dimension": ("维度", "Dimension"),
    "strengths": ("三大优势", "Top 3 strengths"),
    "top_gaps": ("五大差距", "Top 5 gaps"),
    "first_moves": ("首要三步", "The three first moves"),
    "radar_title": ("当前与目标", "Current vs target"),
    "points": ("分", "pts"),
    "today": ("现状", "Today"),
    "next_step": ("下一步", "Next step"),
    "gain": ("提升", "Gain"),
    "critical": ("关键题", "Critical"),
    "dimension_pages": ("维度诊断", "Dimension diagnosis"),
    "where_you_are": ("所处阶段", "Where you are"),
    "where_to_go": ("目标阶段", "Where to go"),
    "holding_back": ("拉低得分的做法", "What holds the score back"),
    "spread": ("受访者分布", "Spread across respondents"),
    "spread_note": (
        "维度页的受访者分布：每格为一个选项（从低到高），数字为选择该项的人数，颜色越深人数越多，"
        "加粗并带下划线的一格为中位数所在选项；"
        "一致度为 Tastle–Wierman 一致性指数，1 表示意见完全一致，0 表示意见平分于两端。",
        "Spread on the dimension pages: each cell is one option (lowest to highest), the number is "
        "how many respondents chose it (darker: more), and the bold, underlined cell holds the "
        "median. Agreement is the Tastle–Wierman "
        "consensus index: 1 when all agree, 0 when opinion splits evenly between the extremes.",
    ),
    "question": ("题目", "Question"),
    "answered": ("作答", "Answered"),
    "min_median_max": ("最低 / 中位 / 最高", "Min / median / max"),
    "agreement": ("一致度", "Agreement"),
    "spread_header": ("各选项人数", "Count per option"),
    "reading": ("读图说明", "Reading the charts"),
    "nothing_holding": ("暂无明显短板。", "Nothing stands out as holding this dimension back."),
    "roadmap": ("转型路线图", "Transformation roadmap"),
    "roadmap_grid": ("四大抓手 × 三个阶段", "Four levers × three horizons"),
    "timeline": ("时间线（月）", "Timeline (months)"),
    "months": ("月", "months"),
    "lever": ("抓手", "Lever"),
    "horizon": ("阶段", "Horizon"),
    "initiative": ("举措", "Initiative"),
    "step": ("台阶", "Step"),
    "effort": ("投入", "Effort"),
    "impact": ("影响", "Impact"),
    "quick_win": ("速赢", "Quick win"),
    "prerequisites": ("前置", "Needs"),
    "why": ("理由", "Why"),
    "backlog_note": (
        "另有 {n} 项举措超出 24 个月容量，列入待办。",
        "{n} more initiatives do not fit within 24 months and wait in the backlog.",
    ),
    "no_plan": ("目标已达成，无需新增举措。", "All targets are met; no initiative is needed."),
    "kpis": ("关键指标", "Key performance indicators"),
    "kpi": ("指标", "KPI"),
    "baseline": ("基线", "Baseline"),
    "baseline_levels": (
        "相关 {n} 题现状：{levels} 级",
        "today: level {levels} on {n} related question(s)",
    ),
    "baseline_none": ("问卷无基线，启动前先测量", "no baseline in the answers: measure first"),
    "up": ("↑", "↑"),
    "down": ("↓", "↓"),
    "kpi_note": (
        "指标衡量变革的深度（转化、留存、生命周期价值、周期、数据决策占比），而非流量或用户数本身。"
        "↑ 越高越好，↓ 越低越好。",
        "KPIs measure depth of change (conversion, retention, lifetime value, cycle time, share of "
        "decisions backed by data), never raw traffic or user counts alone. ↑ higher is better, "
        "↓ lower is better.",
    ),
    "method": ("附录 A · 方法说明", "Appendix A · Method"),
    "scoring_maths": ("评分方法", "How scores are computed"),
    "thresholds": ("等级阈值", "Level thresholds"),
    "score_range": ("得分区间", "Score range"),
    "policy": ("评分规则", "Scoring policy"),
    "evidence_factors": ("证据系数", "Evidence factors"),
    "evidence": ("证据", "Evidence"),
    "factor": ("系数", "Factor"),
    "critical_questions": ("关键题", "Critical questions"),
    "rule": ("规则", "Rule"),
    "weights": ("维度权重", "Dimension weights"),
    "weight": ("权重", "Weight"),
    "planning": ("路线图规划方法", "How the roadmap is planned"),
    "answers": ("附录 B · 全部答案与备注", "Appendix B · All answers and notes"),
    "answers_legend": (
        "数字为所选选项（1 为最低，颜色越深越高）；N/A = 不适用；? = 不知道；空白 = 未作答。"
        "备注附在题目下方。",
        "Numbers are the chosen option (1 = lowest; darker = higher); N/A = not applicable; "
        "? = don't know; blank = not answered. Notes follow each question.",
    ),
    "na": NOT_APPLICABLE,
    "dont_know": DONT_KNOW,
    **band_labels(),
    "evidence_artefact": ("有文件/系统为证", "artefact shown"),
    "evidence_example": ("有具体实例", "concrete example"),
    "evidence_belief": ("主观判断", "belief"),
    "evidence_unstated": ("未说明", "not stated"),
    "capped": (
        "关键题“{question}”得分偏低，该维度等级被限制在 {level} 级。",
        "The critical question “{question}” is answered low, so this dimension is capped at "
        "level {level}.",
    ),
    "gated": (
        "按门槛规则，总体等级不超过最弱维度 {n} 级以上（未受限时为 {uncapped} 级）。",
        "Gating: the overall level is at most {n} above the weakest dimension (ungated: level "
        "{uncapped}).",
    ),
    "headline": (
        "{org}的互联网思维总体处于“{level}”阶段（指数 {index}）。"
        "最强的是{best}，最需补强的是{worst}。",
        "{org} stands at “{level}” overall (index {index}). {best} is the strongest dimension; "
        "{worst} needs the most work.",
    ),
    "headline_even": (
        "{org}的互联网思维总体处于“{level}”阶段（指数 {index}），各维度得分相同。",
        "{org} stands at “{level}” overall (index {index}), with every dimension scoring the same.",
    ),
    "workshop": ("工作坊 · 共识与分歧", "Workshop · agreement and disagreement"),
    "ws_kicker": ("工作坊", "Workshop"),
    "ws_respondents": ("受访者与完成情况", "Respondents and completion"),
    "ws_finished": ("已答完全部题目", "Answered every question"),
    "ws_roles": ("按角色", "By role"),
    "ws_groups": ("按小组", "By group"),
    "ws_min_group": (
        "少于 {n} 人的角色或小组不单独列出，以保护受访者匿名。",
        "Roles and groups with fewer than {n} people are not broken down, to keep answers "
        "anonymous.",
    ),
    "ws_hidden_group_below_minimum": (
        "人数不足、不单独列出：{names}",
        "Hidden, fewer people than the minimum: {names}",
    ),
    "ws_hidden_protects_small_group": (
        "为防止推算出小组答案、不单独列出：{names}",
        "Hidden so that a small group cannot be worked out by subtraction: {names}",
    ),
    "ws_hidden_too_few_answers": (
        "作答人数不足、不单独列出：{names}",
        "Hidden, too few answers: {names}",
    ),
    "list_separator": LIST_SEPARATOR,
    "ws_dimension_spread": ("各维度分布", "Spread per dimension"),
    "ws_mean": ("均值", "Mean"),
    "ws_median": ("中位数", "Median"),
    "ws_iqr": ("四分位区间", "IQR"),
    "ws_std": ("标准差", "Std dev"),
    "ws_dimension_note": (
        "各维度按每位受访者自己的得分（0–100）统计；一致度 1 表示意见完全一致。",
        "Each respondent's own score on the dimension (0–100); agreement 1 = all agree.",
    ),
    "ws_hotspots": ("分歧最大的题目", "Disagreement hotspots"),
    "ws_hotspots_note": (
        "按一致度从低到高排列；每格为选择该选项的人数，颜色越深人数越多；"
        "N/A = 不适用，? = 不知道。",
        "Least agreement first; each cell is how many chose that option (darker: more); "
        "N/A = not applicable, ? = don't know.",
    ),
    "ws_na_short": ("N/A", "N/A"),
    "ws_decided": ("已定", "Decided"),
    "ws_no_hotspots": ("答案不足，无法比较分歧。", "Too few answers to compare disagreement."),
    "ws_role_radar": ("各角色的维度得分", "Dimension scores by role"),
    "ws_no_radar": (
        "至少需要两个达到人数下限的角色才能比较角色差异。",
        "Comparing roles needs at least two roles that reach the minimum size.",
    ),
    "ws_consensus": ("共识决定", "Consensus decisions"),
    "ws_agreed": ("共识值", "Agreed value"),
    "ws_rationale": ("理由", "Rationale"),
    "ws_decided_by": ("决定人", "Decided by"),
    "ws_no_consensus": ("尚未记录共识决定。", "No consensus decision has been recorded."),
    "respondents_count": ("{n} 位受访者", "{n} respondents"),
}


def labels_for(lang: Lang) -> dict[str, str]:
    """The label table in one language."""
    index = 0 if lang == "zh" else 1
    return {key: pair[index] for key, pair in _LABELS.items()}
