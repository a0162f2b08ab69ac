"""The participant page over HTTP: the code first, who may ask, joining once, answers saved."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest

from assess.demo import build_demo_workspace
from assess.storage import Workspace
from assess.web import guard, views
from assess.web.server import HERE
from tests.web_support import CODE, joined, served


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_workspace(tmp_path_factory.mktemp("demo") / "demo.assess")


@pytest.fixture
def workspace(demo: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(demo, tmp_path / "workshop.assess"))


def people(workspace: Path) -> list[tuple[str, str]]:
    with Workspace.open(workspace, read_only=True) as ws:
        return [(p.name, p.role) for p in ws.answers.respondents()]


def test_the_code_comes_before_anything_of_the_workspace(workspace: Path) -> None:
    async def go() -> None:
        async with served(workspace) as client:
            for response in (
                await client.get("/"),
                await client.post("/join", data={"code": "WRONG-CODE"}),
                await client.get("/q/1", allow_redirects=False),
                await client.get("/review", allow_redirects=False),
            ):
                body = await response.text()
                assert "青禾" not in body and "用户思维" not in body, body
            right = await client.post("/join", data={"code": CODE.lower().replace("-", " ")})
            assert right.status == 200 and "青禾智造集团" in await right.text()

    before = people(workspace)
    asyncio.run(go())
    assert people(workspace) == before  # nothing per participant before joining
    with Workspace.open(workspace, read_only=True) as ws:
        assert ws.sessions.list() == []


def test_wrong_codes_are_limited_per_client(workspace: Path) -> None:
    async def go() -> list[int]:
        async with served(workspace) as client:
            statuses = [
                (await client.post("/join", data={"code": f"NOPE-{n}"})).status for n in range(5)
            ]
            statuses.append((await client.post("/join", data={"code": CODE})).status)
            statuses.append((await client.get(f"/?code={CODE}")).status)
            return statuses

    assert asyncio.run(go()) == [403, 403, 403, 403, 403, 429, 429]


def test_the_limiter_forgets_after_its_window() -> None:
    now = [0.0]
    limiter = guard.CodeLimiter(allowed=2, window_s=60, clock=lambda: now[0])
    limiter.wrong("a")
    limiter.wrong("a")
    assert limiter.blocked_for("a") == 60 and limiter.blocked_for("b") == 0
    now[0] = 59.0
    assert limiter.blocked_for("a") == 1
    now[0] = 60.5
    assert limiter.blocked_for("a") == 0


def test_a_foreign_host_or_origin_is_refused(workspace: Path) -> None:
    async def go() -> list[int]:
        async with served(workspace) as client:
            return [
                (await client.get("/", headers={"Host": "evil.example:8000"})).status,
                (
                    await client.post(
                        "/join", data={"code": CODE}, headers={"Origin": "http://evil.example"}
                    )
                ).status,
                (
                    await client.post(
                        "/join", data={"code": CODE}, headers={"Sec-Fetch-Site": "cross-site"}
                    )
                ).status,
                (
                    await client.post("/join", data={"code": CODE}, headers={"Origin": "null"})
                ).status,
                (
                    await client.post(
                        "/join",
                        data={"code": CODE},
                        headers={"Origin": str(client.make_url("")).rstrip("/")},
                    )
                ).status,
            ]

    assert asyncio.run(go()) == [421, 403, 403, 403, 200]


def test_accepted_hosts_name_the_served_and_public_addresses() -> None:
    hosts = guard.accepted_hosts("0.0.0.0", 8000, "http://192.168.1.20:8000")
    assert {"192.168.1.20:8000", "127.0.0.1:8000", "localhost:8000"} <= hosts
    assert guard.host_allowed("192.168.1.20:8000", hosts)
    assert not guard.host_allowed("192.168.1.20:9000", hosts)
    assert not guard.host_allowed("attacker.example:8000", hosts)
    assert guard.origin_allowed("http://192.168.1.20:8000", "same-origin", hosts)
    assert not guard.origin_allowed("http://192.168.1.20:9000", None, hosts)
    assert not guard.origin_allowed("http://192.168.1.20:8000", "same-site", hosts)


def test_joining_twice_is_one_respondent_and_a_reload_resumes(workspace: Path) -> None:
    async def go() -> None:
        async with served(workspace) as client:
            await joined(client, name="王工")
            saved = await client.post(
                "/q/1",
                data={"choice": "3", "evidence": "example", "go": "next"},
                allow_redirects=False,
            )
            assert saved.headers["Location"] == "/q/2"
            again = await client.get("/", allow_redirects=False)  # the QR code scanned again
            assert again.headers["Location"] == "/q"
            resumed = await client.get("/q", allow_redirects=False)
            assert resumed.headers["Location"] == "/q/2"
            page = await client.get("/q/1")
            assert 'value="3" checked' in await page.text()

    before = len(people(workspace))
    asyncio.run(go())
    after = people(workspace)
    assert len(after) == before + 1 and after[-1] == ("王工", "中层经理")
    with Workspace.open(workspace, read_only=True) as ws:
        person = ws.answers.respondents()[-1]
        assert person.answers["user.lifecycle"].choice == 3
        assert person.answers["user.lifecycle"].evidence == "example"


def test_a_role_comes_from_the_list_unless_free_roles(workspace: Path) -> None:
    async def go(free: bool) -> int:
        async with served(workspace, free_roles=free) as client:
            response = await client.post(
                "/start",
                data={"code": CODE, "role": "", "own_role": "车间主任"},
                allow_redirects=False,
            )
            return response.status

    assert asyncio.run(go(False)) == 400
    assert asyncio.run(go(True)) == 303
    assert people(workspace)[-1] == ("参与者 10", "车间主任")  # no name given: a pseudonym


def test_na_needs_its_note_and_is_kept_meanwhile(workspace: Path) -> None:
    with Workspace.open(workspace, read_only=True) as ws:
        asked = ws.asked()
    number = next(i for i, q in enumerate(asked.questions, start=1) if q.allow_na)
    question = asked.questions[number - 1]

    async def go() -> None:
        async with served(workspace) as client:
            await joined(client)
            bare = await client.post(
                f"/q/{number}", data={"choice": "na", "go": "next"}, allow_redirects=False
            )
            assert bare.status == 400 and "说明原因" in await bare.text()
            noted = await client.post(
                f"/q/{number}",
                data={"choice": "na", "note": "没有伙伴计划", "go": "next"},
                allow_redirects=False,
            )
            assert noted.status == 303

    asyncio.run(go())
    with Workspace.open(workspace, read_only=True) as ws:
        answer = ws.answers.respondents()[-1].answers[question.id]
        assert (answer.choice, answer.note) == ("na", "没有伙伴计划")


def test_a_choice_the_question_does_not_offer_is_not_saved(workspace: Path) -> None:
    with Workspace.open(workspace, read_only=True) as ws:
        asked = ws.asked()
    strict = next(q for q in asked.questions if not q.allow_na)
    assert views.read_choice(asked, strict, "na") is None
    assert views.read_choice(asked, strict, "9") is None
    assert views.read_choice(asked, strict, "2") == 2
    assert views.read_choice(asked, strict, "dont_know") == "dont_know"


def test_a_participant_sees_only_their_own_answers(workspace: Path) -> None:
    async def go() -> tuple[str, str, int]:
        async with served(workspace) as first:
            await joined(first, name="A")
            await first.post("/q/1", data={"choice": "5", "note": "我们的秘密", "go": "next"})
        async with served(workspace) as second:
            await joined(second, name="B")
            page = await (await second.get("/q/1")).text()
            review = await (await second.get("/review")).text()
            results = (await second.get("/results")).status
            return page, review, results

    page, review, results = asyncio.run(go())
    assert "我们的秘密" not in page and "checked" not in page.split('name="evidence"')[0]
    assert "已答 0/43" in review and results == 404


def test_finishing_marks_the_respondent_done(workspace: Path) -> None:
    async def go() -> str:
        async with served(workspace) as client:
            await joined(client, name="C")
            await client.post("/q/1", data={"choice": "2", "go": "next"})
            finished = await client.post("/finish")
            return await finished.text()

    thanks = asyncio.run(go())
    assert "谢谢" in thanks and "青禾智造集团" in thanks
    with Workspace.open(workspace, read_only=True) as ws:
        done = [a for a in ws.answers.activity() if a.name == "C"]
        assert done[0].finished and done[0].answered == 1


def test_the_page_loads_nothing_from_outside() -> None:
    """Templates, CSS: no other host, no web font, no import; the CSP allows only this server."""
    for path in [*HERE.glob("templates/*"), *HERE.glob("static/*")]:
        content = path.read_text(encoding="utf-8")
        for needle in ("http://", "https://", "//fonts", "@import", "url("):
            assert needle not in content, f"{path.name}: {needle}"
