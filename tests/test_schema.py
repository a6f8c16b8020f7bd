"""One schema: the data dictionary is generated from it and the files written match it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO
from transforms.schema import DATASETS, data_dictionary


def test_data_dictionary_is_up_to_date() -> None:
    written = (REPO / "docs" / "data_dictionary.md").read_text(encoding="utf-8")
    assert written.strip() == data_dictionary().strip(), "run `vnreport dictionary` to regenerate docs/"


def test_every_dataset_has_a_key_provenance_and_partitions() -> None:
    for ds in DATASETS.values():
        names = [c.name for c in ds.columns]
        assert ds.key in names and len(names) == len(set(names))
        assert {"doc_id", "source_path", "run_id"} <= set(names)
        assert [c.name for c in ds.columns if c.partition] == ["province", "period"]
        assert ds.column("year").nullable and not ds.column("year").partition  # a file column: null when unknown
        assert all(c.doc for c in ds.columns)


def test_readme_taxonomy_is_generated_from_the_vocabulary() -> None:
    from flows.cli import with_taxonomy

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert readme == with_taxonomy(readme), "run `vnreport dictionary` to regenerate the README taxonomy"
    assert "| `disciplined_reprimand` | `khiển trách` |" in readme


def test_ci_runs_the_readme_test_command() -> None:
    readme_lines = (REPO / "README.md").read_text(encoding="utf-8").splitlines()[:6]
    test_command = next(line.strip() for line in readme_lines if "-m pytest" in line)
    assert "pip install -e '.[test]'" in test_command


@pytest.mark.parametrize(("exit_code", "ci_code"), [(0, 0), (1, 1), (5, 1)])
def test_ci_script_runs_the_readme_command_and_fails_on_no_tests(tmp_path: Path, exit_code: int, ci_code: int) -> None:
    (tmp_path / ".ci").mkdir()
    shutil.copy(REPO / ".ci" / "run", tmp_path / ".ci" / "run")
    marker = tmp_path / "ran"
    command = f"touch {marker}; python3 -c 'import sys; sys.exit({exit_code})' -m pytest"
    (tmp_path / "README.md").write_text(f"# x\n\n    pip install .\n    {command}\n", encoding="utf-8")
    done = subprocess.run(["bash", str(tmp_path / ".ci" / "run")], capture_output=True, text=True, timeout=60)
    assert marker.exists(), done.stdout + done.stderr
    assert done.returncode == ci_code
    assert ("collected no tests" in done.stderr) is (exit_code == 5)
