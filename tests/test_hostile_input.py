"""Hostile folders: special files are skipped, oversized files get a status row, a bad --out is one line."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from flows.discover import discover
from flows.settings import Settings
from flows.storage import read_dataset
from tests.helpers import cli_env, run_cli
from transforms.document import MAX_NUMBERS, SourceInfo, process_document
from transforms.errors import ParameterError

REPORT = "Năm 2023, các cấp ủy đã kiểm tra 57 đảng viên; kết nạp 128 đảng viên mới.\n"


def _hostile_folder(root: Path) -> Path:
    root.mkdir()
    (root / "good.txt").write_text(REPORT, encoding="utf-8")
    (root / "big.txt").write_text(REPORT * 40, encoding="utf-8")
    os.mkfifo(root / "pipe.txt")
    os.symlink(root / "loop_b.txt", root / "loop_a.txt")
    os.symlink(root / "loop_a.txt", root / "loop_b.txt")
    os.symlink(root / "missing.txt", root / "dangling.txt")
    return root


def test_discover_skips_special_files_with_a_warning(tmp_path: Path) -> None:
    root = _hostile_folder(tmp_path / "raw")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(root / "sock.txt"))
    try:
        files, warnings = discover(root)
    finally:
        sock.close()
    assert [f.rel for f in files] == ["big.txt", "good.txt"]
    text = "\n".join(warnings)
    assert "pipe.txt: skipped, not a regular file (named pipe)" in text
    assert "sock.txt: skipped, not a regular file (socket)" in text
    assert "loop_a.txt: skipped, cannot stat" in text and "dangling.txt: skipped, cannot stat" in text


@pytest.mark.slow
def test_run_over_a_fifo_and_an_oversized_file_finishes(prefect_harness, tmp_path: Path) -> None:
    root = _hostile_folder(tmp_path / "raw")
    out = tmp_path / "out"
    env = cli_env(prefect_harness, VNREPORT_MAX_BYTES="1000")
    done = run_cli(["run", str(root), "--out", str(out)], env, timeout=240)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "pipe.txt: skipped, not a regular file (named pipe)" in done.stdout
    docs = {r["source_path"]: r for r in read_dataset(out, "documents").to_pylist()}
    assert set(docs) == {"good.txt", "big.txt"}
    assert docs["good.txt"]["status"] == "ok"
    assert docs["big.txt"]["status"] == "too_large" and "over the limit of 1000" in docs["big.txt"]["error"]
    assert docs["big.txt"]["n_quantities"] == 0


@pytest.mark.parametrize("make", ["file", "under_file"])
def test_out_pointing_at_a_file_is_refused(tmp_path: Path, make: str) -> None:
    (tmp_path / "raw").mkdir()
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    out = blocker if make == "file" else blocker / "sub"
    with pytest.raises(ParameterError, match="out_dir"):
        Settings(input_dir=tmp_path / "raw", out_dir=out).validated()


def test_an_out_in_the_older_year_layout_is_refused_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "raw").mkdir()
    old = tmp_path / "out" / "facts" / "province=ha-noi" / "year=2024" / "period=FY"
    old.mkdir(parents=True)
    (old / "part-0.parquet").write_bytes(b"PAR1")
    done = run_cli(["run", str(tmp_path / "raw"), "--out", str(tmp_path / "out")], cli_env("http://127.0.0.1:9"))
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "older layout" in done.stderr and "year=2024" in done.stderr


def test_cli_reports_a_bad_out_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "raw").mkdir()
    (tmp_path / "blocker").write_text("x")
    done = run_cli(["run", str(tmp_path / "raw"), "--out", str(tmp_path / "blocker")], cli_env("http://127.0.0.1:9"))
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "is not a folder" in done.stderr
    assert "Traceback" not in done.stdout + done.stderr


@pytest.mark.slow
def test_rows_quote_a_bounded_snippet_of_a_long_sentence() -> None:
    from transforms.document import SourceInfo, process_document

    text = "Năm 2023 kết nạp " + ", ".join(f"{i} đảng viên" for i in range(100, 3100)) + "."
    result = process_document(text.encode("utf-8"), SourceInfo("long.txt"))
    assert len(result.quantities) == 3000
    for row in result.quantities[:: 500]:
        assert len(row["snippet"]) <= 300 and row["surface"] in row["snippet"]
        assert row["sentence_start"] <= row["char_start"] < row["char_end"] <= row["sentence_end"]
        assert row["sentence_end"] - row["sentence_start"] <= 2000  # a run without sentence end is cut
    assert sum(len(r["snippet"]) for r in result.quantities) <= 300 * 3000


@pytest.mark.parametrize(("numbers", "status"), [(MAX_NUMBERS, "ok"), (MAX_NUMBERS + 1, "too_large")])
def test_a_number_flood_gets_a_status_row_not_a_million_quantities(numbers: int, status: str) -> None:
    text = "Năm 2023, kết nạp 12 đảng viên. " + " ".join("7" for _ in range(numbers - 2))
    result = process_document(text.encode("utf-8"), SourceInfo("flood.txt"))
    assert result.document["status"] == status
    if status == "too_large":
        assert f"more than {MAX_NUMBERS} numbers" in result.document["error"]
        assert result.quantities == [] and result.facts == []
    else:
        assert result.facts  # under the limit the report is read as usual
