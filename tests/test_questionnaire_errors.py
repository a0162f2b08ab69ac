"""Every kind of questionnaire and roadmap mistake gets a precise message with its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from assess.errors import BadInput
from assess.loading.questionnaire_loader import load_questionnaire, load_roadmap
from tests.conftest import FIXTURES, MINI

MINI_TEXT = MINI.read_text(encoding="utf-8")
ROADMAP_TEXT = (FIXTURES / "mini.roadmap.yaml").read_text(encoding="utf-8")


def _line_of(text: str, fragment: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if fragment in line)


def _problems(tmp_path: Path, text: str, name: str = "q.yaml") -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BadInput) as caught:
        load_questionnaire(path)
    rendered = [p.render() for p in caught.value.problems]
    assert all(r.startswith(str(path)) for r in rendered)
    return rendered


CASES = [
    # (name, old, new, expected fragment, line marker in the edited text or None)
    (
        "unknown key",
        "allow_na: true\n",
        "allow_na: true\n    colour: red\n",
        "unknown key 'colour'",
        "colour: red",
    ),
    (
        "duplicate question id",
        "id: data.privacy",
        "id: data.decisions",
        "duplicate question id 'data.decisions'",
        None,
    ),
    (
        "missing translation",
        "title: {zh: 迷你问卷, en: Mini questionnaire}",
        "title: {zh: 迷你问卷}",
        "missing en text",
        "title: {zh: 迷你问卷}",
    ),
    ("weight not positive", "weight: 2\n", "weight: 0\n", "greater than 0", "weight: 0"),
    (
        "thresholds out of order",
        "[0, 20, 40, 60, 80]",
        "[0, 40, 20, 60, 80]",
        "thresholds out of order",
        "level_thresholds",
    ),
    (
        "threshold count",
        "[0, 20, 40, 60, 80]",
        "[0, 20, 40]",
        "3 thresholds for 5 levels",
        "level_thresholds",
    ),
    (
        "unknown dimension",
        "dimension: data\n    text: {zh: 用户数据",
        "dimension: finance\n    text: {zh: 用户数据",
        "unknown dimension 'finance'",
        "dimension: finance",
    ),
    (
        "critical without cap",
        "critical: {below: 2, cap_level: 2}",
        "critical: true",
        "the level it caps",
        "critical: true",
    ),
    (
        "critical cap too high",
        "critical: {below: 2, cap_level: 2}",
        "critical: {below: 2, cap_level: 5}",
        "caps nothing",
        "critical: {below: 2, cap_level: 5}",
    ),
    ("unknown scale", "scale: frequency", "scale: often", "unknown scale 'often'", "scale: often"),
    (
        "options do not cover scale",
        "scale: frequency",
        "scale: frequency\n    options:\n      - {value: 1, text: {zh: 从不, en: Never}}\n      - {value: 2, text: {zh: 偶尔, en: Sometimes}}",
        "do not cover scale",
        None,
    ),
    ("no options", "scale: frequency\n", "\n", "no answer options", None),
    (
        "duplicate option value",
        "{value: 3, text: {zh: 重大决策",
        "{value: 2, text: {zh: 重大决策",
        "two options share a value",
        None,
    ),
    (
        "duplicate YAML key",
        "allow_na: true\n",
        "allow_na: true\n    allow_na: false\n",
        "duplicate key 'allow_na'",
        "allow_na: false",
    ),
    (
        "level description missing",
        "      5: {zh: 与用户共创。, en: Co-creates with users.}\n",
        "",
        "level descriptions do not match",
        None,
    ),
    (
        "wrong type",
        "allow_na: true\n",
        "allow_na: sometimes\n",
        "valid boolean",
        "allow_na: sometimes",
    ),
    ("broken YAML", "levels:\n", "levels: [\n", "YAML syntax error", None),
]


@pytest.mark.parametrize(
    ("name", "old", "new", "expected", "marker"), CASES, ids=[c[0] for c in CASES]
)
def test_each_mistake_is_reported_with_its_line(
    tmp_path: Path, name: str, old: str, new: str, expected: str, marker: str | None
) -> None:
    assert old in MINI_TEXT, name
    text = MINI_TEXT.replace(old, new, 1).replace("roadmap: mini.roadmap.yaml\n", "")
    problems = _problems(tmp_path, text)
    matching = [p for p in problems if expected in p]
    assert matching, problems
    if marker is not None:
        assert f"q.yaml:{_line_of(text, marker)}" in matching[0]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"\x00\x01binary\x00", "binary"),
        (b"\xff\xfe\xfa bad", "UTF-8"),
        (b"- a\n- b\n", "mapping"),
    ],
)
def test_unreadable_files(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "q.yaml"
    path.write_bytes(content)
    with pytest.raises(BadInput, match=expected):
        load_questionnaire(path)


def test_all_schema_problems_are_reported_together(tmp_path: Path) -> None:
    text = MINI_TEXT.replace("weight: 2\n", "weight: -1\n").replace(
        "allow_na: true\n", "allow_na: true\n    x: 1\n", 1
    )
    assert len(_problems(tmp_path, text)) == 2


ROADMAP_CASES = [
    (
        "unknown prerequisite",
        "prerequisites: [user.listen]",
        "prerequisites: [user.hear]",
        "unknown initiative 'user.hear'",
    ),
    (
        "cycle",
        "    questions: [user.feedback]\n",
        "    questions: [user.feedback]\n    prerequisites: [user.cocreate]\n",
        "prerequisite cycle: user.listen → user.cocreate → user.listen",
    ),
    (
        "step down",
        "from_level: 2\n    to_level: 3",
        "from_level: 3\n    to_level: 3",
        "not a step up",
    ),
    (
        "unknown question",
        "questions: [user.feedback]",
        "questions: [user.nps]",
        "unknown question 'user.nps'",
    ),
    (
        "too many kpis",
        "kpis:\n      - name: {zh: 有数据",
        "kpis:\n      - {name: {zh: a, en: a}, kind: quality, unit: {zh: '%', en: '%'}, direction: up}\n      - {name: {zh: a, en: a}, kind: quality, unit: {zh: '%', en: '%'}, direction: up}\n      - {name: {zh: a, en: a}, kind: quality, unit: {zh: '%', en: '%'}, direction: up}\n      - name: {zh: 有数据",
        "at most 3",
    ),
    (
        "vanity kpi kind",
        "kind: data_decisions",
        "kind: page_views",
        "unknown KPI kind 'page_views'",
    ),
    ("unknown lever", "lever: tech", "lever: finance", "Input should be"),
]


@pytest.mark.parametrize(
    ("name", "old", "new", "expected"), ROADMAP_CASES, ids=[c[0] for c in ROADMAP_CASES]
)
def test_roadmap_mistakes(
    tmp_path: Path, mini, name: str, old: str, new: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    assert old in ROADMAP_TEXT, name
    path = tmp_path / "r.yaml"
    path.write_text(ROADMAP_TEXT.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(BadInput) as caught:
        load_roadmap(path, mini)
    rendered = [p.render() for p in caught.value.problems]
    assert any(expected in r for r in rendered), rendered
    assert all(r.startswith(f"{path}:") for r in rendered), rendered


def test_a_declared_kpi_kind_may_not_count_traffic(tmp_path: Path) -> None:
    text = ROADMAP_TEXT.replace(
        "initiatives:",
        "kpi_kinds:\n  - {id: page_views, name: {zh: 浏览量, en: Page views}, "
        "measures: {zh: 访问, en: visits}}\ninitiatives:",
        1,
    ).replace("kind: data_decisions", "kind: page_views", 1)
    path = tmp_path / "mini.roadmap.yaml"
    path.write_text(text, encoding="utf-8")
    (tmp_path / "mini.yaml").write_text(MINI_TEXT, encoding="utf-8")
    with pytest.raises(BadInput) as caught:
        load_roadmap(path, load_questionnaire(tmp_path / "mini.yaml"))
    assert any("a vanity figure" in p.message for p in caught.value.problems)
