"""Every extracted row of the seeds, the bundled samples and the cached dev set against its reviewed golden file."""

from __future__ import annotations

import json

import pytest

from tests.goldens import (
    diff_lines,
    extract_set,
    golden_path,
    input_files,
    input_sets,
    read_golden,
)

REGENERATE = "regenerate with `.venv/bin/python tests/goldens.py {name}` and commit the reviewed diff"


@pytest.mark.parametrize("name", sorted(input_sets()))
def test_extraction_matches_golden(name: str) -> None:
    folder = input_sets()[name]
    files = input_files(folder)
    if not files:
        pytest.skip(f"inputs of the {name} golden are absent at {folder}")
    if not golden_path(name).exists():
        pytest.fail(f"no golden file for {name}: {REGENERATE.format(name=name)}")
    changes = diff_lines(read_golden(name, {f.rel for f in files}), extract_set(folder, files))  # the documents here
    shown = "\n".join(changes[:60]) + ("\n…" if len(changes) > 60 else "")
    assert not changes, f"{len(changes)} golden rows changed for {name} ({REGENERATE.format(name=name)}):\n{shown}"


def test_golden_diff_reports_a_changed_value() -> None:
    row = {"doc": "a.txt", "kind": "fact", "indicator": "admitted", "value": 120, "char_start": 10}
    before = [json.dumps(row, sort_keys=True)]
    after = [json.dumps({**row, "value": 121}, sort_keys=True)]
    assert diff_lines(before, after) == [f"- {before[0]}", f"+ {after[0]}"]
    assert diff_lines(before, list(before)) == []


def test_golden_rows_carry_no_text_beyond_surfaces() -> None:
    for name in input_sets():
        if golden_path(name).exists():
            for line in read_golden(name):
                row = json.loads(line)
                assert "sentence" not in row and "text" not in row and "title" not in row
                assert len(row.get("surface") or "") <= 80, row
