"""Partitioned Parquet datasets: partition paths, atomic per-partition rewrites, reading back."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Protocol

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as pads
import pyarrow.parquet as pq

from flows.faults import checkpoint
from flows.memory import release_free_memory
from flows.merge import merge_by_source
from transforms.schema import DATASETS, PARTITION_KEYS, PERIODS, UNKNOWN_PROVINCE, Dataset

DATA_FILE = "part-0.parquet"
ROW_GROUP_ROWS = 131_072
WIDE_ROW_GROUP_ROWS = 4_096  # documents rows carry the whole text: smaller groups keep a rewrite's memory small
SYNC_GROUP = 64  # partition files written before one sync and their swaps
# Parquet options of every data file. No dictionary encoding: zstd already folds repeated values, and on partition
# files of a few hundred rows dictionaries made writing 1.4x and reading 2-4x slower and the files larger (bench
# corpus, pyarrow 26; files of 50 000 rows come out the same size either way).
PARQUET_OPTIONS = {"compression": "zstd", "use_dictionary": False}
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
Partition = tuple[str, int, str]


def sanitize_partition(province: str | None, year: int | None, period: str | None) -> Partition:
    """Partition values safe as folder names: a known slug shape, a year (0 for an unknown one), a period code."""
    prov = province if province and SLUG.fullmatch(province) else UNKNOWN_PROVINCE
    yr = int(year) if year is not None and 0 <= int(year) <= 9999 else 0
    per = period if period in PERIODS else "unknown"
    return prov, yr, per


def year_folder(year: int) -> str:
    """'year-2024', or 'year-unknown' for 0. Not a hive 'year=' key: readers take the year from the files, where
    an unknown year is null (a null hive key would make pandas.read_parquet fail)."""
    return f"year-{year}" if year else "year-unknown"


def _folder_year(name: str) -> int:
    """Inverse of year_folder."""
    value = name.removeprefix("year-")
    return 0 if value == "unknown" else int(value)


def partition_path(root: Path, dataset: str, partition: Partition) -> Path:
    """Folder of one partition: <root>/<dataset>/province=<slug>/year-<yyyy>/period=<code>. Every component is a
    known dataset name or a sanitized value, so the path stays under root without resolving it on disk (two
    `resolve` calls per partition cost a 5 000-document run 5 s)."""
    if dataset not in DATASETS:
        raise ValueError(f"unknown dataset {dataset!r}: partition paths stay under the output root {root}")
    province, year, period = sanitize_partition(*partition)
    return root / dataset / f"province={province}" / year_folder(year) / f"period={period}"


def partition_label(dataset: str, partition: Partition) -> str:
    """'facts/province=x/year-2024/period=H1': how the manifest names a partition."""
    province, year, period = sanitize_partition(*partition)
    return f"{dataset}/province={province}/{year_folder(year)}/period={period}"


def parse_label(label: str) -> tuple[str, Partition]:
    """Inverse of partition_label."""
    dataset, prov, year, period = label.split("/")
    return dataset, (prov.split("=", 1)[1], _folder_year(year), period.split("=", 1)[1])


def legacy_layout(root: Path) -> Path | None:
    """A partition folder of the layout before the year left the hive keys ('year=2024'), if root holds one."""
    for name in DATASETS:
        found = next((root / name).glob("province=*/year=*"), None) if (root / name).is_dir() else None
        if found is not None:
            return found
    return None


def to_table(rows: list[dict], dataset: Dataset) -> pa.Table:
    """Rows (with partition keys) as an Arrow table of the dataset's full column set, built a column at a time
    (a third faster than `Table.from_pylist` on a batch's rows)."""
    schema = pa.schema([pa.field(c.name, c.type, nullable=True) for c in dataset.columns])
    return pa.Table.from_arrays([pa.array([r.get(f.name) for r in rows], f.type) for f in schema], schema=schema)


def partitions_of(table: pa.Table) -> list[Partition]:
    """Distinct partitions present in a table with partition columns."""
    if table.num_rows == 0:
        return []
    keys = table.select(list(PARTITION_KEYS)).group_by(list(PARTITION_KEYS)).aggregate([])
    return sorted(sanitize_partition(*row.values()) for row in keys.to_pylist())


def split_by_partition(table: pa.Table) -> Iterator[tuple[Partition, pa.Table]]:
    """Each partition a table holds (in partition order) with its rows in their original order: one stable sort of
    the table instead of one filter per partition, which cost a batch spread over hundreds of partitions a second."""
    memo: dict[tuple, Partition] = {}
    keys = [memo.get(raw) or memo.setdefault(raw, sanitize_partition(*raw))
            for raw in zip(*(table[k].to_pylist() for k in PARTITION_KEYS), strict=True)]
    order = sorted(range(len(keys)), key=keys.__getitem__)
    ordered = table.take(pa.array(order, pa.int64()))
    start = 0
    for i in range(1, len(order) + 1):
        if i == len(order) or keys[order[i]] != keys[order[start]]:
            yield keys[order[start]], ordered.slice(start, i - start)
            start = i


def select_partition(table: pa.Table, partition: Partition) -> pa.Table:
    """The rows of a table (with partition columns) that belong to one partition."""
    province, year, period = partition
    years = table["year"]
    same_year = pc.equal(years, year) if year else pc.fill_null(  # folder year-unknown: null or out of range
        pc.or_(pc.less_equal(years, 0), pc.greater(years, 9999)), True)
    mask = pc.and_(pc.and_(pc.equal(table["province"], province), same_year), pc.equal(table["period"], period))
    return table.filter(mask)


def data_files(folder: Path) -> list[Path]:
    """The data files of a partition folder (hidden and temporary files left out)."""
    return sorted(p for p in folder.glob("*.parquet") if not p.name.startswith((".", "_")))


def read_partition(root: Path, dataset: Dataset, partition: Partition, columns: list[str] | None = None) -> pa.Table:
    """Rows stored in one partition (file columns, or some of them), empty when there are none; read in this thread
    (a partition file is small, and Arrow's thread pool costs more than it saves on it)."""
    files = data_files(partition_path(root, dataset.name, partition))
    schema = dataset.arrow_schema()
    if columns is not None:
        schema = pa.schema([schema.field(c) for c in columns])
    if not files:
        return schema.empty_table()
    return pa.concat_tables([_read_file(f, schema) for f in files])


def _read_file(path: Path, schema: pa.Schema) -> pa.Table:
    """The columns of `schema` from one data file. A ParquetFile reads a small file in about half the time of
    `pq.read_table`, which sets up a dataset per call; a file lacking a column (written before it existed) is read
    that way, which fills the column with nulls."""
    with pq.ParquetFile(path) as parquet:
        if set(schema.names) <= set(parquet.schema_arrow.names):
            table = parquet.read(columns=schema.names, use_threads=False)
            return table if table.schema.equals(schema) else table.cast(schema)
    return pq.read_table(path, schema=schema, columns=schema.names, use_threads=False)


def stored_partitions(root: Path, name: str, provinces: Iterable[str] | None = None) -> set[Partition]:
    """Every partition of a dataset that holds a data file (of these provinces only, when given: their folders
    alone are listed, so another process may be changing other provinces' folders meanwhile)."""
    found = set()
    patterns = ["province=*"] if provinces is None else [f"province={p}" for p in provinces]
    for folder in (f for pattern in patterns for f in (root / name).glob(f"{pattern}/year-*/period=*")):
        if data_files(folder):
            found.add(parse_label(f"{name}/{folder.parent.parent.name}/{folder.parent.name}/{folder.name}")[1])
    return found


def _sorted(table: pa.Table, dataset: Dataset) -> pa.Table:
    order = [("source_path", "ascending")]
    if "char_start" in table.column_names:
        order.append(("char_start", "ascending"))
    order.append((dataset.key, "ascending"))
    return table.sort_by(order)


def write_atomic(table: pa.Table, target: Path, swaps: PendingSwaps | None = None) -> None:
    """Write a Parquet file beside target under a hidden name, fsync it, rename it over target; with `swaps`, queue
    the sync and rename there."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".{target.name}.{os.getpid()}.tmp"
    pq.write_table(table, tmp, **PARQUET_OPTIONS)

    def swap() -> None:
        checkpoint("write")
        os.replace(tmp, target)

    if swaps is not None:
        swaps.add(swap, writes=True)
        return
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    swap()


def _group_rows(dataset: Dataset) -> int:
    """Rows per row group (and per merge chunk) of a dataset."""
    return WIDE_ROW_GROUP_ROWS if "text" in dataset.arrow_schema().names else ROW_GROUP_ROWS


def _old_rows(folder: Path, dataset: Dataset, replaced_sources: set[str]) -> Iterator[pa.Table]:
    """A partition's stored rows in source order, chunk by chunk, without the replaced sources' rows."""
    files, schema = data_files(folder), dataset.arrow_schema()
    if len(files) == 1:
        chunks: Iterable[pa.Table] = (pa.Table.from_batches([b], schema=schema) for b in pq.ParquetFile(
            files[0]).iter_batches(batch_size=_group_rows(dataset), columns=schema.names, use_threads=False))
    else:  # several files (before a compaction): sort them together
        chunks = [_sorted(pa.concat_tables([pq.read_table(f, schema=schema, use_threads=False) for f in files]),
                          dataset)] if files else []
    for chunk in chunks:
        yield _without_sources(chunk, replaced_sources)


def _without_sources(chunk: pa.Table, sources: set[str]) -> pa.Table:
    """A chunk without the rows of these sources. Only the chunk's own sources are looked up: a backfill replaces
    every source, and turning all of them into an Arrow set per partition made the commit quadratic."""
    present = pc.unique(chunk["source_path"]).to_pylist() if sources else []
    gone = [s for s in present if s in sources]
    if not gone:
        return chunk
    return chunk.filter(pc.invert(pc.is_in(chunk["source_path"], pa.array(gone, pa.string()))))


class _RowGroupWriter:
    """Writes a stream of tables as row groups of exactly `group_rows` rows (the last one shorter), so the file
    does not depend on how the stream was chunked."""

    def __init__(self, path: Path, schema: pa.Schema, group_rows: int) -> None:
        self._writer = pq.ParquetWriter(path, schema, **PARQUET_OPTIONS)
        self._group = group_rows
        self._pending: list[pa.Table] = []
        self._size = 0
        self.rows = 0

    def write(self, table: pa.Table) -> None:
        self._pending.append(table)
        self._size += table.num_rows
        self.rows += table.num_rows
        while self._size >= self._group:
            whole = pa.concat_tables(self._pending)
            self._writer.write_table(whole.slice(0, self._group), row_group_size=self._group)
            rest = whole.slice(self._group)
            self._pending, self._size = [rest], rest.num_rows

    def close(self) -> None:
        if self._size:
            self._writer.write_table(pa.concat_tables(self._pending), row_group_size=self._group)
        self._writer.close()


def _write_temporary(tables: Iterable[pa.Table], target: Path, schema: pa.Schema, group_rows: int) -> tuple[Path, int]:
    """Stream tables into a Parquet file beside target under a hidden name; return its path and row count."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".{target.name}.{os.getpid()}.tmp"
    writer = _RowGroupWriter(tmp, schema, group_rows)
    try:
        for table in tables:
            writer.write(table)
    finally:
        writer.close()
    return tmp, writer.rows


def write_tables_atomic(tables: Iterable[pa.Table], target: Path, schema: pa.Schema,
                        group_rows: int = ROW_GROUP_ROWS, keep_empty: bool = True) -> int:
    """Stream tables into a Parquet file beside target under a hidden name, fsync it, rename it over target;
    return the rows written. With no rows and not `keep_empty`, target is left as it was."""
    tmp, rows = _write_temporary(tables, target, schema, group_rows)
    if rows == 0 and not keep_empty:
        tmp.unlink()
        return 0
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    checkpoint("write")
    os.replace(tmp, target)
    return rows


class PendingSwaps:
    """Partition files written under hidden names and waiting to replace their targets. They are made durable
    together by one filesystem sync (for small files about a fifth of the cost of one fsync each) and then
    swapped in one at a time, each swap still atomic."""

    def __init__(self) -> None:
        self._items: list[tuple[Callable[[], None], bool]] = []

    def __len__(self) -> int:
        return len(self._items)

    def add(self, swap: Callable[[], None], writes: bool) -> None:
        """Queue a swap; `writes` says it renames a file written since the last sync."""
        self._items.append((swap, writes))

    def flush(self) -> None:
        """Sync once, then run every queued swap in order."""
        if any(writes for _, writes in self._items):
            os.sync()
        for swap, _ in self._items:
            swap()
        self._items = []


class PartitionObserver(Protocol):
    """Sees a partition's rows as they are written (in chunks), then is told the partition is done: what derives
    from a partition is computed from the write stream instead of reading the file back."""

    def collect(self, chunk: pa.Table) -> None: ...

    def done(self, partition: Partition, swaps: PendingSwaps) -> None: ...


def _tapped(tables: Iterable[pa.Table], collect: Callable[[pa.Table], None]) -> Iterator[pa.Table]:
    for table in tables:
        collect(table)
        yield table


def rewrite_partition(root: Path, dataset: Dataset, partition: Partition, new_rows: pa.Table | Iterable[pa.Table],
                      replaced_sources: set[str], swaps: PendingSwaps | None = None,
                      collect: Callable[[pa.Table], None] | None = None) -> int:
    """Swap in a partition holding its old rows minus replaced sources plus its new rows (a table, or tables in
    source order holding different sources), merged chunk by chunk in source order; return the row count.
    With `swaps`, the new file is queued there instead of being synced and swapped in at once; `collect` sees
    every chunk written."""
    folder = partition_path(root, dataset.name, partition)
    schema, columns = dataset.arrow_schema(), [c.name for c in dataset.file_columns]
    tables = [new_rows] if isinstance(new_rows, pa.Table) else new_rows
    new = (_sorted(t if t.schema.equals(schema) else t.select(columns).cast(schema), dataset) for t in tables)
    group = _group_rows(dataset)
    merged = merge_by_source(_old_rows(folder, dataset, replaced_sources), new, chunk_rows=group)
    if collect is not None:
        merged = _tapped(merged, collect)
    if swaps is None:
        rows = write_tables_atomic(merged, folder / DATA_FILE, schema, group, keep_empty=False)
        _finish_partition(root, dataset.name, partition, rows)
        return rows
    tmp, rows = _write_temporary(merged, folder / DATA_FILE, schema, group)

    def swap() -> None:
        if rows:
            checkpoint("write")
            os.replace(tmp, folder / DATA_FILE)
        else:
            tmp.unlink()
        _finish_partition(root, dataset.name, partition, rows)
        checkpoint("partition")

    swaps.add(swap, writes=rows > 0)
    return rows


def _finish_partition(root: Path, dataset: str, partition: Partition, rows: int) -> None:
    """After a partition's swap: drop it when it holds no rows, else drop data files older runs left beside it."""
    if rows == 0:
        remove_partition(root, dataset, partition)
        return
    for extra in data_files(partition_path(root, dataset, partition)):
        if extra.name != DATA_FILE:
            extra.unlink()


def remove_partition(root: Path, dataset: str, partition: Partition) -> None:
    """Delete a partition's files and any folders left empty."""
    folder = partition_path(root, dataset, partition)
    if folder.exists():
        shutil.rmtree(folder)
    for parent in (folder.parent, folder.parent.parent):
        if parent.exists() and not any(parent.iterdir()):
            parent.rmdir()


def write_partitions(root: Path, name: str, partitions: Iterable[Partition],
                     rows_of: Callable[[Partition], pa.Table], replaced_sources: set[str],
                     observer: PartitionObserver | None = None) -> dict[Partition, int]:
    """Rewrite these partitions one at a time, each from its old rows and `rows_of(partition)`; others stay
    byte-for-byte. An observer sees each partition's rows and queues its own swaps right after the partition's."""
    dataset = DATASETS[name]
    written = {}
    swaps = PendingSwaps()
    for partition in sorted({sanitize_partition(*p) for p in partitions}):
        written[partition] = rewrite_partition(root, dataset, partition, rows_of(partition), replaced_sources, swaps,
                                               observer.collect if observer is not None else None)
        if observer is not None:
            observer.done(partition, swaps)
        if len(swaps) >= SYNC_GROUP:
            swaps.flush()
            release_free_memory()  # the group's old and staged rows are freed: their pages go back before the next
    swaps.flush()
    return written


def write_dataset(root: Path, name: str, rows: pa.Table, replaced_sources: set[str],
                  extra_partitions: Iterable[Partition]) -> dict[Partition, int]:
    """Rewrite every partition the new rows (held in memory) or the replaced sources touch."""
    touched = set(partitions_of(rows)) | set(extra_partitions)
    return write_partitions(root, name, touched, lambda p: select_partition(rows, p), replaced_sources)


def sweep_temporary_files(root: Path) -> int:
    """Delete hidden .tmp files a killed writer left behind (safe: called while holding the lock)."""
    stale = list(root.rglob(".*.tmp"))
    for path in stale:
        path.unlink(missing_ok=True)
    return len(stale)


def dataset_partitioning(name: str) -> pads.Partitioning:
    """Hive partitioning (province, period) with plain types, so pandas gets str columns rather than categoricals;
    the year folder is skipped, the year read from the files."""
    partition_cols = [c for c in DATASETS[name].columns if c.partition]
    return pads.partitioning(pa.schema([pa.field(c.name, c.type) for c in partition_cols]), flavor="hive")


def read_dataset(root: Path | str, name: str, columns: list[str] | None = None,
                 where: pc.Expression | None = None) -> pa.Table:
    """A dataset (or some of its columns and rows) with typed partition columns; empty if not written yet."""
    folder = Path(root) / name
    schema = pa.schema([pa.field(c.name, c.type) for c in DATASETS[name].columns])
    if not folder.exists():
        empty = schema.empty_table()
        return empty.select(columns) if columns else empty
    ds = pads.dataset(folder, format="parquet", partitioning=dataset_partitioning(name), schema=schema)
    return ds.to_table(columns=columns, filter=where)


def compact_dataset(root: Path, name: str) -> int:
    """Merge partitions holding several data files into one; return how many were compacted."""
    dataset = DATASETS[name]
    done = 0
    base = root / name
    for folder in sorted(base.glob("province=*/year-*/period=*")):
        files = [p for p in folder.glob("*.parquet") if not p.name.startswith(".")]
        if len(files) <= 1 and (not files or files[0].name == DATA_FILE):
            continue
        prov = folder.parent.parent.name.split("=", 1)[1]
        year = _folder_year(folder.parent.name)
        period = folder.name.split("=", 1)[1]
        table = read_partition(root, dataset, (prov, year, period))
        write_atomic(_sorted(table, dataset), folder / DATA_FILE)
        for extra in files:
            if extra.name != DATA_FILE:
                extra.unlink()
        done += 1
    return done


def write_text_atomic(target: Path, text: str) -> None:
    """Replace a small text file atomically."""
    tmp = target.parent / f".{target.name}.{os.getpid()}.tmp"
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, target)
