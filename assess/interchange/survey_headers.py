"""What a survey tool's column header names: respondent data, the tool's own bookkeeping, or a
question (by id, by its text as 问卷星 and 腾讯问卷 print it, or by its number alone).

问卷星 heads a question's column ``1、题干`` (sometimes with ``(单选题)`` or ``*``), 腾讯问卷
``1.题干``, others ``Q1`` or ``Q1. 题干``. Texts are compared without numbering, punctuation,
spaces or case, against every wording of the question (both languages, every profile's).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assess.i18n import both
from assess.models import Question, Questionnaire

NAME_HEADERS = ("name", "your name", "姓名", "名字", "您的姓名", "你的姓名", "您的名字")
ROLE_HEADERS = (
    "role", "title", "job title", "position",
    "角色", "职务", "职位", "岗位", "您的角色", "您的职务", "您的职位", "您的岗位", "你的职务",
)  # fmt: skip
GROUP_HEADERS = (
    "group", "department", "team",
    "分组", "部门", "所在部门", "您的部门", "您所在的部门", "您所在部门",
)  # fmt: skip
ID_HEADERS = ("id", "respondent_id")
META_HEADERS = {
    "name": NAME_HEADERS,
    "role": ROLE_HEADERS,
    "group": GROUP_HEADERS,
    "id": ID_HEADERS,
}
TOOL_HEADERS = (
    "序号", "编号", "答卷编号", "提交答卷时间", "提交时间", "开始时间", "结束时间", "答题时间",
    "开始答题时间", "结束答题时间", "用户标识", "openid",
    "所用时间", "答题时长", "作答时长", "填写时长", "来源", "来源详情", "来自ip", "ip", "ip地址",
    "地理位置", "城市", "省份", "总分", "得分", "用户id", "微信昵称", "昵称", "设备", "填写设备",
    "浏览器", "操作系统", "渠道", "答卷状态", "有效性",
    "start time", "end time", "submitted", "submission time", "duration", "ip address",
    "respondent number", "response id", "timestamp", "time taken", "score",
)  # fmt: skip
_NUMBERING = re.compile(
    r"^\s*(?:第\s*)?(?:q\s*)?(\d{1,3})\s*(?:题)?\s*(?:[、.．:：)）\]]\s*|-\s+|\s+|$)", re.IGNORECASE
)
_TAGS = re.compile(
    r"[\[（(【〔]\s*(?:单选|多选|填空|必答|必填|量表|矩阵|single|required)[^\]）)】〕]*[\]）)】〕]"
)
_NOT_WORD = re.compile(r"[\W_]+")


def key(text: str) -> str:
    """A text as headers are compared: no punctuation, spaces or case."""
    return _NOT_WORD.sub("", text.casefold())


def split_number(header: str) -> tuple[int | None, str]:
    """``'3、企业怎样… (单选题)*'`` → ``(3, '企业怎样…')``; ``'Q7'`` → ``(7, '')``."""
    text = _TAGS.sub("", header).strip().rstrip("*＊:：").strip()
    found = _NUMBERING.match(text)
    if found is None:
        return None, text
    return int(found.group(1)), text[found.end() :].strip()


class HeaderIndex:
    """Looks up what a header names, for one questionnaire asked in ``order``."""

    def __init__(self, q: Questionnaire, order: list[str]) -> None:
        self.q = q
        self.order = order
        asked_as = {"name": both("survey.name"), "role": both("survey.role")}  # survey_forms
        self.meta = {
            key(alias): name
            for name, aliases in META_HEADERS.items()
            for alias in (*aliases, *asked_as.get(name, ()))
        }
        self.tool = frozenset(key(h) for h in TOOL_HEADERS)
        self.texts = {key(t): question.id for question in q.questions for t in _wordings(question)}

    def target(self, header: str) -> str | None:
        """'meta:<name>', 'question:<id>', 'note:<id>', 'tool', or None (unknown)."""
        folded = header.strip().casefold()
        if folded in ID_HEADERS:
            return "meta:id"
        if self.q.has_question(folded):
            return f"question:{folded}"
        for suffix in (":note", ":备注"):
            if folded.endswith(suffix) and self.q.has_question(folded.removesuffix(suffix).strip()):
                return f"note:{folded.removesuffix(suffix).strip()}"
        number, text = split_number(header)
        found = key(text)
        if found in self.meta:
            return f"meta:{self.meta[found]}"
        if found in self.tool:
            return "tool"
        if found in self.texts:
            return f"question:{self.texts[found]}"
        if not found and number is not None and 1 <= number <= len(self.order):
            return f"question:{self.order[number - 1]}"
        return None


def _wordings(question: Question) -> Iterable[str]:
    texts = [question.text, *(v.text for v in question.profiles.values() if v.text is not None)]
    for text in texts:
        yield from (t for t in (text.zh, text.en) if t)
