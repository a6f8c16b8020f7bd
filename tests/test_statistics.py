"""The statistics dataset's choice of one figure per statistic, rule by rule."""

from __future__ import annotations

import pytest

from transforms.statistics import Candidate, build_statistics


def fact(fid: str, value: float, doc: str = "d1", **extra: object) -> dict:
    row = {"fact_id": fid, "doc_id": doc, "source_path": f"{doc}.txt", "province": "lam-dong", "year": 2023,
           "period": "FY", "indicator": "admitted", "subject": "party_member", "actor": None, "measure": "count",
           "value": value, "unit": "count", "approx": None, "scope": "document", "part_of": None, "mentions": 1,
           "province_current": "lam-dong"}
    return {**row, **extra}


def cand(f: dict, official: bool = False, period: str | None = "FY", published: str | None = "2024-01-10") -> Candidate:
    return Candidate(f, official, period, published)


@pytest.mark.parametrize(("candidates", "value", "rule"), [
    ([cand(fact("a", 712))], 712, "only"),
    ([cand(fact("a", 700, "d1", approx="over")), cand(fact("b", 712, "d2"))], 712, "exact"),
    ([cand(fact("a", 690, "d1"), period="H1"), cand(fact("b", 712, "d2"), period="FY")], 712, "full_period"),
    ([cand(fact("a", 690, "d1")), cand(fact("b", 712, "d2"), official=True)], 712, "official"),
    ([cand(fact("a", 690, "d1"), published="2024-01-05"), cand(fact("b", 712, "d2"), published="2024-02-01")],
     712, "later"),
    ([cand(fact("a", 690, "d1"), published=None), cand(fact("b", 712, "d2"), published="2023-12-30")], 712, "later"),
    ([cand(fact("a", 690, "d1")), cand(fact("b", 712, "d2", mentions=2))], 712, "mentions"),
    ([cand(fact("b", 690, "d1")), cand(fact("a", 712, "d2"))], 712, "tie"),
])
def test_each_rule_chooses(candidates: list[Candidate], value: float, rule: str) -> None:
    (row,) = build_statistics(candidates)
    assert (row["value"], row["rule"]) == (value, rule)
    assert row["n_documents"] == len(candidates)
    assert row["disputed"] is (len({c.fact["value"] for c in candidates}) > 1)


def test_disputed_statistic_keeps_the_other_values_and_facts() -> None:
    rows = build_statistics([cand(fact("a", 690, "d1")), cand(fact("b", 712, "d2"), official=True),
                             cand(fact("c", 712, "d3"))])
    (row,) = rows
    assert (row["value"], row["disputed"], row["other_values"], row["fact_ids"][0]) == (712, True, [690], "b")
    assert sorted(row["fact_ids"]) == ["a", "b", "c"] and row["n_documents"] == 3


@pytest.mark.parametrize("extra", [
    {"scope": "subunit"}, {"scope": "national"}, {"province": "unknown"}, {"year": 0},
    {"part_of": "total-id"},  # a 'trong đó' subset of its own indicator
])
def test_figures_that_never_count(extra: dict) -> None:
    assert build_statistics([cand(fact("a", 5, **extra))]) == []


def test_forms_of_discipline_are_statistics_of_their_own() -> None:
    rows = build_statistics([cand(fact("t", 9, indicator="disciplined")),
                             cand(fact("f", 6, indicator="disciplined_reprimand", part_of="t"))])
    assert sorted((r["indicator"], r["value"]) for r in rows) == [("disciplined", 9), ("disciplined_reprimand", 6)]


def test_one_row_per_key() -> None:
    rows = build_statistics([cand(fact("a", 10, actor="committee")), cand(fact("b", 4, actor="commission")),
                             cand(fact("c", 10, "d2", actor="committee")), cand(fact("d", 3, period="H1"))])
    keys = [(r["actor"], r["period"]) for r in rows]
    assert len(keys) == len(set(keys)) == 3


@pytest.mark.parametrize(("title", "official"), [
    ("BÁO CÁO kết quả công tác kiểm tra năm 2023", True),
    ("Báo cáo tổng kết công tác xây dựng Đảng", True),
    ("Toàn tỉnh kết nạp 412 đảng viên mới", False),
    (None, False),
])
def test_official_reports_are_known_by_their_title(title: str | None, official: bool) -> None:
    from transforms.title import is_official

    assert is_official(title) is official


def test_a_document_does_not_dispute_itself() -> None:
    rows = build_statistics([cand(fact("a", 47, "d1", actor="commission")),
                             cand(fact("b", 9, "d1", actor="commission"))])
    (row,) = rows
    assert (row["value"], row["disputed"], row["n_documents"]) == (47, False, 1)
