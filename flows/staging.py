"""A run's new rows on disk, batch by batch, so the flow never holds them all.

Layout: <root>/.staging/<run_id>/<dataset>/batch-<n>.arrow, n the batch's place in source order: one Arrow IPC file
per batch and dataset, holding one record batch per partition, so a partition's rows are read back by index
without opening a file per batch and partition. The commit reads one partition at a time, batch files in order; the
folder is deleted after the commit or, if a run died, by the next run.
"""

from __future__ import annotations

import resource
import shutil
from array import array
from bisect import bisect_left, insort
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa

from flows.storage import Partition, split_by_partition
from transforms.schema import DATASETS, PARTITION_KEYS

STAGING_DIR = ".staging"
MANIFEST_ROWS_FILE = "manifest-rows.arrows"  # the new manifest rows, an Arrow IPC stream
# The commit reads every batch file of a dataset once per partition, in the same order each time: batch files stay
# open (half of this process's open-file limit, at least MIN_OPEN_FILES) instead of being reopened, which cost about
# a fifth of a 100 000-document commit when 256 batch files cycled through 128 slots (bench/staging_read.py).
MIN_OPEN_FILES = 64
# Staged files are temporary: LZ4 on hundreds of small record batches per batch cost the flow process more CPU than
# the rest of staging (2 000 documents: 2.2 -> 1.3 s), so they are written uncompressed.
STAGED_COMPRESSION = None
# A partition's record batch is small: decompressing it in the calling thread is several times faster than handing
# each buffer to Arrow's thread pool (0.03 against 0.3 ms per partition, measured on a busy 2-core machine).
READ_OPTIONS = pa.ipc.IpcReadOptions(use_threads=False)
# Each record batch is a few dozen small buffers: written straight to the file, each was a system call of its own.
STAGING_BUFFER = 1 << 20


def open_file_budget() -> int:
    """How many batch files the commit keeps open: half of this process's soft open-file limit."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    return max(MIN_OPEN_FILES, soft // 2) if soft != resource.RLIM_INFINITY else 1 << 16


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
        self.rows: dict[str, int] = {name: 0 for name in DATASETS}
        self.province_rows: dict[str, int] = {}  # staged rows of every dataset per province: the commit's weights
        # A compact index, since a 100 000-document run stages ~450 partitions per batch file: partitions get small
        # ids; per (dataset, batch order) the ids it holds, sorted, with the range of record batches of each.
        self._ids: dict[Partition, int] = {}
        self._held: dict[str, set[Partition]] = {name: set() for name in DATASETS}
        self._orders: dict[str, list[int]] = {name: [] for name in DATASETS}
        self._files: dict[tuple[str, int], tuple[array, array]] = {}
        self._open: dict[tuple[str, int], tuple[pa.OSFile, pa.ipc.RecordBatchFileReader]] = {}
        self._budget = open_file_budget()
        self._manifest: tuple[pa.OSFile, pa.ipc.RecordBatchStreamWriter] | None = None

    @property
    def partitions(self) -> dict[str, set[Partition]]:
        """The partitions each dataset has staged rows in."""
        return {name: set(held) for name, held in self._held.items()}

    def add(self, tables: dict[str, pa.Table], order: int) -> None:
        """Write one batch's tables, one file per dataset with a record batch per partition; `order` is the
        batch's place in source order (batches hold consecutive sources)."""
        for name, table in tables.items():
            if table.num_rows == 0:
                continue
            self.rows[name] += table.num_rows
            schema = DATASETS[name].arrow_schema()
            path = self._path(name, order)
            path.parent.mkdir(parents=True, exist_ok=True)
            options = pa.ipc.IpcWriteOptions(compression=STAGED_COMPRESSION)
            ranges: list[tuple[int, int, int]] = []  # (partition id, first record batch, stop), in write order
            with pa.OSFile(str(path), "wb") as raw, pa.BufferedOutputStream(raw, STAGING_BUFFER) as sink, \
                    pa.ipc.new_file(sink, schema, options=options) as writer:
                written = 0
                typed = table.select(schema.names).cast(schema)  # one cast for the batch, not one per partition
                for key in PARTITION_KEYS:
                    if key not in schema.names:  # hive keys live in the path, the year in the files
                        typed = typed.append_column(key, table[key])
                for partition, rows in split_by_partition(typed):
                    rows = rows.select(schema.names)  # one chunk: the partitions are slices of one sorted table
                    first = written
                    for batch in rows.to_batches():
                        writer.write_batch(batch)
                        written += 1
                    ranges.append((self._ids.setdefault(partition, len(self._ids)), first, written))
                    self.province_rows[partition[0]] = self.province_rows.get(partition[0], 0) + rows.num_rows
                    self._held[name].add(partition)
            ranges.sort()
            self._files[(name, order)] = (array("I", [pid for pid, _, _ in ranges]),
                                          array("I", [v for _, first, stop in ranges for v in (first, stop)]))
            insort(self._orders[name], order)

    def add_manifest_rows(self, rows: pa.Table) -> None:
        """Append a batch's new manifest rows to one stream file: 100 000 files' rows held until the commit cost
        the flow process about 25 MB, more with the heap they fragmented."""
        if self._manifest is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            sink = pa.OSFile(str(self.folder / MANIFEST_ROWS_FILE), "wb")
            self._manifest = (sink, pa.ipc.new_stream(sink, rows.schema))
        for batch in rows.to_batches():
            self._manifest[1].write_batch(batch)

    def manifest_rows(self) -> Iterator[pa.Table]:
        """The staged manifest rows, batch by batch in the order they were added, read from a memory map."""
        if self._manifest is None:
            return
        self._close_manifest_rows()
        with pa.memory_map(str(self.folder / MANIFEST_ROWS_FILE)) as source:
            for batch in pa.ipc.open_stream(source):
                yield pa.Table.from_batches([batch])

    def _close_manifest_rows(self) -> None:
        """Finish the manifest rows' stream file, if one is open."""
        if self._manifest is not None:
            writer, sink = self._manifest[1], self._manifest[0]
            writer.close()
            sink.close()
            self._manifest = None

    def tables(self, name: str, partition: Partition) -> Iterator[pa.Table]:
        """The staged rows of one partition (file columns), batch by batch in source order."""
        if partition not in self._held[name]:
            return
        pid = self._ids[partition]
        for order in self._orders[name]:
            ids, spans = self._files[(name, order)]
            i = bisect_left(ids, pid)
            if i < len(ids) and ids[i] == pid:
                reader = self._reader(name, order)
                yield pa.Table.from_batches([reader.get_batch(j) for j in range(spans[2 * i], spans[2 * i + 1])],
                                            schema=reader.schema)

    def _reader(self, name: str, order: int) -> pa.ipc.RecordBatchFileReader:
        """An open reader of a batch file: the commit reads each file once per partition, so a file stays open
        instead of being reopened. When more files than `open_file_budget()` are read in a cycle, the most recently
        opened one is closed first: the others then stay open for the next partition (closing the least recently
        used would close every file just before it is read again)."""
        key = (name, order)
        if key in self._open:
            return self._open[key][1]
        if len(self._open) >= self._budget:
            self._open.popitem()[1][0].close()  # the newest: dicts pop in reverse insertion order
        source = pa.OSFile(str(self._path(name, order)), "rb")
        self._open[key] = (source, pa.ipc.open_file(source, options=READ_OPTIONS))
        return self._open[key][1]

    def close(self) -> None:
        """Close the batch files the commit opened."""
        for source, _ in self._open.values():
            source.close()
        self._open.clear()

    def remove(self) -> None:
        """Delete this run's staged rows (after the commit)."""
        self.close()
        self._close_manifest_rows()
        shutil.rmtree(self.folder, ignore_errors=True)
        parent = self.folder.parent
        if parent.exists() and not any(parent.iterdir()):
            parent.rmdir()

    def _path(self, name: str, order: int) -> Path:
        return self.folder / name / f"batch-{order:09d}.arrow"
