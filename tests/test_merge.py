"""Merging two source-sorted streams of tables chunk by chunk gives the same rows as sorting them whole."""

from __future__ import annotations

import random

import pyarrow as pa
import pytest

from flows.merge import merge_by_source

SCHEMA = pa.schema([("source_path", pa.string()), ("n", pa.int64())])


def table(rows: list[tuple[str, int]]) -> pa.Table:
    return pa.table({"source_path": [s for s, _ in rows], "n": [n for _, n in rows]}, schema=SCHEMA)


def chunked(rows: list[tuple[str, int]], sizes: list[int]) -> list[pa.Table]:
    out, i = [], 0
    for size in sizes:
        out.append(table(rows[i:i + size]))
        i += size
    return [*out, table(rows[i:])]


@pytest.mark.parametrize("seed", range(20))
def test_merge_equals_a_whole_sort(seed: int) -> None:
    rng = random.Random(seed)
    sources = sorted({f"{rng.choice('abcdefgh')}{rng.randrange(50):02d}.txt" for _ in range(40)})
    rng.shuffle(sources)
    half = len(sources) // 2
    old = [(s, i) for s in sorted(sources[:half]) for i in range(rng.randrange(0, 4))]
    new = [(s, i) for s in sorted(sources[half:]) for i in range(rng.randrange(0, 4))]
    old_tables = chunked(old, [rng.randrange(0, 6) for _ in range(5)])
    new_tables = chunked(new, [rng.randrange(0, 6) for _ in range(5)])
    merged = pa.concat_tables([table([]), *merge_by_source(old_tables, new_tables, chunk_rows=rng.randrange(1, 9))])
    expected = sorted(old + new, key=lambda r: r[0])  # stable: rows of one source keep their order
    assert list(zip(merged["source_path"].to_pylist(), merged["n"].to_pylist(), strict=True)) == expected


def test_chunks_stay_bounded() -> None:
    old = [table([(f"a{i:04d}", 0)]) for i in range(0, 1000, 2)]
    new = [table([(f"a{i:04d}", 1)]) for i in range(1, 1000, 2)]
    sizes = [t.num_rows for t in merge_by_source(old, new, chunk_rows=100)]
    assert sum(sizes) == 1000 and max(sizes) <= 101


def test_empty_streams() -> None:
    assert list(merge_by_source([], [])) == []
    assert next(iter(merge_by_source([table([])], [table([("a", 1)])]))).num_rows == 1
