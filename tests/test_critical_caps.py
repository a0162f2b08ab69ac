"""A critical question may cap other dimensions too (a privacy duty binds member data)."""

from __future__ import annotations

from pathlib import Path

from assess.loading.questionnaire_loader import parse_questionnaire
from assess.scoring import score
from assess.scoring.inputs import input_from_choice
from tests.conftest import MINI, run_assess

ALSO = "    critical: {below: 2, cap_level: 2}"


def test_a_low_critical_answer_caps_the_dimensions_it_names() -> None:
    text = MINI.read_text(encoding="utf-8").replace(
        ALSO, "    critical: {below: 2, cap_level: 2, also_caps: [user]}"
    )
    q = parse_questionnaire(text, "mini")
    inputs = {
        "user.feedback": input_from_choice(q, "user.feedback", 5, 1.0, False),
        "data.decisions": input_from_choice(q, "data.decisions", 1, 1.0, False),
        "data.privacy": input_from_choice(q, "data.privacy", 4, 1.0, False),
    }
    card = score(q, inputs)
    user = card.dimension("user")
    assert (user.uncapped_level, user.level, user.capped_by) == (5, 2, ["data.decisions"])
    raised = {**inputs, "data.decisions": input_from_choice(q, "data.decisions", 2, 1.0, False)}
    assert score(q, raised).dimension("user").level == 5


def test_it_must_name_another_dimension(tmp_path: Path) -> None:
    path = tmp_path / "q.yaml"
    path.write_text(
        MINI.read_text(encoding="utf-8")
        .replace(ALSO, "    critical: {below: 2, cap_level: 2, also_caps: [data, people]}")
        .replace("roadmap: mini.roadmap.yaml\n", ""),
        encoding="utf-8",
    )
    done = run_assess("questionnaire", "validate", path)
    assert done.returncode == 2
    assert "'data' is not another dimension" in done.stderr
    assert "'people' is not another dimension" in done.stderr
