"""Run one piece of work per group of provinces at the same time: the first group in this process, each other
group in a forked child.

A run's commit and its cross-document checks split this way because a province's partitions depend on nothing
outside the province (its statistics read only its own documents, its checks only its own facts), so groups never
write or read the same folder. The children are forked after extraction, so they start in milliseconds with the staged
rows' index in memory; they ignore SIGINT (the parent decides when to stop), the kernel kills them when the parent
dies (PR_SET_PDEATHSIG), and a stop or a failure in the parent kills and reaps them before it unwinds. A child
leaves through `os._exit`, so no atexit hook (Prefect's among them) runs twice. A killed commit is repaired by the
next run from the journal written before it, as when it ran in one process.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import traceback
from collections.abc import Callable, Iterable
from multiprocessing.connection import Connection
from typing import TypeVar

from flows.forking import start_child
from flows.stopping import STOP, Stopped, die_with_parent

POLL_SECONDS = 0.1  # how often the waiting parent looks at STOP
T = TypeVar("T")


class SplitWorkFailed(RuntimeError):
    """A child process's share of the work raised or died."""


def province_groups(weights: dict[str, int], count: int) -> list[list[str]]:
    """Provinces split into at most `count` non-empty groups of about equal total weight (heaviest province first,
    each to the lightest group so far); each group sorted, the heaviest group first."""
    groups: list[tuple[int, list[str]]] = [(0, []) for _ in range(max(1, min(count, len(weights))))]
    for province in sorted(weights, key=lambda p: (-weights[p], p)):
        i = min(range(len(groups)), key=lambda k: (groups[k][0], k))
        total, members = groups[i]
        groups[i] = (total + weights[province], [*members, province])
    return [sorted(members) for _, members in sorted(groups, key=lambda g: -g[0]) if members]


def run_split(work: Callable[[list[str]], T], groups: Iterable[list[str]]) -> list[T]:
    """Run `work(group)` for every group at once, the first here and the others in forked children; return the
    results in group order (one, for no group). Raises SplitWorkFailed when a child raised or died, Stopped when
    the run is stopped."""
    first, *rest = list(groups) or [[]]
    children = [_start(work, group) for group in rest]
    try:
        results = [work(first)]
        results += [_wait(proc, conn) for proc, conn in children]
        return results
    finally:
        for proc, conn in children:
            conn.close()
            if proc.is_alive():
                proc.kill()
            proc.join()
            proc.close()


def _start(work: Callable[[list[str]], T], group: list[str]) -> tuple[mp.process.BaseProcess, Connection]:
    """Fork a child doing `work(group)`; return it (once it has reported in) and the parent's end of its pipe."""
    return start_child(_child, (work, group, os.getpid()), "vnreport-commit", duplex=False)


def _wait(proc: mp.process.BaseProcess, conn: Connection) -> T:
    """The child's result, once it sends it; raise what it reports."""
    while not conn.poll(POLL_SECONDS):
        if STOP.is_set():
            raise Stopped(signal.SIGTERM)
        if not proc.is_alive() and not conn.poll():
            raise SplitWorkFailed(f"{proc.name} (pid {proc.pid}) died with exit code {proc.exitcode}")
    try:
        status, value = conn.recv()
    except EOFError:
        proc.join()
        raise SplitWorkFailed(f"{proc.name} (pid {proc.pid}) died with exit code {proc.exitcode}") from None
    if status != "ok":
        raise SplitWorkFailed(f"{proc.name} (pid {proc.pid}) failed:\n{value}")
    return value


def _child(conn: Connection, work: Callable[[list[str]], T], group: list[str], parent: int) -> None:
    """A child's whole life: do its share, send ("ok", result) or ("raised", traceback), leave."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent(parent, signal.SIGKILL)
    try:
        outcome: tuple[str, object] = ("ok", work(group))
    except BaseException:  # everything is reported to the parent, which raises it
        outcome = ("raised", traceback.format_exc())
    conn.send(outcome)
    conn.close()
