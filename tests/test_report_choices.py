"""A report shows only what the consultant chose: the logo they named, and respondents by
pseudonym and role unless they ask for names."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PIL import Image

from assess.demo import RESPONDENTS
from assess.loading.response_io import write_response_file
from assess.models import Answer, Questionnaire
from assess.models.response import Branding
from tests.conftest import MINI, NOW, run_assess
from tests.test_cli import response_file

NAMES = [person[0] for person in RESPONDENTS]


def with_logo(q: Questionnaire, folder: Path, logo: str) -> Path:
    """A response file whose engagement names ``logo`` as its cover's logo."""
    response = response_file(q, {"user.feedback": Answer(choice=3, answered_at=NOW)})
    engagement = response.engagement.model_copy(update={"branding": Branding(logo=logo)})
    path = folder / "answers.json"
    write_response_file(path, response.model_copy(update={"engagement": engagement}))
    shutil.copy(MINI, folder / MINI.name)
    shutil.copy(MINI.with_name("mini.roadmap.yaml"), folder)
    return path


def png(path: Path, size: tuple[int, int] = (40, 20)) -> Path:
    Image.new("1", size).save(path)
    return path


def cover_logo(html: Path) -> bool:
    return 'class="cover-logo"' in html.read_text(encoding="utf-8")


@pytest.mark.parametrize("stored", ["ABSOLUTE", "../secret.png", "sub/../../secret.png"])
def test_a_logo_outside_the_sources_folder_is_left_out_with_a_warning(
    tmp_path: Path, mini: Questionnaire, stored: str
) -> None:
    secret = png(tmp_path / "secret.png")
    folder = tmp_path / "engagement"
    folder.mkdir()
    source = with_logo(mini, folder, str(secret) if stored == "ABSOLUTE" else stored)
    result = run_assess("report", source, "-o", folder / "r.html")
    assert result.returncode == 0, result.stderr
    assert "outside the workspace's folder" in result.stderr and "--logo" in result.stderr
    assert not cover_logo(folder / "r.html")


def test_a_logo_in_the_sources_folder_or_named_with_logo_is_used(
    tmp_path: Path, mini: Questionnaire
) -> None:
    png(tmp_path / "brand.png")
    source = with_logo(mini, tmp_path, "brand.png")
    assert run_assess("report", source, "-o", tmp_path / "a.html").returncode == 0
    assert cover_logo(tmp_path / "a.html")
    elsewhere = png(tmp_path.parent / f"{tmp_path.name}-chosen.png")
    result = run_assess("report", source, "-o", tmp_path / "b.html", "--logo", elsewhere)
    assert result.returncode == 0 and result.stderr == ""
    assert cover_logo(tmp_path / "b.html")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_text("not an image", encoding="utf-8"), "not a PNG, JPEG or SVG"),
        (lambda p: png(p, (9000, 6000)), "more than 40 million"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n broken"), "cannot be read"),
    ],
)
def test_a_logo_that_cannot_be_shown_gets_a_warning_not_silence(
    tmp_path: Path, mini: Questionnaire, make: object, message: str
) -> None:
    make(tmp_path / "logo.png")  # type: ignore[operator]
    source = with_logo(mini, tmp_path, "logo.png")
    result = run_assess("report", source, "-o", tmp_path / "r.html")
    assert result.returncode == 0
    assert message in result.stderr and "Warning" not in result.stderr  # not Pillow's own
    assert not cover_logo(tmp_path / "r.html")


@pytest.mark.parametrize("suffix", ["html", "json"])
def test_the_report_names_respondents_only_when_asked(
    workspace: Path, tmp_path: Path, suffix: str
) -> None:
    anonymous, named = tmp_path / f"a.{suffix}", tmp_path / f"n.{suffix}"
    assert run_assess("report", workspace, "-o", anonymous).returncode == 0
    assert run_assess("report", workspace, "-o", named, "--names").returncode == 0
    text = anonymous.read_text(encoding="utf-8")
    assert not [name for name in NAMES if name in text]
    assert "R3" in text and "高管" in text
    assert all(name in named.read_text(encoding="utf-8") for name in NAMES)


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_export_names_respondents_only_when_asked(
    workspace: Path, tmp_path: Path, fmt: str
) -> None:
    anonymous = run_assess("export", workspace, "--format", fmt)
    named = run_assess("export", workspace, "--format", fmt, "--names")
    assert not [name for name in NAMES if name in anonymous.stdout]
    assert all(name in named.stdout for name in NAMES)
    if fmt == "json":
        people = json.loads(anonymous.stdout)["respondents"]
        assert [p["name"] for p in people] == [f"R{n}" for n in range(1, len(NAMES) + 1)]
        assert [p["role"] for p in people] == [person[1] for person in RESPONDENTS]
