"""Who may ask the participant page: the Host and Origin it accepts, and the join-code limiter."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

WRONG_CODES_ALLOWED = 5  # per client …
WRONG_CODE_WINDOW_S = 60.0  # … within this many seconds, then it waits


def accepted_hosts(bound: str, port: int, public_url: str) -> frozenset[str]:
    """The ``host:port`` values a request may name: the address served, the public address,
    and this machine's loopback names."""
    hosts = {f"{name}:{port}" for name in ("127.0.0.1", "localhost", "[::1]")}
    hosts.add(_host_port(bound, port))
    public = urlsplit(public_url)
    if public.hostname:
        hosts.add(_host_port(public.hostname, public.port or port))
    return frozenset(h.lower() for h in hosts)


def host_allowed(host_header: str | None, accepted: frozenset[str]) -> bool:
    """Whether the Host header names this server (a foreign name is DNS rebinding)."""
    return host_header is not None and host_header.lower() in accepted


def origin_allowed(origin: str | None, fetch_site: str | None, accepted: frozenset[str]) -> bool:
    """Whether a form comes from this server's own pages: a foreign Origin, or a browser saying
    the request is cross-site, is refused; no Origin at all is a client that is not a browser."""
    if fetch_site in ("cross-site", "same-site"):
        return False
    if origin is None:
        return True
    if origin == "null":  # a sandboxed or privacy-restricted page: only if the browser vouches
        return fetch_site == "same-origin"
    parts = urlsplit(origin)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    default = 443 if parts.scheme == "https" else 80
    return _host_port(parts.hostname, parts.port or default) in accepted


def _host_port(host: str, port: int) -> str:
    name = host.strip().lower()
    if ":" in name and not name.startswith("["):
        name = f"[{name}]"
    return f"{name}:{port}"


@dataclass
class CodeLimiter:
    """Wrong join codes per client in a sliding window; past the limit, the client waits."""

    allowed: int = WRONG_CODES_ALLOWED
    window_s: float = WRONG_CODE_WINDOW_S
    clock: Callable[[], float] = time.monotonic
    _wrong: dict[str, deque[float]] = field(default_factory=dict)

    def blocked_for(self, client: str) -> float:
        """Seconds ``client`` must wait before trying a code again (0: it may try now)."""
        recent = self._recent(client)
        if len(recent) < self.allowed:
            return 0.0
        return max(0.0, recent[0] + self.window_s - self.clock())

    def wrong(self, client: str) -> None:
        recent = self._recent(client)
        recent.append(self.clock())
        self._wrong[client] = recent

    def _recent(self, client: str) -> deque[float]:
        """The client's wrong codes still inside the window (clients with none are forgotten)."""
        recent = self._wrong.pop(client, deque())
        while recent and recent[0] <= self.clock() - self.window_s:
            recent.popleft()
        if recent:
            self._wrong[client] = recent
        return recent
