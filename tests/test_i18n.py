"""One catalog for every fixed text: both languages everywhere, the same placeholders, plurals,
and every key the code and the templates ask for."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from assess.i18n import has, section, text
from assess.i18n.catalog import MESSAGES
from tests.spelling import british_words

ROOT = Path(__file__).resolve().parents[1]


def placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def test_the_english_has_one_spelling() -> None:
    forms = [form for _, en in MESSAGES.values() for form in ([en] if isinstance(en, str) else en)]
    assert not british_words(forms)


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_entry_has_both_languages_with_the_same_placeholders(key: str) -> None:
    zh, en = MESSAGES[key]
    forms = [en] if isinstance(en, str) else list(en)
    assert zh.strip() and all(form.strip() for form in forms)
    assert all(placeholders(form) == placeholders(zh) for form in forms), key
    if not isinstance(en, str):
        assert "n" in placeholders(zh), "a plural is chosen by n"


def test_plurals_follow_n() -> None:
    assert text("report.respondents_count", "en", n=1) == "1 respondent"
    assert text("report.respondents_count", "en", n=9) == "9 respondents"
    assert text("report.respondents_count", "zh", n=1) == "1 位受访者"
    assert text("app.roadmap_summary", "en", n=1).startswith("1 initiative;")
    assert text("web.open_left", "en", n=1) == "1 question open"


def test_a_part_falls_back_to_common_and_sections_hold_both() -> None:
    assert text("report.na", "zh") == text("common.na", "zh") == "不适用"
    report = section("report", "en")
    assert report["na"] == "N/A" and report["summary"] == "Executive summary"
    with pytest.raises(KeyError):
        text("report.no_such_text", "en")


USES = [
    # (files, pattern of a key, the part it is looked up in)
    ("assess/**/*.py", r'\btext\(\s*"([a-z]+\.[a-z0-9_]+)"', ""),
    ("assess/ui/**/*.py", r'(?<![\w.])(?:self\.)?t\(\s*"([a-z0-9_]+)"', "app."),
    ("assess/ui/**/*.py", r'\bwt\(\s*"([a-z0-9_]+)"', "workshop."),
    ("reports/partials/*.j2", r"\bL\.([a-z0-9_]+)", "report."),
    ("reports/paper.html.j2", r"\bL\.([a-z0-9_]+)", "paper."),
    ("assess/web/templates/*.j2", r"\bL\.([a-z0-9_]+)", "web."),
]


@pytest.mark.parametrize(("files", "pattern", "part"), USES)
def test_every_key_the_code_asks_for_exists(files: str, pattern: str, part: str) -> None:
    asked = {
        part + key
        for path in ROOT.glob(files)
        for key in re.findall(pattern, path.read_text(encoding="utf-8"))
    }
    assert asked, f"no key found in {files}: the pattern is stale"
    other = {"workshop.": "app.", "app.": "workshop."}.get(part)  # wt falls back; WorkshopScreen.t
    fallback = {key for key in asked if other and has(other + key.split(".")[1])}
    assert sorted(key for key in asked - fallback if not has(key)) == []
