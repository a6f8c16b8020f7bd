"""Prefect tasks: read and extract a batch of files (pure transforms inside), with I/O retries."""

from __future__ import annotations

import time
import traceback
from pathlib import Path

import pyarrow as pa
from prefect import task
from prefect.cache_policies import NO_CACHE

from flows.discover import SourceFile
from flows.faults import checkpoint
from flows.runners import process_pool
from flows.settings import Settings
from flows.storage import to_table
from transforms.document import DocumentResult, SourceInfo, failed_result, process_document
from transforms.schema import DATASETS

READ_ATTEMPTS = 3
READ_BACKOFF_SECONDS = 0.2


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
        return process_document(raw, source)
    except Exception as exc:  # a bug on one document must not fail its batch
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return failed_result(raw, source, "error", f"{type(exc).__name__}: {exc} (at {where.name}:{where.lineno})")


def extract_files(input_root: Path, files: list[SourceFile], max_bytes: int = Settings.max_bytes,
                  ) -> dict[str, pa.Table]:
    """Rows of every dataset for a batch of files, as Arrow tables."""
    docs, quantities, facts = [], [], []
    for f in files:
        result = extract_file(input_root, f, max_bytes)
        checkpoint("extract")
        docs.append(result.document)
        quantities += result.quantities
        facts += result.facts
    return {
        "documents": to_table(docs, DATASETS["documents"]),
        "quantities": to_table(quantities, DATASETS["quantities"]),
        "facts": to_table(facts, DATASETS["facts"]),
    }


@task(name="extract-batch", retries=1, retry_delay_seconds=2, cache_policy=NO_CACHE)
def extract_batch(input_root: str, files: list[SourceFile], workers: int = 1,
                  max_bytes: int = Settings.max_bytes) -> dict[str, pa.Table]:
    """Prefect task over one batch: hundreds of files per task keep Prefect's per-task cost small.
    With workers > 1 the CPU-bound extraction runs in a local process pool."""
    if workers > 1:
        return process_pool(workers).submit(extract_files, Path(input_root), files, max_bytes).result()
    return extract_files(Path(input_root), files, max_bytes)
