"""How the workshop figures are computed, in both languages, for the report's method appendix."""

from __future__ import annotations

from assess.models.text import Text

METHOD = Text(
    zh=(
        "每题统计选择了选项的人数 n、平均值、中位数、总体标准差和四分位距(线性插值)。"
        "一致度采用 Tastle 与 Wierman 的有序数据共识度:Cns = 1 + Σ pᵢ·log₂(1 − |xᵢ − μ| / d),"
        "d 为量表宽度;全体选择相同为 1,两端各占一半为 0。"
        "维度的分布基于每位受访者自己在该维度上的位置(0–100,按题目权重加权,与评分公式一致)。"
        "分歧热点按一致度从低到高排列,同分时角色差距大者优先。"
        "少于 {min} 人的角色或分组不单独显示;若隐藏的人数合计不足 {min} 人,"
        "最小的其他组也一并隐藏,以免通过相减推出个人答案;某题作答少于 {min} 人的格子同样隐藏。"
        "引导师记录的共识值替代该题的汇总答案参与评分,原始答案保留并照常展示。"
    ),
    en=(
        "Per question: n (respondents who chose an option), mean, median, population standard "
        "deviation and interquartile range (linear interpolation). Agreement is Tastle & "
        "Wierman's consensus for ordinal data, Cns = 1 + Σ pᵢ·log₂(1 − |xᵢ − μ| / d) with d the "
        "width of the scale: 1 when everyone gives the same answer, 0 when the group is split "
        "half and half between the two ends. A dimension's spread is that of each respondent's "
        "own position on it (0–100, weighted by question weight, as in the scoring formula). "
        "Hotspots are ranked by agreement, lowest first; ties go to the larger role gap. Roles "
        "and groups with fewer than {min} people are not shown on their own; when the hidden "
        "people add up to fewer than {min}, the smallest other parts are hidden too, so that no "
        "answer can be recovered by subtraction; a cell with fewer than {min} answers is hidden. "
        "A consensus recorded by the facilitator replaces the pooled answers of its question in "
        "the scores; the raw answers are kept and shown."
    ),
)


def method_text(min_group_size: int) -> Text:
    """The method description with the minimum group size filled in."""
    return Text(
        zh=METHOD.zh.replace("{min}", str(min_group_size)),
        en=METHOD.en.replace("{min}", str(min_group_size)),
    )
