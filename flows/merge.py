"""Merge two streams of Arrow tables, each sorted by source path and holding different sources, into one stream
in source order, a chunk at a time: a partition is rewritten without holding it whole."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator

import pyarrow as pa

CHUNK_ROWS = 65_536


class _Stream:
    """The current table of one sorted stream, its sort column as Python values, and how far it was taken."""

    def __init__(self, tables: Iterable[pa.Table], column: str) -> None:
        self._tables = (t for t in tables if t.num_rows)
        self._column = column
        self.table: pa.Table | None = None
        self.values: list = []
        self.pos = 0
        self._advance()

    def _advance(self) -> None:
        self.table = next(self._tables, None)
        self.values = self.table.column(self._column).to_pylist() if self.table is not None else []
        self.pos = 0

    @property
    def first(self) -> object:
        return self.values[self.pos]

    def take_until(self, stop: int) -> pa.Table:
        """Rows pos..stop of the current table; moves on to the next table when this one is used up."""
        assert self.table is not None
        part = self.table.slice(self.pos, stop - self.pos)
        self.pos = stop
        if self.pos >= len(self.values):
            self._advance()
        return part


def merge_by_source(old: Iterable[pa.Table], new: Iterable[pa.Table], column: str = "source_path",
                    chunk_rows: int = CHUNK_ROWS) -> Iterator[pa.Table]:
    """Tables of both streams' rows in `column` order; rows of one source keep their order. Each output table
    holds about `chunk_rows` rows (at most one input table more)."""
    streams = [_Stream(old, column), _Stream(new, column)]
    out: list[pa.Table] = []
    size = 0
    while any(s.table is not None for s in streams):
        if streams[0].table is None or streams[1].table is None:
            s = streams[0] if streams[0].table is not None else streams[1]
            part = s.take_until(len(s.values))
        else:
            a, b = streams
            s, other = (a, b) if a.first <= b.first else (b, a)
            stop = bisect.bisect_left(s.values, other.first, s.pos)
            if stop == s.pos:  # the same source in both streams: keep this stream's rows of it together
                stop = bisect.bisect_right(s.values, other.first, s.pos)
            part = s.take_until(stop)
        out.append(part)
        size += part.num_rows
        if size >= chunk_rows:
            yield pa.concat_tables(out)
            out, size = [], 0
    if out:
        yield pa.concat_tables(out)
