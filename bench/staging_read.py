"""How long the commit takes to read staged rows back, partition by partition, at the shape of a 100 000-document
run (256 batch files, 3 000 partitions, 450 per batch), with the open-file budget given.

usage: python bench/staging_read.py [--budget N] [--lru]
--lru closes the least recently used file first (the behaviour before stop 19) instead of the newest.
Prints the seconds; nothing is asserted.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import flows.staging as staging  # noqa: E402
from flows.storage import to_table  # noqa: E402
from transforms.schema import DATASETS  # noqa: E402

BATCHES, PARTITIONS, PER_BATCH = 256, 3000, 450


def row(source: str, value: int, partition: tuple[str, int, str]) -> dict:
    """A quantities row with the columns the staging writes."""
    province, year, period = partition
    return {"quantity_id": source, "doc_id": source, "source_path": source, "surface": str(value), "char_start": 0,
            "char_end": 2, "snippet": "s", "sentence_start": 0, "sentence_end": 1, "value": float(value),
            "unit": "count", "ambiguous": False, "run_id": "bench", "province": province, "year": year,
            "period": period}


def lru_reader(self: staging.Staging, name: str, order: int, _open=staging.Staging._reader):
    """The old policy: a hit moves to the end, the least recently used file is closed first."""
    key = (name, order)
    if key in self._open:
        self._open[key] = self._open.pop(key)
        return self._open[key][1]
    if len(self._open) >= self._budget:
        self._open.pop(next(iter(self._open)))[0].close()
    return _open(self, name, order)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=int, default=staging.open_file_budget())
    parser.add_argument("--lru", action="store_true")
    args = parser.parse_args()
    staging.open_file_budget = lambda: args.budget
    if args.lru:
        staging.Staging._reader = lru_reader
    root = HERE / "out" / "staging_read"
    shutil.rmtree(root, ignore_errors=True)
    staged = staging.Staging(root, "bench")
    rng = random.Random(1)
    partitions = [(f"p{i:04d}", 2000 + i % 20, "FY") for i in range(PARTITIONS)]
    for order in range(BATCHES):
        rows = [row(f"{order:03d}-{j}.txt", j, p) for j, p in enumerate(rng.sample(partitions, PER_BATCH))]
        staged.add({"quantities": to_table(rows, DATASETS["quantities"])}, order)
    started, rows_read = time.perf_counter(), 0
    for partition in sorted(partitions):
        rows_read += sum(t.num_rows for t in staged.tables("quantities", partition))
    seconds = time.perf_counter() - started
    staged.remove()
    policy = "least recently used closed first" if args.lru else "newest closed first"
    print(f"{rows_read:,} rows of {PARTITIONS:,} partitions from {BATCHES} batch files, {args.budget} open at most "
          f"({policy}): {seconds:.1f} s")


if __name__ == "__main__":
    main()
