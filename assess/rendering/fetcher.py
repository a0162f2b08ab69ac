"""A WeasyPrint URL fetcher that reads only the report's own assets and the given logo file.

It also serves the charts, which the document embeds as ``data:image/svg+xml`` URLs (decoded in
memory, no I/O). Everything else — other files, http(s), other data: and any other scheme — is
refused, so user text that slipped into a URL can neither read local files nor reach the network.
Import this module only when rendering: it imports WeasyPrint.
"""

from __future__ import annotations

import base64
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse

CHART_URL_PREFIX = "data:image/svg+xml;base64,"
SVG_TYPE = {"Content-Type": "image/svg+xml"}


class RefusedURL(ValueError):
    """The report asked for something outside its allowed files."""


class AssetsOnlyFetcher(URLFetcher):  # type: ignore[misc]  # weasyprint ships no type hints
    def __init__(self, assets_dir: Path, extra_files: tuple[Path, ...] = ()) -> None:
        super().__init__()
        self.assets_dir = assets_dir.resolve()
        self.extra_files = frozenset(p.resolve() for p in extra_files)

    def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
        if url.startswith(CHART_URL_PREFIX):
            return URLFetcherResponse(url, base64.b64decode(url[len(CHART_URL_PREFIX) :]), SVG_TYPE)
        path = self.allowed_path(url)
        if path is None:
            raise RefusedURL(f"not an asset of the report: {url}")
        return URLFetcherResponse(path.as_uri(), path.read_bytes())

    def allowed_path(self, url: str) -> Path | None:
        parts = urlsplit(url)
        if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
            return None
        path = Path(unquote(parts.path)).resolve()
        if path in self.extra_files or path.is_relative_to(self.assets_dir):
            return path if path.is_file() else None
        return None
