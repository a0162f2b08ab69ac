"""Every screen at 80×24 in both languages: snapshots, and footers whose help key stays
readable (the key and its label, not under the command palette's key)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from assess.ui.app import AssessApp
from tests.ui_support import demo_workspace, keys, screen_text, started_workspace, use_home

Compare = Callable[..., bool]
NARROW = (80, 24)
# screen: (workspace kind, keys to reach it)
SCREENS: dict[str, tuple[str, tuple[str, ...]]] = {
    "home": ("none", ()),
    "setup": ("none", ("n",)),
    "questionnaire": ("started", ()),
    "jump": ("started", ("j",)),
    "review": ("started", ("r",)),
    "help": ("started", ("f1",)),
    "who_is_answering": ("demo", ()),
    "results": ("demo", ("enter",)),
    "targets": ("demo", ("enter", "t")),
    "roadmap": ("demo", ("enter", "m")),
    "export": ("demo", ("enter", "x")),
}
HELP_LABEL = {"zh": "f1 帮助", "en": "f1 Help"}
FIXED_PATH = "~/assessments/qinghe-report.pdf"


def app_for(kind: str, folder: Path) -> AssessApp:
    if kind == "started":
        path = folder / "qinghe.assess"
        started_workspace(path, answered=9)
        return AssessApp(path)
    if kind == "demo":
        return AssessApp(demo_workspace(folder))
    return AssessApp()


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_every_screen_at_80x24(
    snap_compare: Compare,
    screen: str,
    lang: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_home(monkeypatch, tmp_path / "home", lang=lang)
    kind, pressed = SCREENS[screen]
    assert snap_compare(
        app_for(kind, tmp_path),
        terminal_size=NARROW,
        run_before=keys(*pressed, fixed_path=FIXED_PATH),
    )


MODALS = {
    "jump",
    "help",
    "who_is_answering",
}  # dialogs over the screen: they show their own keys, no footer


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("screen", sorted(set(SCREENS) - MODALS))
def test_the_help_key_is_readable_in_every_footer(
    screen: str, lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio

    use_home(monkeypatch, tmp_path / "home", lang=lang)
    kind, pressed = SCREENS[screen]

    async def footer() -> str:
        app = app_for(kind, tmp_path)
        async with app.run_test(size=NARROW) as pilot:
            await keys(*pressed, fixed_path=FIXED_PATH)(pilot)
            lines = [line for line in screen_text(pilot).splitlines() if line.strip()]
            return lines[-1]

    line = asyncio.run(footer())
    label = HELP_LABEL[lang]
    assert label in line, f"{screen} ({lang}): {line!r}"
    assert line.index(label) + len(label) <= line.index("▏"), f"{screen} ({lang}): {line!r}"
