"""Checks across documents and runs: the same statistic with different values, and changes that do not
match last period's figure already in the dataset."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows.storage import Partition, read_partition, stored_partitions, write_atomic
from transforms.checks import rounding_tolerance
from transforms.schema import DATASETS, PARTITION_KEYS

STAT_KEY = ["province", "year", "period", "indicator", "subject", "actor", "measure"]
FACT_COLUMNS = [*STAT_KEY, "fact_id", "doc_id", "source_path", "value", "scope", "part_of", "surface"]
CHANGE_KEY = ["province", "period", "indicator", "subject", "actor"]
CONFLICTS_DIR = "conflicts"
CONFLICTS_FILE = "conflicts.parquet"
CONFLICT_SCHEMA = pa.schema([
    ("province", pa.string()), ("year", pa.int32()), ("period", pa.string()), ("indicator", pa.string()),
    ("subject", pa.string()), ("actor", pa.string()), ("measure", pa.string()), ("values", pa.list_(pa.float64())),
    ("doc_ids", pa.list_(pa.string())), ("source_paths", pa.list_(pa.string())),
    ("snippets", pa.list_(pa.string())),
])


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


def find_conflicts(facts: pd.DataFrame) -> pd.DataFrame:
    """The same statistic reported with different values by different documents (not resolved here)."""
    rows = []
    for key, group in disputed(facts).groupby(STAT_KEY, sort=True):
        per_doc = group.drop_duplicates(["doc_id", "value"]).sort_values(["value", "source_path"])
        rows.append({**dict(zip(STAT_KEY, key, strict=True)), "actor": key[5] or None,
                     "values": per_doc["value"].tolist(), "doc_ids": per_doc["doc_id"].tolist(),
                     "source_paths": per_doc["source_path"].tolist(), "snippets": per_doc["snippet"].tolist()})
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


def read_conflicts(root: Path) -> pd.DataFrame:
    """The conflicts stored by the last run that changed the facts."""
    path = root / CONFLICTS_DIR / CONFLICTS_FILE
    return pq.read_table(path).to_pandas() if path.exists() else pd.DataFrame(columns=CONFLICT_SCHEMA.names)


def _partition_facts(root: Path, partitions: list[Partition]) -> pd.DataFrame:
    """The facts of some partitions, only the columns the checks read (with the partition keys)."""
    columns = [c for c in FACT_COLUMNS if c not in PARTITION_KEYS]
    frames = []
    for partition in partitions:
        table = read_partition(root, DATASETS["facts"], partition, columns)
        if table.num_rows:
            frames.append(table.to_pandas().assign(province=partition[0], year=partition[1], period=partition[2]))
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=FACT_COLUMNS)


def _with_snippets(root: Path, partitions: list[Partition], facts: pd.DataFrame) -> pd.DataFrame:
    """The few facts a report shows get their snippets back, read from their partitions."""
    if facts.empty:
        return facts.assign(snippet=pd.Series(dtype=str))
    ids = pa.array(facts["fact_id"].tolist(), pa.string())
    found = [t.filter(pc.is_in(t["fact_id"], ids)) for t in (
        read_partition(root, DATASETS["facts"], p, ["fact_id", "snippet"]) for p in partitions)]
    return facts.merge(pa.concat_tables(found).to_pandas(), on="fact_id", how="left")


def _in(frame: pd.DataFrame, partitions: set[Partition]) -> pd.Series:
    keys = zip(frame["province"], frame["year"].astype(int), frame["period"], strict=True)
    return pd.Series([k in partitions for k in keys], index=frame.index, dtype=bool)


def publish_conflicts(root: Path, touched: set[Partition] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Recheck the facts partitions a run touched, one at a time (all of them when `touched` is None or no
    conflicts were stored yet), keep the stored conflicts of the others, and store the result."""
    stored = read_conflicts(root)
    if touched is None or not (root / CONFLICTS_DIR / CONFLICTS_FILE).exists():
        touched, stored = stored_partitions(root, "facts"), stored.iloc[0:0]
    kept = stored[~_in(stored, touched)] if len(stored) else stored
    found, mismatches = [kept], []
    for partition in sorted(touched):
        facts = _partition_facts(root, [partition])
        if not facts.empty:
            found.append(find_conflicts(_with_snippets(root, [partition], disputed(facts))))
        province, year, period = partition
        near = [(province, year - 1, period), partition, (province, year + 1, period)]
        around = _partition_facts(root, near)
        if not around.empty:
            mismatches.append(_with_snippets(root, near, find_change_mismatches(around)))
    conflicts = pd.concat([f for f in found if len(f)], ignore_index=True) if any(len(f) for f in found) else (
        pd.DataFrame(columns=CONFLICT_SCHEMA.names))
    conflicts = conflicts.sort_values(STAT_KEY, na_position="first", ignore_index=True)
    changes = pd.concat(mismatches, ignore_index=True).drop_duplicates("fact_id") if mismatches else pd.DataFrame()
    table = pa.Table.from_pandas(conflicts, schema=CONFLICT_SCHEMA, preserve_index=False)
    write_atomic(table, root / CONFLICTS_DIR / CONFLICTS_FILE)
    return conflicts, changes.reset_index(drop=True)
