"""One writer per output root: an flock'ed lock file naming its holder; stale holders are reported."""

from __future__ import annotations

import fcntl
import json
import os
import socket
import time
from pathlib import Path
from types import TracebackType

from flows.faults import reached

LOCK_NAME = "_lock"
POLL_SECONDS = 0.5


class LockTimeout(RuntimeError):
    """Another run holds the output root for longer than we were willing to wait."""


class OutputLock:
    """Exclusive lock on an output root; the kernel releases it when the holder dies, so it never goes stale."""

    def __init__(self, root: Path, run_id: str, timeout: float) -> None:
        self.path = root / LOCK_NAME
        self.run_id = run_id
        self.timeout = timeout
        self._fh: int | None = None
        self.broke_stale: dict | None = None

    def holder(self) -> dict:
        """What the lock file says about its (last) holder."""
        try:
            return json.loads(self.path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            return {}

    def acquire(self) -> None:
        """Wait up to `timeout` seconds for the lock; raise LockTimeout naming the holder."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                reached("lock-wait")
                if time.monotonic() >= deadline:
                    os.close(fd)
                    info = self.holder()
                    raise LockTimeout(
                        f"output root {self.path.parent} is locked by run {info.get('run_id', '?')} "
                        f"(pid {info.get('pid', '?')} on {info.get('host', '?')}, since {info.get('since', '?')}); "
                        f"gave up after {self.timeout:.0f} s"
                    ) from None
                time.sleep(POLL_SECONDS)
        previous = self.holder()
        if previous.get("pid") and previous.get("state") == "held":
            self.broke_stale = previous
        info = {"run_id": self.run_id, "pid": os.getpid(), "host": socket.gethostname(),
                "since": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "state": "held"}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(info).encode(), 0)
        os.fsync(fd)
        self._fh = fd

    def release(self) -> None:
        """Mark the lock released and let go of it."""
        if self._fh is None:
            return
        info = {**self.holder(), "state": "released"}
        os.ftruncate(self._fh, 0)
        os.pwrite(self._fh, json.dumps(info).encode(), 0)
        fcntl.flock(self._fh, fcntl.LOCK_UN)
        os.close(self._fh)
        self._fh = None

    def __enter__(self) -> OutputLock:
        self.acquire()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()
