"""Rebuild the statistics dataset for the partitions a run touched (only the affected keys are recomputed)."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from flows.storage import (
    DATA_FILE,
    Partition,
    partition_path,
    read_dataset,
    read_partition,
    remove_partition,
    to_table,
    write_atomic,
)
from transforms.metadata import is_official
from transforms.schema import DATASETS, PARTITION_KEYS
from transforms.statistics import Candidate, build_statistics

FACT_COLUMNS = ["fact_id", "doc_id", "source_path", "indicator", "subject", "measure", "actor", "value", "unit",
                "approx", "scope", "part_of", "mentions", "province_current", "province", "year", "period"]


def _documents(root: Path, doc_ids: list[str]) -> dict[str, dict]:
    """Title, main period and publication date of the documents behind some facts."""
    wanted = pc.field("doc_id").isin(pa.array(doc_ids, pa.string()))
    rows = read_dataset(root, "documents", ["doc_id", "title", "period", "published"], wanted).to_pylist()
    return {r["doc_id"]: r for r in rows}


def statistics_rows(root: Path, partition: Partition, run_id: str) -> list[dict]:
    """The statistics of one facts partition, from its facts and their documents."""
    columns = [c for c in FACT_COLUMNS if c not in PARTITION_KEYS]  # only what the choice reads
    facts = read_partition(root, DATASETS["facts"], partition, columns).to_pylist()
    province, year, period = partition
    facts = [{**f, "province": province, "year": year, "period": period} for f in facts]
    docs = _documents(root, sorted({f["doc_id"] for f in facts})) if facts else {}
    candidates = []
    for f in facts:
        doc = docs.get(f["doc_id"], {})
        candidates.append(Candidate(f, is_official(doc.get("title")), doc.get("period"), doc.get("published")))
    return [{**row, "run_id": run_id} for row in build_statistics(candidates)]


def rebuild_statistics(root: Path, partitions: set[Partition], run_id: str) -> int:
    """Recompute and atomically replace the statistics partitions matching these facts partitions."""
    dataset = DATASETS["statistics"]
    written = 0
    for partition in sorted(partitions):
        rows = statistics_rows(root, partition, run_id)
        if not rows:
            remove_partition(root, dataset.name, partition)
            continue
        table = to_table(rows, dataset).select([c.name for c in dataset.file_columns])
        write_atomic(table.sort_by([("statistic_id", "ascending")]),
                     partition_path(root, dataset.name, partition) / DATA_FILE)
        written += len(rows)
    return written
