"""Edge cases of reporting-period detection: spans, years, comparison bases, cut-offs, terms and the document period."""

from __future__ import annotations

import pytest

from transforms.document_period import document_period, resolve_year, title_year
from transforms.keys import fold_key
from transforms.periods import NAME_CONTEXT_CHARS, PeriodMention, find_period_mentions, local_mention
from transforms.text import Sentence

Row = tuple[str, str | None, int | None, bool, bool, bool, bool]


def mentions_of(text: str) -> list[Row]:
    """Each mention as (matched text, period, year, local, comparison, same period, term)."""
    return [(text[m.start:m.end].lower(), m.period, m.year, m.local, m.comparison, m.same_period, m.term)
            for m in find_period_mentions(fold_key(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quý II/2024, kết nạp đảng viên.", [("quý ii/2024", "Q2", 2024, False, False, False, False)]),
        ("Quý II / 2024 tăng mạnh.", [("quý ii / 2024", "Q2", 2024, False, False, False, False)]),
        ("Quý IV 1999 giảm nhẹ.", [("quý iv 1999", "Q4", 1999, False, False, False, False)]),
        ("Quý II năm 20245 có số liệu.", [("quý ii", "Q2", None, False, False, False, False)]),
        ("Quý 3 năm 2024,5 có số liệu.", [("quý 3", "Q3", None, False, False, False, False)]),
        ("Quý 3 năm 1899 có số liệu.", [("quý 3", "Q3", None, False, False, False, False)]),
        ("Tăng so với cùng kỳ năm 2023.", [("năm 2023", None, 2023, False, True, True, False)]),
        ("Cùng kỳ năm 2022 có ít hơn.", [("năm 2022", None, 2022, False, True, True, False)]),
        ("Giảm so với 6 tháng đầu năm 2023.", [("6 tháng đầu năm 2023", None, 2023, False, True, False, False)]),
        ("Đạt 50% chỉ tiêu cả năm.", [("cả năm", None, None, False, False, False, False)]),
        ("Riêng quý I năm 2024, kết nạp thêm.", [("quý i năm 2024", "Q1", 2024, True, False, False, False)]),
        ("Trong đó quý 2 tăng.", [("quý 2", "Q2", None, True, False, False, False)]),
        ("Kết quả năm 2023, kết nạp thêm.", [("năm 2023", "FY", 2023, False, False, False, False)]),
        ("Năm 2023 kết nạp thêm", [("năm 2023", "FY", 2023, False, False, False, False)]),
        ("Tin vắn. Kết quả năm 2023, kết nạp thêm.", [("năm 2023", "FY", 2023, False, False, False, False)]),
        ("Hết năm 2022, có thêm chi bộ.", [("năm 2022", "FY", 2022, False, False, False, False)]),
        ("Chương trình năm 2023 được ban hành.", [("năm 2023", None, 2023, False, False, False, False)]),
        ("Chương trình năm 2023 được ban hành", [("năm 2023", None, 2023, False, False, False, False)]),
        ("Ngoài ra năm 2023, có thêm chi bộ.", [("năm 2023", None, 2023, True, False, False, False)]),
        ("Phấn đấu đến năm 2030 đạt chuẩn.", []),
        ("Tầm nhìn đến năm 2045.", []),
        ("6 tháng đầu năm 2024 và năm 2023, có thêm.",
         [("6 tháng đầu năm 2024", "H1", 2024, False, False, False, False),
          ("năm 2023", None, 2023, False, False, False, False)]),
        ("Trong nhiệm kỳ 2015-2020, kết nạp thêm.",
         [("nhiệm kỳ 2015-2020", "TERM", 2020, False, False, False, True)]),
        ("Giảm so với nhiệm kỳ 2010 - 2015.", [("nhiệm kỳ 2010 - 2015", None, 2015, False, True, False, True)]),
        # a term inside an aside that compares is the base of its change
        ("Có 6.500 hội viên (giảm 20% so với trước khi thực hiện mô hình chính quyền hai cấp nhiệm kỳ 2024-2029).",
         [("nhiệm kỳ 2024-2029)", None, 2029, False, False, False, True)]),
        ("Tính đến 30/6/2024, có thêm.", [("tính đến 30/6/2024", "H1", 2024, False, False, False, False)]),
        ("Tính đến ngày 31-12, có thêm.", [("tính đến ngày 31-12", "FY", None, False, False, False, False)]),
        ("Tính đến 15.3.2023 có thêm.", [("tính đến 15.3.2023", "Q1", 2023, False, False, False, False)]),
        ("Tính đến hết ngày 30/9 có thêm.", [("tính đến hết ngày 30/9", "M9", None, False, False, False, False)]),
        ("Tính đến 31/1/2024 có thêm.", [("tính đến 31/1/2024", "Q1", 2024, False, False, False, False)]),
        ("Tính đến 1/13 có thêm.", []),
        ("Tính đến 5/0 có thêm.", []),
        ("Quý I tăng, quý 2 giảm, cả năm đạt.",
         [("quý i", "Q1", None, False, False, False, False), ("quý 2", "Q2", None, False, False, False, False),
          ("cả năm", "FY", None, False, False, False, False)]),
    ],
)
def test_mention_spans_periods_and_flags(text: str, expected: list[Row]) -> None:
    assert mentions_of(text) == expected


def padded(word: str, gap: int) -> str:
    """`word`, then filler so that exactly `gap` characters separate its start from the 'nhiệm kỳ' phrase."""
    filler = "tiếp tục " * 20
    return word + " " + filler[:gap - len(word) - 1] + "nhiệm kỳ 2015 - 2020 có kết quả tốt."


@pytest.mark.parametrize(
    ("gap", "period"),
    [(NAME_CONTEXT_CHARS, None), (NAME_CONTEXT_CHARS + 1, "TERM"), (20, None)],
)
def test_congress_word_only_names_a_term_within_reach(gap: int, period: str | None) -> None:
    found = find_period_mentions(fold_key(padded("Bầu", gap)))
    assert [(m.period, m.year) for m in found] == [(period, 2020)]


def sentence(start: int, end: int) -> Sentence:
    """A sentence span in paragraph 0."""
    return Sentence(start, end, 0, None)


H1_10 = PeriodMention(10, 20, "H1", 2024)
Q1_30 = PeriodMention(30, 40, "Q1", 2024)
PLAN_45 = PeriodMention(45, 50, None, 2024)
M9_60 = PeriodMention(60, 70, "M9", 2024)
LOCAL_Q2_5 = PeriodMention(5, 9, "Q2", 2024, local=True)


@pytest.mark.parametrize(
    ("mentions", "span", "pos", "look_after", "expected"),
    [
        ([H1_10, Q1_30], (0, 100), 50, True, Q1_30),  # nearest before the figure
        ([H1_10, Q1_30], (0, 100), 40, True, Q1_30),  # a mention ending right at the figure
        ([H1_10, Q1_30], (0, 100), 39, True, H1_10),
        ([H1_10, PLAN_45], (0, 100), 50, True, H1_10),  # a plan's period is no report period
        ([H1_10, M9_60], (30, 100), 50, True, M9_60),  # after the figure, in its sentence
        ([H1_10, M9_60], (30, 70), 50, True, M9_60),  # ... up to the sentence end
        ([H1_10, M9_60], (30, 69), 50, True, H1_10),  # past the sentence: the paragraph's
        ([H1_10, M9_60], (30, 100), 60, True, M9_60),
        ([H1_10, M9_60], (30, 100), 50, False, H1_10),  # a rate: its later period names a target
        ([H1_10, M9_60], (10, 100), 50, False, H1_10),  # a mention opening the sentence is in it
        ([H1_10, M9_60], (20, 100), 50, False, H1_10),  # the paragraph's mention just before the sentence
        ([H1_10, M9_60], (19, 100), 50, False, None),
        ([LOCAL_Q2_5, H1_10], (30, 100), 50, False, H1_10),
        ([LOCAL_Q2_5], (30, 100), 50, False, None),  # a local aside holds for its own sentence only
        ([H1_10, Q1_30], (50, 100), 55, False, Q1_30),  # the latest of the paragraph
    ],
)
def test_local_mention(mentions: list[PeriodMention], span: tuple[int, int], pos: int, look_after: bool,
                       expected: PeriodMention | None) -> None:
    assert local_mention(mentions, sentence(*span), (5, 200), pos, look_after=look_after) == expected


def test_local_mention_ignores_a_mention_before_the_paragraph() -> None:
    assert local_mention([H1_10], sentence(30, 100), (11, 200), 50, look_after=False) is None
    assert local_mention([H1_10], sentence(30, 100), (10, 200), 50, look_after=False) == H1_10


def test_local_mention_looks_after_by_default() -> None:
    assert local_mention([H1_10, M9_60], sentence(30, 100), (0, 200), 50) == M9_60


TERM_A = PeriodMention(0, 10, "TERM", 2020, term=True)
TERM_B = PeriodMention(50, 60, None, 2025, term=True)
SINCE_TERM = PeriodMention(30, 40, "TERM", None)
SINCE_TERM_LATE = PeriodMention(70, 80, "TERM", None)
SINCE_TERM_EARLY = PeriodMention(0, 5, "TERM", None)
BASE_2019 = PeriodMention(100, 110, None, 2019, comparison=True)
YEAR_2021 = PeriodMention(120, 130, None, 2021)
YEAR_2022 = PeriodMention(140, 150, None, 2022)
BARE_H1 = PeriodMention(112, 118, "H1", None)


@pytest.mark.parametrize(
    ("mention", "mentions", "span", "expected"),
    [
        (H1_10, [H1_10], None, 2024),  # its own year
        (SINCE_TERM, [TERM_A, SINCE_TERM, TERM_B], None, 2020),  # the term named before it
        (SINCE_TERM_LATE, [TERM_A, TERM_B, SINCE_TERM_LATE], None, 2025),  # the latest of those
        (SINCE_TERM_EARLY, [SINCE_TERM_EARLY, TERM_B], None, 2025),  # else the first term named
        (SINCE_TERM, [SINCE_TERM], None, 1999),  # no term named: the document's year
        (BARE_H1, [BASE_2019, BARE_H1, YEAR_2021, YEAR_2022], (100, 200), 2021),  # a comparison year does not count
        (BARE_H1, [BASE_2019, BARE_H1, YEAR_2021], (100, 120), 1999),  # a year after the sentence does not
        (BARE_H1, [BARE_H1, YEAR_2021], (120, 200), 2021),  # a year opening the sentence does
        (BARE_H1, [BARE_H1, YEAR_2021], (121, 200), 1999),
        (BARE_H1, [BARE_H1, YEAR_2021], None, 1999),  # no sentence: the document's year
        (BARE_H1, [BARE_H1, TERM_A], (0, 200), 2020),
    ],
)
def test_resolve_year(mention: PeriodMention, mentions: list[PeriodMention], span: tuple[int, int] | None,
                      expected: int) -> None:
    assert resolve_year(mention, mentions, sentence(*span) if span else None, 1999) == expected


def doc_period(text: str, lede: str, local_texts: tuple[str, ...] = (), fallback: int | None = None) -> tuple:
    """(year, period) of a text whose lede is its first `len(lede)` characters, figures dated by `local_texts`."""
    key = fold_key(text)
    mentions = find_period_mentions(key)
    local = [m for m in mentions if key[m.start:m.end] in {fold_key(t) for t in local_texts}]
    result = document_period(mentions, local, len(lede), fallback)
    return result.year, result.period


@pytest.mark.parametrize(
    ("lede", "body", "local_texts", "fallback", "expected"),
    [
        ("Năm 2024, sáu tháng đầu năm có kết quả. ", "Quý I tăng.", ("quý I",), None, (2024, "H1")),
        ("Năm 2023, toàn tỉnh có kết quả. ", "Không có kỳ khác.", (), None, (2023, "FY")),
        ("Năm 2023, toàn tỉnh có kết quả. ", "Quý II/2023 tăng. Quý II/2023 giảm. Quý I/2023 đạt.",
         ("quý II/2023", "quý I/2023"), None, (2023, "Q2")),
        ("Báo cáo của tỉnh. ", "Quý III năm 2022 tăng. Quý IV/2022 giảm.", (), None, (2022, "Q3")),
        ("Báo cáo của tỉnh. ", "Riêng quý III năm 2022 tăng. Quý IV/2022 giảm.", (), None, (2022, "Q4")),
        ("Báo cáo của tỉnh. ", "Chương trình năm 2021 và năm 2020, năm 2020 nữa.", (), 2010, (2020, "FY")),
        ("Báo cáo về năm 2019. ", "Chương trình năm 2021 và năm 2021.", (), 2010, (2019, "FY")),
        ("Báo cáo của tỉnh. ", "Tăng so với cùng kỳ năm 2018 và so cùng kỳ năm 2016.", (), 2010, (2019, "FY")),
        ("Báo cáo của tỉnh. ", "Tăng so với năm 2018.", (), 2010, (2010, "FY")),
        ("Báo cáo của tỉnh. ", "Không nêu kỳ nào.", (), None, (None, None)),
        ("Sáu tháng đầu năm có kết quả. ", "Chương trình năm 2021.", (), None, (2021, "H1")),
        ("Tăng so với năm 2017. ", "Chương trình năm 2021.", (), None, (2021, "FY")),
    ],
)
def test_document_period(lede: str, body: str, local_texts: tuple[str, ...], fallback: int | None,
                         expected: tuple) -> None:
    assert doc_period(lede + body, lede, local_texts, fallback) == expected


def test_document_period_lede_ends_before_a_mention_at_its_end() -> None:
    text = "Năm 2023 có kết quả. Quý III năm 2022 tăng."
    lede = text[:text.index("Quý III")]
    assert doc_period(text, lede) == (2023, "FY")
    assert doc_period(text, lede + "Q") == (2022, "Q3")


def test_document_period_lede_year_must_start_before_its_end() -> None:
    text = "Báo cáo. Chương trình năm 2022 đạt. Quý III tăng. Chương trình năm 2021, chương trình năm 2021."
    lede = text[:fold_key(text).index("năm 2022")]
    assert doc_period(text, lede) == (2021, "Q3")
    assert doc_period(text, lede + "n") == (2022, "Q3")


def test_document_period_uses_the_local_figures_counts_with_their_years() -> None:
    text = "Năm 2023 là năm bản lề. Quý I/2022 tăng. Quý I/2022 giảm. Quý II/2023 đạt."
    lede = "Năm 2023 là năm bản lề. "
    assert doc_period(text, lede, ("quý I/2022", "quý II/2023")) == (2022, "Q1")


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("Tổng kết công tác kiểm tra, giám sát năm 2023", 2023),
        ("Hội nghị sơ kết NĂM 2021 của Đảng bộ", 2021),
        ("Báo cáo năm 20234 của chi bộ", None),
        ("Báo cáo năm 2023.5 của chi bộ", None),
        ("Báo cáo mườinăm 2023 của chi bộ", None),
        ("Báo cáo năm 1899 của chi bộ", None),
        ("Báo cáo năm 2022 và năm 2023", 2022),
        ("Báo cáo 6 tháng đầu năm", None),
    ],
)
def test_title_year(title: str, year: int | None) -> None:
    assert title_year(fold_key(title)) == year
