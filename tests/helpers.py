"""Helpers for flow-level tests: copies of the bundled samples, dataset comparison, CLI subprocesses."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from flows.storage import read_dataset
from tests.goldens import read_golden

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "data" / "raw"
SAMPLE_FILES = len(list(SAMPLES.glob("*.txt")))  # the bundled sample reports (sidecars not counted)
RUN_COLUMNS = {"run_id", "processed_at"}
DATASET_NAMES = ("documents", "quantities", "facts", "rejects")


def copy_samples(target: Path) -> Path:
    """A private copy of the bundled sample reports (with their sidecars)."""
    shutil.copytree(SAMPLES, target)
    return target


def dataset_rows(root: Path) -> dict[str, list[tuple]]:
    """Every dataset's rows without run-owned columns, sorted: equal for equal content."""
    out = {}
    for name in DATASET_NAMES:
        table = read_dataset(root, name)
        keep = [c for c in table.column_names if c not in RUN_COLUMNS]
        rows = [tuple(str(r[c]) for c in keep) for r in table.select(keep).to_pylist()]
        out[name] = sorted(rows)
    return out


FACT_KEY = ("char_start", "indicator", "subject", "measure", "actor", "value", "year", "period")


def facts_of(root: Path) -> list[tuple]:
    """The facts a run wrote, as sorted (document, span start, codes, value, period) tuples."""
    rows = read_dataset(root, "facts").to_pylist()
    return sorted((r["source_path"], *(r[k] for k in FACT_KEY)) for r in rows)


def golden_facts(name: str) -> list[tuple]:
    """The same tuples from a reviewed golden file: a run over the inputs must write exactly these."""
    rows = [json.loads(line) for line in read_golden(name)]
    return sorted((r["doc"], *(r[k] for k in FACT_KEY)) for r in rows if r["kind"] == "fact")


def cli_env(api_url: str, **extra: str) -> dict[str, str]:
    """Environment for a `vnreport` subprocess talking to the test's Prefect server."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("VNREPORT_")}
    env.update({"PREFECT_API_URL": api_url, "PREFECT_LOGGING_LEVEL": "WARNING", **extra})
    return env


def start_cli(args: list[str], env: dict[str, str]) -> subprocess.Popen:
    """Start `vnreport <args>` in its own process group."""
    return subprocess.Popen([sys.executable, "-m", "flows.cli", *args], cwd=REPO, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)


def run_cli(args: list[str], env: dict[str, str], timeout: float = 180) -> subprocess.CompletedProcess:
    """Run `vnreport <args>` to completion."""
    return subprocess.run([sys.executable, "-m", "flows.cli", *args], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=timeout)


def wait_for(path: Path, proc: subprocess.Popen, timeout: float = 120) -> None:
    """Wait until a checkpoint marker file appears (or the process dies, which fails the test)."""
    deadline = time.monotonic() + timeout
    while not path.exists():
        if proc.poll() is not None:
            raise AssertionError(f"process ended before the checkpoint: {proc.stdout.read() if proc.stdout else ''}")
        if time.monotonic() > deadline:
            raise AssertionError(f"checkpoint {path} not reached in {timeout} s")
        time.sleep(0.1)


def kill_group(proc: subprocess.Popen) -> None:
    """SIGKILL a process and its children (process-pool workers included)."""
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
