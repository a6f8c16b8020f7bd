"""Row checks (pandera schemas generated from transforms.schema): good rows go on, bad rows become rejects."""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Mapping

import numpy as np
import pandas as pd
import pandera.pandas as pa

from transforms.ids import stable_id
from transforms.schema import DATASETS, Column, Dataset, indicator_codes

MIN_YEAR = 1930
COUNT_MEASURES = ("count", "target", "change_abs")


def _allowed(name: str, values: tuple[str, ...]) -> pa.Check:
    """A named membership check, so a reject says which column broke which rule."""
    return pa.Check(lambda s: s.isin(values), name=name)


def _column_schema(col: Column) -> pa.Column:
    checks = [_allowed(f"{col.name} in allowed values", col.enum)] if col.enum else []
    return pa.Column(nullable=col.nullable, checks=checks, required=True, coerce=False)


def _is_whole(v: float) -> bool:
    return math.isfinite(v) and float(v).is_integer()


def row_schema(name: str, max_year: int) -> pa.DataFrameSchema:
    """pandera schema of a dataset's rows: nullability, enums, ranges, the report-level rules."""
    dataset = DATASETS[name]
    columns = {c.name: _column_schema(c) for c in dataset.columns if c.type is not None}
    year_check = pa.Check(lambda s: s.between(MIN_YEAR, max_year), name=f"year within {MIN_YEAR}..{max_year}")
    columns["year"] = pa.Column(nullable=True, checks=[year_check])
    checks: list[pa.Check] = []
    if "value" in columns:
        columns["value"] = pa.Column(nullable=False, checks=[pa.Check(lambda s: s.map(math.isfinite),
                                                                      name="value finite")])
    if name == "facts":
        columns["indicator"] = pa.Column(nullable=False, checks=[_allowed("indicator known", indicator_codes())])
        checks += [
            pa.Check(lambda df: ~df.measure.isin(COUNT_MEASURES) | df.value.map(_is_whole), name="count whole"),
            pa.Check(lambda df: ~df.measure.isin(("count", "target")) | (df.value >= 0), name="count >= 0"),
            pa.Check(lambda df: (df.measure != "attainment_pct") | (df.value >= 0), name="attainment_pct >= 0"),
            pa.Check(lambda df: (df.measure != "share_pct") | df.value.between(0, 100), name="share_pct in 0..100"),
        ]
    if "char_start" in columns and name != "rejects":
        checks.append(pa.Check(lambda df: df.char_start < df.char_end, name="char_start < char_end"))
    return pa.DataFrameSchema(columns, checks=checks, strict=False, unique=[dataset.key])


def _reasons(schema: pa.DataFrameSchema, df: pd.DataFrame) -> dict[int, list[str]]:
    """Failed checks per row position, each naming the check and the value."""
    out: dict[int, list[str]] = defaultdict(list)
    try:
        schema.validate(df, lazy=True)
    except pa.errors.SchemaErrors as exc:
        for case in exc.failure_cases.to_dict("records"):
            index = case.get("index")
            if index is None or (isinstance(index, float) and math.isnan(index)):
                continue
            column = case.get("column")
            value = df.loc[int(index), column] if column in df.columns else None
            shown = f"{column}={value!r}" if column in df.columns else f"value={df.loc[int(index)].get('value')!r}"
            if case.get("check") and "unique" in str(case.get("check")):
                shown = f"{dataset_key(schema)} duplicated"
            out[int(index)].append(f"{case.get('check')}: {shown}")
    return out


def dataset_key(schema: pa.DataFrameSchema) -> str:
    """The id column a schema checks for uniqueness."""
    unique = schema.unique or ["?"]
    return unique[0] if isinstance(unique, list) else str(unique)


def _span_reasons(df: pd.DataFrame, text_lengths: Mapping[str, int]) -> dict[int, list[str]]:
    """Rows whose span ends past their document's text (compared column-wise: a batch holds ~10 000 rows)."""
    out: dict[int, list[str]] = defaultdict(list)
    limits = df["source_path"].map(text_lengths.get).astype("float64")
    ends = df["char_end"].astype("float64")
    for i in np.flatnonzero((ends > limits).to_numpy(dtype=bool, na_value=False)):
        out[int(i)].append(f"char_end within text: char_end={df['char_end'].iloc[i]} > {int(limits.iloc[i])}")
    return out


def split_valid(
    name: str, df: pd.DataFrame, max_year: int, text_lengths: Mapping[str, int], run_id: str
) -> tuple[list[bool], list[dict]]:
    """(keep flag per row, reject rows naming the checks the other rows failed)."""
    dataset = DATASETS[name]
    if df.empty:
        return [], []
    df = df.reset_index(drop=True)
    reasons = _reasons(row_schema(name, max_year), df)
    if "char_end" in df.columns:
        for i, more in _span_reasons(df, text_lengths).items():
            reasons[i] += more
    rejects = [_reject_row(dataset, df.loc[i].to_dict(), sorted(set(reasons[i])), run_id) for i in sorted(reasons)]
    return [i not in reasons for i in range(len(df))], rejects


def _plain(value: object) -> object:
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "tolist"):
        return value.tolist()
    return value


def _reject_row(dataset: Dataset, row: dict, reasons: list[str], run_id: str) -> dict:
    row = {k: _plain(v) for k, v in row.items()}
    row_id = str(row.get(dataset.key))
    return {
        "reject_id": stable_id(dataset.name, row_id, row.get("source_path")),
        "dataset": dataset.name, "row_id": row_id, "doc_id": row.get("doc_id"),
        "source_path": row.get("source_path"), "reasons": reasons, "char_start": row.get("char_start"),
        "char_end": row.get("char_end"), "snippet": row.get("snippet"),
        "row_json": json.dumps(row, ensure_ascii=False, default=str, sort_keys=True), "run_id": run_id,
        "province": row.get("province"), "year": row.get("year"), "period": row.get("period"),
    }
