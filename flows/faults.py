"""Named checkpoints where crash and concurrency tests stop or slow a real run (off unless env vars say so)."""

from __future__ import annotations

import os
import time
from pathlib import Path

CRASH_AT = "VNREPORT_CRASH_AT"  # stop here and wait to be killed
PAUSE_AT = "VNREPORT_PAUSE_AT"  # wait VNREPORT_PAUSE_SECONDS here once, then go on
MARKER = "VNREPORT_CHECKPOINT_MARKER"  # file written when the checkpoint is reached
RELEASE = "VNREPORT_RELEASE_MARKER"  # with PAUSE_AT: wait until this file exists instead of a fixed time
POLL_SECONDS = 0.05
EVENTS = "VNREPORT_EVENT_DIR"  # folder where reached(name) leaves a file, so tests synchronise on events


def reached(name: str) -> None:
    """Leave an event file named `name` in $VNREPORT_EVENT_DIR (no-op when unset)."""
    folder = os.environ.get(EVENTS)
    if folder:
        Path(folder, name).write_text(str(os.getpid()), encoding="utf-8")
HANG_SECONDS = 3600.0


def checkpoint(name: str) -> None:
    """Let a test kill (VNREPORT_CRASH_AT) or delay (VNREPORT_PAUSE_AT) the run at this point."""
    crash, pause = os.environ.get(CRASH_AT), os.environ.get(PAUSE_AT)
    if name not in (crash, pause):
        return
    marker = os.environ.get(MARKER)
    if marker:
        Path(marker).write_text(f"{name} {os.getpid()}", encoding="utf-8")
    if name == crash:
        time.sleep(HANG_SECONDS)
    os.environ.pop(PAUSE_AT, None)  # pause once per process
    release = os.environ.get(RELEASE)
    if not release:
        time.sleep(float(os.environ.get("VNREPORT_PAUSE_SECONDS", "5")))
        return
    deadline = time.monotonic() + HANG_SECONDS
    while not Path(release).exists() and time.monotonic() < deadline:
        time.sleep(POLL_SECONDS)
