"""Content checks for the built-in internet-thinking questionnaire and its roadmap knowledge base."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import BaseModel

from assess.loading.adaptation_checks import check_adaptations
from assess.loading.questionnaire_loader import load_questionnaire, load_roadmap, roadmap_path
from assess.models import KnowledgeBase, Questionnaire, Text
from assess.models.fitting import fitted
from assess.models.reading_time import reading_minutes
from assess.models.roadmap import KpiKind
from assess.paths import questionnaires_dir
from tests.spelling import british_words

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


def test_every_option_says_what_is_in_place(questionnaire: Questionnaire) -> None:
    """The report's next step is the next option's in-place line, never a flawed practice."""
    missing = [
        f"{question.id}={option.value}"
        for question in questionnaire.questions
        for option in questionnaire.options_for(question)
        if option.in_place is None
    ]
    assert not missing, f"options without an in-place line: {missing}"


def test_critical_questions_say_what_evidence_must_show(questionnaire: Questionnaire) -> None:
    missing = [
        f"{question.id}={option.value}"
        for question in questionnaire.questions
        if question.critical is not None
        for option in questionnaire.options_for(question)
        if option.value >= question.critical.below and option.evidence is None
    ]
    assert not missing, f"critical options claimable without an evidence rule: {missing}"


def test_no_top_option_claims_a_reputation(questionnaire: Questionnaire) -> None:
    reputational = (
        "行业领先",
        "领先水平",
        "标杆企业",
        "同行视为",
        "业界典范",
        "best practice",
        "industry-leading",
        "benchmark for",
    )
    found = [
        f"{question.id}: {option.text.zh} / {option.text.en}"
        for question in questionnaire.questions
        for option in questionnaire.options_for(question)
        if any(w in option.text.zh or w in option.text.en.lower() for w in reputational)
    ]
    assert not found, "\n".join(found)


def test_options_are_of_similar_length(questionnaire: Questionnaire) -> None:
    """Top options are not written longer than bottom ones (a length cue biases the choice)."""
    for lang, length in (("zh", lambda t: len(CJK.findall(t))), ("en", lambda t: len(t.split()))):
        tops = bottoms = 0
        for question in questionnaire.questions:
            options = questionnaire.options_for(question)
            top, bottom = length(options[-1].text.get(lang)), length(options[0].text.get(lang))
            assert top <= 2 * bottom, f"{question.id} ({lang}): top {top} vs bottom {bottom}"
            tops, bottoms = tops + top, bottoms + bottom
        assert tops <= 1.4 * bottoms, f"{lang}: top options {tops / bottoms:.2f}× the bottom ones"


def test_a_critical_cap_agrees_with_the_level_it_allows(questionnaire: Questionnaire) -> None:
    """A cap never allows a level whose narrative already requires what the low answer lacks:
    caps stop at 2 or 3, and the traffic trap caps at 2 (level 3 requires conversion)."""
    for question in questionnaire.questions:
        if question.critical is None:
            continue
        assert question.critical.cap_level in (2, 3), question.id
        if "traffic-trap" in question.tags:
            assert question.critical.cap_level == 2, question.id


def test_the_privacy_cap_covers_community_member_data(questionnaire: Questionnaire) -> None:
    privacy = questionnaire.question("data.privacy")
    assert privacy.critical is not None
    assert "community" in privacy.critical.also_caps


PROFILES = ("consumer", "industrial", "state_owned", "services")


def test_the_four_profiles_are_declared_and_their_rules_are_valid(
    questionnaire: Questionnaire,
) -> None:
    assert tuple(p.id for p in questionnaire.profiles) == PROFILES
    assert not check_adaptations(questionnaire)
    for profile in PROFILES:
        asked = fitted(questionnaire, profile, None)
        by_dimension = Counter(q.dimension for q in asked.questions)
        assert all(by_dimension[d] >= 5 for d in DIMENSIONS), (profile, by_dimension)


CONSUMER_PRACTICES = ("晒单", "红包", "抽奖", "千人千面", "页面改版", "粉丝", "直播带货", "种草")


def test_the_industrial_profile_asks_no_consumer_marketing_item(
    questionnaire: Questionnaire,
) -> None:
    asked = fitted(questionnaire, "industrial", None)
    found = [
        f"{question.id}: {text.zh}"
        for question in asked.questions
        for text in (question.text, *(o.text for o in asked.options_for(question)))
        if any(w in text.zh for w in CONSUMER_PRACTICES)
    ]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("profile", [None, *PROFILES])
def test_the_short_form_is_short(questionnaire: Questionnaire, profile: str | None) -> None:
    short = fitted(questionnaire, profile, "short")
    assert len(short.questions) <= 15
    assert {q.dimension for q in short.questions} == set(DIMENSIONS)
    for lang in ("zh", "en"):
        assert reading_minutes(short, lang) <= 12, (profile, lang)


def test_every_role_has_a_translated_name(questionnaire: Questionnaire) -> None:
    assert len(questionnaire.roles) >= 3
    for role in questionnaire.roles:
        assert CJK.search(role.name.zh) and not CJK.search(role.name.en), role.id


def test_every_initiative_can_be_funded(kb: KnowledgeBase) -> None:
    """Owner, deliverable and duration, and KPIs with formula, source, baseline and frequency."""
    problems = []
    for item in kb.initiatives:
        problems += [
            f"{item.id}: no {name}"
            for name in ("owner", "deliverable", "duration_months")
            if getattr(item, name) is None
        ]
        problems += [f"{item.id}: unknown profile {p}" for p in item.profiles if p not in PROFILES]
        kpis = kb.kpis_of(item)
        assert len(kpis) == len(item.kpis), f"{item.id} names an unknown KPI"
        for kpi in kpis:
            problems += [
                f"{item.id}: KPI {kpi.name.en} has no {name}"
                for name in ("formula", "source", "baseline", "frequency")
                if getattr(kpi, name) is None
            ]
        if any(k.adoption for k in kpis) and all(k.adoption for k in kpis):
            problems.append(f"{item.id}: adoption KPIs without an outcome KPI")
    assert not problems, "\n".join(problems)


def test_impact_uses_the_whole_scale(kb: KnowledgeBase) -> None:
    impact = Counter(i.impact for i in kb.initiatives)
    assert set(impact) == {1, 2, 3, 4, 5}, impact
    assert impact[4] + impact[5] <= 0.5 * len(kb.initiatives), impact


def test_every_profile_has_a_full_catalog(kb: KnowledgeBase) -> None:
    for profile in PROFILES:
        suited = kb.for_profile(profile).initiatives
        cells = {(i.dimension, i.lever.value, i.from_level) for i in suited}
        missing = [
            (d, lever, a)
            for d in DIMENSIONS
            for lever in LEVERS
            for a, _ in STEPS
            if (d, lever, a) not in cells
        ]
        assert not missing, f"{profile}: {missing}"


def test_manufacturing_and_state_owned_initiatives_exist(kb: KnowledgeBase) -> None:
    titles = " ".join(i.title.zh for i in kb.initiatives)
    for topic in ("远程", "经销商", "设备", "信创", "容错"):
        assert topic in titles, topic


def test_the_chinese_reads_as_a_consultant_wrote_it(
    questionnaire: Questionnaire, kb: KnowledgeBase
) -> None:
    calques = ("在多大程度上", "贵组织", "贵公司", "最重要的之一")
    texts = [t.zh for _, t in walk_texts(questionnaire)] + [t.zh for _, t in walk_texts(kb)]
    assert not [t for t in texts if any(c in t for c in calques)]
    passives = sum(t.count("被") for t in texts)
    assert passives <= 10, f"{passives} 被-passives"


def test_the_english_has_one_spelling(questionnaire: Questionnaire, kb: KnowledgeBase) -> None:
    texts = [t.en for _, t in walk_texts(questionnaire)] + [t.en for _, t in walk_texts(kb)]
    assert not british_words(texts)


def test_the_subtitle_explains_internet_thinking(questionnaire: Questionnaire) -> None:
    assert questionnaire.subtitle is not None
    assert len(questionnaire.subtitle.en.split()) >= 8


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
        for kpi in kb.kpis_of(item)
        if is_vanity(kpi.name)
    ]
    assert not vanity, f"vanity KPIs: {vanity}"


def test_no_kpi_kind_counts_traffic(kb: KnowledgeBase) -> None:
    kinds = [k.id for k in kb.kpi_kinds] + [k.value for k in KpiKind]
    words = ("traffic", "follower", "download", "visit", "view", "user_count", "reach")
    assert not [k for k in kinds if any(w in k for w in words)]


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


def test_no_level_narrative_praises_vanity_figures(questionnaire: Questionnaire) -> None:
    """From level 2 up, a narrative never describes progress in traffic or user counts."""
    found = [
        f"{dimension.id} level {level}: {word}"
        for dimension in questionnaire.dimensions
        for level, narrative in dimension.levels.items()
        if level >= 2
        for word in TRAFFIC_WORDS_ZH
        if word in narrative.zh
    ]
    assert not found, found
