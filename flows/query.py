"""SQL over the curated datasets: DuckDB views of the Parquet files, for `vnreport query`/`show` and notebooks.

    from flows.query import connect, dataset, query

    query("SELECT indicator, sum(value) AS total FROM facts GROUP BY 1", out_dir="data/curated")
    facts = dataset("facts", out_dir="data/curated")      # plain dtypes: province/period str, year Int32 (<NA>)
    con = connect("data/curated")                          # a duckdb connection with every view
    con.sql("SELECT * FROM documents WHERE year = 2024").df()

Views: documents, quantities, facts, rejects, conflicts, and statistics when a statistics/ folder exists. Each view
reads the data files with hive partitioning, so queries see the files as they are on disk at query time; the
partition columns are typed province VARCHAR and period VARCHAR (never categoricals), and year is the files' own
INTEGER column, NULL when unknown (its folder, year-<yyyy>, is not a hive key). A dataset not written yet
(rejects before the first rejected row) is an empty view with its columns.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

from flows.settings import load_settings
from transforms.errors import VnreportError

VIEWS = ("documents", "quantities", "facts", "rejects", "conflicts", "statistics")
PARTITION_TYPES = {"province": "VARCHAR", "period": "VARCHAR"}
ID_COLUMNS = (("fact", "facts", "fact_id"), ("quantity", "quantities", "quantity_id"),
              ("statistic", "statistics", "statistic_id"))
OPEN, CLOSE = "»", "«"
# Columns `show` does not list as fields: the id itself, long texts, run bookkeeping, what other lines print.
HIDDEN_FIELDS = {"snippet", "text", "run_id", "processed_at", "pipeline_version", "source_path", "sentence_start",
                 "sentence_end", "mention_starts"}


class QueryError(VnreportError):
    """A query or a lookup that cannot be answered; the message is one line."""


class OutputRootMissing(QueryError):
    """The output root does not exist (nothing was written there yet)."""


class UnknownId(QueryError):
    """No fact, quantity or statistic has the id asked for."""


def resolve_out_dir(out_dir: Path | str | None) -> Path:
    """The output root: the given folder, else VNREPORT_OUT_DIR, else data/curated."""
    return Path(out_dir) if out_dir is not None else load_settings().out_dir


def _empty_schemas() -> dict[str, pa.Schema]:
    """Full column sets (partition columns included) of the datasets that get an empty view when absent."""
    from flows.crosscheck import CONFLICT_SCHEMA
    from transforms.schema import DATASETS

    schemas = {name: pa.schema([pa.field(c.name, c.type) for c in ds.columns]) for name, ds in DATASETS.items()}
    return {**schemas, "conflicts": CONFLICT_SCHEMA}


def _data_files(folder: Path) -> Iterator[Path]:
    """Parquet data files under a dataset folder (hidden and '_' bookkeeping names skipped)."""
    for path in folder.rglob("*.parquet"):
        if not any(part.startswith((".", "_")) for part in path.relative_to(folder).parts):
            yield path


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def view_source(folder: Path) -> str | None:
    """The read_parquet(...) call a view of this dataset folder selects from; None when it holds no data file."""
    first = next(_data_files(folder), None)
    if first is None:
        return None
    keys = [part.split("=", 1)[0] for part in first.relative_to(folder).parent.parts if "=" in part]
    if not keys:
        return f"read_parquet({_sql_string(str(folder / '*.parquet'))}, union_by_name = true)"
    types = ", ".join(f"{_sql_string(k)}: {_sql_string(PARTITION_TYPES[k])}" for k in keys if k in PARTITION_TYPES)
    return (f"read_parquet({_sql_string(str(folder / '**' / '*.parquet'))}, hive_partitioning = true, "
            f"hive_types = {{{types}}}, union_by_name = true)")


def open_views(out_dir: Path | str | None) -> tuple[duckdb.DuckDBPyConnection, Path, list[str]]:
    """(connection with the views, output root, names of the views) for out_dir (default data/curated)."""
    root = resolve_out_dir(out_dir)
    if not root.is_dir():
        raise OutputRootMissing(f"output root {root} does not exist (run `vnreport run` first or pass --out)")
    con = duckdb.connect()
    empty = _empty_schemas()
    names = []
    for name in VIEWS:
        source = view_source(root / name) if (root / name).is_dir() else None
        if source is not None:
            con.execute(f"CREATE VIEW {_ident(name)} AS SELECT * FROM {source}")
        elif name in empty:
            con.register(name, empty[name].empty_table())
        else:
            continue
        names.append(name)
    return con, root, names


def connect(out_dir: Path | str | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with a view per dataset under out_dir (default data/curated)."""
    return open_views(out_dir)[0]


def one_line(exc: BaseException) -> str:
    """A DuckDB error as one line: its message and hints, without the caret drawing under the SQL."""
    lines = [ln.strip() for ln in str(exc).splitlines()]
    kept = [ln for ln in lines if ln and not ln.startswith("LINE ") and set(ln) != {"^"}]
    text = " ".join(kept) or type(exc).__name__
    return text if len(text) <= 400 else text[:399] + "…"


def _to_arrow(relation: duckdb.DuckDBPyRelation) -> pa.Table:
    to_table = getattr(relation, "to_arrow_table", None)  # duckdb >= 1.4; older: arrow() returns a Table
    return to_table() if to_table is not None else relation.arrow()


def execute(con: duckdb.DuckDBPyConnection, sql: str) -> pa.Table | None:
    """Run SQL on a connection; its result as an Arrow table (None for a statement without one)."""
    try:
        relation = con.sql(sql)
        return None if relation is None else _to_arrow(relation)
    except duckdb.Error as exc:
        raise QueryError(one_line(exc)) from exc


INTEGER_TYPES = {"TINYINT": "Int8", "SMALLINT": "Int16", "INTEGER": "Int32", "BIGINT": "Int64"}


def plain(frame: pd.DataFrame, sql_types: dict[str, str] | None = None) -> pd.DataFrame:
    """The frame with categorical columns turned back into plain columns of their values' dtype, and integer
    columns holding NULL (an unknown year) as nullable integers rather than floats."""
    for name in frame.columns:
        if isinstance(frame[name].dtype, pd.CategoricalDtype):
            frame[name] = frame[name].astype(frame[name].cat.categories.dtype)
        nullable = INTEGER_TYPES.get((sql_types or {}).get(name, ""))
        if nullable and frame[name].dtype.kind == "f":
            frame[name] = frame[name].astype(nullable)
    return frame


def query(sql: str, out_dir: Path | str | None = None) -> pd.DataFrame:
    """Run SQL over the dataset views; the result as a pandas DataFrame with plain dtypes."""
    con = connect(out_dir)
    try:
        try:
            relation = con.sql(sql)
            frame = relation.df() if relation is not None else pd.DataFrame()
            types = dict(zip(relation.columns, map(str, relation.types), strict=True)) if relation is not None else {}
        except duckdb.Error as exc:
            raise QueryError(one_line(exc)) from exc
        return plain(frame, types)
    finally:
        con.close()


def dataset(name: str, out_dir: Path | str | None = None) -> pd.DataFrame:
    """One whole dataset (documents, quantities, facts, rejects, conflicts, statistics) as a DataFrame."""
    con, root, names = open_views(out_dir)
    con.close()
    if name not in names:
        known = ", ".join(names)
        raise QueryError(f"no dataset {name!r} under {root} (there are: {known})")
    return query(f"SELECT * FROM {_ident(name)}", root)


def render_table(con: duckdb.DuckDBPyConnection, table: pa.Table, max_rows: int = 10_000) -> str:
    """DuckDB's aligned box rendering of a result, as wide as the terminal (160 columns when not one)."""
    import contextlib
    import io

    con.register("__vnreport_result", table)
    try:
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            con.sql("SELECT * FROM __vnreport_result").show(
                max_rows=max_rows, max_width=shutil.get_terminal_size((160, 24)).columns)
        return buffer.getvalue()
    finally:
        con.unregister("__vnreport_result")


def copy_result(con: duckdb.DuckDBPyConnection, table: pa.Table, fmt: str, target: Path) -> None:
    """Write a result as csv (with a header), json (one array of objects) or parquet with DuckDB's writers."""
    options = {"csv": "FORMAT csv, HEADER true", "json": "FORMAT json, ARRAY true", "parquet": "FORMAT parquet"}
    con.register("__vnreport_result", table)
    try:
        con.execute(f"COPY (SELECT * FROM __vnreport_result) TO {_sql_string(str(target))} ({options[fmt]})")
    except duckdb.Error as exc:
        raise QueryError(f"cannot write {target}: {one_line(exc)}") from exc
    finally:
        con.unregister("__vnreport_result")


# ---- show: one row with its provenance ----

def _columns(con: duckdb.DuckDBPyConnection, view: str) -> list[str]:
    return con.sql(f"SELECT * FROM {_ident(view)} LIMIT 0").columns


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list) -> list[dict]:
    cursor = con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def find_row(con: duckdb.DuckDBPyConnection, names: list[str], ident: str) -> tuple[str, str, dict]:
    """(kind, id column, row) of the fact, quantity or statistic with this id (or this unique id prefix)."""
    candidates = [(kind, view, col) for kind, view, col in ID_COLUMNS if view in names and col in _columns(con, view)]
    for predicate in ("{col} = ?", "starts_with({col}, ?)"):
        found = []
        for kind, view, col in candidates:
            sql = f"SELECT * FROM {_ident(view)} WHERE {predicate.format(col=_ident(col))} LIMIT 3"
            found += [(kind, col, row) for row in _rows(con, sql, [ident])]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            ids = ", ".join(f"{kind} {row[col]}" for kind, col, row in found)
            raise QueryError(f"id {ident!r} is ambiguous: {ids}")
    raise UnknownId(f"no fact, quantity or statistic with id {ident!r}")


def _value(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return ", ".join(_value(v) for v in value) if value else "(none)"
    return str(value)


def mark(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> str:
    """text[sentence_start:sentence_end] on one line with the span start:end between » and «."""
    s, e = min(sentence_start, start), max(sentence_end, end)
    marked = f"{text[s:start]}{OPEN}{text[start:end]}{CLOSE}{text[end:e]}"
    return " ".join(marked.split())


def _sentence_around(text: str, start: int) -> tuple[int, int, int]:
    """(span end, sentence start, sentence end) guessed from the text when no quantity row gives them."""
    number = re.compile(r"[\w.,/%]+").match(text, start)
    end = number.end() if number else min(start + 1, len(text))
    before = max(text.rfind(ch, 0, start) for ch in ".!?\n") + 1
    afters = [i for i in (text.find(ch, end) for ch in ".!?\n") if i >= 0]
    return end, before, (min(afters) + 1 if afters else len(text))


def _mention(con: duckdb.DuckDBPyConnection, names: list[str], text: str, source: str, start: int) -> str:
    rows = []
    if "quantities" in names:
        rows = _rows(con, "SELECT char_end, sentence_start, sentence_end FROM quantities "
                          "WHERE source_path = ? AND char_start = ? LIMIT 1", [source, start])
    if rows:
        end, s, e = rows[0]["char_end"], rows[0]["sentence_start"], rows[0]["sentence_end"]
    else:
        end, s, e = _sentence_around(text, start)
    return mark(text, start, end, s, e)


def describe(ident: str, out_dir: Path | str | None = None) -> list[str]:
    """Lines describing a fact, quantity or statistic with its document, marked sentence and other mentions."""
    con, _root, names = open_views(out_dir)
    try:
        kind, id_col, row = find_row(con, names, ident)
        lines = [f"{kind} {row[id_col]}"]
        lines += [f"  {k}: {_value(v)}" for k, v in row.items()
                  if k != id_col and k not in HIDDEN_FIELDS and v is not None and k not in ("char_start", "char_end")]
        if kind == "statistic" and row.get("fact_ids") and "char_start" not in row:
            chosen = describe(str(row["fact_ids"][0]), out_dir)  # the figure it chose, with its sentence
            return lines + ["chosen figure:"] + [f"  {line}" for line in chosen]
        source = row.get("source_path")
        if source is None:
            return lines
        docs = _rows(con, "SELECT source_path, title, province, year, period, text FROM documents "
                          "WHERE source_path = ? LIMIT 1", [source]) if "documents" in names else []
        doc = docs[0] if docs else {"source_path": source}
        lines.append(f"document: {source}" + ("" if docs else " (no documents row)"))
        if docs:
            lines.append(f"  title: {_value(doc.get('title') or '(none)')}")
            lines.append(f"  province {doc['province']}, year {doc['year']}, period {doc['period']}")
        text = doc.get("text")
        start, end = row.get("char_start"), row.get("char_end")
        if text is None or start is None or end is None:
            if row.get("snippet"):
                lines.append(f"snippet: {' '.join(str(row['snippet']).split())}")
            return lines
        s = row.get("sentence_start")
        e = row.get("sentence_end")
        if s is None or e is None:
            _, s, e = _sentence_around(text, start)
        lines.append(f"sentence (characters {start}-{end} of the text):")
        lines.append(f"  {mark(text, start, end, s, e)}")
        others = [int(m) for m in row.get("mention_starts") or [] if m != start]
        if others:
            lines.append(f"other mentions ({len(others)}):")
            for other in others:
                lines.append(f"  at {other}: {_mention(con, names, text, source, other)}")
        return lines
    finally:
        con.close()
