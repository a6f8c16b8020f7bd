"""Operations end to end: incremental runs, backfills, crash safety, one writer at a time."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from flows.backfill import Slice
from flows.etl import run_flow
from flows.settings import Settings
from flows.storage import read_dataset
from tests.helpers import (
    SAMPLE_FILES,
    cli_env,
    copy_samples,
    dataset_rows,
    kill_group,
    run_cli,
    start_cli,
    wait_for,
)
from transforms.errors import ParameterError

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def clean(prefect_harness, tmp_path_factory) -> tuple[Path, dict]:
    """A clean run over the samples: the reference every other run is compared with."""
    raw = copy_samples(tmp_path_factory.mktemp("clean") / "raw")
    out = raw.parent / "curated"
    run_flow(Settings(input_dir=raw, out_dir=out))
    return raw, dataset_rows(out)


def test_incremental_run_handles_new_changed_removed_files(prefect_harness, tmp_path: Path) -> None:
    raw, out = copy_samples(tmp_path / "raw"), tmp_path / "curated"
    run_flow(Settings(input_dir=raw, out_dir=out))
    changed = raw / "2023_fy_ninh_binh_kiem_tra.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("43 đảng viên", "48 đảng viên"), encoding="utf-8")
    (raw / "2024_q1_lao_cai_ket_nap.txt").unlink()
    shutil.copy(raw / "2024_h1_nam_dinh_xay_dung_dang.txt", raw / "copy_nam_dinh.txt")
    summary = run_flow(Settings(input_dir=raw, out_dir=out))
    assert (summary.new, summary.changed, summary.removed, summary.processed) == (1, 1, 1, 2)
    assert summary.unchanged == SAMPLE_FILES - 2  # one changed, one removed
    quantities = read_dataset(out, "quantities").to_pandas()
    assert "2024_q1_lao_cai_ket_nap.txt" not in set(quantities["source_path"])
    assert quantities["quantity_id"].is_unique
    ninh_binh = quantities[quantities["source_path"] == changed.name]["value"].tolist()
    assert 48 in ninh_binh and 43 not in ninh_binh
    fresh = tmp_path / "fresh"
    run_flow(Settings(input_dir=raw, out_dir=fresh))
    assert dataset_rows(out) == dataset_rows(fresh)


def test_backfill_rewrites_only_its_partitions(prefect_harness, tmp_path: Path) -> None:
    from flows.backfill import backfill_flow

    raw, out = copy_samples(tmp_path / "raw"), tmp_path / "curated"
    run_flow(Settings(input_dir=raw, out_dir=out))
    before = {p: p.read_bytes() for p in out.rglob("*.parquet") if "province=lao-cai" not in str(p)
              and not p.name.startswith("_") and "conflicts" not in str(p)}
    summary = run_flow(Settings(input_dir=raw, out_dir=out), backfill_flow, provinces=["lao-cai"])
    assert summary.processed == 1
    assert all(p.read_bytes() == data for p, data in before.items())


@pytest.mark.parametrize(
    ("slice_", "message"),
    [
        (Slice(periods=("H2",)), "'H2' is not a period code; allowed: H1, FY"),
        (Slice(provinces=("hai duong",)), "'hai duong' is not a province slug; allowed: an-giang"),
        (Slice(years=(1800,)), "--year 1800 is out of range"),
        (Slice(), "choose a slice"),
        (Slice(all_files=True, years=(2024,)), "do not combine"),
        (Slice(older_than_version="soon"), "not a version"),
    ],
)
def test_backfill_parameters_are_checked_before_work(slice_: Slice, message: str) -> None:
    with pytest.raises(ParameterError, match=message.replace("(", r"\(")):
        slice_.validated()


@pytest.mark.parametrize("point", ["extract", "write", "partition", "manifest"])
def test_killed_run_is_repaired_by_the_next(prefect_harness, clean, tmp_path: Path, point: str) -> None:
    raw, reference = clean
    out, marker = tmp_path / "curated", tmp_path / "reached"
    edited = raw / "2023_fy_ninh_binh_kiem_tra.txt"
    original = edited.read_bytes()
    edited.write_bytes(original.replace("43 đảng viên".encode(), "47 đảng viên".encode()))
    try:  # an earlier run over other content, so the killed run must replace rows, not only add them
        run_cli(["run", str(raw), "--out", str(out)], cli_env(prefect_harness))
    finally:
        edited.write_bytes(original)
    env = cli_env(prefect_harness, VNREPORT_CRASH_AT=point, VNREPORT_CHECKPOINT_MARKER=str(marker))
    victim = start_cli(["run", str(raw), "--out", str(out)], env)
    wait_for(marker, victim)
    kill_group(victim)
    again = run_cli(["run", str(raw), "--out", str(out)], cli_env(prefect_harness))
    assert again.returncode == 0, again.stdout + again.stderr
    assert dataset_rows(out) == reference
    assert not list(out.rglob(".*.tmp"))


def test_second_writer_waits_or_gives_up_naming_the_holder(prefect_harness, clean, tmp_path: Path) -> None:
    raw, reference = clean
    out, marker, release = tmp_path / "curated", tmp_path / "holding", tmp_path / "release"
    holder_env = cli_env(prefect_harness, VNREPORT_PAUSE_AT="partition", VNREPORT_RELEASE_MARKER=str(release),
                         VNREPORT_CHECKPOINT_MARKER=str(marker))
    holder = start_cli(["run", str(raw), "--out", str(out)], holder_env)
    wait_for(marker, holder)
    impatient = run_cli(["run", str(raw), "--out", str(out), "--lock-timeout", "1"], cli_env(prefect_harness))
    assert impatient.returncode != 0
    assert "is locked by run" in impatient.stdout + impatient.stderr and "pid" in impatient.stdout + impatient.stderr
    events = tmp_path / "events"
    events.mkdir()
    patient = start_cli(["run", str(raw), "--out", str(out), "--lock-timeout", "120"],
                        cli_env(prefect_harness, VNREPORT_EVENT_DIR=str(events)))
    wait_for(events / "lock-wait", patient)  # the second writer is blocked on the lock
    assert holder.poll() is None
    release.write_text("go", encoding="utf-8")
    assert holder.wait(timeout=120) == 0
    assert patient.wait(timeout=120) == 0
    assert "0 new, 0 changed" in patient.stdout.read()
    assert dataset_rows(out) == reference


def test_stale_lock_of_a_killed_run_is_taken_over(prefect_harness, clean, tmp_path: Path) -> None:
    raw, reference = clean
    out, marker = tmp_path / "curated", tmp_path / "reached"
    victim = start_cli(["run", str(raw), "--out", str(out)],
                       cli_env(prefect_harness, VNREPORT_CRASH_AT="manifest", VNREPORT_CHECKPOINT_MARKER=str(marker)))
    wait_for(marker, victim)
    kill_group(victim)
    again = run_cli(["run", str(raw), "--out", str(out), "--lock-timeout", "0"], cli_env(prefect_harness))
    assert again.returncode == 0, again.stdout + again.stderr
    assert "died holding the lock" in again.stdout
    assert dataset_rows(out) == reference
