"""Row checks: bad rows leave facts/quantities for rejects, each with the check and the value named."""

from __future__ import annotations

import pandas as pd
import pytest

from flows.crosscheck import find_change_mismatches, find_conflicts
from transforms.document import SourceInfo, process_document
from transforms.validation import split_valid

MAX_YEAR = 2027


def good_facts() -> pd.DataFrame:
    text = "6 tháng đầu năm 2024, Tỉnh ủy Nam Định: cấp ủy các cấp kiểm tra 738 đảng viên và 319 tổ chức đảng."
    rows = process_document(text.encode(), SourceInfo("a.txt")).facts
    return pd.DataFrame([{**r, "run_id": "r"} for r in rows])


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"value": -5.0}, "count >= 0"),
        ({"measure": "share_pct", "unit": "percent", "value": 140.0}, "share_pct in 0..100"),
        ({"indicator": "levitated"}, "indicator known"),
        ({"year": 2099}, "year within 1930..2027"),
        ({"value": 2.5}, "count whole"),
        ({"subject": "party_cat"}, "subject in allowed values"),
        ({"char_start": 50, "char_end": 40}, "char_start < char_end"),
        ({"value": float("inf")}, "value finite"),
    ],
)
def test_injected_bad_fact_is_rejected_with_its_reason(change: dict, reason: str) -> None:
    df = good_facts()
    for column, value in change.items():
        df[column] = df[column].astype(object)
        df.at[0, column] = value
    keep, rejects = split_valid("facts", df, MAX_YEAR, {"a.txt": 10_000}, "run-1")
    assert keep == [False] + [True] * (len(df) - 1)
    (reject,) = rejects
    assert any(reason in r for r in reject["reasons"]), reject["reasons"]
    assert reject["dataset"] == "facts" and reject["row_id"] == df.at[0, "fact_id"]
    assert reject["snippet"] and reject["run_id"] == "run-1"


def test_span_beyond_the_text_is_rejected() -> None:
    df = good_facts()
    keep, rejects = split_valid("facts", df, MAX_YEAR, {"a.txt": 20}, "r")
    assert not any(keep) and all("char_end within text" in " ".join(r["reasons"]) for r in rejects)


def test_duplicated_id_is_rejected() -> None:
    df = good_facts()
    df.at[1, "fact_id"] = df.at[0, "fact_id"]
    keep, rejects = split_valid("facts", df, MAX_YEAR, {"a.txt": 10_000}, "r")
    assert keep.count(False) == 2 and all("duplicated" in " ".join(r["reasons"]) for r in rejects)


def test_an_unknown_year_is_null_and_allowed() -> None:
    text = "Các cấp ủy kiểm tra 738 đảng viên."
    rows = process_document(text.encode(), SourceInfo("a.txt")).quantities
    df = pd.DataFrame([{**r, "run_id": "r"} for r in rows])
    assert df["year"].tolist() == [None]
    keep, rejects = split_valid("quantities", df, MAX_YEAR, {}, "r")
    assert keep == [True] and rejects == []


def test_a_fact_of_an_undated_text_has_a_null_year_and_the_fallback_period() -> None:
    rows = process_document("Chi bộ vừa kết nạp 2 đảng viên.".encode(), SourceInfo("a.txt")).facts
    assert [(r["year"], r["period"]) for r in rows] == [(None, "FY")]
    keep, rejects = split_valid("facts", pd.DataFrame([{**r, "run_id": "r"} for r in rows]), MAX_YEAR, {}, "r")
    assert keep == [True] and rejects == []


def _facts_of(docs: dict[str, str]) -> pd.DataFrame:
    rows = []
    for name, text in docs.items():
        rows += process_document(text.encode(), SourceInfo(name)).facts
    return pd.DataFrame(rows)


def test_conflict_between_two_documents_is_reported() -> None:
    facts = _facts_of({
        "a.txt": "6 tháng đầu năm 2024, Tỉnh ủy Nam Định cho biết cấp ủy các cấp kiểm tra 738 đảng viên.",
        "b.txt": "6 tháng đầu năm 2024, Tỉnh ủy Nam Định cho biết cấp ủy các cấp kiểm tra 783 đảng viên.",
        "c.txt": "6 tháng đầu năm 2024, Tỉnh ủy Nam Định cho biết các cấp ủy đã giám sát 100 đảng viên.",
    })
    conflicts = find_conflicts(facts)
    assert len(conflicts) == 1
    row = conflicts.iloc[0]
    assert (row["indicator"], row["values"], row["source_paths"]) == ("inspected", [738.0, 783.0], ["a.txt", "b.txt"])


def test_same_value_in_two_documents_is_no_conflict() -> None:
    text = "6 tháng đầu năm 2024, Tỉnh ủy Nam Định cho biết cấp ủy các cấp kiểm tra 738 đảng viên."
    assert find_conflicts(_facts_of({"a.txt": text, "b.txt": text})).empty


def test_change_against_last_year_in_the_dataset() -> None:
    facts = _facts_of({
        "2023.txt": "6 tháng đầu năm 2023, Tỉnh ủy Nam Định cho biết các cấp ủy đã kiểm tra 200 đảng viên.",
        "2024.txt": "6 tháng đầu năm 2024, Tỉnh ủy Nam Định cho biết các cấp ủy đã kiểm tra 230 đảng viên, "
                    "tăng 25% so với cùng kỳ.",
        "ok.txt": "6 tháng đầu năm 2024, Tỉnh ủy Nam Định cho biết các cấp ủy đã giám sát 110 đảng viên, "
                  "tăng 10% so với cùng kỳ.",
        "ok0.txt": "6 tháng đầu năm 2023, Tỉnh ủy Nam Định cho biết các cấp ủy đã giám sát 100 đảng viên.",
    })
    bad = find_change_mismatches(facts)
    assert bad["indicator"].tolist() == ["inspected"]
    assert bad.iloc[0]["expected"] == pytest.approx(15.0)
