"""Every fixed text assess shows, in zh-CN and en: one catalog for the app, the report, the
command line and the planner (questionnaire texts stay in their YAML).

A key is ``<part>.<name>``; a lookup in a part falls back to ``common``. An entry is
``(zh, en)``; where English inflects, ``en`` is ``(one, other)``, chosen by the value ``n``.
Placeholders are ``{name}``, the same in both languages (a test checks every entry).
"""

from __future__ import annotations

Entry = tuple[str, str | tuple[str, str]]

MESSAGES: dict[str, Entry] = {
    # -- Words every part prints -------------------------------------------------------------
    "common.band_high": ("高", "high"),
    "common.band_medium": ("中", "medium"),
    "common.band_low": ("低", "low"),
    "common.na": ("不适用", "N/A"),
    "common.dont_know": ("不知道", "Don't know"),
    "common.list_separator": ("、", ", "),
    "common.lang_zh": ("中文", "Chinese"),
    "common.lang_en": ("英文", "English"),
    "common.shown_in_own_language": (
        "本问卷只有{language}版：题目、选项和维度名称以{language}显示。",
        "This questionnaire is written in {language} only: its questions, options and dimension "
        "names are shown in {language}.",
    ),
    "common.long_date": ("{year}年{month}{day}日", "{day} {month} {year}"),
    "common.month_1": ("1月", "January"),
    "common.month_2": ("2月", "February"),
    "common.month_3": ("3月", "March"),
    "common.month_4": ("4月", "April"),
    "common.month_5": ("5月", "May"),
    "common.month_6": ("6月", "June"),
    "common.month_7": ("7月", "July"),
    "common.month_8": ("8月", "August"),
    "common.month_9": ("9月", "September"),
    "common.month_10": ("10月", "October"),
    "common.month_11": ("11月", "November"),
    "common.month_12": ("12月", "December"),
    # -- The terminal app --------------------------------------------------------------------
    "app.app_title": ("成熟度评估", "Maturity assessment"),
    "app.tagline": (
        "按可观察的做法评估成熟度，看清差距，排出改进路线",
        "Assess maturity by what an organization observably does, see the gaps, plan the way",
    ),
    "app.key_help": ("帮助", "Help"),
    "app.key_language": ("切换语言（English）", "Language (中文)"),
    "app.key_theme": ("主题", "Theme"),
    "app.key_quit": ("退出", "Quit"),
    "app.key_back": ("返回", "Back"),
    "app.palette": ("命令", "Commands"),
    "app.key_new": ("新建", "New"),
    "app.key_open": ("打开文件", "Open file"),
    "app.key_resume": ("继续", "Resume"),
    "app.key_choose": ("选择", "Choose"),
    "app.key_previous": ("上一题", "Previous"),
    "app.key_move": ("上/下一题", "Back/next"),
    "app.key_compare": ("对比上次", "Compare"),
    "app.compare_title": ("与上次评估相比", "Since the last assessment"),
    "app.key_help_text": ("显示/隐藏题目说明", "Show or hide the question's help"),
    "app.help_on_key": ("h 看说明", "h: help"),
    "app.key_belief": ("依据：个人判断", "Evidence: belief"),
    "app.key_example": ("依据：实际案例", "Evidence: example"),
    "app.key_artefact": ("依据：文件制品", "Evidence: artefact"),
    "app.key_note": ("备注", "Note"),
    "app.key_clear": ("清除答案", "Clear answer"),
    "app.key_jump": ("跳转", "Jump"),
    "app.key_open_question": ("下个未答", "Next open"),
    "app.key_review": ("检查", "Review"),
    "app.key_results": ("结果", "Results"),
    "app.key_targets": ("目标", "Targets"),
    "app.key_roadmap": ("路线图", "Roadmap"),
    "app.key_export": ("导出", "Export"),
    "app.key_finish": ("完成", "Finish"),
    "app.key_lower": ("目标 −1", "Target −1"),
    "app.key_adjust": ("目标 ±1", "Target ±1"),
    "app.key_reset": ("恢复默认", "Default"),
    "app.key_start": ("开始", "Start"),
    "app.key_close": ("关闭", "Close"),
    "app.key_questionnaire": ("答题", "Answer"),
    "app.key_home": ("首页", "Home"),
    "app.cmd_language": ("切换界面语言（中文 / English）", "Switch language (中文 / English)"),
    "app.cmd_help": ("按键说明", "Keys and help"),
    "app.cmd_home": ("回到首页", "Go to the home screen"),
    "app.cmd_new": ("新建评估", "Start a new assessment"),
    "app.cmd_open": ("打开工作区文件", "Open a workspace file"),
    "app.cmd_questionnaire": ("回到答题", "Back to the questions"),
    "app.cmd_review": ("检查答卷：未答题与备注", "Review: open questions and notes"),
    "app.cmd_results": ("查看结果：各维度得分与等级", "Results: scores and levels"),
    "app.cmd_targets": ("设定目标等级", "Set the target levels"),
    "app.cmd_roadmap": ("查看路线图", "See the roadmap"),
    "app.cmd_export": ("导出报告（PDF / HTML / JSON）", "Export the report (PDF / HTML / JSON)"),
    "app.cmd_facilitator": ("引导师视图：进度与共识", "Facilitator view: progress, consensus"),
    "app.palette_search": ("搜索命令…", "Search for commands…"),
    "app.palette_none": ("没有匹配的命令", "No matches found"),
    "app.cmd_theme": ("切换主题配色", "Change the theme"),
    "app.cmd_quit": ("退出程序（答案都已保存）", "Quit (every answer is saved)"),
    "app.cmd_needs_workspace": ("需先打开一个评估", "open an assessment first"),
    "app.home_new": ("新建评估", "New assessment"),
    "app.home_open": ("打开工作区文件…", "Open a workspace file…"),
    "app.home_recent": ("最近的评估", "Recent assessments"),
    "app.home_no_recent": (
        "还没有评估记录——按 N 新建一个。",
        "No assessments yet — press N to start.",
    ),
    "app.home_resume": (
        "按 Enter 继续上次的评估：{organization} · {respondent}",
        "Press Enter to pick up where you left off: {organization} · {respondent}",
    ),
    "app.home_questionnaires": ("已安装的问卷", "Installed questionnaires"),
    "app.home_loading": ("正在读取…", "Loading…"),
    "app.home_missing": (
        "文件已不存在，已从列表中移除：{path}",
        "File gone, removed from the list: {path}",
    ),
    "app.recent_progress": ("已答 {answered}/{total}", "{answered}/{total} answered"),
    "app.answered_count": ("已答 {n} 题", "{n} answered"),
    "app.recent_finished": ("已完成", "finished"),
    "app.previous_saved": (
        "上一题已保存；按 b / e / a 可补记它的依据",
        "The last answer is saved; b / e / a can add what it rests on",
    ),
    "app.evidence_for_previous": ("上一题的依据：{evidence}", "Last answer rests on: {evidence}"),
    "app.jump_keys": (
        "✔ 已答   ? 不知道   ○ 未答 · ↑↓ 选择，Enter 跳转，Esc 关闭",
        "✔ answered   ? don't know   ○ open · ↑↓ pick, Enter go, Esc close",
    ),
    "app.recent_last_answer": ("最后作答 {when}", "last answer {when}"),
    "app.questionnaire_row": (
        "v{version} · {dimensions} 个维度 · {questions} 道题",
        "v{version} · {dimensions} dimensions · {questions} questions",
    ),
    "app.questionnaire_invalid": ("无法读取：{error}", "cannot be read: {error}"),
    "app.setup_title": ("新建评估", "New assessment"),
    "app.setup_intro": (
        "填写组织与答题人信息。所有答案都会即时保存在一个工作区文件里，随时可以退出、稍后继续。",
        "Tell us about the organization and who is answering. Every answer is saved at once in "
        "one workspace file: leave whenever you like and carry on later.",
    ),
    "app.field_organization": ("组织名称", "Organization"),
    "app.field_industry": ("行业", "Industry"),
    "app.field_size": ("规模", "Size"),
    "app.field_respondent": ("答题人", "Respondent"),
    "app.field_role": ("角色 / 职务", "Role"),
    "app.field_questionnaire": ("问卷", "Questionnaire"),
    "app.field_questionnaire_file": ("或问卷文件", "Or a file"),
    "app.hint_questionnaire_file": (
        "自备问卷的路径（或放入 {folder}）",
        "path to your own questionnaire (or put it in {folder})",
    ),
    "app.field_profile": ("行业与性质", "Profile"),
    "app.profile_none": ("通用（不区分行业）", "General (no profile)"),
    "app.field_form": ("问卷版本", "Form"),
    "app.form_choice": (
        "{name} · {n} 题 · 约 {minutes} 分钟",
        "{name} · {n} questions · about {minutes} min",
    ),
    "app.form_all": ("完整版", "Full"),
    "app.field_language": ("报告语言", "Report language"),
    "app.field_file": ("工作区文件", "Workspace file"),
    "app.hint_organization": ("如：青禾智造集团", "e.g. Acme Manufacturing"),
    "app.hint_industry": ("如：装备制造", "e.g. equipment manufacturing"),
    "app.hint_size": ("如：2,400 人", "e.g. 2,400 people"),
    "app.hint_respondent": ("您的姓名", "Your name"),
    "app.hint_role": ("如：数字化中心总监", "e.g. head of digital"),
    "app.setup_start": ("开始答题", "Start answering"),
    "app.setup_cancel": ("取消", "Cancel"),
    "app.setup_required": ("请填写：{fields}", "Please fill in: {fields}"),
    "app.lang_zh": ("中文", "Chinese"),
    "app.lang_en": ("英文", "English"),
    "app.overall": ("总进度", "Overall"),
    "app.question_of": ("第 {n}/{count} 题", "Question {n} of {count}"),
    "app.critical": ("关键题", "critical"),
    "app.weight": ("权重 {weight}", "weight {weight}"),
    "app.choice_na": ("不适用", "Not applicable"),
    "app.evidence": ("依据", "Evidence"),
    "app.evidence_belief": ("个人判断", "belief"),
    "app.evidence_example": ("实际案例", "example"),
    "app.evidence_artefact": ("文件制品", "artefact"),
    "app.evidence_rule": ("选第 {n} 项须能出示：", "To claim option {n}, show: "),
    "app.evidence_prompt": ("可出示的证据：", "What you could show: "),
    "app.note_needed_for_na": (
        "必填：请写明本题为何不适用（Tab 键进入）",
        "Required: say why this question does not apply (Tab to type)",
    ),
    "app.note_hint": (
        "备注（可选，Tab 键进入）：补充说明、例子、出处…",
        "Note (optional, Tab to type): context, an example…",
    ),
    "app.na_needs_note": ("请在备注里说明为什么不适用。", "Say in the note why it does not apply."),
    "app.saved": ("已保存 · {time}", "saved · {time}"),
    "app.not_answered": ("未作答", "not answered"),
    "app.status_needs_note": (
        "已记为“不适用”，写明原因后才算作答",
        "Saved as N/A; it counts once the note says why",
    ),
    "app.all_answered": ("全部题目已作答，按 R 检查答卷。", "Every question is answered: press R."),
    "app.jump_title": ("跳转到题目", "Jump to a question"),
    "app.dimensions": ("维度", "Dimensions"),
    "app.review_title": ("检查答卷", "Review your answers"),
    "app.review_open": ("未作答（{n}）", "Not answered ({n})"),
    "app.review_na_note": (
        "“不适用”尚缺说明，暂不计分（{n}）",
        "N/A still needing the note that explains it, not yet scored ({n})",
    ),
    "app.review_dont_know": ("答“不知道”（{n}）", "Answered “don't know” ({n})"),
    "app.review_notes": ("备注（{n}）", "Notes ({n})"),
    "app.review_none": ("无", "none"),
    "app.review_finish": ("完成答题，查看结果", "Finish and see the results"),
    "app.results_title": ("评估结果", "Results"),
    "app.overall_index": ("综合指数", "Overall index"),
    "app.level_name": ("{level} 级 · {name}", "level {level} · {name}"),
    "app.not_scored": ("未评分", "not scored"),
    "app.coverage": ("覆盖 {value}", "coverage {value}"),
    "app.confidence": ("可信度 {band}", "confidence {band}"),
    "app.respondents": ("{n} 位答题人", ("{n} respondent", "{n} respondents")),
    "app.needle_title": ("最能推动得分的题目", "What moves the needle"),
    "app.needle_none": ("没有可提升的题目。", "Nothing left to raise."),
    "app.ws_title": (
        "{n} 位答题人的看法分布",
        (
            "How {n} respondent sees it",
            "How {n} respondents see it",
        ),
    ),
    "app.ws_stats": (
        "中位数 {median} · 四分位 {q1}–{q3} · 一致度 {agreement}",
        "median {median} · quartiles {q1}–{q3} · agreement {agreement}",
    ),
    "app.ws_roles": ("按角色（中位数）：{roles}", "By role (median): {roles}"),
    "app.ws_hidden": (
        "{n} 个不足 {k} 人的角色未单列，以保护匿名。",
        (
            "{n} role under {k} people not shown, to keep answers anonymous.",
            "{n} roles under {k} people not shown, to keep answers anonymous.",
        ),
    ),
    "app.ws_hotspot": (
        "分歧较大（一致度 {agreement}）：",
        "Disagreement (agreement {agreement}): ",
    ),
    "app.capped": ("关键题限制了等级：{questions}", "Capped by critical questions: {questions}"),
    "app.computing": ("正在计算…", "Working it out…"),
    "app.targets_title": ("目标设定", "Targets"),
    "app.targets_intro": (
        "默认目标为比现状高一级。用 ←/→ 或 −/+ 调整所选维度，0 恢复默认；┃ 标出目标等级的分数线，"
        "✎ 表示您调整过的目标。",
        "By default the target is one level up. Use ←/→ or −/+ on a dimension, 0 for the "
        "default; ┃ marks the target level's threshold, ✎ a target you set.",
    ),
    "app.current": ("现状", "Current"),
    "app.target": ("目标", "Target"),
    "app.gap": ("差距", "Gap"),
    "app.gap_value": ("{levels} 级 / {points} 分", "{levels} lv / {points} pts"),
    "app.roadmap_title": ("路线图", "Roadmap"),
    "app.roadmap_none": ("这个问卷没有路线图知识库。", "This questionnaire has no roadmap."),
    "app.roadmap_empty": (
        "所定目标下没有需要的举措。",
        "No initiatives are needed for these targets.",
    ),
    "app.lever": ("方面", "Lever"),
    "app.roadmap_summary": (
        "共 {n} 项举措；表中为各方面、各阶段的举措数（绿色为速赢），选中格子查看举措。",
        (
            "{n} initiative; the grid counts them by lever and horizon (green: quick wins); "
            "pick a cell to list them.",
            "{n} initiatives; the grid counts them by lever and horizon (green: quick wins); "
            "pick a cell to list them.",
        ),
    ),
    "app.months_span": ("{start}–{end} 个月", "{start}–{end} months"),
    "app.later": ("24 个月以后", "Later"),
    "app.effort": ("投入 {n}/5", "effort {n}/5"),
    "app.impact": ("影响 {n}/5", "impact {n}/5"),
    "app.quick_win": ("速赢", "quick win"),
    "app.why": ("为什么", "Why"),
    "app.kpis": ("衡量指标", "KPIs"),
    "app.baseline": ("基线：{text}", "baseline: {text}"),
    "app.prerequisites": ("前置举措：{items}", "Prerequisites: {items}"),
    "app.all_cells": ("全部举措", "All initiatives"),
    "app.export_title": ("导出报告", "Export the report"),
    "app.export_format": ("格式", "Format"),
    "app.export_language": ("语言", "Language"),
    "app.export_path": ("保存到", "Save to"),
    "app.export_names": ("受访者", "Respondents"),
    "app.export_names_switch": (
        "显示姓名（默认以 R1、R2… 加角色代称）",
        "Show names (default: R1, R2 … with their role)",
    ),
    "app.export_start": ("导出", "Export"),
    "app.export_running": ("正在生成报告…", "Building the report…"),
    "app.export_done": ("报告已保存：{path}", "Report saved: {path}"),
    "app.export_failed": ("导出失败：{error}", "Export failed: {error}"),
    "app.help_title": ("按键说明", "Keys"),
    "app.help_everywhere": ("所有界面", "Everywhere"),
    "app.help_mouse": (
        "鼠标同样可用：点击选项、按钮和列表。",
        "The mouse works too: click options.",
    ),
    "app.who_title": ("谁在答题？", "Who is answering?"),
    "app.who_new": ("＋ 新答题人", "+ New respondent"),
    "app.who_name": ("姓名", "Name"),
    "app.open_title": ("打开工作区文件", "Open a workspace file"),
    "app.open_hint": ("文件路径，如 ~/评估/青禾.assess", "Path, e.g. ~/assessments/acme.assess"),
    "app.open_missing": ("找不到文件：{path}", "No such file: {path}"),
    "app.error": ("出错了：{error}", "Something went wrong: {error}"),
    "app.language_now": ("界面语言：中文", "Interface language: English"),
    # -- The Excel workbook (xlsx.*); it falls back to common.* -------------------------------
    "xlsx.sheet_summary": ("摘要", "Summary"),
    "xlsx.sheet_questions": ("题目", "Questions"),
    "xlsx.sheet_answers": ("答案", "Answers"),
    "xlsx.sheet_notes": ("备注", "Notes"),
    "xlsx.sheet_hotspots": ("分歧热点", "Hotspots"),
    "xlsx.sheet_consensus": ("共识", "Consensus"),
    "xlsx.sheet_roadmap": ("路线图", "Roadmap"),
    "xlsx.sheet_kpis": ("关键指标", "KPIs"),
    "xlsx.sheet_method": ("方法", "Method"),
    "xlsx.low_median_high": ("最低 / 中位 / 最高", "Lowest / median / highest"),
    "xlsx.respondent": ("答题人", "Respondent"),
    "xlsx.role": ("角色", "Role"),
    "xlsx.note": ("备注", "Note"),
    "xlsx.std": ("标准差", "Std. dev."),
    "xlsx.consensus": ("共识", "Consensus"),
    "xlsx.rationale": ("理由", "Rationale"),
    "xlsx.decided_by": ("记录人", "Recorded by"),
    "xlsx.owner": ("负责人", "Owner"),
    "xlsx.months": ("月数", "Months"),
    "xlsx.priority": ("优先级", "Priority"),
    "xlsx.unit": ("单位", "Unit"),
    "xlsx.better": ("越…越好", "Better"),
    "xlsx.formula": ("计算方法", "Formula"),
    # -- The PowerPoint readout (pptx.*) ------------------------------------------------------
    "pptx.standing": ("现状与目标", "Where the organization stands"),
    "pptx.now": ("现在", "Today"),
    "pptx.next_level": ("下一个等级", "The next level"),
    "pptx.more": ("另有 {n} 项", ("+{n} more", "+{n} more")),
    "pptx.workshop": ("工作坊：共识与分歧", "Workshop: agreement and disagreement"),
    # -- The Word report (docx.*) ------------------------------------------------------------
    "docx.today": ("现状", "Today"),
    "docx.next_level": ("下一个等级", "The next level"),
    "docx.workshop": ("工作坊：共识与分歧", "Workshop: agreement and disagreement"),
    "docx.sign_off": ("签署", "Sign-off"),
    "docx.name": ("姓名", "Name"),
    "docx.signature": ("签字", "Signature"),
    "docx.prepared": ("编制", "Prepared by"),
    "docx.approved": ("审批", "Approved by"),
    # -- Surveys made from the questionnaire (survey.*) -------------------------------------
    "survey.name": ("您的姓名（可不填）", "Your name (optional)"),
    "survey.role": ("您的角色", "Your role"),
    "paper.how": (
        "每道题在最符合本企业今天实际做法的一项前打勾（不是目标或设想）；"
        "题目不适用于本企业时勾“不适用”并在备注写明原因；不清楚时勾“不知道”。"
        "再勾出答案的依据。",
        "For each question, tick the one option that describes what your organization does "
        "today (not what it intends); tick N/A where the question does not apply and say why in "
        "the note, or Don't know. Then tick what your answer rests on.",
    ),
    "paper.organization": ("组织", "Organization"),
    "paper.name": ("姓名（可不填）", "Name (optional)"),
    "paper.date": ("日期", "Date"),
    "paper.role": ("角色", "Role"),
    "paper.other_role": ("其他", "Other"),
    "paper.basis": ("依据", "Rests on"),
    "paper.note": ("备注", "Note"),
    # -- The participant page of `assess serve` (web.*); it falls back to common.* -----------
    "web.title": ("工作坊答题", "Workshop questionnaire"),
    "web.join_title": ("加入工作坊", "Join the workshop"),
    "web.role": ("您的角色", "Your role"),
    "web.own_role": ("或写下您的角色", "Or write your role"),
    "web.role_missing": ("请选择您的角色。", "Please pick your role."),
    "web.name": ("姓名（可不填）", "Name (optional)"),
    "web.anonymity": (
        "报告中只以编号和角色称呼答题人（如 R3 · 中层经理），不写姓名。",
        "The report names answerers only by number and role (e.g. R3 · Manager), never by name.",
    ),
    "web.anonymous": ("参与者 {n}", "Participant {n}"),
    "web.language": ("语言", "Language"),
    "web.start": ("开始答题", "Start answering"),
    "web.progress": ("答题进度", "Progress"),
    "web.question_of": ("第 {n}/{total} 题", "question {n} of {total}"),
    "web.answered_of": ("已答 {n}/{total}", "{n} of {total} answered"),
    "web.options": ("选项", "Options"),
    "web.evidence_prompt": ("可出示的证据：", "What you could show:"),
    "web.evidence": ("您的依据", "What your answer rests on"),
    "web.evidence_rule": ("须能出示：", "To claim it, show: "),
    "web.note": ("备注", "Note"),
    "web.note_na": ("（选“不适用”时须说明原因）", "(say why, if you choose N/A)"),
    "web.na_note_needed": (
        "选择“不适用”时，请在备注中说明原因；已保存，写好说明后再继续。",
        "With N/A, please say why in the note; it is saved, add the reason and go on.",
    ),
    "web.back": ("上一题", "Back"),
    "web.review": ("检查", "Review"),
    "web.save_next": ("保存，下一题", "Save and next"),
    "web.save_review": ("保存并检查", "Save and review"),
    "web.review_title": ("检查答案", "Review your answers"),
    "web.open_left": ("还有 {n} 题未答", ("{n} question open", "{n} questions open")),
    "web.status_answered": ("已答", "answered"),
    "web.status_dont_know": ("不知道", "don't know"),
    "web.status_open": ("未答", "open"),
    "web.status_needs_note": ("缺说明", "needs a note"),
    "web.finish_with_open": (
        "未答的题目不计分；您也可以现在提交，稍后再回来补答。",
        "Open questions are not scored; you may finish now and come back to them later.",
    ),
    "web.finish": ("完成提交", "Finish"),
    "web.thanks_title": ("谢谢！", "Thank you!"),
    "web.thanks_body": (
        "{name}，您的答案已保存，将用于{organization}的评估。",
        "{name}, your answers are saved for {organization}'s assessment.",
    ),
    "web.change_answers": ("修改答案", "Change my answers"),
    # -- The facilitator's view (workshop.*); it falls back to app.* ---------------------------
    "workshop.fac_title": ("引导师视图", "Facilitator view"),
    "workshop.fac_people": (
        "参与者 {n} 人：{done} 人已完成，{active} 人正在答题",
        (
            "{n} participant: {done} finished, {active} answering",
            "{n} participants: {done} finished, {active} answering",
        ),
    ),
    "workshop.fac_hotspots": ("分歧热点（一致度从低到高）", "Hotspots (least agreement first)"),
    "workshop.fac_roles": ("角色", "Roles"),
    "workshop.fac_hidden_roles": (
        "少于 {min} 人的组不单独显示：{names}",
        "Groups under {min} people are not shown: {names}",
    ),
    "workshop.col_name": ("姓名", "Name"),
    "workshop.col_role": ("角色", "Role"),
    "workshop.col_answered": ("已答", "Answered"),
    "workshop.col_position": ("当前题目", "On question"),
    "workshop.col_last": ("最近作答", "Last answer"),
    "workshop.col_status": ("状态", "Status"),
    "workshop.col_question": ("题目", "Question"),
    "workshop.col_agreement": ("一致度", "Agreement"),
    "workshop.col_spread": ("标准差", "Std"),
    "workshop.col_gap": ("角色差距", "Role gap"),
    "workshop.col_consensus": ("共识", "Consensus"),
    "workshop.status_finished": ("已完成", "finished"),
    "workshop.status_answering": ("答题中", "answering"),
    "workshop.status_idle": ("未活动", "idle"),
    "workshop.status_online": ("在线", "online"),
    "workshop.ago_seconds": ("{n} 秒前", "{n} s ago"),
    "workshop.ago_minutes": ("{n} 分钟前", "{n} min ago"),
    "workshop.never": ("—", "—"),
    "workshop.key_consensus": ("记录共识", "Record consensus"),
    "workshop.key_clear_consensus": ("清除共识", "Clear consensus"),
    "workshop.key_refresh": ("刷新", "Refresh"),
    "workshop.cons_title": ("记录共识：{question}", "Consensus: {question}"),
    "workshop.cons_spread": (
        "分布（n={n}，平均 {mean}，一致度 {agreement}）",
        "Answers (n={n}, mean {mean}, agreement {agreement})",
    ),
    "workshop.cons_value": (
        "共识值：选项编号，或 na（不适用）",
        "Agreed value: an option's number, or na",
    ),
    "workshop.cons_rationale": ("理由（将写入报告）", "Rationale (goes into the report)"),
    "workshop.cons_save": ("保存", "Save"),
    "workshop.cons_saved": (
        "已记录 {question} 的共识：{value}",
        "Consensus for {question} recorded: {value}",
    ),
    "workshop.cons_cleared": ("已清除 {question} 的共识", "Consensus for {question} cleared"),
    "workshop.cons_bad_value": ("请输入选项编号或 na。", "Type an option's number or na."),
    "workshop.hidden": ("不单独显示", "hidden"),
    # -- The report (its templates get this section as `L`) ----------------------------------
    "report.report_title": ("成熟度评估报告", "Maturity assessment report"),
    "report.report_subtitle": ("现状诊断与改进路线图", "Diagnosis and roadmap"),
    "report.prepared_for": ("呈送", "Prepared for"),
    "report.prepared_by": ("顾问", "Prepared by"),
    "report.date": ("日期", "Date"),
    "report.respondents": ("参与人数", "Respondents"),
    "report.questionnaire": ("问卷", "Questionnaire"),
    "report.confidential": ("机密 · 仅供管理层参阅", "Confidential · for leadership only"),
    "report.summary": ("执行摘要", "Executive summary"),
    "report.overall_index": ("总体指数", "Overall index"),
    "report.overall_level": ("总体等级", "Overall level"),
    "report.out_of_100": ("/ 100", "/ 100"),
    "report.current": ("当前", "Current"),
    "report.target": ("目标", "Target"),
    "report.gap": ("差距", "Gap"),
    "report.score": ("得分", "Score"),
    "report.level": ("等级", "Level"),
    "report.coverage": ("覆盖率", "Coverage"),
    "report.confidence": ("置信度", "Confidence"),
    "report.dimension": ("维度", "Dimension"),
    "report.findings": ("主要发现", "Key findings"),
    "report.finding_capped": (
        "{dimension}停在“{level}”：一道关键题答得低",
        "{dimension} is held at “{level}” by one critical question",
    ),
    "report.finding_capped_evidence": (
        "“{question}”——选择了某一选项的 {n} 人中，{low} 人选了第 {below} 项以下；若不计这一限制，"
        "得分 {score} 可到“{uncapped}”。",
        "“{question}”: {low} of the {n} who chose an option chose one below option {below}; "
        "without this limit the score of {score} would reach “{uncapped}”.",
    ),
    "report.finding_weakest": (
        "{dimension}最弱：{score} 分，处于“{level}”",
        "{dimension} is the weakest: {score}, “{level}”",
    ),
    "report.finding_weakest_evidence": (
        "拉低最多的是“{question}”——{n} 人中 {low} 人选了最低的两项，{artefacts} 人能出示文件或系统"
        "作为证据。",
        "What pulls it down most is “{question}”: {low} of {n} chose one of the two lowest "
        "options, and {artefacts} could show a document or system as evidence.",
    ),
    "report.finding_roles_apart": (
        "{high}与{low}对同一项做法看法不一",
        "{high} and {low} see one practice differently",
    ),
    "report.finding_roles_apart_evidence": (
        "“{question}”——{high}平均选到第 {high_at} 项，{low}平均选到第 {low_at} 项（相差 {gap} 分，"
        "满分 100）：值得在研讨会上先对齐事实。",
        "“{question}”: {high} chose option {high_at} on average, {low} option {low_at} (a gap of "
        "{gap} points out of 100): worth settling the facts in the workshop first.",
    ),
    "report.finding_evidence_thin": (
        "判断多、证据少：结论需要核实",
        "Much belief, little evidence: the picture needs checking",
    ),
    "report.finding_evidence_thin_evidence": (
        "{total} 个答案中只有 {artefacts} 个（{share}）附有可出示的文件或系统；"
        "{beliefs} 个是个人判断，{unstated} 个未注明依据。",
        "Of {total} answers only {artefacts} ({share}) rest on a document or system that can be "
        "shown; {beliefs} are personal belief and {unstated} give no basis.",
    ),
    "report.finding_evidence_firm": (
        "结论有证据支撑",
        "The picture rests on evidence",
    ),
    "report.finding_evidence_firm_evidence": (
        "{total} 个答案中 {artefacts} 个（{share}）附有可出示的文件或系统。",
        "{artefacts} of {total} answers ({share}) rest on a document or system that can be shown.",
    ),
    "report.finding_strongest": (
        "{dimension}领先：{score} 分，处于“{level}”",
        "{dimension} leads: {score}, “{level}”",
    ),
    "report.finding_strongest_evidence": (
        "{total} 道题中有 {upper} 道，受访者的平均答案在量表的中点或以上。",
        "On {upper} of its {total} questions the average answer sits at or above the middle of "
        "the scale.",
    ),
    "report.strength_held": (
        "但所在维度受关键题限制，仍停在“{level}”",
        "but a critical question still holds its dimension at “{level}”",
    ),
    "report.strengths": ("三大优势", "Top 3 strengths"),
    "report.top_gaps": ("五大差距", "Top 5 gaps"),
    "report.first_moves": ("首要三步", "The three first moves"),
    "report.radar_title": ("当前与目标", "Current vs target"),
    "report.points": ("分", "pts"),
    "report.today": ("现状", "Today"),
    "report.next_step": ("下一步", "Next step"),
    "report.gain": ("提升", "Gain"),
    "report.critical": ("关键题", "Critical"),
    "report.dimension_pages": ("维度诊断", "Dimension diagnosis"),
    "report.where_you_are": ("所处阶段", "Where you are"),
    "report.where_to_go": ("目标阶段", "Where to go"),
    "report.holding_back": ("拉低得分的做法", "What holds the score back"),
    "report.spread": ("受访者分布", "Spread across respondents"),
    "report.spread_note": (
        "维度页的受访者分布：每格为一个选项（从低到高），数字为选择该项的人数，颜色越深人数越多，"
        "加粗并带下划线的一格为中位数所在选项；一致度为 Tastle–Wierman 一致性指数，1 表示意见完全"
        "一致，0 表示意见平分于两端。",
        "Spread on the dimension pages: each cell is one option (lowest to highest), the number "
        "is how many respondents chose it (darker: more), and the bold, underlined cell holds "
        "the median. Agreement is the Tastle–Wierman consensus index: 1 when all agree, 0 when "
        "opinion splits evenly between the extremes.",
    ),
    "report.question": ("题目", "Question"),
    "report.answered": ("作答", "Answered"),
    "report.min_median_max": ("最低 / 中位 / 最高", "Min / median / max"),
    "report.agreement": ("一致度", "Agreement"),
    "report.spread_header": ("各选项人数", "Count per option"),
    "report.reading": ("读图说明", "Reading the charts"),
    "report.nothing_holding": (
        "暂无明显短板。",
        "Nothing stands out as holding this dimension back.",
    ),
    "report.roadmap": ("转型路线图", "Transformation roadmap"),
    "report.no_catalogue": (
        "本问卷未附举措库，因此这里不列出举措和分期，只给出各维度为达到目标最该提升的答案，以及"
        "提升后的做法。",
        "This questionnaire comes with no initiative catalog, so no initiatives are phased "
        "here: for each dimension short of its target, these are the answers to raise first and "
        "the practice one step up.",
    ),
    "report.roadmap_grid": ("四大抓手 × 三个阶段", "Four levers × three horizons"),
    "report.timeline": ("时间线（月）", "Timeline (months)"),
    "report.timeline_continued": ("时间线（月，续）", "Timeline (months, continued)"),
    "report.months": ("月", "months"),
    "report.lever": ("抓手", "Lever"),
    "report.horizon": ("阶段", "Horizon"),
    "report.initiative": ("举措", "Initiative"),
    "report.step": ("台阶", "Step"),
    "report.effort": ("投入", "Effort"),
    "report.impact": ("影响", "Impact"),
    "report.quick_win": ("速赢", "Quick win"),
    "report.prerequisites": ("前置", "Needs"),
    "report.why": ("理由", "Why"),
    "report.backlog_note": (
        "另有 {n} 项举措超出 24 个月容量，列入待办。",
        (
            "{n} more initiative does not fit within 24 months and waits in the backlog.",
            "{n} more initiatives do not fit within 24 months and wait in the backlog.",
        ),
    ),
    "report.no_plan": (
        "目标已达成，无需新增举措。",
        "All targets are met; no initiative is needed.",
    ),
    "report.kpis": ("关键指标", "Key performance indicators"),
    "report.kpi": ("指标", "KPI"),
    "report.frame_title": ("从传统做法到新的做法", "From the old way to the new"),
    "report.frame_title_to": ("从传统思维到{measures}", "From traditional thinking to {measures}"),
    "report.frame_lead": (
        "左栏是传统企业的做法，右栏是本评估衡量的方向；中间的条形标出今天的位置：相关维度得分的平均值"
        "（0–100）。",
        "The left column is the traditional way, the right one the direction this assessment "
        "measures; the bar between them marks where the organization stands today: the mean "
        "score (0–100) of the dimensions concerned.",
    ),
    "report.frame_aspect": ("方面", "Aspect"),
    "report.frame_before": ("传统做法", "The old way"),
    "report.frame_today": ("今天的位置", "Where it stands"),
    "report.frame_after": ("新的做法", "The new way"),
    "report.owned_by": ("负责人：{owner}", "Owner: {owner}"),
    "report.duration_months": ("{n} 个月", ("{n} month", "{n} months")),
    "report.kpi_source": ("数据来源：{source}", "source: {source}"),
    "report.clause_separator": ("；", "; "),
    "report.reviewed_weekly": ("每周复盘", "reviewed weekly"),
    "report.reviewed_monthly": ("每月复盘", "reviewed monthly"),
    "report.reviewed_quarterly": ("每季度复盘", "reviewed quarterly"),
    "report.reviewed_half-yearly": ("每半年复盘", "reviewed every six months"),
    "report.reviewed_yearly": ("每年复盘", "reviewed yearly"),
    "report.deliverable": ("交付成果", "Deliverable"),
    "report.baseline": ("基线", "Baseline"),
    "report.baseline_levels": (
        "相关 {n} 题现状：{levels} 级",
        (
            "today: level {levels} on {n} related question",
            "today: level {levels} on {n} related questions",
        ),
    ),
    "report.baseline_none": (
        "问卷无基线，启动前先测量",
        "no baseline in the answers: measure first",
    ),
    "report.up": ("↑", "↑"),
    "report.down": ("↓", "↓"),
    "report.kpi_note": (
        "指标衡量变革的深度（转化、留存、生命周期价值、周期、数据决策占比），而非流量或用户数本身"
        "。↑ 越高越好，↓ 越低越好。",
        "KPIs measure depth of change (conversion, retention, lifetime value, cycle time, share "
        "of decisions backed by data), never raw traffic or user counts alone. ↑ higher is "
        "better, ↓ lower is better.",
    ),
    "report.method": ("附录 A · 方法说明", "Appendix A · Method"),
    "report.scoring_maths": ("评分方法", "How scores are computed"),
    "report.thresholds": ("等级阈值", "Level thresholds"),
    "report.score_range": ("得分区间", "Score range"),
    "report.policy": ("评分规则", "Scoring policy"),
    "report.evidence_factors": ("证据系数", "Evidence factors"),
    "report.evidence": ("证据", "Evidence"),
    "report.factor": ("系数", "Factor"),
    "report.critical_questions": ("关键题", "Critical questions"),
    "report.rule": ("规则", "Rule"),
    "report.weights": ("维度权重", "Dimension weights"),
    "report.weight": ("权重", "Weight"),
    "report.planning": ("路线图规划方法", "How the roadmap is planned"),
    "report.answers": ("附录 B · 全部答案与备注", "Appendix B · All answers and notes"),
    "report.answers_summarised": (
        "共 {n} 位受访者，每题列出选择各选项的人数（1 为最低，颜色越深人数越多），"
        "N/A = 不适用，? = 不知道；备注按角色归组，每个角色最多列出 {per_role} 条，"
        "人数过少的角色合并为“其他角色”以保护匿名。",
        (
            "{n} respondent: each question shows how many chose each option (1 = lowest; darker "
            "= more); N/A = not applicable, ? = don't know. Notes are grouped by role, at most "
            "{per_role} per role; roles too small to stay anonymous are pooled as other roles.",
            "{n} respondents: each question shows how many chose each option (1 = lowest; darker "
            "= more); N/A = not applicable, ? = don't know. Notes are grouped by role, at most "
            "{per_role} per role; roles too small to stay anonymous are pooled as other roles.",
        ),
    ),
    "report.answered_of": ("{n} / {total} 人作答", "{n} of {total} answered"),
    "report.other_roles": ("其他角色", "Other roles"),
    "report.more_notes": ("另有 {n} 条备注", ("and {n} more note", "and {n} more notes")),
    "report.answers_legend": (
        "数字为所选选项（1 为最低，颜色越深越高）；N/A = 不适用；? = 不知道；空白 = 未作答。备注"
        "附在题目下方。",
        "Numbers are the chosen option (1 = lowest; darker = higher); N/A = not applicable; ? = "
        "don't know; blank = not answered. Notes follow each question.",
    ),
    "report.evidence_artefact": ("有文件/系统为证", "artefact shown"),
    "report.evidence_example": ("有具体实例", "concrete example"),
    "report.evidence_belief": ("主观判断", "belief"),
    "report.evidence_unstated": ("未说明", "not stated"),
    "report.capped": (
        "关键题“{question}”得分偏低，该维度等级被限制在 {level} 级。",
        "The critical question “{question}” is answered low, so this dimension is capped at "
        "level {level}.",
    ),
    "report.gated": (
        "按门槛规则，总体等级不超过最弱维度 {n} 级以上（未受限时为 {uncapped} 级）。",
        (
            "Gating: the overall level is at most {n} level above the weakest dimension "
            "(ungated: level {uncapped}).",
            "Gating: the overall level is at most {n} levels above the weakest dimension "
            "(ungated: level {uncapped}).",
        ),
    ),
    "report.headline": (
        "{org}的{measures}总体处于“{level}”阶段（指数 {index}）。最强的是{best}，最需补强的是"
        "{worst}。",
        "{org}'s {measures} stands at “{level}” overall (index {index}). {best} is the strongest "
        "dimension; {worst} needs the most work.",
    ),
    "report.headline_even": (
        "{org}的{measures}总体处于“{level}”阶段（指数 {index}），各维度得分相同。",
        "{org}'s {measures} stands at “{level}” overall (index {index}), with every dimension "
        "scoring the same.",
    ),
    "report.maturity": ("成熟度", "maturity"),
    "report.workshop": ("工作坊 · 共识与分歧", "Workshop · agreement and disagreement"),
    "report.ws_kicker": ("工作坊", "Workshop"),
    "report.ws_respondents": ("受访者与完成情况", "Respondents and completion"),
    "report.ws_finished": ("已答完全部题目", "Answered every question"),
    "report.ws_roles": ("按角色", "By role"),
    "report.ws_groups": ("按小组", "By group"),
    "report.ws_min_group": (
        "少于 {n} 人的角色或小组不单独列出，以保护受访者匿名。",
        (
            "Roles and groups with fewer than {n} person are not broken down, to keep answers "
            "anonymous.",
            "Roles and groups with fewer than {n} people are not broken down, to keep answers "
            "anonymous.",
        ),
    ),
    "report.ws_hidden_group_below_minimum": (
        "人数不足、不单独列出：{names}",
        "Hidden, fewer people than the minimum: {names}",
    ),
    "report.ws_hidden_protects_small_group": (
        "为防止推算出小组答案、不单独列出：{names}",
        "Hidden so that a small group cannot be worked out by subtraction: {names}",
    ),
    "report.ws_hidden_too_few_answers": (
        "作答人数不足、不单独列出：{names}",
        "Hidden, too few answers: {names}",
    ),
    "report.ws_dimension_spread": ("各维度分布", "Spread per dimension"),
    "report.ws_mean": ("均值", "Mean"),
    "report.ws_median": ("中位数", "Median"),
    "report.ws_iqr": ("四分位区间", "IQR"),
    "report.ws_std": ("标准差", "Std dev"),
    "report.ws_dimension_note": (
        "各维度按每位受访者自己的得分（0–100）统计；一致度 1 表示意见完全一致。",
        "Each respondent's own score on the dimension (0–100); agreement 1 = all agree.",
    ),
    "report.ws_hotspots": ("分歧最大的题目", "Disagreement hotspots"),
    "report.ws_hotspots_note": (
        "按一致度从低到高排列；每格为选择该选项的人数，颜色越深人数越多；N/A = 不适用，? = 不知道"
        "。",
        "Least agreement first; each cell is how many chose that option (darker: more); N/A = "
        "not applicable, ? = don't know.",
    ),
    "report.ws_na_short": ("N/A", "N/A"),
    "report.ws_decided": ("已定", "Decided"),
    "report.ws_no_hotspots": (
        "答案不足，无法比较分歧。",
        "Too few answers to compare disagreement.",
    ),
    "report.ws_role_radar": ("各角色的维度得分", "Dimension scores by role"),
    "report.ws_no_radar": (
        "至少需要两个达到人数下限的角色才能比较角色差异。",
        "Comparing roles needs at least two roles that reach the minimum size.",
    ),
    "report.ws_method": (
        "每题统计选择了选项的人数 n、平均值、中位数、总体标准差和四分位距(线性插值)。一致度采用"
        " Tastle 与 Wierman 的有序数据共识度:Cns = 1 + Σ pᵢ·log₂(1 − |xᵢ − μ| / d),d 为量表宽度"
        ";全体选择相同为 1,两端各占一半为 0。维度的分布基于每位受访者自己在该维度上的位置(0–100"
        ",按题目权重加权,与评分公式一致)。分歧热点按一致度从低到高排列,同分时角色差距大者优先。"
        "少于 {min} 人的角色或分组不单独显示;若隐藏的人数合计不足 {min} 人,最小的其他组也一并隐"
        "藏,以免通过相减推出个人答案;某题作答少于 {min} 人的格子同样隐藏。引导师记录的共识值替"
        "代该题的汇总答案参与评分,原始答案保留并照常展示。",
        "Per question: n (respondents who chose an option), mean, median, population standard "
        "deviation and interquartile range (linear interpolation). Agreement is Tastle & "
        "Wierman's consensus for ordinal data, Cns = 1 + Σ pᵢ·log₂(1 − |xᵢ − μ| / d) with d "
        "the width of the scale: 1 when everyone gives the same answer, 0 when the group is "
        "split half and half between the two ends. A dimension's spread is that of each "
        "respondent's own position on it (0–100, weighted by question weight, as in the "
        "scoring formula). Hotspots are ranked by agreement, lowest first; ties go to the "
        "larger role gap. Roles and groups with fewer than {min} people are not shown on their "
        "own; when the hidden people add up to fewer than {min}, the smallest other parts are "
        "hidden too, so that no answer can be recovered by subtraction; a cell with fewer than "
        "{min} answers is hidden. A consensus recorded by the facilitator replaces the pooled "
        "answers of its question in the scores; the raw answers are kept and shown.",
    ),
    "report.ws_consensus": ("共识决定", "Consensus decisions"),
    "report.ws_agreed": ("共识值", "Agreed value"),
    "report.ws_rationale": ("理由", "Rationale"),
    "report.ws_decided_by": ("决定人", "Decided by"),
    "report.ws_no_consensus": ("尚未记录共识决定。", "No consensus decision has been recorded."),
    "report.respondents_count": ("{n} 位受访者", ("{n} respondent", "{n} respondents")),
    "report.method_step_1": (
        "1. 每道已作答的题目先换算为其量表上的位置 f =（所选值 − 最低值）÷（最高值 − 最低值），最"
        "低选项为 0，最高选项为 1，与选项个数无关。",
        "1. Each answered question is placed on its own scale: f = (value − lowest) ÷ (highest − "
        "lowest), so the lowest option is 0 and the highest is 1, whatever the number of options.",
    ),
    "report.method_step_2": (
        "2. {na}“不知道”和未作答的题目不计入得分，只降低覆盖率和置信度。",
        "2. {na} “Don't know” and unanswered questions are left out of the score; they lower "
        "coverage and confidence instead.",
    ),
    "report.method_step_3": (
        "3. 维度得分 = 100 × Σ w·f ÷ Σ w，对所有计分题目求和，w 为题目权重，f 为上述位置。",
        "3. Dimension score = 100 × Σ w·f ÷ Σ w over the scored questions (w = question weight, "
        "f = the position above).",
    ),
    "report.method_step_4": (
        "4. 等级 = 得分达到的最高等级阈值（见下表）。关键题的答案低于其规定选项时，该维度的等级不"
        "超过规定的上限。多位受访者时，看选低档的人数而不是平均分：选择了某一选项的人中至少 "
        "{share} 选了低档才触发上限，因此不会因各角色人数的多少而被少数人拉低；研讨会对该题形成的"
        "共识单独决定。",
        "4. Level = the highest level whose threshold the score reaches (table below). A "
        "critical question answered below its stated option caps the dimension's level. With "
        "several respondents the cap follows how many answered low, not the mean: it applies when "
        "at least {share} of those who chose an option chose a low one, so neither a minority "
        "nor the mix of roles decides it; a workshop's consensus on the question decides alone.",
    ),
    "report.method_step_5": (
        "5. 覆盖率 = 计分题目的权重 ÷ 该维度全部题目的权重。置信度 = Σ w·e ÷ 适用题目的权重和，e "
        "为答案的证据系数（见下表）；置信度 ≥ {high} 为高，≥ {medium} 为中，否则为低。",
        "5. Coverage = weight of scored questions ÷ weight of all the dimension's questions. "
        "Confidence = Σ w·e ÷ weight of the applicable questions, where e is the answer's "
        "evidence factor (table below); ≥ {high} is high, ≥ {medium} medium, else low.",
    ),
    "report.method_step_6": (
        "6. 总体指数 = 各维度得分按维度权重加权平均。总体等级使用同一组阈值{gating}",
        "6. Overall index = the dimension scores averaged with the dimension weights. The "
        "overall level uses the same thresholds{gating}",
    ),
    "report.method_step_7": (
        "7. 多位受访者时，每道题的 f 与 e 取选择了某一选项的受访者的平均值。",
        "7. With several respondents, each question's f and e are the means over those who chose "
        "an option.",
    ),
    "report.profile": ("行业与性质", "Profile"),
    "report.profile_rule": ("{name}：{changes}。", "{name}: {changes}."),
    "report.profile_hidden": (
        "该类组织不问 {n} 题",
        (
            "{n} question is not asked of such organizations",
            "{n} questions are not asked of such organizations",
        ),
    ),
    "report.profile_na": (
        "{n} 题可答“不适用”",
        ("{n} question may be answered N/A", "{n} questions may be answered N/A"),
    ),
    "report.profile_weighted": (
        "{n} 题调整了权重",
        ("{n} question is weighed differently", "{n} questions are weighed differently"),
    ),
    "report.profile_worded": (
        "{n} 题按该类组织的情况措辞",
        ("{n} question is worded for them", "{n} questions are worded for them"),
    ),
    "report.profile_unchanged": (
        "问卷对该类组织不作调整",
        "the questionnaire asks such organizations as it asks any",
    ),
    "report.form": ("问卷版本", "Form"),
    "report.form_rule": (
        "{name}：问 {asked} 题（完整版共 {total} 题）；得分只基于所问的题。",
        "{name}: {asked} of the {total} questions asked; scores rest on those asked only.",
    ),
    "report.na_policy_exclude": (
        "“不适用”的题目不计入分母。",
        "N/A answers are left out of the denominator.",
    ),
    "report.na_policy_lowest": (
        "“不适用”按最低选项（f = 0）计分。",
        "N/A answers count as the lowest option (f = 0).",
    ),
    "report.na_policy_require_note": (
        "“不适用”须附备注说明：有备注时不计入分母；没有备注时视为尚未作答，不计分，直到补上说明。",
        "N/A must be explained in a note: with a note it is left out of the denominator; without "
        "one it counts as not yet answered, and is not scored until the note is written.",
    ),
    "report.gating_on": (
        "；并且不超过最弱维度的等级加 {n} 级。",
        (
            "; it is at most {n} level above the weakest dimension's level.",
            "; it is at most {n} levels above the weakest dimension's level.",
        ),
    ),
    "report.gating_off": ("，不设门槛。", ", with no gating."),
    "report.evidence_rules": ("证据要求", "What evidence must show"),
    "report.option": ("选项", "Option"),
    "report.evidence_must_show": ("选此项须能出示", "To claim it, show"),
    "report.critical_rule": (
        "答案低于第 {below} 项时，等级上限为 {cap}",
        "Answer below option {below}: level at most {cap}",
    ),
    "report.critical_also": ("；{dims}同样受此限制", "; {dims} likewise"),
    # -- The planner's sentences and names ---------------------------------------------------
    "plan.horizon_0-3m": ("0–3 个月（速赢）", "0–3 months (quick wins)"),
    "plan.horizon_3-12m": ("3–12 个月", "3–12 months"),
    "plan.horizon_12-24m": ("12–24 个月", "12–24 months"),
    "plan.horizon_backlog": ("24 个月以后（待办）", "Later (backlog, beyond 24 months)"),
    "plan.lever_organization": ("组织变革", "Organization"),
    "plan.lever_process": ("流程再造", "Process"),
    "plan.lever_culture": ("文化重塑", "Culture"),
    "plan.lever_tech": ("技术赋能", "Technology"),
    "plan.hint_value": ("现状：“{option}”（{level} 级）", "today: '{option}' (level {level})"),
    "plan.hint_na": ("现状：不适用", "today: not applicable"),
    "plan.hint_dont_know": ("现状：答不上来，需先查清", "today: nobody knew — find out first"),
    "plan.hint_unanswered": ("现状：未作答", "today: not answered"),
    "plan.no_baseline": (
        "问卷答案中没有基线：启动前先测量",
        "no baseline in the answers: measure it first",
    ),
    "plan.level": ("{level} 级", "level {level}"),
    "plan.not_assessed": ("尚未评估", "not assessed"),
    "plan.gap_reason": (
        "{dimension}：当前 {current} → 目标 {target} 级（差 {points} 分），本举措对应 {from_level"
        "}→{to_level} 级台阶。",
        "{dimension}: {current} → target level {target} ({points} points short); this initiative "
        "serves the step {from_level}→{to_level}.",
    ),
    "plan.capped_reason": (
        "{dimension}：当前 {current} → 目标 {target} 级。得分已够，但关键题的低分压住了等级；本举"
        "措对应 {from_level}→{to_level} 级台阶。",
        "{dimension}: {current} → target level {target}. The score is high enough, but low "
        "answers to critical questions hold the level back; this initiative serves the step "
        "{from_level}→{to_level}.",
    ),
    "plan.unlock_reason": (
        "{dimension}：关键题答得低，把等级压在 {current}；本举措提升这道关键题的答案，解除限制。",
        "{dimension}: a critical question answered low holds the level at {current}; this "
        "initiative raises that answer and lifts the limit.",
    ),
    "plan.prerequisite_reason": (
        "是“{needed_by}”的前置举措：{dimension}的 {from_level}→{to_level} 级台阶尚未达到（当前 {c"
        "urrent}）。",
        "Prerequisite of '{needed_by}': the step {from_level}→{to_level} in {dimension} is not "
        "reached yet ({current} today).",
    ),
    "plan.also_needed": ("另为“{needed_by}”的前置举措。", "Also needed by '{needed_by}'."),
    "plan.answers_reason": ("相关答案——{hints}。", "Answers — {hints}."),
    "plan.lever_summary": (
        "举措 {count} 项（速赢 {quick_wins} 项，待办 {backlog} 项）；投入 {effort} 点；涉及：{dim"
        "ensions}。",
        "Initiatives: {count} (quick wins: {quick_wins}, in the backlog: {backlog}); effort "
        "points: {effort}; dimensions: {dimensions}.",
    ),
    "plan.lever_empty": (
        "在所定目标下，本方面暂无举措。",
        "No initiatives on this lever for these targets.",
    ),
    "plan.needle_raise": ("提升到“{option}”：+{gain} 分", "raise to '{option}': +{gain} points"),
    "plan.needle_level": ("（{before} → {after} 级）", "(level {before} → {after})"),
    "plan.needle_answer": (
        "请作答：此题{status}，不计入得分",
        "answer this: {status}, so it is not scored",
    ),
    "plan.status_dont_know": ("无人知道答案", "nobody knew the answer"),
    "plan.status_unanswered": ("尚未作答", "not answered yet"),
    "plan.separator": ("；", "; "),
    "plan.priority_formula": (
        "优先级 = G × W × S × I ÷ E。其中 G 为该维度的差距等级数（目标等级 − 当前等级），W 为该维"
        "度权重除以各维度平均权重，S = 1 ÷（1 + 举措起始等级 − 当前等级），使最近的一级台阶优先，"
        "I 为举措影响（1–5），E 为举措投入（1–5）。优先级相同时按举措编号排序。被其他举措依赖的举"
        "措，取依赖它的举措中的最高优先级。速赢举措：影响 ≥ {impact} 且投入 ≤ {effort}。",
        "Priority = G × W × S × I ÷ E, where G is the dimension's gap in levels (target − "
        "current), W the dimension's weight divided by the mean weight, S = 1 ÷ (1 + the "
        "initiative's starting level − the current level) so that the next level step comes "
        "first, I the initiative's impact (1–5) and E its effort (1–5). Ties are broken by "
        "initiative id. An initiative that others depend on takes the highest priority among "
        "them. Quick wins: impact ≥ {impact} and effort ≤ {effort}.",
    ),
    "plan.phasing_rules": (
        "分期规则：按优先级从高到低，把每项举措放入其全部前置举措之后、且仍有容量的最早阶段（0–3"
        "、3–12、12–24 个月）。容量为每季度 {per_quarter} 个投入点（各阶段分别为 {h1}、{h2}、{h3}"
        " 点）。0–3 个月阶段只安排投入 ≤ {max_effort} 的举措。24 个月内排不下的举措列入待办。组织"
        "已达到其等级台阶的前置举措视为已满足；目标范围之外、尚未满足的前置举措会被纳入计划。",
        "Phasing: initiatives are placed, highest priority first, in the earliest horizon (0–3, "
        "3–12, 12–24 months) that comes strictly after all their prerequisites and still has "
        "capacity: {per_quarter} effort points per quarter ({h1}, {h2} and {h3} points). The 0–3 "
        "month horizon takes only initiatives of effort ≤ {max_effort}. Work that does not fit "
        "within 24 months goes to the backlog. A prerequisite whose level step the organization "
        "has already reached counts as met; an unmet one outside the target range is pulled into "
        "the plan.",
    ),
    # -- The command line's tables -----------------------------------------------------------
    "cli.plan_targets": ("目标与差距", "Targets and gaps"),
    "cli.plan_dimension": ("维度", "Dimension"),
    "cli.plan_current": ("当前", "Current"),
    "cli.plan_target": ("目标", "Target"),
    "cli.plan_gap": ("差距（级/分）", "Gap (levels/points)"),
    "cli.plan_needle": ("最能拉动得分的答案", "What moves the needle"),
    "cli.plan_question": ("问题", "Question"),
    "cli.plan_gain": ("得分增益", "Gain"),
    "cli.plan_how": ("怎么做", "How"),
    "cli.plan_plan": ("路线图", "Roadmap"),
    "cli.plan_lever": ("方面", "Lever"),
    "cli.plan_initiative": ("举措", "Initiative"),
    "cli.plan_step": ("台阶", "Step"),
    "cli.plan_effort": ("投入", "Effort"),
    "cli.plan_impact": ("影响", "Impact"),
    "cli.plan_priority": ("优先级", "Priority"),
    "cli.plan_levers": ("各方面小结", "Summary per lever"),
    "cli.plan_quick_win": ("★ 速赢", "★ quick win"),
    "cli.plan_pulled": ("⤷ 前置举措", "⤷ prerequisite"),
    "cli.plan_set": ("（已设定）", " (set)"),
    "cli.plan_none": ("无", "none"),
    "report.peers_title": (
        "与 {n} 家同行相比",
        ("Compared with {n} peer", "Compared with {n} peers"),
    ),
    "report.peers_lead": (
        "同行：本咨询机构评估过的、使用同一问卷同一大版本的 {n} 家组织（匿名）。"
        "百分位＝得分低于本组织的同行所占比例。",
        "Peers: the {n} organizations this firm assessed with the same questionnaire and major "
        "version (anonymized). Percentile = the share of peers scoring below this organization.",
    ),
    "report.peers_too_few": (
        "目前只有 {n} 家同行，少于 {minimum} 家，不给出百分位。",
        "There are {n} peers so far, fewer than {minimum}: no percentile is given.",
    ),
    "report.peers_percentile": ("百分位", "Percentile"),
    "report.peers_quartiles": ("同行 P25 / 中位数 / P75", "Peers' P25 / median / P75"),
    "report.change_heading": ("与上次评估相比", "Since the last assessment"),
    "report.change_lead": (
        "上次评估（T0）与本次（T1）的得分变化。变化小于答题人之间的差异时，不视为变化。",
        "How the scores changed from the last assessment (T0) to this one (T1). A change smaller "
        "than the spread between respondents is not treated as a change.",
    ),
    "report.change_title": (
        "T0（{before} 人作答）与 T1（{after} 人作答）的变化",
        "Change from T0 ({before} respondents) to T1 ({after} respondents)",
    ),
    "report.change_legend": (
        "▲ 显著上升  ▼ 显著下降  = 变化小于答题人之间的差异  ? 人数太少，无法判断",
        "▲ up  ▼ down  = smaller than the respondents' spread  ? too few respondents to tell",
    ),
    "report.change_dimension": ("维度", "Dimension"),
    "report.change_question": ("题目", "Question"),
    "report.change_t0": ("T0", "T0"),
    "report.change_t1": ("T1", "T1"),
    "report.change_change": ("变化", "Change"),
    "report.change_interval": ("95% 区间", "95% interval"),
    "report.change_verdict": ("判断", "Verdict"),
    "report.change_target": ("T0 目标", "T0 target"),
    "report.change_reached": ("已达到", "reached"),
    "report.change_short": ("未达 {level} 级", "short of level {level}"),
    "report.change_initiatives": ("T0 计划的举措", "Planned at T0"),
    "report.change_questions_title": (
        "有显著变化、或 T0 曾为之安排举措的题目",
        "Questions that moved, or that initiatives planned at T0 were meant to move",
    ),
    "report.change_up": ("上升", "up"),
    "report.change_down": ("下降", "down"),
    "report.change_no_significant_change": ("无显著变化", "no significant change"),
    "report.change_too_few_respondents": ("人数太少", "too few respondents"),
    "report.change_not_compared": (
        "未比较的题目——只在 T0：{removed}；只在 T1：{added}",
        "Not compared: asked at T0 only: {removed}; at T1 only: {added}",
    ),
    "cli.score_dimension": ("维度", "Dimension"),
    "cli.score_score": ("得分", "Score"),
    "cli.score_level": ("等级", "Level"),
    "cli.score_coverage": ("覆盖率", "Coverage"),
    "cli.score_confidence": ("置信度", "Confidence"),
    "cli.score_overall": ("总体", "Overall"),
    "cli.score_capped": ("关键题拉低等级", "level capped by critical question"),
}
