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
