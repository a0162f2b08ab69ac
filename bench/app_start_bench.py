"""Terminal app cold start: `assess` in a pseudo-terminal until its first screen is ready.

The app writes the wall-clock time at which its first screen is ready (``ASSESS_READY_FILE``)
and exits; the figure is that time minus the moment the process was started.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

BUDGET_S = 0.6
RUNS = 7
COMMAND = [str(Path(sys.executable).with_name("assess"))]


def start_once(home: Path) -> float:
    """Seconds from starting `assess` in an 80×24 pseudo-terminal to its first screen ready."""
    ready_file = home / "ready"
    ready_file.unlink(missing_ok=True)
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = {**os.environ, "ASSESS_HOME": str(home), "ASSESS_READY_FILE": str(ready_file)}
    env["TERM"] = "xterm-256color"
    started = time.time()
    process = subprocess.Popen(
        COMMAND, stdin=follower, stdout=follower, stderr=follower, env=env, close_fds=True
    )
    os.close(follower)
    _drain(leader, process)
    os.close(leader)
    if process.returncode != 0 or not ready_file.exists():
        raise RuntimeError(f"the app did not start (exit code {process.returncode})")
    return float(ready_file.read_text(encoding="utf-8")) - started


def _drain(leader: int, process: subprocess.Popen[bytes]) -> None:
    """Read what the app draws (a full pseudo-terminal would block it) until it exits."""
    while process.poll() is None:
        readable, _, _ = select.select([leader], [], [], 0.05)
        if readable:
            try:
                os.read(leader, 65536)
            except OSError:
                break
    process.wait(timeout=30)


def run() -> list[str]:
    from timing import verdict

    with tempfile.TemporaryDirectory() as folder:
        start_once(Path(folder))  # warm the file cache, as on a machine in use
        times = [start_once(Path(folder)) for _ in range(RUNS)]
    return [verdict("app cold start to first screen", statistics.median(times), BUDGET_S)]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    for line in run():
        print(line)
