"""What the output root already holds: one manifest row per processed file, and the write journal."""

from __future__ import annotations

import functools
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from flows.discover import SourceFile
from flows.storage import write_tables_atomic

MANIFEST_FILE = "_manifest.parquet"
SAVE_ROWS = 16_384  # manifest rows copied and written at a time
LIST_FIELDS = ("partitions",)
JOURNAL_FILE = "_journal.json"
MANIFEST_SCHEMA = pa.schema([
    ("source_path", pa.string()), ("size", pa.int64()), ("mtime_ns", pa.int64()), ("sha256", pa.string()),
    ("sidecar_hash", pa.string()), ("doc_id", pa.string()), ("pipeline_version", pa.string()),
    ("status", pa.string()), ("run_id", pa.string()), ("processed_at", pa.timestamp("us", tz="UTC")),
    ("province", pa.string()), ("year", pa.int32()), ("period", pa.string()),
    ("partitions", pa.list_(pa.string())),
])
# In memory the partition labels are dictionary-encoded: a few thousand labels repeated over 100 000 rows took 19 MB
# as plain strings, 2.5 MB so.
HELD_SCHEMA = MANIFEST_SCHEMA.set(MANIFEST_SCHEMA.get_field_index("partitions"), pa.field(
    "partitions", pa.list_(pa.field("element", pa.dictionary(pa.int32(), pa.string())))))


def sha256_file(path: Path) -> str:
    """SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class Manifest:
    """The stored manifest as one Arrow table plus this run's changes: a row per processed file, read on demand,
    so a run over 100 000 files holds a few columns, not 100 000 dictionaries."""

    def __init__(self, table: pa.Table | None = None) -> None:
        self._table = HELD_SCHEMA.empty_table() if table is None else table.cast(HELD_SCHEMA)
        self._index = {p: i for i, p in enumerate(self._table.column("source_path").to_pylist())}
        self._columns: dict[str, list] = {}
        self._mtimes: dict[str, int] = {}
        self._dropped: set[str] = set()
        self._added: list[pa.Table] = []

    def __contains__(self, rel: str) -> bool:
        return rel in self._index and rel not in self._dropped

    def __iter__(self) -> Iterator[str]:
        return (rel for rel in self._index if rel not in self._dropped)

    def _column(self, name: str) -> list:
        if name not in self._columns:
            self._columns[name] = self._table.column(name).to_pylist()
        return self._columns[name]

    def value(self, rel: str, name: str) -> Any:
        """One field of a stored row. List fields are read row by row: only replaced files' partitions are asked
        for, and the whole column as Python lists cost 46 MB at 100 000 files."""
        if name == "mtime_ns" and rel in self._mtimes:
            return self._mtimes[rel]
        if name in LIST_FIELDS:
            return self._table.column(name)[self._index[rel]].as_py()
        return self._column(name)[self._index[rel]]

    def touch(self, rel: str, mtime_ns: int) -> None:
        """Record a new mtime for a file whose content did not change."""
        self._mtimes[rel] = mtime_ns

    def drop(self, rel: str) -> None:
        """Forget a stored row (the file was removed or is re-processed)."""
        self._dropped.add(rel)

    def add(self, rows: pa.Table) -> None:
        """New rows of processed files; they replace any stored row of the same file."""
        self._dropped.update(p for p in rows.column("source_path").to_pylist() if p in self._index)
        self._added.append(rows if rows.schema.equals(HELD_SCHEMA) else rows.cast(MANIFEST_SCHEMA).cast(HELD_SCHEMA))

    def tables(self, rows: int = SAVE_ROWS) -> Iterator[pa.Table]:
        """Every row, stored and new, by source path, `rows` at a time: the stored table is not copied whole."""
        kept = self._table
        if self._mtimes:
            mtimes = [self._mtimes.get(p, m) for p, m in zip(self._index, kept.column("mtime_ns").to_pylist(),
                                                             strict=True)]
            kept = kept.set_column(kept.schema.get_field_index("mtime_ns"), "mtime_ns", pa.array(mtimes, pa.int64()))
        every = pa.concat_tables([kept, *self._added])  # chunks side by side, no copy
        paths = every.column("source_path").to_pylist()
        live = [i for i in range(len(paths)) if i >= len(self._index) or paths[i] not in self._dropped]
        live.sort(key=paths.__getitem__)
        for start in range(0, len(live), rows):
            yield every.take(pa.array(live[start:start + rows], pa.int64())).cast(MANIFEST_SCHEMA)


def load_manifest(root: Path) -> Manifest:
    """The stored manifest (empty for a new output root)."""
    path = root / MANIFEST_FILE
    return Manifest(pq.read_table(path, schema=MANIFEST_SCHEMA, read_dictionary=["partitions.list.element"])
                    if path.exists() else None)


def save_manifest(root: Path, manifest: Manifest) -> None:
    """Replace the manifest atomically, written a slice at a time (a whole copy cost 100 MB at 100 000 files)."""
    write_tables_atomic(manifest.tables(), root / MANIFEST_FILE, MANIFEST_SCHEMA, group_rows=SAVE_ROWS)


@dataclass
class Plan:
    """Which input files a run processes and why; which manifest rows it drops."""

    new: list[SourceFile] = field(default_factory=list)
    changed: list[SourceFile] = field(default_factory=list)
    unchanged: list[SourceFile] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    touched: dict[str, int] = field(default_factory=dict)  # unchanged content, new mtime

    @property
    def to_process(self) -> list[SourceFile]:
        return sorted(self.new + self.changed, key=lambda f: f.rel)


def plan_run(files: Iterable[SourceFile], manifest: Manifest, input_root: Path, version: str,
             force: set[str] | None = None) -> Plan:
    """New, changed (content, sidecar or pipeline version), unchanged and removed files.

    Unchanged files cost a stat; the hash is computed only when size or mtime moved.
    """
    plan = Plan()
    force = force or set()
    seen = set()
    for f in files:
        seen.add(f.rel)
        if f.rel not in manifest:
            plan.new.append(f)
            continue
        old = functools.partial(manifest.value, f.rel)
        if f.rel in force or old("pipeline_version") != version or old("sidecar_hash") != f.sidecar_hash:
            plan.changed.append(f)
        elif (old("size"), old("mtime_ns")) == (f.size, f.mtime_ns):
            plan.unchanged.append(f)
        elif sha256_file(input_root / f.rel) == old("sha256"):
            plan.unchanged.append(f)
            plan.touched[f.rel] = f.mtime_ns
        else:
            plan.changed.append(f)
    plan.removed = sorted(set(manifest) - seen)
    return plan


def write_journal(root: Path, run_id: str, sources: list[str], partitions: list[str]) -> None:
    """Record what a write is about to touch, so a crashed run can be repaired by the next one."""
    path = root / JOURNAL_FILE
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"run_id": run_id, "sources": sources, "partitions": partitions}), "utf-8")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def read_journal(root: Path) -> dict | None:
    """The journal a crashed run left behind, if any."""
    path = root / JOURNAL_FILE
    if not path.exists():
        return None
    try:
        return json.loads(path.read_text("utf-8"))
    except ValueError:
        return {"run_id": "?", "sources": [], "partitions": []}


def clear_journal(root: Path) -> None:
    """Remove the journal once the manifest records the write."""
    (root / JOURNAL_FILE).unlink(missing_ok=True)
