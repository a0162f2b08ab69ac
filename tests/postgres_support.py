"""A throwaway PostgreSQL server from Debian's `postgresql` package, on a free local port."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.web_support import free_port

USER, PASSWORD, DATABASE = "assess", "s3cret-pw", "portfolio"


def _bin() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    assert found, "PostgreSQL is missing: run `make test` (its set-up installs Debian's postgresql)"
    return found[-1].parent


def _as_server_user(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: as root, run it as the package's `postgres` user."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@contextmanager
def postgres_server() -> Iterator[str]:
    """A server with a database and a password user; yields its SQLAlchemy address."""
    folder = Path(tempfile.mkdtemp(prefix="assess-pg-"))
    data, sockets = folder / "data", folder / "run"
    sockets.mkdir()
    password = folder / "pw"
    password.write_text(PASSWORD, encoding="utf-8")
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        for path in (sockets, password):
            shutil.chown(path, "postgres")
    port, binary = free_port(), _bin()
    env = {**os.environ, "PGPASSWORD": PASSWORD}

    def run(*args: str) -> None:
        command = _as_server_user([str(binary / args[0]), *args[1:]])
        subprocess.run(command, check=True, capture_output=True, timeout=120, env=env)

    run(
        "initdb",
        "-D",
        str(data),
        "-U",
        USER,
        f"--pwfile={password}",
        "--auth=scram-sha-256",
        "-E",
        "UTF8",
    )
    options = f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1"
    run("pg_ctl", "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start")
    try:
        run("createdb", "-h", "127.0.0.1", "-p", str(port), "-U", USER, DATABASE)
        yield f"postgresql://{USER}:{PASSWORD}@127.0.0.1:{port}/{DATABASE}"
    finally:
        run("pg_ctl", "-D", str(data), "-m", "fast", "-w", "stop")
        shutil.rmtree(folder, ignore_errors=True)
