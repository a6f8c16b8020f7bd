"""A run's new rows on disk, batch by batch, partitioned like the datasets, so the flow never holds them all.

Layout: <root>/.staging/<run_id>/<dataset>/<province>/<year>/<period>/batch-<n>.parquet. The commit reads one
partition's staged files at a time; the folder is deleted after the commit or, if a run died, by the next run.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows.storage import Partition, partitions_of, select_partition
from transforms.schema import DATASETS

STAGING_DIR = ".staging"


def clear_staging(root: Path) -> bool:
    """Delete staged rows a stopped or killed run left behind (call while holding the lock)."""
    folder = root / STAGING_DIR
    if not folder.exists():
        return False
    shutil.rmtree(folder)
    return True


class Staging:
    """Staged rows of one run: add batches, then read them back one partition at a time."""

    def __init__(self, root: Path, run_id: str) -> None:
        self.folder = root / STAGING_DIR / run_id
        self.partitions: dict[str, set[Partition]] = {name: set() for name in DATASETS}
        self.rows: dict[str, int] = {name: 0 for name in DATASETS}
        self._batches = 0

    def add(self, tables: dict[str, pa.Table]) -> None:
        """Write one batch's tables, one small file per dataset and partition."""
        self._batches += 1
        for name, table in tables.items():
            if table.num_rows == 0:
                continue
            self.rows[name] += table.num_rows
            columns = [c.name for c in DATASETS[name].file_columns]
            for partition in partitions_of(table):
                folder = self._folder(name, partition)
                folder.mkdir(parents=True, exist_ok=True)
                rows = select_partition(table, partition).select(columns)
                pq.write_table(rows, folder / f"batch-{self._batches:06d}.parquet", compression="lz4")
                self.partitions[name].add(partition)

    def read(self, name: str, partition: Partition) -> pa.Table:
        """The staged rows of one partition (file columns), empty when the run has none there."""
        schema = DATASETS[name].arrow_schema()
        folder = self._folder(name, partition)
        files = sorted(folder.glob("batch-*.parquet")) if folder.exists() else []
        if not files:
            return schema.empty_table()
        return pa.concat_tables([pq.read_table(f, schema=schema) for f in files])

    def column(self, name: str, column: str) -> list:
        """One column of every staged row of a dataset (e.g. the sources that wrote facts)."""
        values: list = []
        for partition in sorted(self.partitions[name]):
            values += pc.unique(self.read(name, partition)[column]).to_pylist()
        return values

    def remove(self) -> None:
        """Delete this run's staged rows (after the commit)."""
        shutil.rmtree(self.folder, ignore_errors=True)
        parent = self.folder.parent
        if parent.exists() and not any(parent.iterdir()):
            parent.rmdir()

    def _folder(self, name: str, partition: Partition) -> Path:
        province, year, period = partition
        return self.folder / name / province / str(year) / period
