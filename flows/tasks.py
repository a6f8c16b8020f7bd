"""Prefect tasks: read and extract a batch of files (pure transforms inside), with I/O retries and a time budget
per document."""

from __future__ import annotations

import functools
import os
import time
import traceback
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
from prefect import task
from prefect.cache_policies import NO_CACHE

from flows.discover import SourceFile
from flows.faults import checkpoint, reached
from flows.runners import DocumentWorker, can_fork_workers
from flows.settings import DEFAULT_DOC_TIMEOUT, Settings
from flows.storage import to_table
from transforms.document import DocumentResult, SourceInfo, failed_result, process_document
from transforms.schema import DATASETS

READ_ATTEMPTS = 3
READ_BACKOFF_SECONDS = 0.2
HANG_ON = "VNREPORT_HANG_ON"  # test-only: the file name whose extraction never finishes (a runaway document)


def read_bytes(path: Path) -> bytes:
    """Read a file, retrying transient OS errors a few times before giving up."""
    for attempt in range(READ_ATTEMPTS):
        try:
            return path.read_bytes()
        except OSError:
            if attempt == READ_ATTEMPTS - 1:
                raise
            time.sleep(READ_BACKOFF_SECONDS * (attempt + 1))
    raise AssertionError("unreachable")


def extract_file(input_root: Path, f: SourceFile, max_bytes: int = Settings.max_bytes) -> DocumentResult:
    """One file through the pure pipeline; a poisoned document becomes a status 'error' row, an oversized one
    'too_large' without being read."""
    source = SourceInfo(f.rel, f.sidecar)
    if f.size > max_bytes:
        return failed_result(b"", source, "too_large",
                             f"file has {f.size} bytes, over the limit of {max_bytes} (VNREPORT_MAX_BYTES)")
    try:
        raw = read_bytes(input_root / f.rel)
    except OSError as exc:
        return failed_result(b"", source, "error", f"cannot read file: {exc.strerror or exc}")
    try:
        _hang_if_asked(f)
        return process_document(raw, source)
    except Exception as exc:  # a bug on one document must not fail its batch
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return failed_result(raw, source, "error", f"{type(exc).__name__}: {exc} (at {where.name}:{where.lineno})")


def _hang_if_asked(f: SourceFile) -> None:
    """Test-only hook, like flows/faults.py: never finish the file named by VNREPORT_HANG_ON (unset: no-op)."""
    name = os.environ.get(HANG_ON)
    if name and Path(f.rel).name == name:
        while True:
            time.sleep(1)


WARM_UP = "Năm 2023, Tỉnh ủy Nam Định kiểm tra 12 đảng viên; thi hành kỷ luật 3 đảng viên (khiển trách 3).\n"


@functools.cache
def warm_up() -> None:
    """Load the reference tables and compile the patterns once in this process, so every forked extraction
    process inherits them instead of loading them again (about 0.25 s per process)."""
    process_document(WARM_UP.encode("utf-8"), SourceInfo("warm-up.txt"))


def _timed_out(input_root: Path, f: SourceFile, budget: float) -> DocumentResult:
    """The documents row of a file whose extraction overran its time budget (its bytes re-read for the hash)."""
    try:
        raw = read_bytes(input_root / f.rel)
    except OSError:
        raw = b""
    return failed_result(raw, SourceInfo(f.rel, f.sidecar), "error",
                         f"timed out after {budget:g} s (VNREPORT_DOC_TIMEOUT / --doc-timeout)")


def extract_files(input_root: Path, files: list[SourceFile], max_bytes: int = Settings.max_bytes,
                  doc_timeout: float | None = DEFAULT_DOC_TIMEOUT) -> dict[str, pa.Table]:
    """Rows of every dataset for a batch of files, as Arrow tables. Each document runs in a child process within
    `doc_timeout` seconds (None, or where no child process can be started, e.g. on a Dask worker: in this thread,
    without a budget); a runaway document becomes a status 'error' row and the batch goes on."""
    docs, quantities, facts = [], [], []
    worker = None
    if doc_timeout and can_fork_workers():
        warm_up()
        worker = DocumentWorker(extract_file, doc_timeout)
    try:
        for result in _extracted(worker, input_root, files, max_bytes):
            checkpoint("extract")
            docs.append(result.document)
            quantities += result.quantities
            facts += result.facts
    finally:
        if worker is not None:
            worker.close()
    return {
        "documents": to_table(docs, DATASETS["documents"]),
        "quantities": to_table(quantities, DATASETS["quantities"]),
        "facts": to_table(facts, DATASETS["facts"]),
    }


def _extracted(worker: DocumentWorker | None, input_root: Path, files: list[SourceFile],
               max_bytes: int) -> Iterator[DocumentResult]:
    """Each file's result in order: in this thread without a worker, else through the worker's child process."""
    if worker is None:
        yield from (extract_file(input_root, f, max_bytes) for f in files)
        return
    reached("extracting")
    for f, (outcome, value) in zip(files, worker.outcomes((input_root, f, max_bytes) for f in files), strict=True):
        source = SourceInfo(f.rel, f.sidecar)
        if outcome == "ok":
            yield value
        elif outcome == "timeout":
            yield _timed_out(input_root, f, value)
        elif outcome == "died":
            yield failed_result(b"", source, "error", f"extraction process died (exit code {value})")
        else:
            yield failed_result(b"", source, "error", str(value))


@task(name="extract-batch", retries=1, retry_delay_seconds=2, cache_policy=NO_CACHE)
def extract_batch(input_root: str, files: list[SourceFile], workers: int = 1,
                  max_bytes: int = Settings.max_bytes,
                  doc_timeout: float | None = DEFAULT_DOC_TIMEOUT) -> dict[str, pa.Table]:
    """Prefect task over one batch: hundreds of files per task keep Prefect's per-task cost small. The task runs
    on one of `workers` threads and drives its own extraction process, so N workers use N processes."""
    return extract_files(Path(input_root), files, max_bytes, doc_timeout)
