"""User text never becomes markup: no file read, no network request, no attachment."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from assess.cli import main
from assess.loading.response_io import write_response_file
from assess.models import Answer, Engagement, Questionnaire, Respondent, ResponseFile
from assess.models.response import QuestionnaireRef
from tests.conftest import MINI
from tests.report_support import pdf_text, squeeze

pytestmark = pytest.mark.slow

NOW = datetime(2026, 11, 1, 9, 30, tzinfo=UTC)


class CountingHandler(BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        CountingHandler.requests.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"leaked")

    def log_message(self, format: str, *args: object) -> None:
        """Silence the default request log."""


@pytest.fixture
def server() -> Iterator[str]:
    CountingHandler.requests = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), CountingHandler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


def hostile(url: str) -> list[str]:
    return [
        '<img src="file:///etc/hostname">',
        '<link rel=attachment href="file:///etc/passwd">',
        f'<img src="{url}org.png"><style>@import "{url}x.css";</style>',
    ]


def hostile_response(q: Questionnaire, url: str) -> ResponseFile:
    texts = hostile(url)
    note = " ".join(texts)
    answers = {
        "user.feedback": Answer(choice=2, note=note, answered_at=NOW),
        "data.decisions": Answer(choice=1, note=texts[2], answered_at=NOW),
    }
    return ResponseFile(
        questionnaire=QuestionnaireRef(id=q.id, version=q.version, hash=q.content_hash()),
        engagement=Engagement(organization="Acme " + " ".join(texts), language="en"),
        respondents=[
            Respondent(id="r1", name=texts[0], role=texts[1], answers=answers),
            Respondent(id="r2", name=texts[2], role="CEO", answers=answers),
        ],
    )


def render(monkeypatch: pytest.MonkeyPatch, args: list[str]) -> tuple[list[str], int | str | None]:
    """Run `assess` in this process, recording every URL the PDF fetcher is asked for."""
    from assess.rendering.fetcher import AssetsOnlyFetcher

    asked: list[str] = []
    original = AssetsOnlyFetcher.fetch

    def spy(self: AssetsOnlyFetcher, url: str, headers: object = None) -> object:
        asked.append(url)
        return original(self, url, headers)

    monkeypatch.setattr(AssetsOnlyFetcher, "fetch", spy)
    monkeypatch.setattr("assess.forking.can_fork", lambda: False)  # spy sees it all
    monkeypatch.setattr(sys, "argv", ["assess", *args])
    try:
        main()
    except SystemExit as stopped:
        return asked, stopped.code
    return asked, 0


def test_hostile_text_prints_as_text_and_fetches_nothing(
    tmp_path: Path, mini: Questionnaire, server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "answers.json"
    write_response_file(source, hostile_response(mini, server))
    pdf, html = tmp_path / "r.pdf", tmp_path / "r.html"
    base = ["report", str(source), "--questionnaire", str(MINI)]
    asked, code = render(monkeypatch, [*base, "-o", str(pdf)])
    assert code == 0
    assert asked  # the charts, at least
    assert all(url.startswith("data:image/svg+xml;base64,") for url in asked), asked
    render(monkeypatch, [*base, "-o", str(html)])
    assert CountingHandler.requests == []

    text = pdf_text(pdf)
    for snippet in hostile(server):
        assert squeeze(snippet) in text, snippet
    markup = html.read_text(encoding="utf-8")
    assert '<img src="file:' not in markup and "<link rel=attachment" not in markup
    assert "&lt;img src=&#34;file:///etc/hostname&#34;&gt;" in markup
    attachments = subprocess.run(
        ["pdfdetach", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    assert attachments.startswith("0 embedded files")


def test_fetcher_allows_only_assets_and_the_logo(tmp_path: Path, server: str) -> None:
    from assess.rendering.fetcher import AssetsOnlyFetcher, RefusedURL

    assets = tmp_path / "assets"
    assets.mkdir()
    (assets / "mark.svg").write_text("<svg/>", encoding="utf-8")
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG")
    fetcher = AssetsOnlyFetcher(assets, (logo,))
    assert fetcher.fetch((assets / "mark.svg").as_uri()).read() == b"<svg/>"
    assert fetcher.fetch(logo.as_uri()).read() == b"\x89PNG"
    refused = [
        "file:///etc/hostname",
        "file:///etc/passwd",
        f"{(assets / '..' / 'logo.png.bak').as_uri()}",
        (assets / ".." / ".." / "etc" / "passwd").as_uri(),
        f"{server}x.png",
        "https://example.com/x.png",
        "ftp://127.0.0.1/x",
        "data:text/html,<b>x</b>",
    ]
    for url in refused:
        with pytest.raises(RefusedURL):
            fetcher.fetch(url)
    assert CountingHandler.requests == []
