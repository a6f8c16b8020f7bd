"""One fact per statistic per document: repeats in headlines and summaries are mentions of one row."""

from __future__ import annotations

import pytest

from transforms.document import SourceInfo, process_document


def facts(text: str) -> list[dict]:
    return process_document(text.encode("utf-8"), SourceInfo("t.txt")).facts


@pytest.mark.parametrize(("text", "expected"), [
    # an exact headline repeated in the body: one row, two mentions
    ("Toàn tỉnh kết nạp 415 đảng viên.\n\nNăm 2022, toàn tỉnh kết nạp 415 đảng viên mới.", [(415.0, 2)]),
    # an approximate headline restating an exact figure: the exact one is kept
    ("Gần 420 đảng viên được kết nạp.\n\nNăm 2022, toàn tỉnh kết nạp 415 đảng viên mới.", [(415.0, 2)]),
    # an approximation too far from the figure is another statistic
    ("Hơn 300 đảng viên được kết nạp.\n\nNăm 2022, toàn tỉnh kết nạp 415 đảng viên mới.", [(300.0, 1), (415.0, 1)]),
    # equal figures of sentences opening on different dates are two events; on the same date, one
    ("Ngày 19/7/2024, chi bộ kết nạp 03 đảng viên mới.\n\nNgày 12/9/2024, chi bộ kết nạp 03 đảng viên mới.",
     [(3.0, 1), (3.0, 1)]),
    ("Ngày 19/7/2024, chi bộ kết nạp 03 đảng viên mới.\n\nNgày 19/7/2024, chi bộ kết nạp 03 đảng viên mới.",
     [(3.0, 2)]),
    # two bodies with their own figures are two statistics
    ("Năm 2022, cấp ủy các cấp thi hành kỷ luật 31 đảng viên; ủy ban kiểm tra các cấp thi hành kỷ luật 31 đảng viên.",
     [(31.0, 1), (31.0, 1)]),
    # … also when both bodies are committees, each in its own clause of one sentence
    ("Năm 2023, Bộ Chính trị kỷ luật 4 tổ chức đảng; Ban Bí thư kỷ luật 4 tổ chức đảng và 12 đảng viên.",
     [(4.0, 1), (4.0, 1), (12.0, 1)]),
    # equal parts of two different totals are two statistics
    ("Năm 2022, 212 đảng viên bị kỷ luật bằng các hình thức: khiển trách 150 trường hợp; cảnh cáo 40 trường hợp; "
     "khai trừ 22 trường hợp.\n\nCấp ủy các cấp thi hành kỷ luật 205 trường hợp, trong đó khiển trách 146 trường hợp, "
     "cảnh cáo 40 trường hợp và khai trừ 19 trường hợp.",
     [(19.0, 1), (22.0, 1), (40.0, 1), (40.0, 1), (146.0, 1), (150.0, 1), (205.0, 1), (212.0, 1)]),
    # an equal figure paired with another figure than the first's is another statistic: a restatement restates its
    # pair too …
    ("Năm 2023, Ban Thường vụ Huyện ủy thi hành kỷ luật 2 tổ chức đảng và 9 đảng viên.\n\nCác chi bộ, đảng bộ cơ "
     "sở thi hành kỷ luật 2 tổ chức đảng và 41 đảng viên.", [(2.0, 1), (2.0, 1), (9.0, 1), (41.0, 1)]),
    # … unless the pair is rounded, as a headline's sum of the body's figures may be
    ("Kỷ luật 2 tổ chức đảng và hơn 50 đảng viên\n\nNăm 2023, cấp ủy các cấp thi hành kỷ luật 2 tổ chức đảng và 41 "
     "đảng viên; ủy ban kiểm tra các cấp kỷ luật 12 đảng viên.", [(2.0, 2), (12.0, 1), (41.0, 1), (50.0, 1)]),
])
def test_repeats_are_mentions(text: str, expected: list[tuple[float, int]]) -> None:
    got = sorted((f["value"], f["mentions"]) for f in facts(text) if f["measure"] == "count")
    assert got == expected


def test_the_kept_row_points_at_its_other_mentions() -> None:
    text = "Toàn tỉnh kết nạp 415 đảng viên.\n\nNăm 2022, toàn tỉnh kết nạp 415 đảng viên mới."
    (row,) = facts(text)
    assert (row["char_start"], row["mention_starts"]) == (18, [text.index("415", 20)])
