"""The analyst's side: `vnreport query`, `vnreport show` and flows.query over a small curated output."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from flows.etl import run_flow
from flows.query import QueryError, connect, dataset, describe, open_views, query
from flows.settings import Settings
from tests.helpers import cli_env, run_cli

pytestmark = pytest.mark.e2e

# Two short reports written for this test. The first restates its discipline figure in a headline ("Gần 60")
# above the exact body figure (58): one fact with mentions = 2.
QUANG_NINH = ("BÁO CÁO\n\nSơ kết công tác kiểm tra, giám sát năm 2023 của Tỉnh ủy Quảng Ninh\n\n"
              "Gần 60 đảng viên bị kỷ luật trong năm qua.\n\n"
              "Năm 2023, Ủy ban Kiểm tra các cấp trong tỉnh đã kiểm tra 412 đảng viên và 57 tổ chức đảng; thi hành "
              "kỷ luật 58 đảng viên (khiển trách 31, cảnh cáo 19, cách chức 2, khai trừ 6). Trong năm, toàn Đảng bộ "
              "kết nạp 1.250 đảng viên mới.\n")
PHU_THO = ("BÁO CÁO\n\nKết quả công tác kiểm tra 6 tháng đầu năm 2024 của Tỉnh ủy Phú Thọ\n\n"
           "6 tháng đầu năm 2024, cấp ủy các cấp đã kiểm tra 205 đảng viên; thi hành kỷ luật 17 đảng viên (khiển "
           "trách 12, cảnh cáo 5). Đảng bộ tỉnh kết nạp 640 đảng viên mới.\n")
SUMS = {"admitted": 1250 + 640, "disciplined": 58 + 17, "disciplined_reprimand": 31 + 12,
        "disciplined_warning": 19 + 5, "disciplined_dismissal": 2, "disciplined_expulsion": 6,
        "inspected": 412 + 57 + 205}
SUM_SQL = "select indicator, sum(value) from facts group by 1"


@pytest.fixture(scope="module")
def curated(prefect_harness, tmp_path_factory) -> Path:
    raw = tmp_path_factory.mktemp("raw")
    (raw / "quang_ninh.txt").write_text(QUANG_NINH, encoding="utf-8")
    (raw / "phu_tho.txt").write_text(PHU_THO, encoding="utf-8")
    out = tmp_path_factory.mktemp("curated")
    run_flow(Settings(input_dir=raw, out_dir=out))
    return out


@pytest.fixture(scope="module")
def env(prefect_harness) -> dict[str, str]:
    return cli_env(prefect_harness)


def cli(env: dict[str, str], *args: object):
    return run_cli([str(a) for a in args], env, timeout=120)


def table_cells(text: str) -> list[list[str]]:
    """The body rows of a DuckDB box rendering, as lists of stripped cells."""
    rows = [[c.strip() for c in line.strip().strip("│").split("│")] for line in text.splitlines()
            if line.lstrip().startswith("│")]
    return rows[2:]  # after the header and the type row


def test_query_prints_sums_by_indicator_as_a_table(curated: Path, env) -> None:
    proc = cli(env, "query", SUM_SQL, "--out", curated)
    assert proc.returncode == 0, proc.stderr
    sums = {row[0]: float(row[1]) for row in table_cells(proc.stdout)}
    assert sums == SUMS
    assert "sum(\"value\")" in proc.stdout or "sum(value)" in proc.stdout


def test_query_csv_and_json_to_stdout(curated: Path, env) -> None:
    proc = cli(env, "query", SUM_SQL + " order by 1", "--out", curated, "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.reader(io.StringIO(proc.stdout)))
    assert rows[0][0] == "indicator" and len(rows) == len(SUMS) + 1
    assert {r[0]: float(r[1]) for r in rows[1:]} == SUMS
    proc = cli(env, "query", "select indicator, sum(value) as total, min(year) as year from facts group by 1",
               "--out", curated, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    records = json.loads(proc.stdout)
    assert {r["indicator"]: r["total"] for r in records} == SUMS
    assert all(isinstance(r["year"], int) for r in records)


def test_query_csv_json_and_parquet_to_a_file(curated: Path, env, tmp_path: Path) -> None:
    for fmt in ("csv", "json", "parquet"):
        target = tmp_path / f"sums.{fmt}"
        proc = cli(env, "query", SUM_SQL.replace("sum(value)", "sum(value) as total"), "--out", curated,
                   "--format", fmt, "--output", target)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout == "" and f"wrote {len(SUMS)} rows to {target}" in proc.stderr
        frame = {"csv": pd.read_csv, "json": pd.read_json, "parquet": pd.read_parquet}[fmt](target)
        assert dict(zip(frame["indicator"], frame["total"], strict=True)) == SUMS, fmt
    proc = cli(env, "query", SUM_SQL, "--out", curated, "--format", "parquet")
    assert proc.returncode == 2 and proc.stderr.strip() == "error: --format parquet needs --output FILE"


def test_partition_columns_are_typed_in_every_view(curated: Path, env) -> None:
    sql = " union all ".join(f"select '{v}' as view, typeof(province), typeof(year), typeof(period) from {v}"
                             for v in ("documents", "quantities", "facts", "rejects", "conflicts"))
    proc = cli(env, "query", f"select distinct * from ({sql}) order by 1", "--out", curated, "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.reader(io.StringIO(proc.stdout)))[1:]
    # rejects and conflicts are empty here: their views still carry the dataset's columns
    assert [r[0] for r in rows] == ["documents", "facts", "quantities"]
    assert {tuple(r[1:]) for r in rows} == {("VARCHAR", "INTEGER", "VARCHAR")}
    facts = dataset("facts", out_dir=curated)
    assert pd.api.types.is_integer_dtype(facts["year"]) and set(facts["year"]) == {2023, 2024}
    assert set(facts["period"]) == {"FY", "H1"} and set(facts["province"]) == {"quang-ninh", "phu-tho"}
    assert query("select count(*) as n from rejects", out_dir=curated)["n"].tolist() == [0]


def test_bad_sql_is_one_line_and_exit_code_2(curated: Path, env, tmp_path: Path) -> None:
    for sql in ("selec indicator from facts", "select no_such_column from facts", "select * from nowhere"):
        proc = cli(env, "query", sql, "--out", curated)
        assert proc.returncode == 2, (sql, proc.stdout, proc.stderr)
        assert proc.stdout == ""
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    proc = cli(env, "query", "select 1", "--out", tmp_path / "missing")
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.strip().splitlines() == [
        f"error: output root {tmp_path / 'missing'} does not exist (run `vnreport run` first or pass --out)"]


def test_show_marks_the_span_and_prints_the_other_mention(curated: Path, env) -> None:
    fact = query("select fact_id, mentions, mention_starts from facts where indicator = 'disciplined' "
                 "and value = 58", out_dir=curated)
    assert len(fact) == 1 and fact["mentions"][0] == 2 and len(fact["mention_starts"][0]) == 1
    proc = cli(env, "show", fact["fact_id"][0], "--out", curated)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith(f"fact {fact['fact_id'][0]}\n")
    assert "  indicator: disciplined\n" in out and "  value: 58\n" in out
    assert "document: quang_ninh.txt\n" in out
    assert "  title: BÁO CÁO Sơ kết công tác kiểm tra, giám sát năm 2023 của Tỉnh ủy Quảng Ninh\n" in out
    assert "  province quang-ninh, year 2023, period FY\n" in out
    assert ("Năm 2023, Ủy ban Kiểm tra các cấp trong tỉnh đã kiểm tra 412 đảng viên và 57 tổ chức đảng; thi hành "
            "kỷ luật »58« đảng viên (khiển trách 31, cảnh cáo 19, cách chức 2, khai trừ 6).\n") in out
    assert "other mentions (1):\n" in out
    assert f"  at {fact['mention_starts'][0][0]}: Gần »60« đảng viên bị kỷ luật trong năm qua.\n" in out


def test_show_a_quantity_by_id_prefix_and_unknown_ids(curated: Path, env) -> None:
    qid = query("select quantity_id from quantities where value = 640", out_dir=curated)["quantity_id"][0]
    proc = cli(env, "show", qid[:10], "--out", curated)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"quantity {qid}\n") and "  noun: đảng viên\n" in proc.stdout
    assert "  Đảng bộ tỉnh kết nạp »640« đảng viên mới.\n" in proc.stdout
    proc = cli(env, "show", "not-an-id", "--out", curated)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.strip().splitlines() == ["error: no fact, quantity or statistic with id 'not-an-id'"]


def test_statistics_view_and_show(curated: Path) -> None:
    assert open_views(curated)[2] == ["documents", "quantities", "facts", "rejects", "conflicts", "statistics"]
    types = query("select typeof(province) p, typeof(year) y, typeof(period) q, value, rule from statistics "
                  "where indicator = 'admitted' and measure = 'count' and value = 640", curated)
    assert types.iloc[0].tolist() == ["VARCHAR", "INTEGER", "VARCHAR", 640.0, "only"]
    stat = query("select statistic_id from statistics where indicator = 'admitted' and value = 640", curated)
    lines = describe(stat.iloc[0]["statistic_id"], curated)
    assert lines[0].startswith("statistic ") and "chosen figure:" in lines
    assert "    Đảng bộ tỉnh kết nạp »640« đảng viên mới." in lines


def test_python_entry_point_returns_plain_dtypes(curated: Path) -> None:
    con = connect(curated)
    assert isinstance(con, duckdb.DuckDBPyConnection)
    assert con.sql("select count(*) from documents").fetchall()[0][0] == 2
    frame = query("select province, year, period, indicator, value from facts", out_dir=curated)
    assert not any(isinstance(t, pd.CategoricalDtype) for t in frame.dtypes)
    assert pd.api.types.is_string_dtype(frame["province"]) and pd.api.types.is_string_dtype(frame["period"])
    assert pd.api.types.is_integer_dtype(frame["year"]) and pd.api.types.is_float_dtype(frame["value"])
    assert frame.groupby("indicator")["value"].sum().to_dict() == SUMS
    unknown = query("select year from documents union all select null::integer as year", out_dir=curated)
    assert str(unknown["year"].dtype) == "Int32" and unknown["year"].isna().sum() == 1  # an unknown year: <NA>
    docs = dataset("documents", out_dir=curated)
    assert sorted(docs["source_path"]) == ["phu_tho.txt", "quang_ninh.txt"]
    assert not any(isinstance(t, pd.CategoricalDtype) for t in docs.dtypes)
    with pytest.raises(QueryError, match="no dataset 'targets'"):
        dataset("targets", out_dir=curated)
    with pytest.raises(QueryError, match=r"^Parser Error"):
        query("selec 1", out_dir=curated)


def readme_commands() -> list[list[str]]:
    """The `vnreport query` and `vnreport show` examples of the README's 'Reading the data'."""
    import shlex

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.partition("### Reading the data")[2].partition("\n## ")[0]
    return [shlex.split(line.strip(), comments=True) for line in section.splitlines()
            if line.startswith("    vnreport ")]


def test_readme_command_examples_run(curated: Path, env: dict[str, str], tmp_path: Path) -> None:
    commands = readme_commands()
    assert [c[1] for c in commands] == ["query", "query", "show"]
    fact_id = query("select fact_id from facts limit 1", curated).iloc[0]["fact_id"]
    for words in commands:
        args = [str(tmp_path / w) if w.endswith(".csv") else w for w in words[1:]]
        if args[0] == "show":
            args[1] = fact_id
        done = cli(env, *args, "--out", curated)
        assert done.returncode == 0, (words, done.stdout + done.stderr)
        assert done.stdout.strip() or any(p.exists() for p in tmp_path.glob("*.csv")), words
