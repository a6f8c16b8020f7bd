"""Flow-level data quality: poisoned documents, rejects written to rejects/, conflicts, --strict."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

import flows.tasks
from flows.etl import run_flow
from flows.settings import Settings
from flows.storage import read_dataset
from tests.helpers import cli_env, run_cli
from transforms.document import process_document

pytestmark = pytest.mark.e2e

A = "6 tháng đầu năm 2024, Tỉnh ủy Nam Định cho biết cấp ủy các cấp kiểm tra 738 đảng viên và 319 tổ chức đảng."
B = "6 tháng đầu năm 2024, Tỉnh ủy Nam Định cho biết cấp ủy các cấp kiểm tra 783 đảng viên."
BAD_ARITHMETIC = "Năm 2023, Tỉnh ủy Nam Định: cấp ủy thi hành kỷ luật 93 đảng viên (khiển trách 61, cảnh cáo 25, " \
                 "cách chức 3, khai trừ 5)."


def _folder(root: Path, docs: dict[str, str]) -> Path:
    root.mkdir(parents=True)
    for name, text in docs.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_poisoned_document_and_injected_bad_rows(prefect_harness, tmp_path: Path, monkeypatch) -> None:
    raw = _folder(tmp_path / "raw", {"a.txt": A, "poison.txt": B, "c.txt": A.replace("Nam Định", "Thái Bình")})

    def sabotaged(raw_bytes, source):
        if source.source_path == "poison.txt":
            raise RuntimeError("extractor bug")
        result = process_document(raw_bytes, source)
        if source.source_path == "c.txt":
            first, second = result.facts[0], result.facts[1]
            result.facts[0] = {**first, "value": -5.0}
            result.facts[1] = {**second, "year": 2099}
        return result

    monkeypatch.setattr(flows.tasks, "process_document", sabotaged)
    summary = run_flow(Settings(input_dir=raw, out_dir=tmp_path / "out"))
    docs = read_dataset(tmp_path / "out", "documents").to_pandas().set_index("source_path")
    assert docs.loc["poison.txt", "status"] == "error" and "extractor bug" in docs.loc["poison.txt", "error"]
    assert (docs.loc["a.txt", "status"], docs.loc["c.txt", "status"]) == ("ok", "ok")
    rejects = read_dataset(tmp_path / "out", "rejects").to_pandas()
    reasons = sorted(r for rs in rejects["reasons"] for r in rs)
    assert any(r.startswith("count >= 0") and "-5.0" in r for r in reasons)
    assert any(r.startswith("year within 1930..") and "2099" in r for r in reasons)
    assert set(rejects["source_path"]) == {"c.txt"} and summary.rejected == 2
    facts = read_dataset(tmp_path / "out", "facts").to_pandas()
    assert len(facts[facts["source_path"] == "c.txt"]) == 0
    assert "Rejected rows (2)" in Path(summary.quality_path).read_text(encoding="utf-8")


def test_conflict_between_two_documents_is_listed(prefect_harness, tmp_path: Path) -> None:
    raw = _folder(tmp_path / "raw", {"a.txt": A, "b.txt": B})
    (raw / "a.txt.meta.json").write_text('{"published": "2024-07-05"}', encoding="utf-8")
    (raw / "b.txt.meta.json").write_text('{"published": "2024-07-20"}', encoding="utf-8")  # a later correction
    summary = run_flow(Settings(input_dir=raw, out_dir=tmp_path / "out"))
    assert summary.conflicts == 1
    stats = read_dataset(tmp_path / "out", "statistics").to_pandas()
    member = stats[(stats["indicator"] == "inspected") & (stats["subject"] == "party_member")]
    assert member[["value", "rule", "disputed", "n_documents"]].values.tolist() == [[783.0, "later", True, 2]]
    assert member["other_values"].tolist()[0].tolist() == [738.0]
    assert len(stats) == len(stats.drop_duplicates(["province", "year", "period", "indicator", "subject", "actor",
                                                    "measure"]))
    conflicts = pq.read_table(tmp_path / "out" / "conflicts" / "conflicts.parquet").to_pylist()
    assert [(c["indicator"], c["values"], c["source_paths"]) for c in conflicts] == [
        ("inspected", [738.0, 783.0], ["a.txt", "b.txt"])]
    report = Path(summary.quality_path).read_text(encoding="utf-8")
    assert "Conflicts across documents (1)" in report and "738, 783" in report


def test_strict_exits_non_zero_on_a_violated_rule(prefect_harness, tmp_path: Path) -> None:
    raw = _folder(tmp_path / "raw", {"bad.txt": BAD_ARITHMETIC})
    default = run_cli(["run", str(raw), "--out", str(tmp_path / "out1")], cli_env(prefect_harness))
    assert default.returncode == 0 and "1 checks violated" in default.stdout
    strict = run_cli(["run", str(raw), "--out", str(tmp_path / "out2"), "--strict"], cli_env(prefect_harness))
    assert strict.returncode == 1
    report = (tmp_path / "out2" / "quality.md").read_text(encoding="utf-8")
    assert "breakdown_sum" in report and "khiển trách 61" in report


def test_bad_setting_is_refused_before_any_work(tmp_path: Path) -> None:
    result = run_cli(["run", str(tmp_path / "missing"), "--out", str(tmp_path / "out")], cli_env("http://unused"))
    assert result.returncode == 2 and "is not a folder" in result.stderr
    assert not (tmp_path / "out").exists()
