"""Batches: consecutive files, bounded in count and in input bytes (a batch's rows grow with its bytes)."""

from __future__ import annotations

import pytest

from flows.discover import SourceFile
from flows.etl import BATCH_BYTES, _batches


def files(sizes: list[int]) -> list[SourceFile]:
    return [SourceFile(f"f{i:03d}.txt", size, 0) for i, size in enumerate(sizes)]


@pytest.mark.parametrize(("sizes", "size", "workers", "expected"), [
    ([10] * 7, 3, 1, [3, 3, 1]),                      # the file count bounds a batch
    ([10] * 8, 500, 2, [2, 2, 2, 2]),                 # at least two batches per worker
    ([BATCH_BYTES // 2 + 1] * 3, 500, 1, [1, 1, 1]),  # the input bytes bound a batch
    ([BATCH_BYTES * 3, 10, 10], 500, 1, [1, 2]),      # a file over the cap gets a batch of its own
])
def test_batches(sizes: list[int], size: int, workers: int, expected: list[int]) -> None:
    batches = _batches(files(sizes), size, workers)
    assert [len(b) for b in batches] == expected
    assert [f for b in batches for f in b] == files(sizes)  # consecutive, in order, nothing lost
