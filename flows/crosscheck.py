"""Checks across documents and runs: the same statistic with different values, and changes that do not
match last period's figure already in the dataset."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows.storage import read_dataset, write_atomic
from transforms.checks import rounding_tolerance

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


def _with_snippets(root: Path, facts: pd.DataFrame) -> pd.DataFrame:
    """Facts read without their snippets get them back for the few rows reported."""
    if facts.empty:
        return facts.assign(snippet=pd.Series(dtype=str))
    wanted = pc.field("fact_id").isin(pa.array(facts["fact_id"].tolist(), pa.string()))
    snippets = read_dataset(root, "facts", ["fact_id", "snippet"], wanted).to_pandas()
    return facts.merge(snippets, on="fact_id", how="left")


def publish_conflicts(root: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Recompute conflicts over the whole facts dataset, store them as conflicts/conflicts.parquet."""
    facts = read_dataset(root, "facts", FACT_COLUMNS).to_pandas()
    conflicts = find_conflicts(_with_snippets(root, disputed(facts))) if not facts.empty else pd.DataFrame(
        columns=CONFLICT_SCHEMA.names)
    mismatches = find_change_mismatches(facts) if not facts.empty else pd.DataFrame()
    if not mismatches.empty:
        mismatches = mismatches.merge(_with_snippets(root, mismatches[["fact_id"]]), on="fact_id")
    table = pa.Table.from_pandas(conflicts, schema=CONFLICT_SCHEMA, preserve_index=False)
    write_atomic(table, root / CONFLICTS_DIR / CONFLICTS_FILE)
    return conflicts, mismatches
