"""Rebuild the statistics dataset for the facts partitions a run rewrites, from the facts as they are written."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa

from flows.storage import (
    DATA_FILE,
    Partition,
    PendingSwaps,
    partition_path,
    read_partition,
    remove_partition,
    stored_partitions,
    to_table,
    write_atomic,
)
from transforms.schema import DATASETS
from transforms.statistics import Candidate, build_statistics
from transforms.title import is_official

STAT_COLUMNS = ["fact_id", "doc_id", "source_path", "indicator", "subject", "measure", "actor", "value", "unit",
                "approx", "scope", "part_of", "mentions", "province_current"]  # what the choice reads of a fact
STAT_SCHEMA = pa.schema([DATASETS["facts"].arrow_schema().field(c) for c in STAT_COLUMNS])


DocumentFacts = tuple[bool, str | None, str | None]  # official title, main period, publication date


def _documents(root: Path, documents: list[Partition]) -> dict[str, DocumentFacts]:
    """What the choice needs of the documents in these documents partitions, read one partition file at a time,
    since a dataset scan of them all holds read-ahead buffers for every file (about 130 MB at 2 000 documents
    against 16 MB)."""
    out: dict[str, DocumentFacts] = {}
    for partition in documents:
        table = read_partition(root, DATASETS["documents"], partition, ["doc_id", "title", "published"])
        for doc_id, title, published in zip(*(table[c].to_pylist() for c in table.column_names), strict=True):
            out[doc_id] = (is_official(title), partition[2], published)
    return out


def statistics_rows(facts: pa.Table, partition: Partition, run_id: str, docs: dict[str, DocumentFacts]) -> list[dict]:
    """The statistics of one facts partition, from its facts (file columns) and what their documents say."""
    province, year, period = partition
    candidates = []
    for f in facts.select(STAT_COLUMNS).to_pylist():
        official, doc_period, published = docs.get(f["doc_id"], (False, None, None))
        candidates.append(Candidate({**f, "province": province, "year": year, "period": period}, official,
                                    doc_period, published))
    return [{**row, "run_id": run_id} for row in build_statistics(candidates)]


class StatisticsRebuild:
    """Recomputes the statistics partition of each facts partition a run rewrites, from the facts as they are
    written (a PartitionObserver): reading every facts partition back cost a 5 000-document run 4 s."""

    def __init__(self, root: Path, run_id: str, provinces: Iterable[str] | None = None) -> None:
        self.root, self.run_id = root, run_id
        self.written = 0
        self._chunks: list[pa.Table] = []
        # written before the facts; with `provinces`, only the documents of the provinces whose facts come here
        self._stored = sorted(stored_partitions(root, "documents", provinces))
        self._province: str | None = None
        self._docs: dict[str, DocumentFacts] = {}

    def _documents_of(self, province: str) -> dict[str, DocumentFacts]:
        """The documents of one province (a fact's province is its document's): partitions come in order, so
        only one province's documents are held (all of them were 30 MB at 100 000 documents)."""
        if province != self._province:
            self._docs = {}  # the previous province's are let go before the next are read
            self._province, self._docs = province, _documents(self.root, [p for p in self._stored if p[0] == province])
        return self._docs

    def collect(self, chunk: pa.Table) -> None:
        """Keep the columns the choice reads of a chunk of facts being written."""
        self._chunks.append(chunk.select(STAT_COLUMNS))

    def done(self, partition: Partition, swaps: PendingSwaps) -> None:
        """Queue the partition's statistics (or their removal) right after its facts."""
        facts = pa.concat_tables(self._chunks) if self._chunks else STAT_SCHEMA.empty_table()
        self._chunks = []
        dataset = DATASETS["statistics"]
        rows = statistics_rows(facts, partition, self.run_id, self._documents_of(partition[0]))
        if not rows:
            swaps.add(functools.partial(remove_partition, self.root, dataset.name, partition), writes=False)
            return
        table = to_table(rows, dataset).select([c.name for c in dataset.file_columns])
        write_atomic(table.sort_by([("statistic_id", "ascending")]),
                     partition_path(self.root, dataset.name, partition) / DATA_FILE, swaps)
        self.written += len(rows)
