"""Checks across documents and runs: the same statistic with different values, and changes that do not
match last period's figure already in the dataset."""

from __future__ import annotations

import contextlib
import functools
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows.memory import release_free_memory
from flows.merge import merge_by_source
from flows.province_split import province_groups, run_split
from flows.run_summary import REPORT_ROWS
from flows.storage import (
    Partition,
    data_files,
    partition_path,
    read_partition,
    stored_partitions,
    write_tables_atomic,
)
from transforms.checks import rounding_tolerance
from transforms.schema import DATASETS, PARTITION_KEYS

STAT_KEY = ["province", "year", "period", "indicator", "subject", "actor", "measure"]
FACT_COLUMNS = [*STAT_KEY, "fact_id", "doc_id", "source_path", "value", "scope", "part_of", "surface"]
CHANGE_KEY = ["province", "period", "indicator", "subject", "actor"]
CONFLICTS_DIR = "conflicts"
CONFLICTS_FILE = "conflicts.parquet"
MAX_SNIPPETS = 20  # a conflict lists every document; snippets of the first ones are enough to read it
CONFLICT_GROUP_ROWS = 4_096  # conflicts are wide (lists of documents and snippets): small row groups, so keeping the
# stored conflicts of untouched partitions streams a few MB at a time, not the whole file
PROVINCE_ROWS = 200_000  # facts rows checked in one pass; a bigger province is checked partition by partition
CONFLICT_SCHEMA = pa.schema([
    ("province", pa.string()), ("year", pa.int32()), ("period", pa.string()), ("indicator", pa.string()),
    ("subject", pa.string()), ("actor", pa.string()), ("measure", pa.string()), ("values", pa.list_(pa.float64())),
    ("doc_ids", pa.list_(pa.string())), ("source_paths", pa.list_(pa.string())),
    ("snippets", pa.list_(pa.string())),
])
ORDERED_SCHEMA = CONFLICT_SCHEMA.append(pa.field("_order", pa.string()))  # conflicts with their partition's sort key
# each process's new conflicts until they are merged: a hidden folder beside the conflicts file (dataset readers skip
# it), emptied when a check starts, so one a stopped run left goes with the next check
CHECKS_SCRATCH = Path(CONFLICTS_DIR) / ".checking"


def _comparable(facts: pd.DataFrame) -> pd.DataFrame:
    """Top-level figures of the documents' own province, with a known province and year."""
    keep = (facts["scope"] == "document") & facts["part_of"].isna() & (facts["province"] != "unknown")
    keep &= facts["year"] > 0
    out = facts.loc[keep].copy()
    out["actor"] = out["actor"].fillna("")
    return out


def disputed(facts: pd.DataFrame) -> pd.DataFrame:
    """Comparable facts of statistics that two or more documents give with different values."""
    facts = _comparable(facts)
    spread = facts.groupby(STAT_KEY, as_index=False).agg(docs=("doc_id", "nunique"), values=("value", "nunique"))
    return facts.merge(spread.loc[(spread["docs"] > 1) & (spread["values"] > 1), STAT_KEY], on=STAT_KEY)


def _listed(disputed_facts: pd.DataFrame) -> pd.DataFrame:
    """The rows conflicts list: one per statistic, document and value, by value then source."""
    return disputed_facts.drop_duplicates([*STAT_KEY, "doc_id", "value"]).sort_values(
        [*STAT_KEY, "value", "source_path"])


def find_conflicts(facts: pd.DataFrame) -> pd.DataFrame:
    """The same statistic reported with different values by different documents (not resolved here); snippets
    for the first MAX_SNIPPETS documents of each."""
    listed = _listed(disputed(facts))  # sorted by the statistic first: each statistic's rows are contiguous
    keys = list(zip(*(listed[c].tolist() for c in STAT_KEY), strict=True))
    values, doc_ids = listed["value"].tolist(), listed["doc_id"].tolist()
    sources, snippets = listed["source_path"].tolist(), listed["snippet"].tolist()
    rows, start = [], 0
    for i in range(1, len(keys) + 1):  # one pass over Python lists: a pandas group per statistic cost ~1 ms each
        if i < len(keys) and keys[i] == keys[start]:
            continue
        key = keys[start]
        rows.append({**dict(zip(STAT_KEY, key, strict=True)), "actor": key[5] or None,
                     "values": values[start:i], "doc_ids": doc_ids[start:i], "source_paths": sources[start:i],
                     "snippets": snippets[start:min(i, start + MAX_SNIPPETS)]})
        start = i
    return pd.DataFrame(rows, columns=CONFLICT_SCHEMA.names)


def find_change_mismatches(facts: pd.DataFrame) -> pd.DataFrame:
    """change_pct against the same statistic's count one year earlier, when both periods are in the dataset."""
    facts = _comparable(facts)
    counts = facts[facts["measure"] == "count"].drop_duplicates([*CHANGE_KEY, "year"])
    changes = facts[facts["measure"] == "change_pct"]
    now = changes.merge(counts[[*CHANGE_KEY, "year", "value"]], on=[*CHANGE_KEY, "year"], suffixes=("", "_now"))
    prior = counts[[*CHANGE_KEY, "year", "value"]].assign(year=counts["year"] + 1)
    both = now.merge(prior, on=[*CHANGE_KEY, "year"], suffixes=("", "_prior"))
    both = both[both["value_prior"] > 0]
    expected = 100 * (both["value_now"] - both["value_prior"]) / both["value_prior"]
    tolerance = pd.Series([rounding_tolerance(v) for v in both["surface"]], index=both.index, dtype=float)
    bad = both[(expected - both["value"]).abs() > tolerance].assign(expected=expected)
    columns = [*CHANGE_KEY, "year", "value", "value_now", "value_prior", "expected", "source_path", "fact_id"]
    return bad[columns + (["snippet"] if "snippet" in bad.columns else [])]


def conflicts_summary(root: Path) -> tuple[int, pd.DataFrame]:
    """How many conflicts the last run that changed the facts stored, and the first REPORT_ROWS of them."""
    path = root / CONFLICTS_DIR / CONFLICTS_FILE
    if not path.exists():
        return 0, pd.DataFrame(columns=CONFLICT_SCHEMA.names)
    stored = pq.ParquetFile(path)
    head = next(stored.iter_batches(batch_size=REPORT_ROWS), None)
    rows = pa.Table.from_batches([head]).to_pandas() if head is not None else pd.DataFrame(
        columns=CONFLICT_SCHEMA.names)
    return stored.metadata.num_rows, rows


def _partition_tables(root: Path, partitions: list[Partition]) -> list[tuple[Partition, pa.Table]]:
    """The facts of some partitions as Arrow tables, only the columns the checks read."""
    columns = [c for c in FACT_COLUMNS if c not in PARTITION_KEYS]
    found = [(p, read_partition(root, DATASETS["facts"], p, columns)) for p in partitions]
    return [(p, t) for p, t in found if t.num_rows]


def _partition_facts(tables: list[tuple[Partition, pa.Table]]) -> pd.DataFrame:
    """Partition tables as one frame with their partition keys (joined in Arrow, converted once)."""
    if not tables:
        return pd.DataFrame(columns=FACT_COLUMNS)
    types = (pa.string(), pa.int32(), pa.string())
    keyed = []
    for partition, table in tables:
        for key, value, type_ in zip(PARTITION_KEYS, partition, types, strict=True):
            table = table.append_column(key, pa.repeat(pa.scalar(value, type_), table.num_rows))
        keyed.append(table)
    return pa.concat_tables(keyed).to_pandas()


def _with_snippets(root: Path, partitions: list[Partition], facts: pd.DataFrame,
                   wanted: pd.Series | None = None) -> pd.DataFrame:
    """Facts get the snippets of the rows a report shows (`wanted` fact ids, default all), from their partitions."""
    if facts.empty:
        return facts.assign(snippet=pd.Series(dtype=str))
    ids = pa.array((facts["fact_id"] if wanted is None else wanted).tolist(), pa.string())
    found = [t.filter(pc.is_in(t["fact_id"], ids)) for t in (
        read_partition(root, DATASETS["facts"], p, ["fact_id", "snippet"]) for p in partitions)]
    return facts.merge(pa.concat_tables(found).to_pandas(), on="fact_id", how="left")


def _order(province: str, year: int, period: str) -> str:
    """A sort key of a partition, so stored and new conflicts merge in partition order."""
    return f"{province}\x1f{int(year):06d}\x1f{period}"


def _with_order(table: pa.Table) -> pa.Table:
    keys = zip(*(table[c].to_pylist() for c in PARTITION_KEYS), strict=True)
    return table.append_column("_order", pa.array([_order(*k) for k in keys], pa.string()))


def _may_conflict(facts: pa.Table) -> bool:
    """Some statistic of this partition has two documents and two values (an Arrow pre-check that spares most
    partitions the pandas work)."""
    if pc.count_distinct(facts["doc_id"]).as_py() < 2:
        return False
    keys = [k for k in STAT_KEY if k not in PARTITION_KEYS]
    mine = facts.filter(pc.and_(pc.equal(facts["scope"], "document"), pc.is_null(facts["part_of"])))
    mine = mine.set_column(mine.schema.get_field_index("actor"), "actor", pc.fill_null(mine["actor"], ""))
    spread = mine.group_by(keys).aggregate([("doc_id", "count_distinct"), ("value", "count_distinct")])
    both = pc.and_(pc.greater(spread["doc_id_count_distinct"], 1), pc.greater(spread["value_count_distinct"], 1))
    return pc.any(both).as_py() or False


def _partition_conflicts(root: Path, partition: Partition) -> pa.Table:
    """The conflicts of one facts partition, snippets read only for the documents they show."""
    tables = _partition_tables(root, [partition])
    if not tables or not _may_conflict(tables[0][1]):
        return CONFLICT_SCHEMA.empty_table()
    facts = disputed(_partition_facts(tables))
    if facts.empty:
        return CONFLICT_SCHEMA.empty_table()
    shown = _listed(facts).groupby(STAT_KEY, sort=False).head(MAX_SNIPPETS)["fact_id"]
    conflicts = find_conflicts(_with_snippets(root, [partition], facts, shown))
    return pa.Table.from_pandas(conflicts, schema=CONFLICT_SCHEMA, preserve_index=False)


def _kept_conflicts(path: Path, touched: set[Partition]) -> Iterator[pa.Table]:
    """Stored conflicts of the partitions this run did not touch, batch by batch in stored order."""
    for batch in pq.ParquetFile(path).iter_batches(batch_size=CONFLICT_GROUP_ROWS):
        table = pa.Table.from_batches([batch]).cast(CONFLICT_SCHEMA)
        keys = zip(*(table[c].to_pylist() for c in PARTITION_KEYS), strict=True)
        yield table.filter(pa.array([(p, int(y), per) not in touched for p, y, per in keys], pa.bool_()))


def _mismatches(root: Path, partition: Partition) -> pd.DataFrame:
    """change_pct facts that disagree with last year's count, around one touched partition."""
    province, year, period = partition
    near = [(province, year - 1, period), partition, (province, year + 1, period)]
    tables = _partition_tables(root, near)
    years = {p[1]: t for p, t in tables}
    if not any(y - 1 in years and pc.any(pc.equal(t["measure"], "change_pct")).as_py() for y, t in years.items()):
        return pd.DataFrame()  # a change needs last year's figure beside it
    return _with_snippets(root, near, find_change_mismatches(_partition_facts(tables)))


def _stored_rows(root: Path, partition: Partition) -> int:
    """Rows stored in a facts partition, from the Parquet footers."""
    return sum(pq.read_metadata(f).num_rows for f in data_files(partition_path(root, "facts", partition)))


def _in(frame: pd.DataFrame, partitions: set[Partition]) -> pd.Series:
    keys = zip(frame["province"], frame["year"].astype(int), frame["period"], strict=True)
    return pd.Series([k in partitions for k in keys], index=frame.index, dtype=bool)


def _province_checks(root: Path, parts: list[Partition], stored: set[Partition]) -> tuple[pa.Table, pd.DataFrame]:
    """Conflicts (in partition order) and change mismatches of one province's touched partitions, checked in one
    pass over them and their neighbouring years; a province too big for that is checked partition by partition."""
    near = sorted({(p, y + d, per) for p, y, per in parts for d in (-1, 0, 1)} & stored)
    if sum(_stored_rows(root, p) for p in near) > PROVINCE_ROWS:
        conflicts = pa.concat_tables([_partition_conflicts(root, p) for p in parts])
        found = [m for m in (_mismatches(root, p) for p in parts) if not m.empty]
        return conflicts, pd.concat(found, ignore_index=True) if found else pd.DataFrame()
    facts = _partition_facts(_partition_tables(root, near))
    if facts.empty:
        return CONFLICT_SCHEMA.empty_table(), pd.DataFrame()
    mine = disputed(facts[_in(facts, set(parts))])
    conflicts = CONFLICT_SCHEMA.empty_table()
    if not mine.empty:
        shown = _listed(mine).groupby(STAT_KEY, sort=False).head(MAX_SNIPPETS)
        found = find_conflicts(_with_snippets(root, _partitions_in(shown), mine, shown["fact_id"]))
        conflicts = pa.Table.from_pandas(found, schema=CONFLICT_SCHEMA, preserve_index=False)
    changes = find_change_mismatches(facts) if (facts["measure"] == "change_pct").any() else pd.DataFrame()
    if not changes.empty:
        changes = _with_snippets(root, _partitions_in(changes), changes)
    return conflicts, changes


def _partitions_in(frame: pd.DataFrame) -> list[Partition]:
    """The partitions some rows of a frame sit in."""
    return sorted({(p, int(y), per) for p, y, per in zip(frame["province"], frame["year"], frame["period"],
                                                           strict=True)})


def _check_provinces(root: Path, by_province: dict[str, list[Partition]], stored: set[Partition], scratch: Path,
                     provinces: list[str]) -> list[ProvinceChecks]:
    """Check these provinces' touched partitions, one province at a time; their conflicts go to one Arrow file in
    `scratch` (a run of record batches per province), so only counts and the first mismatches come back."""
    path = scratch / f"{provinces[0] if provinces else 'none'}.arrow"
    found: list[ProvinceChecks] = []
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, ORDERED_SCHEMA) as writer:
        batches = 0
        for province in provinces:
            conflicts, changes = _province_checks(root, by_province[province], stored)
            release_free_memory()  # a province's facts frame is freed: its pages go back before the next one
            first = batches
            for batch in _with_order(conflicts).to_batches():
                writer.write_batch(batch)
                batches += 1
            changes = changes.drop_duplicates("fact_id") if not changes.empty else changes
            found.append(ProvinceChecks(province, path, first, batches, len(changes),
                                        changes.head(REPORT_ROWS).copy()))
    return found


@dataclass(frozen=True)
class ProvinceChecks:
    """What the checks of one province found: where its conflicts were written, and its change mismatches'
    count and first REPORT_ROWS."""

    province: str
    path: Path
    first_batch: int
    stop_batch: int
    mismatches: int
    mismatches_shown: pd.DataFrame


@dataclass(frozen=True)
class CrossChecks:
    """What a recheck found: how many conflicts and change mismatches, and the first REPORT_ROWS of each."""

    conflicts: int
    conflicts_shown: pd.DataFrame
    mismatches: int
    mismatches_shown: pd.DataFrame


def publish_conflicts(root: Path, touched: set[Partition] | None = None, processes: int = 1) -> CrossChecks:
    """Recheck the facts partitions a run touched (all of them when `touched` is None or no conflicts were
    stored yet), the provinces split among up to `processes` processes, keep the stored conflicts of the others,
    and store the result as a stream. Only counts and the first rows are held: a conflict carries up to
    MAX_SNIPPETS snippets (about 4.6 KB on the bench corpus), so 57 000 of them held at once cost 260 MB on
    100 000 documents."""
    path = root / CONFLICTS_DIR / CONFLICTS_FILE
    stored = stored_partitions(root, "facts")
    full = touched is None or not path.exists()
    touched = stored if full else touched
    kept = (_with_order(t) for t in ([] if full else _kept_conflicts(path, touched)))
    by_province: dict[str, list[Partition]] = {}
    for partition in sorted(touched, key=lambda p: _order(*p)):
        by_province.setdefault(partition[0], []).append(partition)
    scratch = root / CHECKS_SCRATCH
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    try:
        weights = {province: len(parts) for province, parts in by_province.items()}
        work = functools.partial(_check_provinces, root, by_province, stored, scratch)
        checked = {c.province: c for group in run_split(work, province_groups(weights, processes)) for c in group}
        mismatches = [checked[p].mismatches_shown for p in by_province if checked[p].mismatches]
        shown_changes = pd.concat(mismatches, ignore_index=True).head(REPORT_ROWS) if mismatches else pd.DataFrame()
        head: list[pa.Table] = []

        def ordered() -> Iterator[pa.Table]:
            for table in merge_by_source(kept, _new_conflicts(checked, list(by_province)), column="_order",
                                         chunk_rows=CONFLICT_GROUP_ROWS):
                table = table.drop_columns(["_order"])
                if sum(t.num_rows for t in head) < REPORT_ROWS:
                    head.append(table.take(pa.array(range(min(REPORT_ROWS, table.num_rows)))))  # a copy, not a view
                yield table

        count = write_tables_atomic(ordered(), path, CONFLICT_SCHEMA, group_rows=CONFLICT_GROUP_ROWS)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    shown = pa.concat_tables(head).slice(0, REPORT_ROWS).to_pandas() if head else pd.DataFrame(
        columns=CONFLICT_SCHEMA.names)
    return CrossChecks(count, shown, sum(c.mismatches for c in checked.values()), shown_changes)


def _new_conflicts(checked: dict[str, ProvinceChecks], provinces: list[str]) -> Iterator[pa.Table]:
    """The new conflicts, province by province in order, read back from the files the checks wrote (read, not
    memory-mapped: every mapped page read stays in this process's resident size until the map closes, and the
    conflicts of 100 000 documents take about 260 MB)."""
    with contextlib.ExitStack() as files:
        readers: dict[Path, pa.ipc.RecordBatchFileReader] = {}
        for province in provinces:
            found = checked[province]
            if found.stop_batch == found.first_batch:
                continue
            if found.path not in readers:
                readers[found.path] = pa.ipc.open_file(files.enter_context(pa.OSFile(str(found.path), "rb")))
            reader = readers[found.path]
            yield pa.Table.from_batches([reader.get_batch(i) for i in range(found.first_batch, found.stop_batch)],
                                        schema=ORDERED_SCHEMA)
