"""`assess serve`: where it listens and the join code.

Pure helpers (no web server): the command wires them to the participant page (``assess.web``).

- Loopback (127.0.0.1, ::1, localhost) by default. Any other address puts the app on the
  network; the command prints ``exposure_warning`` then.
- The join code is random (``secrets``), 8 characters from an alphabet without look-alikes
  (no 0/O, 1/I/L), shown as ``ABCD-EFGH``: about 39 bits. Case, spaces and dashes are ignored
  when comparing, in constant time; wrong codes are limited per client (``assess.web.guard``).
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
import socket

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})
WILDCARD_HOSTS = frozenset({"0.0.0.0", "::", ""})


def is_loopback(host: str) -> bool:
    """True when only this machine can reach ``host``."""
    name = host.strip().strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def exposure_warning(host: str, port: int) -> str:
    return (
        f"warning: serving on {host}:{port}, not on loopback: other machines on the network can "
        "open the assessment, and anyone with the join code can answer. Use it only on a "
        "trusted workshop network, and stop it (Ctrl+C) when the workshop is over."
    )


def new_join_code() -> str:
    """A fresh random join code, e.g. ``K7QM-2XPD``."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def normalize_code(text: str) -> str:
    return "".join(text.split()).replace("-", "").upper()


def code_matches(given: str, expected: str) -> bool:
    """Whether a typed code is the join code (case, spaces and dashes ignored; constant time)."""
    wanted = normalize_code(expected)
    return bool(wanted) and hmac.compare_digest(
        normalize_code(given).encode("utf-8"), wanted.encode("utf-8")
    )


def public_url(host: str, port: int) -> str:
    """The address browsers use: for a wildcard host, this machine's address on the network."""
    name = host.strip()
    if name in WILDCARD_HOSTS:
        name = _network_address() or socket.gethostname()
    if ":" in name and not name.startswith("["):
        name = f"[{name}]"
    return f"http://{name}:{port}"


def _network_address() -> str | None:
    """The address of the interface that routes outward (a UDP connect sends no packet)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never reached
            return str(probe.getsockname()[0])
    except OSError:
        return None
