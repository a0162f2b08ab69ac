"""The participant page in a real browser (Debian's chromium, driven by Playwright) against the
real `assess serve`: a phone at 390×844 and a desktop."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from playwright.sync_api import expect

from assess.demo import build_demo_workspace
from assess.storage import Workspace
from tests.web_support import Serving, assess_serve

pytestmark = pytest.mark.slow
expect.set_options(timeout=20_000)  # patient under a loaded CI machine; waits only as needed

CHROMIUM = "/usr/bin/chromium"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: run `make test` (it installs it)"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[Serving]:
    """`assess serve` on a free loopback port, over a fresh demo workspace."""
    with assess_serve(build_demo_workspace(tmp_path / "workshop.assess")) as served:
        yield served


def test_a_phone_joins_answers_resumes_and_finishes(browser: object, serve: Serving) -> None:
    context = browser.new_context(
        viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True
    )  # type: ignore[attr-defined]
    page = context.new_page()
    hosts: set[str] = set()
    page.on("request", lambda request: hosts.add(request.url.split("/")[2]))

    page.goto(serve.join_url)  # what the QR code opens: the code is already in it
    page.get_by_text("中层经理", exact=True).tap()
    page.fill("input[name=name]", "赵工")
    page.get_by_role("button", name="开始答题").tap()
    expect(page).to_have_url(re.compile(r"/q/1$"))
    page.wait_for_load_state("load")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

    for _ in range(3):  # three answers by tapping the option's sentence
        page.locator("label.option").nth(2).tap()
        page.get_by_role("button", name="保存，下一题").tap()
    expect(page).to_have_url(re.compile(r"/q/4$"))

    page.reload()  # a reload, then a closed tab reopened from the QR code: the same question
    expect(page).to_have_url(re.compile(r"/q/4$"))
    page.close()
    page = context.new_page()
    page.goto(serve.join_url)
    expect(page).to_have_url(re.compile(r"/q/4$"))

    with Workspace.open(serve.workspace, read_only=True) as ws:
        asked = ws.asked()
        zhao = [p for p in ws.answers.respondents() if p.name == "赵工"]
    assert len(zhao) == 1 and zhao[0].role == "中层经理"
    assert [zhao[0].answers[q.id].choice for q in asked.questions[:3]] == [3, 3, 3]

    number = next(i for i, q in enumerate(asked.questions, start=1) if q.allow_na)
    page.goto(f"{serve.url}/q/{number}")
    page.get_by_text("不适用", exact=True).tap()
    page.get_by_role("button", name="保存，下一题").tap()
    expect(page.locator("[role=alert]")).to_contain_text("选择“不适用”时")
    page.fill("textarea[name=note]", "我们没有合作伙伴计划")
    page.get_by_role("button", name="保存，下一题").tap()
    expect(page).to_have_url(re.compile(rf"/q/{number + 1}$"))

    page.get_by_role("button", name="检查").tap()
    expect(page.locator("p.lead")).to_contain_text("已答 4/43")
    page.get_by_role("button", name="完成提交").tap()
    expect(page.locator("h1")).to_have_text("谢谢！")
    assert hosts == {serve.url.split("/")[2]}  # nothing requested from anywhere else

    with ThreadPoolExecutor(1) as aside:  # Playwright's own event loop runs in this thread
        people = aside.submit(asyncio.run, _facilitator_rows(serve.workspace)).result()
    [zhao_row] = [row for row in people if row.startswith("赵工 中层经理")]
    assert "4/43" in zhao_row and "已完成" in zhao_row
    context.close()


async def _facilitator_rows(workspace: Path) -> list[str]:
    from textual.widgets import DataTable

    from assess.ui.facilitator_app import FacilitatorApp

    app = FacilitatorApp(workspace, "引导师")
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#people", DataTable)
        return [" ".join(str(c) for c in table.get_row_at(i)) for i in range(table.row_count)]


def test_the_page_in_english_on_a_desktop(browser: object, serve: Serving) -> None:
    context = browser.new_context(viewport=DESKTOP)  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(serve.url)
    page.fill("input[name=code]", serve.code.lower())
    page.get_by_role("button", name="继续 · Continue").click()
    page.get_by_text("一线员工", exact=True).click()
    page.get_by_text("English", exact=True).click()
    page.get_by_role("button", name="开始答题").click()
    expect(page.locator("h1.question")).to_contain_text(
        "How does the organization manage the whole relationship"
    )
    page.wait_for_load_state("load")  # the style sheet applied
    width = page.evaluate("document.querySelector('main').getBoundingClientRect().width")
    assert width < 800  # a readable column, not a full-width page
    page.get_by_role("button", name="中文").click()  # the participant's own language switch
    expect(page.locator("h1.question")).to_contain_text("从询价选型")
    context.close()
