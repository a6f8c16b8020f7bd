"""What the output root already holds: one manifest row per processed file, and the write journal."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from flows.discover import SourceFile
from flows.storage import write_atomic

MANIFEST_FILE = "_manifest.parquet"
JOURNAL_FILE = "_journal.json"
MANIFEST_SCHEMA = pa.schema([
    ("source_path", pa.string()), ("size", pa.int64()), ("mtime_ns", pa.int64()), ("sha256", pa.string()),
    ("sidecar_hash", pa.string()), ("doc_id", pa.string()), ("pipeline_version", pa.string()),
    ("status", pa.string()), ("run_id", pa.string()), ("processed_at", pa.timestamp("us", tz="UTC")),
    ("province", pa.string()), ("year", pa.int32()), ("period", pa.string()),
    ("partitions", pa.list_(pa.string())),
])


def sha256_file(path: Path) -> str:
    """SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def load_manifest(root: Path) -> dict[str, dict]:
    """Manifest rows keyed by source path (empty for a new output root)."""
    path = root / MANIFEST_FILE
    if not path.exists():
        return {}
    return {r["source_path"]: r for r in pq.read_table(path, schema=MANIFEST_SCHEMA).to_pylist()}


def save_manifest(root: Path, rows: dict[str, dict]) -> None:
    """Replace the manifest atomically."""
    table = pa.Table.from_pylist([rows[k] for k in sorted(rows)], schema=MANIFEST_SCHEMA)
    write_atomic(table, root / MANIFEST_FILE)


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


def plan_run(files: Iterable[SourceFile], manifest: dict[str, dict], input_root: Path, version: str,
             force: set[str] | None = None) -> Plan:
    """New, changed (content, sidecar or pipeline version), unchanged and removed files.

    Unchanged files cost a stat; the hash is computed only when size or mtime moved.
    """
    plan = Plan()
    force = force or set()
    seen = set()
    for f in files:
        seen.add(f.rel)
        old = manifest.get(f.rel)
        if old is None:
            plan.new.append(f)
            continue
        if f.rel in force or old["pipeline_version"] != version or old["sidecar_hash"] != f.sidecar_hash:
            plan.changed.append(f)
        elif (old["size"], old["mtime_ns"]) == (f.size, f.mtime_ns):
            plan.unchanged.append(f)
        elif sha256_file(input_root / f.rel) == old["sha256"]:
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
