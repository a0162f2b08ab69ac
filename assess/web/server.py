"""The participant page's routes on aiohttp: join with the code, answer, review, finish.

One process serves every participant from one open workspace (SQLite in WAL mode, so the
facilitator's view in another process reads along). A participant is a respondent bound to a
random session token, kept in an HttpOnly cookie: a reload, a closed tab or a phone that slept
comes back to the same person at the same question.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jinja2
from aiohttp import web

from assess import serving
from assess.answering import Answering
from assess.errors import AssessError
from assess.i18n import section, text
from assess.models import Answer
from assess.models.text import Lang
from assess.storage.workspace import Workspace
from assess.web import guard, views

HERE = Path(__file__).parent
SESSION_COOKIE = "assess_session"
LANG_COOKIE = "assess_lang"
LANGS: tuple[Lang, ...] = ("zh", "en")
NAME_LIMIT = 60
NOTE_LIMIT = 2000
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
        "base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


@dataclass(frozen=True)
class ServeSettings:
    workspace: Path
    join_code: str
    roles: tuple[str, ...]  # the roles a participant picks from
    free_roles: bool  # may type a role of their own
    accepted_hosts: frozenset[str]


@dataclass
class Served:
    """What the running server holds: its settings, the open workspace, the code limiter."""

    settings: ServeSettings
    workspace: Workspace
    limiter: guard.CodeLimiter
    pages: jinja2.Environment

    def lang_of(self, request: web.Request) -> Lang:
        chosen = request.cookies.get(LANG_COOKIE)
        return chosen if chosen in LANGS else self.workspace.engagement.get().language

    def render(
        self, request: web.Request, template: str, status: int = 200, **values: Any
    ) -> web.Response:
        lang = values.pop("lang", None) or self.lang_of(request)
        here = request.path if template not in ("code.html.j2", "join.html.j2") else ""
        page = self.pages.get_template(template).render(
            L=section("web", lang), lang=lang, here=here, **values
        )
        return web.Response(text=page, status=status, content_type="text/html")

    def answering(self, request: web.Request) -> Answering | None:
        """The participant this request's cookie names, or None."""
        token = request.cookies.get(SESSION_COOKIE)
        if not token:
            return None
        found = self.workspace.sessions.list(token)
        if not found:
            return None
        self.workspace.sessions.touch(token)
        return Answering(self.workspace, found[0].respondent_id)


SERVED = web.AppKey("served", Served)


def build_app(settings: ServeSettings) -> web.Application:
    app = web.Application(middlewares=[_guarded], client_max_size=64 * 1024)
    pages = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    workspace = Workspace.open(settings.workspace)
    app[SERVED] = Served(settings, workspace, guard.CodeLimiter(), pages)
    app.on_cleanup.append(_close)
    app.add_routes(
        [
            web.get("/", _home),
            web.post("/join", _join),
            web.post("/start", _start),
            web.get("/q", _resume),
            web.get("/q/{number:\\d+}", _question),
            web.post("/q/{number:\\d+}", _answer),
            web.get("/review", _review),
            web.post("/finish", _finish),
            web.get("/thanks", _thanks),
            web.post("/lang", _language),
            web.static("/static", HERE / "static", append_version=False),
        ]
    )
    return app


async def _close(app: web.Application) -> None:
    app[SERVED].workspace.close()


@web.middleware
async def _guarded(request: web.Request, handler: Any) -> web.StreamResponse:
    served = request.app[SERVED]
    accepted = served.settings.accepted_hosts
    if not guard.host_allowed(request.headers.get("Host"), accepted):
        return _refused(421, "Misdirected request: this server does not answer to that name.")
    if request.method == "POST" and not guard.origin_allowed(
        request.headers.get("Origin"), request.headers.get("Sec-Fetch-Site"), accepted
    ):
        return _refused(403, "Forbidden: the form did not come from this server's pages.")
    try:
        response: web.StreamResponse = await handler(request)
    except AssessError as exc:
        response = _refused(500, str(exc))
    response.headers.update(SECURITY_HEADERS)
    if request.path.startswith("/static/"):  # the style sheet: once per phone, not per page
        response.headers["Cache-Control"] = "private, max-age=600"
    return response


def _refused(status: int, message: str) -> web.Response:
    return web.Response(status=status, text=message, content_type="text/plain")


# -- joining -------------------------------------------------------------------------------


async def _home(request: web.Request) -> web.StreamResponse:
    served = request.app[SERVED]
    if served.answering(request) is not None:
        raise web.HTTPSeeOther("/q")
    code = request.query.get("code")
    if code:  # the QR code's link carries the code
        return _checked_code(request, code)
    return served.render(request, "code.html.j2", error="")


async def _join(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    return _checked_code(request, str(form.get("code", "")))


def _checked_code(request: web.Request, code: str) -> web.StreamResponse:
    """The join form when ``code`` is right; else the code page again (or the wait)."""
    served = request.app[SERVED]
    client = request.remote or "?"
    wait = served.limiter.blocked_for(client)
    if wait > 0:
        return served.render(request, "code.html.j2", status=429, error="wait", wait=round(wait))
    if not serving.code_matches(code, served.settings.join_code):
        served.limiter.wrong(client)
        return served.render(request, "code.html.j2", status=403, error="wrong")
    return _join_form(request, code, error="")


def _join_form(request: web.Request, code: str, error: str, status: int = 200) -> web.Response:
    served = request.app[SERVED]
    engagement = served.workspace.engagement.get()
    return served.render(
        request,
        "join.html.j2",
        status=status,
        code=code,
        organization=engagement.organization,
        roles=served.settings.roles,
        free_roles=served.settings.free_roles,
        default_lang=served.lang_of(request),
        error=error,
    )


async def _start(request: web.Request) -> web.StreamResponse:
    served = request.app[SERVED]
    form = await request.post()
    code = str(form.get("code", ""))
    if not serving.code_matches(code, served.settings.join_code):
        return await _join(request)
    role = _role(served.settings, str(form.get("role", "")), str(form.get("own_role", "")))
    if role is None:
        return _join_form(request, code, error="role", status=400)
    lang = str(form.get("lang", ""))
    lang = lang if lang in LANGS else served.lang_of(request)
    name = " ".join(str(form.get("name", "")).split())[:NAME_LIMIT]
    workspace = served.workspace
    respondent_id = workspace.answers.add_respondent(name or _anonymous(workspace, lang), role)
    token = workspace.sessions.start(respondent_id)
    response = web.HTTPSeeOther("/q")
    _set_cookie(response, SESSION_COOKIE, token)
    _set_cookie(response, LANG_COOKIE, lang)
    raise response


def _role(settings: ServeSettings, picked: str, typed: str) -> str | None:
    if picked in settings.roles:
        return picked
    typed = " ".join(typed.split())[:NAME_LIMIT]
    return typed if settings.free_roles and typed else None


def _anonymous(workspace: Workspace, lang: Lang) -> str:
    """A name for someone who gave none: 'Participant 7', unique in the workspace."""
    return text("web.anonymous", lang, n=len(workspace.answers.respondents()) + 1)


def _set_cookie(response: web.StreamResponse, name: str, value: str) -> None:
    response.set_cookie(
        name, value, max_age=14 * 24 * 3600, httponly=True, samesite="Lax", path="/"
    )


async def _language(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    lang = str(form.get("lang", ""))
    back = str(form.get("back", "/"))
    response = web.HTTPSeeOther(back if back.startswith("/") and not back.startswith("//") else "/")
    if lang in LANGS:
        _set_cookie(response, LANG_COOKIE, lang)
    raise response


# -- answering -------------------------------------------------------------------------------


def _participant(request: web.Request) -> Answering:
    answering = request.app[SERVED].answering(request)
    if answering is None:
        raise web.HTTPSeeOther("/")
    return answering


def _number(request: web.Request, answering: Answering) -> int:
    number = int(request.match_info["number"])
    if not 1 <= number <= len(answering.questions):
        raise web.HTTPSeeOther("/review")
    return number


async def _resume(request: web.Request) -> web.StreamResponse:
    answering = _participant(request)
    raise web.HTTPSeeOther(f"/q/{answering.resume_index() + 1}")


async def _question(request: web.Request) -> web.StreamResponse:
    answering = _participant(request)
    number = _number(request, answering)
    answering.move_to(answering.questions[number - 1].id)
    return _question_page(request, answering, number)


def _question_page(
    request: web.Request,
    answering: Answering,
    number: int,
    draft: Answer | None = None,
    error: str = "",
) -> web.Response:
    served = request.app[SERVED]
    lang = served.lang_of(request)
    page = views.question_page(
        answering.questionnaire,
        number,
        answering.answers,
        answered(answering),
        answering.respondent_role,
        lang,
        draft,
    )
    return served.render(
        request, "question.html.j2", status=400 if error else 200, page=page, error=error
    )


async def _answer(request: web.Request) -> web.StreamResponse:
    answering = _participant(request)
    number = _number(request, answering)
    question = answering.questions[number - 1]
    form = await request.post()
    choice = views.read_choice(answering.questionnaire, question, _field(form, "choice"))
    note = str(form.get("note", "")).strip()[:NOTE_LIMIT]
    evidence = views.read_evidence(_field(form, "evidence"))
    if choice is not None:
        answering.choose(question.id, choice, note, evidence)
    else:
        answering.amend(question.id, note, evidence)
    if choice == "na" and answering.questionnaire.scoring.holds_open(choice, note):
        draft = Answer(choice=choice, note=note, evidence=evidence, answered_at=datetime.now(UTC))
        return _question_page(request, answering, number, draft, error="na_note")
    go = _field(form, "go")
    if go == "back":
        raise web.HTTPSeeOther(f"/q/{max(1, number - 1)}")
    if go == "review" or number == len(answering.questions):
        raise web.HTTPSeeOther("/review")
    raise web.HTTPSeeOther(f"/q/{number + 1}")


def answered(answering: Answering) -> int:
    """Questions answered (don't know counts; an N/A still waiting for its note does not)."""
    return len(answering.questions) - len(answering.open_questions())


def _field(form: Any, name: str) -> str | None:
    value = form.get(name)
    return value if isinstance(value, str) else None


async def _review(request: web.Request) -> web.StreamResponse:
    answering = _participant(request)
    served = request.app[SERVED]
    lang = served.lang_of(request)
    rows = views.review_rows(answering.questionnaire, answering.answers, lang)
    return served.render(
        request,
        "review.html.j2",
        rows=rows,
        summary=text(
            "web.answered_of",
            lang,
            n=answered(answering),
            total=len(rows),
        ),
        still_open=_still_open(rows, lang),
    )


def _still_open(rows: list[views.ReviewRow], lang: Lang) -> str:
    count = sum(r.status in ("open", "needs_note") for r in rows)
    return text("web.open_left", lang, n=count) if count else ""


async def _finish(request: web.Request) -> web.StreamResponse:
    _participant(request).finish()
    raise web.HTTPSeeOther("/thanks")


async def _thanks(request: web.Request) -> web.StreamResponse:
    answering = _participant(request)
    served = request.app[SERVED]
    return served.render(
        request,
        "thanks.html.j2",
        name=answering.respondent_name,
        organization=served.workspace.engagement.get().organization,
    )


__all__ = ["SERVED", "ServeSettings", "build_app"]
