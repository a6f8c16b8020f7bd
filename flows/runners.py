"""How extraction runs: Prefect tasks on threads (one per worker), each document in a child process with a time
budget (or on Dask)."""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection
from typing import Any

from prefect.futures import PrefectFuture
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from flows.settings import Settings
from flows.stopping import STOP, Stopped, die_with_parent

_END = object()

POLL_SECONDS = 0.1  # how often a waiting worker looks at STOP; results are picked up as soon as they arrive


def task_runner_for(settings: Settings) -> TaskRunner:
    """Dask when an address is given; otherwise one thread per worker, each driving its own extraction process.

    Prefect's own process-pool runner would start a temporary Prefect server in every child when no
    server is configured (10 s each); plain child processes doing pure extraction avoid that.
    """
    if settings.dask_address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=settings.dask_address)
    return ThreadPoolTaskRunner(max_workers=settings.workers)


def can_fork_workers() -> bool:
    """Child processes are possible here (not inside a daemonic process such as a Dask worker)."""
    return hasattr(os, "fork") and not mp.current_process().daemon


class DocumentWorker:
    """Runs `work(*args)` for one document at a time in a child process and waits at most `budget` seconds.

    The child is forked from the calling thread, so it starts in milliseconds with every module already imported;
    it ignores SIGINT (the parent decides when to stop) and the kernel kills it when that thread dies
    (PR_SET_PDEATHSIG). A document that overruns the budget gets its child killed (SIGKILL) and replaced, and
    `call` returns ("timeout", budget); a child that dies returns ("died", exit code); `work` raising returns
    ("raised", message); otherwise ("ok", result). When STOP is set, the child is killed and `Stopped` raised.
    """

    def __init__(self, work: Callable[..., Any], budget: float) -> None:
        self.work, self.budget = work, budget
        self._proc: mp.process.BaseProcess | None = None
        self._conn: Connection | None = None

    def _start(self) -> None:
        parent, child = mp.get_context("fork").Pipe()
        proc = mp.get_context("fork").Process(target=_serve, args=(child, self.work, os.getpid()), daemon=True,
                                              name="vnreport-extract")
        proc.start()
        child.close()
        self._proc, self._conn = proc, parent

    def call(self, *args: Any) -> tuple[str, Any]:
        if STOP.is_set():
            self.close()
            raise Stopped(signal.SIGTERM)
        if self._proc is None:
            self._start()
        assert self._conn is not None and self._proc is not None
        deadline = time.monotonic() + self.budget
        try:
            self._conn.send(args)
            while True:
                if STOP.is_set():
                    self.close()
                    raise Stopped(signal.SIGTERM)
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    self.close()
                    return "timeout", self.budget
                if self._conn.poll(min(remaining, POLL_SECONDS)):
                    return self._conn.recv()
        except (EOFError, OSError):
            return "died", self.close()

    def close(self) -> int | None:
        """Kill the child (it may be in the middle of a runaway document), reap it, return its exit code."""
        code = None
        if self._conn is not None:
            self._conn.close()
        if self._proc is not None:
            if self._proc.is_alive():
                self._proc.kill()
            self._proc.join()
            code = self._proc.exitcode
            self._proc.close()
        self._proc, self._conn = None, None
        return code

    def __enter__(self) -> DocumentWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _serve(conn: Connection, work: Callable[..., Any], parent: int) -> None:
    """The child's loop: one document in, its outcome out, until the parent closes the pipe."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent(parent, signal.SIGKILL)
    while True:
        try:
            args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            outcome: tuple[str, Any] = ("ok", work(*args))
        except Exception as exc:
            outcome = ("raised", f"{type(exc).__name__}: {exc}")
        conn.send(outcome)


def finished_results(submit: Callable[[Any], PrefectFuture], items: Iterable[Any], window: int,
                     poll: float = 0.5) -> Iterator[tuple[int, Any]]:
    """Submit `submit(item)` for at most `window` items at a time and yield (item's index, result) as each task
    finishes.

    The next item is submitted before a result is handed on, so the workers stay busy; a finished future is
    dropped as soon as its result is taken, so at most `window` results are ever held (Prefect's `as_completed`
    keeps every future, and with it every result, until the last one finishes)."""
    done: queue.Queue[tuple[int, PrefectFuture]] = queue.Queue()
    todo = enumerate(items)
    in_flight = 0

    def launch() -> int:
        index, item = next(todo, (-1, _END))
        if item is _END:
            return 0
        submit(item).add_done_callback(lambda future: done.put((index, future)))
        return 1

    for _ in range(max(1, window)):
        in_flight += launch()
    while in_flight:
        try:
            index, future = done.get(timeout=poll)  # a timeout keeps the main thread responsive to signals
        except queue.Empty:
            continue
        in_flight -= 1
        result = future.result()
        del future
        in_flight += launch()
        yield index, result
