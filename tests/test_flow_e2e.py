"""End to end: the Prefect flow over a small folder of good and bad files, run twice."""

from __future__ import annotations

import codecs
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.dataset as pads
import pytest

from flows.etl import run_flow
from flows.settings import Settings
from flows.storage import read_dataset
from tests.conftest import REPO, to_cp1258

pytestmark = pytest.mark.e2e

REPORT = ("BÁO CÁO\n\nkết quả công tác kiểm tra 6 tháng đầu năm 2024 của Tỉnh ủy Nam Định\n\n"
          "Hơn 90 đảng viên bị thi hành kỷ luật.\n\n"  # a headline restating the body's figure: one statistic
          "6 tháng đầu năm 2024, cấp ủy các cấp kiểm tra 738 đảng viên và 319 tổ chức đảng; thi hành kỷ luật "
          "94 đảng viên (khiển trách 61, cảnh cáo 25, cách chức 3, khai trừ 5). Toàn tỉnh kết nạp 437/1.180 "
          "chỉ tiêu (đạt 37,03%). Mặt trận trao 23.418 phần quà trị giá gần 11 tỷ đồng.\n")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("raw")
    (root / "sub").mkdir()
    (root / "good.txt").write_text(REPORT, encoding="utf-8")
    (root / "sub" / "utf16.txt").write_bytes(REPORT.replace("Nam Định", "Thái Bình").encode("utf-16"))
    (root / "legacy.txt").write_bytes(to_cp1258(REPORT.replace("Nam Định", "Hà Nam")))
    (root / "bom.txt").write_bytes(codecs.BOM_UTF8 + REPORT.encode("utf-8"))
    (root / "empty.txt").write_bytes(b"")
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (root / "broken.txt").write_bytes(b"Bao cao \xff\xfe\xfa \x81\x8d\x8f tong ket")
    (root / "good.txt.meta.json").write_text('{"source_url": "https://example.org/a"}', encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def runs(prefect_harness, corpus: Path, tmp_path_factory) -> tuple:
    out = tmp_path_factory.mktemp("curated")
    settings = Settings(input_dir=corpus, out_dir=out)
    first = run_flow(settings)
    tables1 = {n: read_dataset(out, n) for n in ("documents", "quantities", "facts")}
    second = run_flow(settings)
    return out, first, second, tables1


def test_every_file_has_a_documents_row_with_its_status(runs) -> None:
    out, first, _, _ = runs
    docs = read_dataset(out, "documents").to_pandas().set_index("source_path")
    assert docs.loc["good.txt", "status"] == "ok" and docs.loc["good.txt", "source_url"] == "https://example.org/a"
    assert docs.loc["sub/utf16.txt", "encoding"] == "utf-16-bom"
    assert docs.loc["legacy.txt", "encoding"] == "cp1258"
    assert docs.loc["bom.txt", "encoding"] == "utf-8-bom"
    assert (docs.loc["empty.txt", "status"], docs.loc["image.txt", "status"]) == ("empty", "binary")
    assert docs.loc["broken.txt", "status"] == "undecodable" and "UTF-8" in docs.loc["broken.txt", "error"]
    assert first.status_counts == {"ok": 4, "empty": 1, "binary": 1, "undecodable": 1}


def test_partitions_and_row_counts(runs) -> None:
    out, first, _, tables = runs
    folders = sorted(p.relative_to(out / "quantities").as_posix() for p in (out / "quantities").glob("*/*/*"))
    assert folders == ["province=ha-nam/year-2024/period=H1", "province=nam-dinh/year-2024/period=H1",
                       "province=thai-binh/year-2024/period=H1"]
    q = tables["quantities"].to_pandas()
    assert len(q) == first.rows_written["quantities"] == 4 * 13
    assert set(tables["facts"].column("period").to_pylist()) == {"H1", "FY"}
    assert first.facts_by_indicator["disciplined_reprimand"] == 4


def test_datasets_read_with_pandas_duckdb_and_pyarrow(runs) -> None:
    out, *_ = runs
    df = pd.read_parquet(out / "facts")
    assert {"indicator", "subject", "measure", "value", "province", "year", "period"} <= set(df.columns)
    n = duckdb.sql(f"select count(*) from read_parquet('{out}/quantities/**/*.parquet', hive_partitioning=true)")
    assert n.fetchall()[0][0] == len(pd.read_parquet(out / "quantities"))
    kinds = duckdb.sql(f"select typeof(year) from read_parquet('{out}/facts/**/*.parquet', hive_partitioning=true) "
                       "limit 1").fetchall()[0][0]
    assert kinds in ("BIGINT", "INTEGER")
    assert pads.dataset(out / "documents", partitioning="hive").count_rows() == 7


def test_an_unknown_year_is_null_for_every_reader(runs) -> None:
    out, *_ = runs
    undated = {"broken.txt", "empty.txt", "image.txt"}
    assert {p.name for p in (out / "documents" / "province=unknown").iterdir()} == {"year-unknown"}
    docs = pd.read_parquet(out / "documents", columns=["source_path", "year"]).set_index("source_path")["year"]
    assert set(docs[docs.isna()].index) == undated and set(docs.dropna()) == {2024}
    sql = f"select source_path from read_parquet('{out}/documents/**/*.parquet', hive_partitioning=true) "
    assert {r[0] for r in duckdb.sql(sql + "where year is null").fetchall()} == undated
    table = pads.dataset(out / "documents", partitioning="hive").to_table(columns=["source_path", "year"])
    assert {r["source_path"] for r in table.to_pylist() if r["year"] is None} == undated


def test_second_run_is_a_no_op_with_the_same_rows(runs) -> None:
    out, _first, second, tables = runs
    assert (second.new, second.changed, second.unchanged, second.processed) == (0, 0, 7, 0)
    assert second.warnings == []  # the first run left nothing behind for the second to clean up
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == []
    for name, before in tables.items():
        assert before.num_rows > 0
        assert _full_rows(read_dataset(out, name)) == _full_rows(before), name


def _full_rows(table) -> list[tuple]:
    """Every column of every row (values included), sorted: equal only for equal content."""
    return sorted(tuple(str(row[c]) for c in table.column_names) for row in table.to_pylist())


def test_bundled_samples_are_present() -> None:
    assert len(list((REPO / "data" / "raw").glob("*.txt"))) >= 5
    assert (Path(sys.executable).parent / "vnreport").exists(), "the vnreport script is installed beside python"


def test_readme_queries_run_on_the_datasets(runs) -> None:
    import re

    out, *_ = runs
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    queries = re.findall(r'duckdb\.sql\("""(.*?)"""\)', readme, re.S)
    assert len(queries) == 2
    disciplined = duckdb.sql(queries[0].replace("data/curated", str(out))).df()
    assert disciplined["members"].sum() == 4 * 94  # the headline's "Hơn 90" is a mention of the 94, not a row
    facts = pd.read_parquet(out / "facts")
    total = facts[(facts.indicator == "disciplined") & (facts.measure == "count")]
    assert total["value"].tolist() == [94.0] * 4 and total["mentions"].tolist() == [2] * 4
    stats = pd.read_parquet(out / "statistics")
    keys = ["province", "year", "period", "indicator", "subject", "actor", "measure"]
    assert len(stats) == len(stats.astype(str).drop_duplicates(keys))
    members = stats[(stats.indicator == "disciplined") & (stats.subject == "party_member") & (stats.measure == "count")]
    # four documents, three provinces: the two Nam Định reports state one statistic, counted once
    assert members["value"].sum() == 3 * 94
    assert sorted(zip(members["province"].astype(str), members["n_documents"], members["disputed"], strict=True)) == [
        ("ha-nam", 1, False), ("nam-dinh", 2, False), ("thai-binh", 1, False)]
    admissions = duckdb.sql(queries[1].replace("data/curated", str(out))).df()
    assert admissions["pct_of_target"].round(2).eq(37.03).all() and len(admissions) == 4


def test_readme_python_block_runs_as_written(runs) -> None:
    import re

    out, *_ = runs
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.partition("### Reading the data")[2].partition("\n## ")[0]
    (block,) = re.findall(r"```python\n(.*?)```", section, re.S)
    scope: dict = {}
    exec(compile(block.replace("data/curated", str(out)), "README.md", "exec"), scope)
    assert len(scope["facts"]) > 0 and {"indicator", "value", "province"} <= set(scope["facts"].columns)
