"""One schema: the data dictionary is generated from it and the files written match it."""

from __future__ import annotations

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
        assert [c.name for c in ds.columns if c.partition] == ["province", "year", "period"]
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
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "head -n 12 README.md | grep -m1 -- '-m pytest'" in ci and 'bash -c "$command"' in ci
    assert '"$rc" -eq 5' in ci
