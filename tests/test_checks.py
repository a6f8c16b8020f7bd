"""The report's own arithmetic: each rule on a sentence where it holds and one where it is violated."""

from __future__ import annotations

from pathlib import Path

import pytest

from transforms.checks import rounding_tolerance
from transforms.document import SourceInfo, process_document


def outcome(text: str) -> tuple[dict, list[dict]]:
    result = process_document(text.encode("utf-8"), SourceInfo("t.txt"))
    return result.document, result.facts


def violated(facts: list[dict]) -> set[str]:
    return {c.split(":")[0] for f in facts for c in f["checks"]}


CASES = {
    "breakdown_sum": (
        "Các cấp ủy cơ sở thi hành kỷ luật 94 đảng viên (khiển trách 61, cảnh cáo 25, cách chức 3, khai trừ 5).",
        "Các cấp ủy cơ sở thi hành kỷ luật 93 đảng viên (khiển trách 61, cảnh cáo 25, cách chức 3, khai trừ 5).",
    ),
    "attainment": (
        "Toàn tỉnh kết nạp được 437/1.180 chỉ tiêu (đạt 37,03%).",
        "Toàn tỉnh kết nạp được 437/1.180 chỉ tiêu (đạt 39,03%).",
    ),
    "ratio_order": (
        "Toàn tỉnh kết nạp được 1.260/1.180 chỉ tiêu, vượt kế hoạch.",
        "Toàn tỉnh kết nạp được 1.260/1.180 chỉ tiêu.",
    ),
    "subset": (
        "Các cấp ủy thi hành kỷ luật 60 đảng viên, trong đó có 12 đảng viên dự bị.",
        "Các cấp ủy thi hành kỷ luật 60 đảng viên, trong đó có 70 đảng viên dự bị.",
    ),
    "change_agreement": (
        "Các cấp ủy kỷ luật 56 đảng viên, giảm 6,67% (giảm 4 đảng viên) so với cùng kỳ.",
        "Các cấp ủy kỷ luật 56 đảng viên, giảm 8,67% (giảm 4 đảng viên) so với cùng kỳ.",
    ),
}


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_holds_on_a_consistent_sentence(rule: str) -> None:
    doc, facts = outcome(CASES[rule][0])
    assert rule not in violated(facts)
    assert doc["checks_held"] >= 1 and doc["checks_violated"] == 0


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_is_violated_and_keeps_the_numbers(rule: str) -> None:
    doc, facts = outcome(CASES[rule][1])
    assert rule in violated(facts)
    assert doc["checks_violated"] >= 1
    assert all(f["value"] is not None for f in facts), "a violated rule must not drop figures"


def test_violation_names_the_numbers() -> None:
    _, facts = outcome(CASES["breakdown_sum"][1])
    notes = [c for f in facts for c in f["checks"]]
    assert any("61" in n and "94" in n and "93" in n for n in notes)


def test_a_document_without_the_figures_for_a_rule_is_not_applicable() -> None:
    doc, _ = outcome("Các cấp ủy kiểm tra 738 đảng viên.")
    assert (doc["checks_held"], doc["checks_violated"], doc["checks_not_applicable"]) == (0, 0, 5)


@pytest.mark.parametrize(("surface", "tol"), [("37,03%", 0.01), ("31%", 1), ("41,27 %", 0.01), ("87,4%", 0.1)])
def test_rounding_tolerance_follows_the_printed_digits(surface: str, tol: float) -> None:
    assert rounding_tolerance(surface) == pytest.approx(tol)


@pytest.mark.parametrize("stated", ["86,67", "86,66"])
def test_a_rate_rounded_or_cut_holds(stated: str) -> None:
    doc, _ = outcome(f"Năm 2023, chỉ tiêu kết nạp 30 đảng viên; chi bộ kết nạp 26 đảng viên, đạt {stated}%.")
    assert (doc["checks_held"], doc["checks_violated"]) == (1, 0)


def test_seeds_own_arithmetic_holds(seeds_dir: Path) -> None:
    held = 0
    for path in sorted(seeds_dir.glob("*.txt")):
        result = process_document(path.read_bytes(), SourceInfo(path.name))
        assert result.document["checks_violated"] == 0, path.name
        held += result.document["checks_held"]
    assert held >= 10


def test_a_nearest_target_of_zero_checks_nothing_and_raises_nothing() -> None:
    """A text where the target next to 'đạt X%' is 0 (as a mutated hostile file had) is read, not an error."""
    document, facts = outcome("Chỉ tiêu kết nạp 50 đảng viên. Toàn tỉnh kết nạp được 40/0 chỉ tiêu (đạt 80%).")
    assert document["status"] == "ok"
    assert "attainment" not in violated(facts)


@pytest.mark.parametrize(("text", "broken"), [
    # two forms a report singles out fall short of their total and say nothing
    ("Năm 2022, tỉnh thi hành kỷ luật 931 đảng viên, trong đó cách chức 13, khai trừ 12 đảng viên.", set()),
    # three forms short of it: a form left unread
    ("Năm 2022, tỉnh thi hành kỷ luật 313 đảng viên, trong đó khai trừ 45, cách chức 6, cảnh cáo 61 đảng viên.",
     {"breakdown_sum"}),
    # a form restated with its figure is one part, not two
    ("Năm 2018, có 46 trường hợp đảng viên vi phạm phải xử lý kỷ luật (3 trường hợp khai trừ ra khỏi Đảng, 1 trường "
     "hợp cảnh cáo, 42 trường hợp khiển trách). Ba trường hợp khai trừ Đảng là ba trong số 5 bị cáo.", set()),
    # parts above their total are always wrong
    ("Năm 2022, tỉnh thi hành kỷ luật 20 đảng viên, trong đó cách chức 13, khai trừ 12 đảng viên.", {"breakdown_sum"}),
])
def test_a_breakdown_short_of_its_total(text: str, broken: set[str]) -> None:
    assert violated(outcome(text)[1]) == broken
