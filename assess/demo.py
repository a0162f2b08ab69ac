"""A realistic sample engagement: a mid-sized manufacturer, nine respondents in three roles.

Answers are generated deterministically from a maturity profile per dimension, a perception bias
per role (leaders see the organization more favourably than staff), per-question variation and
noise, so the report shows real spread, role gaps, N/A, "don't know" and notes.
"""

from __future__ import annotations

import hashlib
import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from assess.errors import BadInput
from assess.loading.questionnaire_loader import DEFAULT_QUESTIONNAIRE, find_questionnaire
from assess.models import Answer, Engagement, Question, Questionnaire
from assess.models.response import Branding, Evidence
from assess.storage.new_workspace import create_workspace
from assess.storage.workspace import Workspace

SEED = 20261122
DEMO_MARK = "demo_answers"  # meta key: the digest of the answers as the demo wrote them

ENGAGEMENT = Engagement(
    organization="青禾智造集团",
    industry="装备制造 Equipment manufacturing",
    size="2,400 人 people",
    language="zh",
    branding=Branding(
        consultant="远见数字化咨询 Foresight Digital Advisory", accent_color="#1f4e79"
    ),
)

# Where the organization really stands (1–5 scale) per dimension.
PROFILE = {"user": 2.7, "data": 2.1, "iteration": 2.9, "platform": 1.7, "community": 2.3}

# (name, role, group, perception bias, share of "don't know", usual evidence)
RESPONDENTS = [
    ("王建国", "高管", "经营管理", 0.8, 0.0, Evidence.BELIEF),
    ("陈思远", "高管", "经营管理", 0.6, 0.0, Evidence.EXAMPLE),
    ("刘芳", "高管", "数字化中心", 0.4, 0.02, Evidence.EXAMPLE),
    ("赵磊", "中层经理", "市场部", 0.1, 0.04, Evidence.EXAMPLE),
    ("孙悦", "中层经理", "产品研发部", 0.0, 0.04, Evidence.ARTEFACT),
    ("周涛", "中层经理", "客户服务部", -0.1, 0.05, Evidence.EXAMPLE),
    ("吴静", "一线员工", "市场部", -0.4, 0.10, Evidence.BELIEF),
    ("郑浩", "一线员工", "客户服务部", -0.5, 0.12, Evidence.EXAMPLE),
    ("黄晓雯", "一线员工", "产品研发部", -0.3, 0.08, Evidence.ARTEFACT),
]

NOTES = {
    "user": [
        "客服记录里有大量改进建议，但没有流程把它们转给研发。",
        "会员回访只在大促后做一次，平时基本没有。",
    ],
    "data": [
        "每周经营会看的是浏览量和粉丝数，转化率没人追。",
        "各事业部的数据口径不一致，月报要人工对数两天。",
        "新上的 CRM 只有销售在用，市场和客服的数据没打通。",
    ],
    "iteration": [
        "新品立项到上市平均 14 个月，中途很难改需求。",
        "去年试点过两周一个迭代，研发部愿意继续。",
    ],
    "platform": [
        "经销商只把我们当供货方，没有共享数据或收益的机制。",
        "开放接口的想法提过，法务担心风险没有推进。",
    ],
    "community": [
        "抖音号粉丝涨得快，但复购率没有变化。",
        "老客户群里很活跃，可惜没有人专门运营。",
    ],
}


def build_demo_workspace(path: Path) -> Path:
    """Write the sample engagement to a new workspace file at `path` (refuses to overwrite)."""
    create_workspace(
        path, find_questionnaire(DEFAULT_QUESTIONNAIRE), ENGAGEMENT, _answer_all
    ).close()
    return path


def is_untouched_demo(path: Path) -> bool:
    """Is the workspace at `path` a demo nobody has answered into since it was built?"""
    try:
        with Workspace.open(path, read_only=True) as ws:
            mark = ws.meta(DEMO_MARK)
            return mark is not None and mark == _answers_digest(ws)
    except BadInput:
        return False


def _answer_all(ws: Workspace) -> None:
    q = ws.questionnaire()
    rng = random.Random(SEED)
    noted: set[tuple[str, str]] = set()  # (question id, note) already given by someone
    start = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
    for index, (name, role, group, bias, unsure, evidence) in enumerate(RESPONDENTS):
        rid = ws.answers.add_respondent(name, role, group)
        clock = start + timedelta(minutes=7 * index)
        for number, question in enumerate(q.questions):
            answer = _answer(q, question, bias, unsure, evidence, rng, noted)
            stamped = answer.model_copy(
                update={"answered_at": clock + timedelta(seconds=40 * number)}
            )
            ws.answers.save(rid, question.id, stamped)
        ws.answers.mark_finished(rid)
    ws.set_meta(DEMO_MARK, _answers_digest(ws))


def _answers_digest(ws: Workspace) -> str:
    """What a participant or facilitator could change: answers, consensus, engagement."""
    state = [
        [(p.name, p.role, p.group, sorted(p.answers.items())) for p in ws.answers.plain()],
        [d.model_dump(mode="json") for d in ws.workshop.decisions()],
        ws.engagement.get().model_dump(mode="json"),
    ]
    return hashlib.sha256(json.dumps(state, ensure_ascii=False).encode()).hexdigest()


def _answer(
    q: Questionnaire,
    question: Question,
    bias: float,
    unsure: float,
    evidence: Evidence,
    rng: random.Random,
    noted: set[tuple[str, str]],
) -> Answer:
    placeholder = datetime(2026, 1, 1, tzinfo=UTC)
    roll = rng.random()
    if roll < unsure:
        return Answer(choice="dont_know", answered_at=placeholder)
    if question.allow_na and roll < unsure + 0.05:
        note = "我们目前没有这类合作伙伴，此题不适用。"
        return Answer(choice="na", note=note, evidence=evidence, answered_at=placeholder)
    return Answer(
        choice=_choice(q, question, bias, rng),
        note=_note(question, rng, noted),
        evidence=evidence if rng.random() < 0.8 else Evidence.BELIEF,
        answered_at=placeholder,
    )


def _choice(q: Questionnaire, question: Question, bias: float, rng: random.Random) -> int:
    """A value near the dimension's true level, shifted by role bias and question traits."""
    level = PROFILE.get(question.dimension, 2.5) + bias + rng.gauss(0, 0.55)
    level += _question_offset(question)
    low, high = q.value_range(question)
    position = (min(5.0, max(1.0, level)) - 1) / 4  # 0..1 on the maturity scale
    return round(low + position * (high - low))


def _question_offset(question: Question) -> float:
    """Stable per-question variation; vanity-metric questions sit low in this organization."""
    if "traffic-trap" in question.tags:
        return -0.8
    return ((sum(map(ord, question.id)) % 7) - 3) * 0.2


def _note(question: Question, rng: random.Random, noted: set[tuple[str, str]]) -> str:
    """Now and then a note; never the very same words from two people on one question."""
    pool = NOTES.get(question.dimension, [])
    if not pool or rng.random() > 0.06:
        return ""
    note = rng.choice(pool)  # drawn as before, so the demo's answers stay the same
    if (question.id, note) in noted:
        fresh = [n for n in pool if (question.id, n) not in noted]
        if not fresh:
            return ""
        note = fresh[0]
    noted.add((question.id, note))
    return note
