"""Forked children that report in before they work.

A fork from a process whose other threads (Prefect's) are running can leave the child blocked forever inside
CPython's after-fork handler, before any Python code of the child runs: CPython up to 3.11.9 takes the runtime's
HEAD_LOCK there before resetting it, so a fork made while another thread held it deadlocks the child (gh-112275,
seen here as a few extraction children of a 10 000-file run that never started their document). The child's first
act is to say it is ready; one that does not within FORK_READY_SECONDS is killed and forked again.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

READY = "ready"
FORK_READY_SECONDS = 10.0  # a healthy fork reports in within milliseconds, a few seconds on a loaded machine
FORK_ATTEMPTS = 3


class ForkFailed(RuntimeError):
    """No forked child reported in after FORK_ATTEMPTS forks."""


def start_child(target: Callable[..., None], args: tuple, name: str, duplex: bool,
                ready_seconds: float = FORK_READY_SECONDS) -> tuple[mp.process.BaseProcess, Connection]:
    """Fork a daemon child running `target(child_end, *args)` once it has reported in; return it and the parent's
    end of its pipe (read-only unless `duplex`)."""
    context = mp.get_context("fork")
    for _ in range(FORK_ATTEMPTS):
        parent_end, child_end = context.Pipe(duplex=duplex)
        proc = context.Process(target=_report_in, args=(child_end, target, args), daemon=True, name=name)
        proc.start()
        child_end.close()
        try:
            if parent_end.poll(ready_seconds) and parent_end.recv() == READY:
                return proc, parent_end
        except (EOFError, OSError):
            pass  # it died before reporting in: fork again
        proc.kill()
        proc.join()
        parent_end.close()
    raise ForkFailed(f"no {name} process reported in after {FORK_ATTEMPTS} forks ({ready_seconds:g} s each)")


def _report_in(conn: Connection, target: Callable[..., None], args: tuple[Any, ...]) -> None:
    """The child's first act: say it is ready (it is past the after-fork handler), then do its work."""
    conn.send(READY)
    target(conn, *args)
