"""Partition paths, atomic partition rewrites, typed read-back, compaction."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.manifest import MANIFEST_SCHEMA, Manifest, load_manifest, save_manifest
from flows.storage import (
    DATA_FILE,
    compact_dataset,
    partition_path,
    read_dataset,
    sanitize_partition,
    to_table,
    write_dataset,
)
from transforms.schema import DATASETS


def qrow(source: str, start: int, value: float, province: str = "hai-duong", year: int = 2024,
         period: str = "H1") -> dict:
    return {"quantity_id": f"{source}-{start}", "doc_id": "d" + source, "source_path": source, "surface": str(value),
            "char_start": start, "char_end": start + 2, "snippet": "s", "sentence_start": 0, "sentence_end": 1,
            "section": None, "value": value,
            "unit": "count", "approx": None, "noun": None, "noun_class": None, "ratio": None, "ambiguous": False,
            "parse_note": None, "run_id": "r1", "province": province, "year": year, "period": period}


def test_partition_path_is_exact(tmp_path: Path) -> None:
    assert partition_path(tmp_path, "facts", ("hai-duong", 2024, "H1")) == (
        tmp_path / "facts" / "province=hai-duong" / "year-2024" / "period=H1")
    assert partition_path(tmp_path, "facts", ("hai-duong", None, "FY")) == (
        tmp_path / "facts" / "province=hai-duong" / "year-unknown" / "period=FY")


@pytest.mark.parametrize(
    ("given", "expected"),
    [(("../../etc", 2024, "H1"), ("unknown", 2024, "H1")), (("Hải Dương", 2024, "H1"), ("unknown", 2024, "H1")),
     (("ha-noi", None, "H1/../x"), ("ha-noi", 0, "unknown")), (("ha-noi", 2024, "FY"), ("ha-noi", 2024, "FY"))],
)
def test_partition_values_cannot_escape_the_root(given: tuple, expected: tuple) -> None:
    assert sanitize_partition(*given) == expected


def test_rewrite_replaces_a_source_and_leaves_other_partitions_untouched(tmp_path: Path) -> None:
    rows = [qrow("a.txt", 0, 1), qrow("b.txt", 0, 2), qrow("c.txt", 0, 3, province="ha-noi")]
    write_dataset(tmp_path, "quantities", to_table(rows, DATASETS["quantities"]), set(), [])
    other = partition_path(tmp_path, "quantities", ("ha-noi", 2024, "H1")) / DATA_FILE
    before = other.read_bytes()
    new = to_table([qrow("a.txt", 5, 10)], DATASETS["quantities"])
    written = write_dataset(tmp_path, "quantities", new, {"a.txt"}, [])
    assert written == {("hai-duong", 2024, "H1"): 2}
    table = read_dataset(tmp_path, "quantities")
    assert sorted(zip(table["source_path"].to_pylist(), table["value"].to_pylist(), strict=False)) == [
        ("a.txt", 10.0), ("b.txt", 2.0), ("c.txt", 3.0)]
    assert other.read_bytes() == before
    assert not list(tmp_path.rglob(".*.tmp"))


def test_emptied_partition_disappears(tmp_path: Path) -> None:
    write_dataset(tmp_path, "quantities", to_table([qrow("a.txt", 0, 1)], DATASETS["quantities"]), set(), [])
    write_dataset(tmp_path, "quantities", to_table([], DATASETS["quantities"]), {"a.txt"},
                  [("hai-duong", 2024, "H1")])
    assert not (tmp_path / "quantities" / "province=hai-duong").exists()
    assert read_dataset(tmp_path, "quantities").num_rows == 0


def test_read_back_has_plain_partition_types(tmp_path: Path) -> None:
    write_dataset(tmp_path, "quantities", to_table([qrow("a.txt", 0, 1)], DATASETS["quantities"]), set(), [])
    table = read_dataset(tmp_path, "quantities")
    assert table.schema.field("year").type == pa.int32()
    assert table.schema.field("province").type == pa.string()


def test_compact_merges_extra_files(tmp_path: Path) -> None:
    write_dataset(tmp_path, "quantities", to_table([qrow("a.txt", 0, 1)], DATASETS["quantities"]), set(), [])
    folder = partition_path(tmp_path, "quantities", ("hai-duong", 2024, "H1"))
    extra = to_table([qrow("z.txt", 0, 9)], DATASETS["quantities"]).drop_columns(["province", "year", "period"])
    pq.write_table(extra, folder / "part-extra.parquet")
    assert compact_dataset(tmp_path, "quantities") == 1
    assert [p.name for p in folder.glob("*.parquet")] == [DATA_FILE]
    assert read_dataset(tmp_path, "quantities").num_rows == 2


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a.txt", "b.txt", "c.txt"]), st.integers(0, 10_000),
                          st.floats(0, 1e12, allow_nan=False), st.sampled_from(["H1", "FY", "TERM"])),
                min_size=1, max_size=30, unique_by=lambda t: (t[0], t[1])))
def test_write_then_read_gives_the_same_rows(tmp_path_factory, rows: list) -> None:
    root = tmp_path_factory.mktemp("ds")
    data = [qrow(s, start, v, period=p) for s, start, v, p in rows]
    write_dataset(root, "quantities", to_table(data, DATASETS["quantities"]), set(), [])
    back = read_dataset(root, "quantities").to_pylist()
    key = lambda r: (r["source_path"], r["char_start"])  # noqa: E731
    assert sorted(back, key=key) == sorted(data, key=key)


def test_discover_reads_sidecars_and_manifest_csv(tmp_path: Path) -> None:
    from flows.discover import discover

    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("y", encoding="utf-8")
    (tmp_path / "c.txt").write_text("z", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("path,province,published\na.txt,Hà Nội,2024-01-02\nsub/b.txt,Huế,\n",
                                           encoding="utf-8")
    (tmp_path / "a.txt.meta.json").write_text('{"province": "Hải Dương", "source_url": "https://x"}', "utf-8")
    (tmp_path / "c.txt.meta.json").write_text("{broken", encoding="utf-8")
    files, warnings = discover(tmp_path)
    by_rel = {f.rel: f.sidecar for f in files}
    assert by_rel == {"a.txt": {"province": "Hải Dương", "published": "2024-01-02", "source_url": "https://x"},
                      "c.txt": {}, "sub/b.txt": {"province": "Huế"}}
    assert len(warnings) == 1 and "c.txt.meta.json" in warnings[0]


def _manifest_row(rel: str, mtime: int, year: int) -> dict:
    return {"source_path": rel, "size": 10, "mtime_ns": mtime, "sha256": "s" + rel, "sidecar_hash": "", "doc_id": "d",
            "pipeline_version": "1", "status": "ok", "run_id": "r", "processed_at": None, "province": "ha-noi",
            "year": year, "period": "FY", "partitions": [f"facts/{rel}"]}


def test_manifest_keeps_stored_rows_and_applies_a_runs_changes(tmp_path: Path) -> None:
    first = load_manifest(tmp_path)
    first.add(pa.Table.from_pylist([_manifest_row(r, 1, 2020) for r in ("c.txt", "a.txt", "b.txt")],
                                   schema=MANIFEST_SCHEMA))
    save_manifest(tmp_path, first)
    stored = load_manifest(tmp_path)
    assert sorted(stored) == ["a.txt", "b.txt", "c.txt"]
    assert stored.value("b.txt", "partitions") == ["facts/b.txt"]
    stored.touch("a.txt", 7)  # same content, new mtime
    stored.drop("c.txt")  # removed from the input
    stored.add(pa.Table.from_pylist([_manifest_row("b.txt", 2, 2021)], schema=MANIFEST_SCHEMA))  # re-processed
    assert "c.txt" not in stored and stored.value("a.txt", "mtime_ns") == 7
    save_manifest(tmp_path, stored)
    rows = pq.read_table(tmp_path / "_manifest.parquet").to_pylist()
    assert [(r["source_path"], r["mtime_ns"], r["year"]) for r in rows] == [("a.txt", 7, 2020), ("b.txt", 2, 2021)]


def test_staged_rows_read_back_with_few_open_files_reopen_few(tmp_path: Path, monkeypatch) -> None:
    """More batch files than the open-file budget: every partition still reads back whole and in order, and the
    files read in the same order for each partition are not all reopened each time."""
    import flows.staging as staging_module

    monkeypatch.setattr(staging_module, "open_file_budget", lambda: 4)
    opened = []
    real_open = pa.ipc.open_file
    monkeypatch.setattr(pa.ipc, "open_file", lambda *a, **k: opened.append(1) or real_open(*a, **k))
    staging = staging_module.Staging(tmp_path, "run-1")
    provinces = ["ha-noi", "hai-duong", "nam-dinh"]
    for order in range(10):
        rows = [qrow(f"{order:02d}.txt", 0, order, province=p) for p in provinces]
        staging.add({"quantities": to_table(rows, DATASETS["quantities"])}, order)
    for province in provinces:
        tables = list(staging.tables("quantities", (province, 2024, "H1")))
        assert [v for t in tables for v in t["value"].to_pylist()] == [float(o) for o in range(10)]
    staging.remove()
    # the first partition opens all 10 files; later ones reopen only the files beyond the 3 that stay open
    assert len(opened) <= 10 + 2 * (10 - 3)


def test_staged_manifest_rows_read_back_in_order_and_leave_with_the_staging(tmp_path: Path) -> None:
    """New manifest rows wait on disk, not in the flow process, and come back batch by batch in the order added."""
    from flows.staging import Staging

    staging = Staging(tmp_path, "run-1")
    assert list(staging.manifest_rows()) == []  # a run that processed nothing staged none
    for batch in (["b.txt", "a.txt"], ["c.txt"]):
        staging.add_manifest_rows(pa.Table.from_pylist([_manifest_row(p, 1, 2020) for p in batch],
                                                       schema=MANIFEST_SCHEMA))
    stored = Manifest()
    for rows in staging.manifest_rows():
        stored.add(rows)
    staging.remove()
    assert not (tmp_path / ".staging").exists()
    save_manifest(tmp_path, stored)  # the rows outlive the staged file they were mapped from
    assert pq.read_table(tmp_path / "_manifest.parquet").column("source_path").to_pylist() == ["a.txt", "b.txt",
                                                                                               "c.txt"]
