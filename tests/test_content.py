"""Content checks for the built-in internet-thinking questionnaire and its roadmap knowledge base."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import BaseModel

from assess.loading.questionnaire_loader import load_questionnaire, load_roadmap, roadmap_path
from assess.models import KnowledgeBase, Questionnaire, Text
from assess.paths import questionnaires_dir

QUESTIONNAIRE_FILE = "internet-thinking.yaml"
ROADMAP_FILE = "internet-thinking.roadmap.yaml"
README_FILE = "README.md"

DIMENSIONS = ("user", "data", "iteration", "platform", "community")
LEVERS = ("organization", "process", "culture", "tech")
STEPS = ((1, 2), (2, 3), (3, 4), (4, 5))

# Raw traffic and user-count words (seed 004, anti-vanity rule). English words match at a word
# start, so "download" also catches "downloads"; Chinese words match anywhere.
TRAFFIC_WORDS_EN = (
    "page view",
    "pageview",
    "pv",
    "uv",
    "download",
    "follower",
    "install",
    "visit",
    "traffic",
    "registered user",
    "sign-up",
    "signup",
    "impression",
    "click",
    "gmv",
)
TRAFFIC_WORDS_ZH = (
    "粉丝数",
    "粉丝量",
    "下载量",
    "浏览量",
    "注册用户数",
    "流量",
    "访问量",
    "点击量",
    "曝光量",
    "装机量",
    "用户数",
    "用户量",
    "关注数",
    "阅读量",
    "播放量",
)
RATE_MARKERS_ZH = ("率", "占比", "比例", "之比")
RATE_MARKERS_EN = re.compile(r"\b(?:rate|ratio|share|per|percentage)\b")

LETTERS = re.compile(r"[A-Za-z\u4e00-\u9fff]")
CJK = re.compile(r"[\u4e00-\u9fff]")
BACKTICKED = re.compile(r"`([^`]+)`")
QUESTION_ID = re.compile(rf"^(?:{'|'.join(DIMENSIONS)})\.[a-z0-9_-]+$")
INITIATIVE_ID = re.compile(rf"^(?:{'|'.join(DIMENSIONS)})\.(?:{'|'.join(LEVERS)})\.[a-z0-9_-]+$")


@pytest.fixture(scope="module")
def questionnaire() -> Questionnaire:
    return load_questionnaire(questionnaires_dir() / QUESTIONNAIRE_FILE)


@pytest.fixture(scope="module")
def kb(questionnaire: Questionnaire) -> KnowledgeBase:
    path = roadmap_path(questionnaire, questionnaires_dir() / QUESTIONNAIRE_FILE)
    assert path is not None, "the questionnaire must name its roadmap knowledge base"
    assert path.name == ROADMAP_FILE
    return load_roadmap(path, questionnaire)


@pytest.fixture(scope="module")
def coverage_rows() -> list[list[str]]:
    """Rows (lists of cells) of the coverage table in questionnaires/README.md."""
    text = (questionnaires_dir() / README_FILE).read_text(encoding="utf-8")
    section = text.split("## Coverage", 1)
    assert len(section) == 2, "README needs a '## Coverage' section"
    rows: list[list[str]] = []
    for line in section[1].splitlines():
        if line.startswith("## "):
            break
        if re.match(r"^\|[\s:|-]+\|$", line.strip()):
            rows.pop()  # the line above a separator is a table's header
        elif line.startswith("|"):
            rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return rows


def walk_texts(node: Any, path: str = "") -> Iterator[tuple[str, Text]]:
    """Every Text inside a model, found generically through fields, lists and dicts."""
    if isinstance(node, Text):
        yield path, node
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            yield from walk_texts(getattr(node, name), f"{path}.{name}" if path else name)
    elif isinstance(node, list | tuple):
        for index, item in enumerate(node):
            yield from walk_texts(item, f"{path}[{index}]")
    elif isinstance(node, dict):
        for key, item in node.items():
            yield from walk_texts(item, f"{path}[{key}]")


def is_vanity(name: Text) -> bool:
    """A KPI name that counts raw traffic or users and is not a rate or ratio."""
    en, zh = name.en.lower(), name.zh
    counts_traffic = any(re.search(rf"\b{re.escape(w)}", en) for w in TRAFFIC_WORDS_EN) or any(
        w in zh for w in TRAFFIC_WORDS_ZH
    )
    is_rate = bool(RATE_MARKERS_EN.search(en)) or any(m in zh for m in RATE_MARKERS_ZH)
    return counts_traffic and not is_rate


def test_builtin_questionnaire_and_knowledge_base_load(
    questionnaire: Questionnaire, kb: KnowledgeBase
) -> None:
    assert questionnaire.id == "internet-thinking"
    assert kb.questionnaire == questionnaire.id
    assert [d.id for d in questionnaire.dimensions] == list(DIMENSIONS)


def test_enough_questions_per_dimension(questionnaire: Questionnaire) -> None:
    counts = Counter(q.dimension for q in questionnaire.questions)
    thin = {dim: counts[dim] for dim in DIMENSIONS if counts[dim] < 6}
    assert not thin, f"dimensions with fewer than 6 questions: {thin}"
    assert len(questionnaire.questions) >= 30


def test_every_question_has_five_levels_and_an_evidence_prompt(
    questionnaire: Questionnaire,
) -> None:
    for question in questionnaire.questions:
        values = [o.value for o in questionnaire.options_for(question)]
        assert values == [1, 2, 3, 4, 5], f"{question.id}: option values {values}"
        assert question.evidence_prompt is not None, f"{question.id}: no evidence prompt"


def test_data_has_a_critical_question(questionnaire: Questionnaire) -> None:
    assert any(q.critical for q in questionnaire.questions_in("data"))


def test_traffic_trap_is_probed(questionnaire: Questionnaire) -> None:
    tagged = [q.id for q in questionnaire.questions if "traffic-trap" in q.tags]
    assert len(tagged) >= 3, f"only {tagged} are tagged traffic-trap"


def test_at_least_80_initiatives(kb: KnowledgeBase) -> None:
    assert len(kb.initiatives) >= 80


def test_every_dimension_lever_step_is_covered(kb: KnowledgeBase) -> None:
    cells = Counter((i.dimension, i.lever.value, i.from_level, i.to_level) for i in kb.initiatives)
    missing = [
        f"{dim} × {lever} × {a}→{b}"
        for dim in DIMENSIONS
        for lever in LEVERS
        for a, b in STEPS
        if not cells[(dim, lever, a, b)]
    ]
    assert not missing, f"uncovered cells: {missing}"


def test_initiatives_are_well_formed(kb: KnowledgeBase) -> None:
    by_id = {i.id: i for i in kb.initiatives}
    for item in kb.initiatives:
        assert item.id.startswith(f"{item.dimension}.{item.lever.value}."), item.id
        assert (item.from_level, item.to_level) in STEPS, f"{item.id}: not a one-level step"
        for prereq in item.prerequisites:
            assert by_id[prereq].from_level <= item.from_level, (
                f"{item.id} ({item.from_level}→{item.to_level}) requires the later step {prereq}"
            )


def test_quick_wins_exist_at_early_steps(kb: KnowledgeBase) -> None:
    quick = [i for i in kb.initiatives if i.impact >= 4 and i.effort <= 2]
    early = [i for i in quick if i.from_level <= 2]
    assert len(quick) >= 10
    assert len(early) >= 0.75 * len(quick)


def test_initiatives_link_questions(questionnaire: Questionnaire, kb: KnowledgeBase) -> None:
    for item in kb.initiatives:
        assert 1 <= len(item.questions) <= 3, f"{item.id}: {len(item.questions)} question links"
    improved = {qid for item in kb.initiatives for qid in item.questions}
    orphans = [q.id for q in questionnaire.questions if q.id not in improved]
    assert not orphans, f"questions no initiative improves: {orphans}"


def test_every_text_is_bilingual(questionnaire: Questionnaire, kb: KnowledgeBase) -> None:
    problems = []
    for origin, model in (("questionnaire", questionnaire), ("roadmap", kb)):
        for path, text in walk_texts(model):
            where = f"{origin}: {path}"
            if not text.zh.strip() or not text.en.strip():
                problems.append(f"{where}: empty text")
            elif not LETTERS.search(text.zh + text.en):
                continue  # language-neutral, such as a "%" unit
            elif text.zh.strip() == text.en.strip():
                problems.append(f"{where}: zh and en are identical ({text.en!r})")
            elif not CJK.search(text.zh):
                problems.append(f"{where}: zh has no Chinese ({text.zh!r})")
    assert not problems, "\n".join(problems)


def test_no_kpi_counts_raw_traffic(kb: KnowledgeBase) -> None:
    vanity = [
        f"{item.id}: {kpi.name.en} / {kpi.name.zh}"
        for item in kb.initiatives
        for kpi in item.kpis
        if is_vanity(kpi.name)
    ]
    assert not vanity, f"vanity KPIs: {vanity}"


@pytest.mark.parametrize(
    ("name", "vanity"),
    [
        (Text(zh="公众号粉丝数", en="Followers"), True),
        (Text(zh="App下载量", en="App downloads"), True),
        (Text(zh="月度流量", en="Monthly traffic"), True),
        (Text(zh="页面浏览量", en="Page views (PV)"), True),
        (Text(zh="注册用户数", en="Registered users"), True),
        (Text(zh="渠道转化率", en="Channel conversion rate"), False),
        (Text(zh="流量转化率", en="Traffic-to-order conversion rate"), False),
        (Text(zh="客户终身价值", en="Customer lifetime value"), False),
        (Text(zh="共创带来的下载量", en="Downloads generated by co-created apps"), True),
    ],
)
def test_vanity_word_list(name: Text, vanity: bool) -> None:
    assert is_vanity(name) is vanity


def test_coverage_table_names_real_ids(
    questionnaire: Questionnaire, kb: KnowledgeBase, coverage_rows: list[list[str]]
) -> None:
    initiative_ids = {i.id for i in kb.initiatives}
    assert len(coverage_rows) >= 40, "the coverage table looks incomplete"
    problems = []
    for row in coverage_rows:
        ids = [m for cell in row for m in BACKTICKED.findall(cell)]
        questions = [x for x in ids if QUESTION_ID.match(x)]
        initiatives = [x for x in ids if INITIATIVE_ID.match(x)]
        problems += [
            f"unknown question {x}" for x in questions if not questionnaire.has_question(x)
        ]
        problems += [f"unknown initiative {x}" for x in initiatives if x not in initiative_ids]
        if not questions or not initiatives:
            problems.append(f"row '{row[0]}' needs at least one question and one initiative")
    assert not problems, "\n".join(problems)


def test_coverage_table_mentions_every_initiative(
    kb: KnowledgeBase, coverage_rows: list[list[str]]
) -> None:
    mentioned = {m for row in coverage_rows for cell in row for m in BACKTICKED.findall(cell)}
    unmentioned = [i.id for i in kb.initiatives if i.id not in mentioned]
    assert not unmentioned, f"initiatives missing from the coverage table: {unmentioned}"


def test_coverage_table_mentions_every_question(
    questionnaire: Questionnaire, coverage_rows: list[list[str]]
) -> None:
    mentioned = {m for row in coverage_rows for cell in row for m in BACKTICKED.findall(cell)}
    unmentioned = [q.id for q in questionnaire.questions if q.id not in mentioned]
    assert not unmentioned, f"questions missing from the coverage table: {unmentioned}"
