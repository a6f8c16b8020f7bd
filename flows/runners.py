"""How extraction runs: Prefect tasks on threads (one per worker), each document in a child process with a time
budget (or on Dask)."""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection
from typing import Any

from prefect.futures import PrefectFuture
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from flows.forking import start_child
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
    """Runs `work(*args)` for one document at a time in a child process and gives each call at most `budget`
    seconds.

    The child is forked from the calling thread, so it starts in milliseconds with every module already imported;
    it ignores SIGINT (the parent decides when to stop) and the kernel kills it when that thread dies
    (PR_SET_PDEATHSIG). `outcomes` keeps up to AHEAD calls queued in the child, so it goes on to the next document
    while this process (busy with other threads' batches) has not yet taken the last result. A call's budget runs
    from when the child could start it: when the outcome before it came in, or when it was sent to an idle child.
    A call that overruns gets the child killed (SIGKILL) and replaced, the calls queued behind it resent, and the
    outcome ("timeout", budget); a child that dies gives ("died", exit code); `work` raising gives ("raised",
    message); otherwise ("ok", result). When STOP is set, the child is killed and `Stopped` raised.
    """

    AHEAD = 2  # calls in the child's queue at once: the one running and the next

    def __init__(self, work: Callable[..., Any], budget: float) -> None:
        self.work, self.budget = work, budget
        self._proc: mp.process.BaseProcess | None = None
        self._conn: Connection | None = None

    def _start(self) -> None:
        self._proc, self._conn = start_child(_serve, (self.work, os.getpid()), "vnreport-extract", duplex=True)

    def call(self, *args: Any) -> tuple[str, Any]:
        """The outcome of one call."""
        return next(self.outcomes([args]))

    def outcomes(self, calls: Iterable[tuple]) -> Iterator[tuple[str, Any]]:
        """The outcome of `work(*args)` for each args, in order."""
        todo = iter(calls)
        queued: deque[tuple] = deque()  # sent to the child, outcome not yet in
        started = 0.0  # when the child could start the first queued call
        while True:
            self._check_stop()
            while len(queued) < self.AHEAD and (args := next(todo, _END)) is not _END:
                self._send(args, idle=not queued)
                if not queued:  # after the send: forking a child is no part of its first call's budget
                    started = time.monotonic()
                queued.append(args)
            if not queued:
                return
            outcome = self._wait(started + self.budget)
            queued.popleft()
            started = time.monotonic()
            if outcome[0] in ("timeout", "died"):  # the child is gone: a fresh one takes the calls queued behind
                for i, args in enumerate(queued):
                    self._send(args, idle=i == 0)
                started = time.monotonic()  # forking the fresh child is no part of the next call's budget
            yield outcome

    def _send(self, args: tuple, idle: bool = True) -> None:
        """Queue a call in the child (`idle`: no call of it is still out). A child that died after its last outcome
        was read is replaced; one that died with a call still out keeps this call back: `_wait` reports the death for
        that call, and the calls behind it go to a fresh child."""
        if self._proc is None:
            self._start()
        assert self._conn is not None
        try:
            self._conn.send(args)
        except (BrokenPipeError, ConnectionResetError):
            if not idle:
                return
            self.close()
            self._start()
            assert self._conn is not None
            self._conn.send(args)

    def _check_stop(self) -> None:
        if STOP.is_set():
            self.close()
            raise Stopped(signal.SIGTERM)

    def _wait(self, deadline: float) -> tuple[str, Any]:
        """The next outcome from the child, or ("timeout", budget) once the deadline passes."""
        assert self._conn is not None
        try:
            while True:
                self._check_stop()
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    if self._conn.poll(0):  # the outcome came in while this thread waited for its turn to run
                        return self._conn.recv()
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
