"""How extraction runs: Prefect tasks on threads, CPU work in local processes (--workers) or on Dask."""

from __future__ import annotations

import atexit
import functools
from concurrent.futures import ProcessPoolExecutor

from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from flows.settings import Settings


def task_runner_for(settings: Settings) -> TaskRunner:
    """Dask when an address is given; otherwise one thread per worker, each handing its batch to a process.

    Prefect's own process-pool runner would start a temporary Prefect server in every child when no
    server is configured (10 s each); handing pure extraction to a plain process pool avoids that.
    """
    if settings.dask_address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=settings.dask_address)
    return ThreadPoolTaskRunner(max_workers=settings.workers)


@functools.cache
def process_pool(workers: int) -> ProcessPoolExecutor:
    """One pool of extraction processes per flow process, closed at exit."""
    pool = ProcessPoolExecutor(max_workers=workers)
    atexit.register(pool.shutdown, wait=False, cancel_futures=True)
    return pool
