"""A run's new rows on disk, batch by batch, partitioned like the datasets, so the flow never holds them all.

Layout: <root>/.staging/<run_id>/<dataset>/<province>/<year>/<period>/batch-<n>.arrow, n the batch's place in source
order (Arrow IPC with LZ4: a temporary file read back once needs no Parquet encoding). The commit reads one
partition's staged files at a time, in that order; the folder is deleted after the commit or, if a run died, by the
next run.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.feather as feather

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

    def add(self, tables: dict[str, pa.Table], order: int) -> None:
        """Write one batch's tables, one small file per dataset and partition; `order` is the batch's place in
        source order (batches hold consecutive sources)."""
        for name, table in tables.items():
            if table.num_rows == 0:
                continue
            self.rows[name] += table.num_rows
            columns = [c.name for c in DATASETS[name].file_columns]
            for partition in partitions_of(table):
                folder = self._folder(name, partition)
                folder.mkdir(parents=True, exist_ok=True)
                rows = select_partition(table, partition).select(columns)
                feather.write_feather(rows, folder / f"batch-{order:09d}.arrow", compression="lz4")
                self.partitions[name].add(partition)

    def tables(self, name: str, partition: Partition) -> Iterator[pa.Table]:
        """The staged rows of one partition (file columns), batch by batch in source order."""
        schema = DATASETS[name].arrow_schema()
        folder = self._folder(name, partition)
        for path in sorted(folder.glob("batch-*.arrow")) if folder.exists() else []:
            yield feather.read_table(path, memory_map=False).cast(schema)

    def remove(self) -> None:
        """Delete this run's staged rows (after the commit)."""
        shutil.rmtree(self.folder, ignore_errors=True)
        parent = self.folder.parent
        if parent.exists() and not any(parent.iterdir()):
            parent.rmdir()

    def _folder(self, name: str, partition: Partition) -> Path:
        province, year, period = partition
        return self.folder / name / province / str(year) / period
