"""The restore plan ranks the dev set's query groups by what their texts still teach, without the texts."""

from __future__ import annotations

import json
from pathlib import Path

from flows.devset_restore import document_misses, golden_output, ranked_groups, write_plan


def fact(indicator: str, value: float, **extra: object) -> dict:
    return {"indicator": indicator, "subject": "party_member", "measure": "count", "value": value, **extra}


def test_golden_output_splits_documents_and_facts_by_document_id() -> None:
    rows = [{"doc": "r1/r1_01.txt", "kind": "document", "province": "ha-noi"},
            {"doc": "r1/r1_01.txt", "kind": "quantity", "value": 3},
            {"doc": "r1/r1_01.txt", "kind": "fact", **fact("admitted", 3)}]
    documents, facts = golden_output(rows)
    assert list(documents) == ["r1_01"] and [f["value"] for f in facts["r1_01"]] == [3]


def test_document_misses_counts_metadata_missed_and_extra_facts() -> None:
    out_doc = {"province": "unknown", "year": 2020, "period": "FY"}
    gold_doc = {"province": "Hà Nội", "year": 2021, "period": "FY"}
    out_facts = [fact("admitted", 3), fact("disciplined", 9), fact("inspected", 4)]
    gold_facts = [fact("admitted", 3), fact("admitted", 5), fact("inspected", 4, optional=True)]
    # province and year off, admitted 5 missed, disciplined 9 extra; the optional row absorbs inspected 4
    assert document_misses(out_doc, out_facts, gold_doc, gold_facts) == (4, 2)
    assert document_misses(None, [], None, []) == (0, 0)


def test_groups_that_teach_most_come_first_and_are_dealt_out_in_turn(tmp_path: Path) -> None:
    entries = [{"doc": d, "query": q, "file": f"{d}.txt", "url": f"https://x.vn/{d}", "sha256": "0", "chars": 1,
                "rank": 1} for d, q in [("a", "q1"), ("b", "q2"), ("c", "q2"), ("d", "q3")]]
    groups = ranked_groups(entries, {"a": (0, 0), "b": (0, 1), "c": (0, 0), "d": (1, 0)})
    assert [q for q, _ in groups] == ["q3", "q2", "q1"]  # 3×1 + 1 = 4; 1 + 2 = 3; 1
    paths = write_plan(groups, 2, tmp_path)
    lists = [[json.loads(line)["query"] for line in p.read_text(encoding="utf-8").splitlines()] for p in paths]
    assert lists == [["q3", "q1"], ["q2"]]
    assert json.loads(paths[1].read_text(encoding="utf-8"))["docs"][0] == {
        "file": "b.txt", "url": "https://x.vn/b", "sha256": "0", "chars": 1, "rank": 1}
