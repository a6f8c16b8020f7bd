"""Scale-out on a Dask LocalCluster, and the served deployments run once against a Prefect server."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from flows.etl import run_flow
from flows.settings import Settings
from flows.storage import read_dataset
from tests.helpers import (
    SAMPLE_FILES,
    cli_env,
    copy_samples,
    dataset_rows,
    facts_of,
    golden_facts,
    kill_group,
    start_cli,
)

pytestmark = pytest.mark.e2e


def test_dask_cluster_gives_the_same_datasets_as_the_default_runner(prefect_harness, tmp_path: Path,
                                                                    monkeypatch) -> None:
    from dask.distributed import LocalCluster

    raw = copy_samples(tmp_path / "raw")
    run_flow(Settings(input_dir=raw, out_dir=tmp_path / "default"))
    monkeypatch.setenv("PREFECT_API_URL", prefect_harness)  # Dask workers report to the same server
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        summary = run_flow(Settings(input_dir=raw, out_dir=tmp_path / "dask", batch_size=2,
                                    dask_address=cluster.scheduler_address))
    assert summary.processed == SAMPLE_FILES
    assert facts_of(tmp_path / "default") == golden_facts("samples")
    assert dataset_rows(tmp_path / "dask") == dataset_rows(tmp_path / "default")


def test_local_workers_give_the_same_datasets(prefect_harness, tmp_path: Path) -> None:
    """Two workers also commit in two processes, the provinces split between them."""
    raw = copy_samples(tmp_path / "raw")
    run_flow(Settings(input_dir=raw, out_dir=tmp_path / "one", workers=1))
    run_flow(Settings(input_dir=raw, out_dir=tmp_path / "two", workers=2, batch_size=2))
    assert facts_of(tmp_path / "one") == golden_facts("samples")
    assert dataset_rows(tmp_path / "two") == dataset_rows(tmp_path / "one")


def _wait_for_deployment(name: str, timeout: float = 90):
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    deadline = time.monotonic() + timeout
    with get_client(sync_client=True) as client:
        while True:
            try:
                return client.read_deployment_by_name(name)
            except ObjectNotFound:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)


def test_served_deployments_run_with_parameters(prefect_harness, tmp_path: Path) -> None:
    from prefect.deployments import run_deployment

    raw, out = copy_samples(tmp_path / "raw"), tmp_path / "curated"
    env = cli_env(prefect_harness, PREFECT_RUNNER_POLL_FREQUENCY="1")
    server = start_cli(["serve", str(raw), "--out", str(out), "--cron", "0 2 * * *"], env)
    try:
        nightly = _wait_for_deployment("vnreport-etl/vnreport-nightly")
        schedule = nightly.schedules[0].schedule
        assert (schedule.cron, schedule.timezone) == ("0 2 * * *", "Asia/Ho_Chi_Minh")
        _wait_for_deployment("vnreport-backfill/vnreport-backfill")
        run = run_deployment("vnreport-etl/vnreport-nightly", timeout=180)
        assert run.state.is_completed(), run.state
        assert read_dataset(out, "documents").num_rows == SAMPLE_FILES
        backfill = run_deployment("vnreport-backfill/vnreport-backfill", parameters={"provinces": ["lao-cai"]},
                                  timeout=180)
        assert backfill.state.is_completed(), backfill.state
    finally:
        kill_group(server)
