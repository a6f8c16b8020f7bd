"""Which Prefect task runner a run uses: one thread, local processes (--workers) or Dask (--dask-address)."""

from __future__ import annotations

from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner

from flows.settings import Settings


def task_runner_for(settings: Settings) -> TaskRunner:
    """Extraction is CPU-bound Python: threads give no speed-up, processes and Dask workers do."""
    if settings.dask_address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=settings.dask_address)
    if settings.workers > 1:
        return ProcessPoolTaskRunner(max_workers=settings.workers)
    return ThreadPoolTaskRunner(max_workers=1)
