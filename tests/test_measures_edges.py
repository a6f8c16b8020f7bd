"""Measures of a figure at their edges: targets, plans, change signs, percentage kinds and totals."""

from __future__ import annotations

import pytest

from transforms import measures, targets
from transforms.context import build_context
from transforms.document import SourceInfo, process_document
from transforms.quantities import Quantity
from transforms.reader import SentenceReader


def read(text: str, n: int = -1, sentence: int = 0) -> tuple[SentenceReader, Quantity]:
    """A reader of one sentence of a text, with no earlier facts, and its n-th figure (default the last)."""
    ctx = build_context(text)
    s, parts = ctx.sentences[sentence], ctx.parts[sentence]
    r = SentenceReader(ctx, s, parts.cues, parts.parens, parts.quantities, None, None, [], "", parts.groups, None)
    return r, parts.quantities[n]


def facts(text: str, *fields: str) -> list[tuple]:
    """Facts of a text as tuples of the requested fields (default indicator, subject, measure, value)."""
    fields = fields or ("indicator", "subject", "measure", "value")
    rows = process_document(text.encode("utf-8"), SourceInfo("t.txt")).facts
    return [tuple(row[f] for f in fields) for row in rows]


# --- change_sign ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Kết nạp 120 đảng viên, tăng 5%.", 1),
        ("Kết nạp 120 đảng viên, tăng thêm 5%.", 1),
        ("Kết nạp 120 đảng viên, giảm 5%.", -1),
        ("Kết nạp 120 đảng viên, giảm đi 5%.", -1),
        ("Kết nạp 120 đảng viên, đạt 5%.", None),
        ("Kết nạp 120 đảng viên, chiếm 5%.", None),
    ],
)
def test_change_sign_follows_the_word_right_before_the_figure(text: str, sign: int | None) -> None:
    r, q = read(text)
    assert measures.change_sign(r, q) == sign


def test_continued_sign_needs_an_earlier_figure() -> None:
    r, q = read("Tăng 18% và 15% so với cùng kỳ.")
    assert measures.continued_sign(r, q) is None


# --- is_plan / is_target / ratio_names_target / target_in_parentheses -------------------------------------
@pytest.mark.parametrize(
    ("text", "plan"),
    [
        ("Phấn đấu kết nạp 500 đảng viên.", True),
        ("Dự kiến kết nạp 500 đảng viên.", True),
        ("Năm tới sẽ kết nạp 500 đảng viên.", True),
        ("Tỉnh đặt mục tiêu kết nạp 500 đảng viên.", True),
        ("Kết nạp 500 đảng viên.", False),
        ("Kết nạp 500 đảng viên, phấn đấu vượt kế hoạch.", False),
        ("Phấn đấu kết nạp 40 đảng viên; thành lập 3 chi bộ.", True),
        ("Đã xong 3 việc, phấn đấu xong theo tiến độ; đạt 70% kế hoạch, kết nạp được 400 đảng viên.", False),
        ("Đã xong 3 việc, phấn đấu xong theo tiến độ; kết nạp thêm 400 đảng viên.", True),
    ],
)
def test_plan_word_before_the_figure_makes_it_a_plan(text: str, plan: bool) -> None:
    r, q = read(text)
    assert targets.is_plan(r, q) is plan


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Chỉ tiêu 300 đảng viên.", True),
        ("Chỉ tiêu kết nạp là 300 đảng viên.", True),
        ("Kế hoạch kết nạp năm 2024 là 300 đảng viên.", True),
        ("Chỉ tiêu được giao 300 đảng viên.", True),
        ("Chỉ tiêu kết nạp đề ra 300 đảng viên.", True),
        ("Chỉ tiêu kết nạp 300 đảng viên.", True),
        ("Chỉ tiêu giám sát ít nhất 20 tổ chức đảng.", True),
        ("Chỉ tiêu 50 tổ chức, kết nạp 300 đảng viên.", False),
        ("Kết nạp 300 đảng viên.", False),
        ("Chỉ tiêu đã hoàn thành tốt, kết nạp 300 đảng viên.", False),
        ("Đạt 61,2% chỉ tiêu (1.000 đảng viên).", True),
        ("Chỉ tiêu 20 tổ chức đảng, chỉ tiêu kết nạp là 300 đảng viên.", True),
        ("Đạt chỉ tiêu được giao 50 tổ chức, đã kết nạp 300 đảng viên.", False),
        ("Kết nạp 120 đảng viên, chỉ tiêu là 300 đảng viên.", True),
        ("Trong năm, chỉ tiêu giám sát ít nhất 20 tổ chức đảng.", True),
    ],
)
def test_target_word_and_link_before_the_figure(text: str, target: bool) -> None:
    r, q = read(text)
    assert targets.is_target(r, q) is target


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("Đạt 61,2% chỉ tiêu (1.000 đảng viên).", True),
        ("Đạt 61,2% kế hoạch cả nhiệm kỳ (1.000 đảng viên).", True),
        ("Đạt 61,2% (1.000 đảng viên).", False),
        ("Đạt 61,2% chỉ tiêu (trong đó 1.000 đảng viên).", False),
        ("Chỉ tiêu 20 đảng viên (1.000 đảng viên).", False),
        ("Kết nạp 1.000 đảng viên.", False),
        ("Đạt 61,2% chỉ tiêu (=1.000 đảng viên).", False),
        ("Đạt 61,2% (1.000 đảng viên theo chỉ tiêu).", False),
        ("Chỉ tiêu 20 tổ chức đảng, đạt 61,2% chỉ tiêu (1.000 đảng viên).", True),
        ("Chỉ tiêu (1.000 đảng viên).", True),
    ],
)
def test_target_in_parentheses_is_the_first_figure_after_a_target_word(text: str, inside: bool) -> None:
    r, q = read(text)
    assert targets.target_in_parentheses(r, q) is inside


def test_first_figure_of_an_aside_inside_a_target_clause() -> None:
    r, q = read("Đạt 61,2% chỉ tiêu (1.000 đảng viên, trong đó chuyển 20 đảng viên).", 1)
    assert q.value == 1000
    assert targets.target_in_parentheses(r, q) is True


def test_plan_word_of_an_earlier_sentence_does_not_count() -> None:
    r, q = read("Phấn đấu vượt kế hoạch. Kết nạp 500 đảng viên.", sentence=1)
    assert targets.is_plan(r, q) is False


@pytest.mark.parametrize(
    ("text", "follows"),
    [
        ("Kết nạp được 312/300 đảng viên, đạt 104% chỉ tiêu.", True),
        ("Kết nạp được 312/300 đảng viên, đạt 104% kế hoạch.", True),
        ("Kết nạp được 312/300 đảng viên.", False),
        ("Kết nạp được 312/300 đảng viên; chỉ tiêu năm sau cao hơn.", False),
        ("Kết nạp được 312/300 đảng viên. Chỉ tiêu năm sau cao hơn.", False),
        ("Kết nạp được 312/300 đảng viên. Chỉ tiêu năm sau; khác.", False),
        ("Năm nay; kết nạp được 312/300 đảng viên, đạt 104% chỉ tiêu.", True),
        ("Kết nạp được 312/300 đảng viên; chỉ tiêu năm sau; khác.", False),
        ("Kết nạp được 312/300 đảng viên, đạt 104% kế hoạch", True),
        ("Theo chỉ tiêu, kết nạp được 312/300 đảng viên.", True),  # a target word earlier in the sentence
    ],
)
def test_target_word_in_the_sentence(text: str, follows: bool) -> None:
    r, _ = read(text)
    q = next(x for x in r.quantities if x.ratio == "denominator")
    assert targets.ratio_names_target(r, q) is follows


# --- percent_kind -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kết nạp 120 đảng viên, đạt 95%.", "attainment_pct"),
        ("Kết nạp 120 đảng viên, đạt được 95%.", "attainment_pct"),
        ("Kết nạp 120 đảng viên, đạt 95% so với kế hoạch.", "attainment_pct"),
        ("Kết nạp 120 đảng viên, đạt 95% tổng số đảng viên.", "share_pct"),
        ("Kết nạp 120 đảng viên, đạt 95%, tổng số đảng viên.", "attainment_pct"),  # a comma: the total is news
        ("Kết nạp 120 đảng viên, đạt 95% so với tổng số.", "share_pct"),
        ("Kết nạp 120 đảng viên, chiếm 5%.", "share_pct"),
        ("Kết nạp 120 đảng viên, chiếm tỷ lệ 5%.", "share_pct"),
        ("Kết nạp 120 đảng viên, chiếm 5% kế hoạch.", "attainment_pct"),  # of a plan: attainment despite 'chiếm'
        ("Kết nạp 120 đảng viên, tỷ lệ 5%.", "share_pct"),
        ("Kết nạp 120 đảng viên, tỉ lệ 95% kế hoạch.", "attainment_pct"),
        ("Kết nạp 120 đảng viên, tỷ lệ 95%, chỉ tiêu.", "attainment_pct"),
        ("Kết nạp 120 đảng viên (5%).", "share_pct"),
        ("Kết nạp 120 đảng viên ( 5%).", "share_pct"),
        ("Kết nạp 120 đảng viên, 95% kế hoạch.", "attainment_pct"),
        ("Kết nạp 120 đảng viên, 95% so với chỉ tiêu.", "attainment_pct"),
        ("Kết nạp 120 đảng viên, 95% số đăng ký.", None),
        ("Kết nạp 120 đảng viên, 95%.", None),
        ("Kết nạp 120 đảng viên, 95% đảng viên là nữ.", None),
    ],
)
def test_percent_kind_from_the_words_around_it(text: str, kind: str | None) -> None:
    r, q = read(text)
    assert measures.percent_kind(r, q) == kind


@pytest.mark.parametrize(
    ("gap", "kind"),
    [
        ("", "attainment_pct"),
        (" trong năm nay", "attainment_pct"),  # the target phrase ends on the 30th character
        (" trong năm nay,", None),  # one character further
        (" trong năm, của cả tỉnh", None),
    ],
)
def test_percent_kind_reads_only_the_first_words_after(gap: str, kind: str | None) -> None:
    r, q = read(f"Kết nạp 120 đảng viên, 95%{gap} so với kế hoạch.")
    assert measures.percent_kind(r, q) == kind


# --- counts, targets and changes of whole sentences ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kết nạp được 312/300 đảng viên, đạt 104% chỉ tiêu.",
         [("admitted", "count", 312), ("admitted", "target", 300), ("admitted", "attainment_pct", 104)]),
        ("Kết nạp được 312/300 chỉ tiêu.", [("admitted", "count", 312), ("admitted", "target", 300)]),
        ("Kết nạp được 312/300 đảng viên.", [("admitted", "count", 312), ("admitted", "target", 300)]),  # exceeded
        ("Kết nạp được 212/300 đảng viên.", [("admitted", "count", 212)]),  # a part of 300, or short of a target
        ("Phấn đấu kết nạp 500 đảng viên.", [("admitted", "target", 500)]),
        ("Chỉ tiêu kết nạp là 300 đảng viên.", [("admitted", "target", 300)]),
        ("Kết nạp 200 đảng viên, tăng 20 đảng viên.", [("admitted", "count", 200), ("admitted", "change_abs", 20)]),
        ("Kết nạp 200 đảng viên, giảm 20 đảng viên.", [("admitted", "count", 200), ("admitted", "change_abs", -20)]),
        ("Kết nạp 200 đảng viên, giảm 8% và 5%.",
         [("admitted", "count", 200), ("admitted", "change_pct", -8), ("admitted", "change_pct", -5)]),
        ("Kết nạp 200 đảng viên, tăng 8%, 5%.",
         [("admitted", "count", 200), ("admitted", "change_pct", 8), ("admitted", "change_pct", 5)]),
        ("Kết nạp 200 đảng viên, tăng 8%, và 5%.",
         [("admitted", "count", 200), ("admitted", "change_pct", 8), ("admitted", "change_pct", 5)]),
        ("Kết nạp 200 đảng viên, tăng 0,5% và 2%.",
         [("admitted", "count", 200), ("admitted", "change_pct", 0.5), ("admitted", "change_pct", 2)]),
        ("Kết nạp 200 đảng viên, tăng 0% và 2%.",
         [("admitted", "count", 200), ("admitted", "change_pct", 0), ("admitted", "change_pct", 2)]),
        ("Kết nạp 200 đảng viên, tăng 8% trong năm 5%.", [("admitted", "count", 200), ("admitted", "change_pct", 8)]),
        ("Kết nạp 200 đảng viên, đạt 95%.", [("admitted", "count", 200), ("admitted", "attainment_pct", 95)]),
        ("Kết nạp đạt 95% kế hoạch.", [("admitted", "attainment_pct", 95)]),
        ("Kết nạp 200 đảng viên, chiếm 4%.", [("admitted", "count", 200), ("admitted", "share_pct", 4)]),
        ("Đã kết nạp 1.200 đảng viên, đạt 61,2% chỉ tiêu cả nhiệm kỳ (2.000 đảng viên).",
         [("admitted", "count", 1200), ("admitted", "attainment_pct", 61.2), ("admitted", "target", 2000)]),
    ],
)
def test_measures_of_a_sentence(text: str, expected: list[tuple]) -> None:
    assert facts(text, "indicator", "measure", "value") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kết nạp 200 đảng viên. So với năm trước, số đảng viên kết nạp tăng 9,4%.",
         [("admitted", "party_member", "count", 200), ("admitted", "party_member", "change_pct", 9.4)]),
        ("Toàn tỉnh kiểm tra 50 tổ chức đảng; số tổ chức đảng được kiểm tra tăng 12,5%.",
         [("inspected", "party_org", "count", 50), ("inspected", "party_org", "change_pct", 12.5)]),
        ("Kiểm tra 40 đảng viên và 12 tổ chức đảng; số đảng viên được kiểm tra giảm 10%.",
         [("inspected", "party_member", "count", 40), ("inspected", "party_org", "count", 12),
          ("inspected", "party_member", "change_pct", -10)]),
    ],
)
def test_change_attaches_to_the_latest_total_of_its_subject(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Kiểm tra 30 tổ chức đảng, trong đó có 5 tổ chức đảng có vi phạm.", [None, 0]),
        ("Kết nạp 120 đảng viên (trong đó 40 đảng viên nữ).", [None, 0]),
        ("Kiểm tra 30 tổ chức đảng, 25 tổ chức đảng chưa tốt.", [None, None]),
        ("Kiểm tra 30 tổ chức đảng, trong đó 5 tổ chức đảng vi phạm; kiểm tra 12 tổ chức đảng.", [None, 0, None]),
        ("Kỷ luật 9 đảng viên, khiển trách 6 đảng viên, cảnh cáo 3 đảng viên.", [None, 0, 0]),
        ("Kỷ luật 9 đảng viên và 2 tổ chức đảng, khiển trách 2 tổ chức đảng.", [None, None, 1]),
    ],
)
def test_part_of_points_to_the_total_it_breaks_down(text: str, parts: list[int | None]) -> None:
    rows = facts(text, "fact_id", "part_of")
    ids = [fact_id for fact_id, _ in rows]
    assert [None if p is None else ids.index(p) for _, p in rows] == parts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kiểm tra 40 đảng viên và 12 tổ chức đảng. So với năm trước, số tổ chức đảng được kiểm tra tăng 5%.",
         [("inspected", "party_member", "count", 40), ("inspected", "party_org", "count", 12),
          ("inspected", "party_org", "change_pct", 5)]),
        ("Kiểm tra 40 đảng viên. Số tổ chức đảng được kiểm tra tăng 5%.", [("inspected", "party_member", "count", 40)]),
        ("Kiểm tra 30 tổ chức đảng. Tăng 5%.", [("inspected", "party_org", "count", 30)]),
        ("Kiểm tra 30 tổ chức đảng và 40 đảng viên, tăng 5%.",
         [("inspected", "party_org", "count", 30), ("inspected", "party_member", "count", 40),
          ("inspected", "party_member", "change_pct", 5)]),
        ("Kiểm tra 30 tổ chức đảng (tăng 5 tổ chức).",
         [("inspected", "party_org", "count", 30), ("inspected", "party_org", "change_abs", 5)]),
        ("Kết nạp 200 đảng viên (tăng 10%).",
         [("admitted", "party_member", "count", 200), ("admitted", "party_member", "change_pct", 10)]),
        ("Kết nạp 200 đảng viên; kiểm tra 30 tổ chức đảng, tăng 5 tổ chức đảng.",
         [("admitted", "party_member", "count", 200), ("inspected", "party_org", "count", 30),
          ("inspected", "party_org", "change_abs", 5)]),
    ],
)
def test_change_needs_an_earlier_total_of_the_same_subject(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kiểm tra 30 tổ chức đảng và 120 đảng viên, chiếm 80% đảng viên.",
         [("inspected", "party_org", "count", 30), ("inspected", "party_member", "count", 120),
          ("inspected", "party_member", "share_pct", 80)]),
        ("Kiểm tra 120 đảng viên và 30 tổ chức đảng, chiếm 80% đảng viên.",
         [("inspected", "party_member", "count", 120), ("inspected", "party_org", "count", 30),
          ("inspected", "party_member", "share_pct", 80)]),
        ("Kiểm tra 30 tổ chức đảng và 120 đảng viên, 95% đảng viên chấp hành tốt.",
         [("inspected", "party_org", "count", 30), ("inspected", "party_member", "count", 120)]),
        ("Kỷ luật 9 đảng viên, khiển trách 6 đảng viên, cảnh cáo 3 đảng viên. Hình thức cảnh cáo chiếm 33,3%.",
         [("disciplined", "party_member", "count", 9), ("disciplined_reprimand", "party_member", "count", 6),
          ("disciplined_warning", "party_member", "count", 3),
          ("disciplined_warning", "party_member", "share_pct", 33.3)]),
        ("Thi hành kỷ luật 40 đảng viên. Hình thức khiển trách chiếm 60%.",
         [("disciplined", "party_member", "count", 40)]),
        ("Kết nạp đảng viên đạt 95% kế hoạch.", [("admitted", "party_member", "attainment_pct", 95)]),
        ("Giám sát tổ chức đảng đạt 95% kế hoạch.", [("supervised", "party_org", "attainment_pct", 95)]),
        ("Kiểm tra đạt 95% kế hoạch.", []),
        ("Kết nạp 120 đảng viên, đạt 95%; kiểm tra 30 tổ chức đảng, chiếm 80%.",
         [("admitted", "party_member", "count", 120), ("admitted", "party_member", "attainment_pct", 95),
          ("inspected", "party_org", "count", 30), ("inspected", "party_org", "share_pct", 80)]),
        ("Kết nạp 120 đảng viên (đạt 95%).",
         [("admitted", "party_member", "count", 120), ("admitted", "party_member", "attainment_pct", 95)]),
        ("Quận đạt 70% kế hoạch kết nạp đảng viên (kết nạp 40 đảng viên); đạt 60% thành lập tổ chức đảng.",
         [("admitted", "party_member", "attainment_pct", 70), ("admitted", "party_member", "count", 40),
          ("established", "party_org", "attainment_pct", 60)]),
        ("Quận đạt 60% thành lập tổ chức đảng (thành lập 4 chi bộ) và 70% kế hoạch kết nạp đảng viên.",
         [("established", "party_org", "attainment_pct", 60), ("established", "party_org", "count", 4),
          ("admitted", "party_member", "attainment_pct", 70)]),
    ],
)
def test_percentage_attaches_to_the_figure_or_indicator_it_describes(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # petitions in a Party report: the text names the Party's body
        ("Ủy ban Kiểm tra nhận 20 đơn tố cáo; 15 đơn đã được giải quyết.",
         [("denunciations", "count", 20, None), ("denunciations", "count", 15, None)]),
        ("Ủy ban Kiểm tra tiếp nhận 20 đơn tố cáo; trong đó 15 đơn đủ điều kiện.",
         [("denunciations", "count", 20, None), ("denunciations", "count", 15, 0)]),
        ("Ủy ban Kiểm tra tiếp nhận 20 đơn tố cáo. Có 15 đơn đủ điều kiện.",
         [("denunciations", "count", 20, None), ("denunciations", "count", 15, None)]),
        ("Ủy ban Kiểm tra tiếp nhận 12 đơn khiếu nại; 8 đơn đủ điều kiện.",
         [("complaints_resolved", "count", 12, None), ("complaints_resolved", "count", 8, None)]),
        ("Ủy ban Kiểm tra tiếp nhận 20 đơn tố cáo; chuyển 8 đơn.", [("denunciations", "count", 20, None)]),
        ("Có 15 đơn đủ điều kiện.", []),
        ("Thi hành kỷ luật 38 trường hợp (11 tổ chức đảng, 27 đảng viên).",
         [("disciplined", "count", 11, None), ("disciplined", "count", 27, None)]),
        ("Kỷ luật 94 đảng viên (khiển trách 61 đảng viên, cảnh cáo 33 đảng viên).",
         [("disciplined", "count", 94, None), ("disciplined_reprimand", "count", 61, 0),
          ("disciplined_warning", "count", 33, 0)]),
    ],
)
def test_petitions_and_asides_keep_their_indicator_and_total(text: str, expected: list[tuple]) -> None:
    rows = facts(text, "fact_id", "indicator", "measure", "value", "part_of")
    ids = [row[0] for row in rows]
    assert [(*row[1:4], None if row[4] is None else ids.index(row[4])) for row in rows] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kiểm tra 300 tổ chức đảng và 900 đảng viên, tăng 20 tổ chức đảng, 15 đảng viên.",
         [("inspected", "party_org", "count", 300), ("inspected", "party_member", "count", 900),
          ("inspected", "party_org", "change_abs", 20), ("inspected", "party_member", "change_abs", 15)]),
        ("Kiểm tra 300 tổ chức đảng và 900 đảng viên (tăng 20 tổ chức, 15 đảng viên).",
         [("inspected", "party_org", "count", 300), ("inspected", "party_member", "count", 900),
          ("inspected", "party_org", "change_abs", 20), ("inspected", "party_member", "change_abs", 15)]),
        ("Kỷ luật 9 đảng viên, khiển trách 6 đảng viên. Hình thức khiển trách chiếm 66,7%.",
         [("disciplined", "party_member", "count", 9), ("disciplined_reprimand", "party_member", "count", 6),
          ("disciplined_reprimand", "party_member", "share_pct", 66.7)]),
        ("Kỷ luật 9 đảng viên. Hình thức khiển trách chiếm 66,7%.", [("disciplined", "party_member", "count", 9)]),
        ("Kết nạp 120 đảng viên. Công tác kết nạp đạt 95% kế hoạch.",
         [("admitted", "party_member", "count", 120), ("admitted", "party_member", "attainment_pct", 95)]),
        ("Kiểm tra 30 tổ chức đảng, kết luận 25 tổ chức đảng chấp hành tốt, chiếm 83%.",
         [("inspected", "party_org", "count", 30)]),
        ("Giám sát 40 đảng viên, đạt 95% kế hoạch.",
         [("supervised", "party_member", "count", 40), ("supervised", "party_member", "attainment_pct", 95)]),
        ("Ủy ban Kiểm tra giám sát đảng viên đạt 95% kế hoạch.",
         [("supervised", "party_member", "attainment_pct", 95)]),
        ("Đề nghị kỷ luật 5 đảng viên, chiếm 10%.", []),
        ("Kết nạp 120 đảng viên và 2 tổ chức đảng, đạt 95% kế hoạch.", [("admitted", "party_member", "count", 120)]),
    ],
)
def test_lists_of_changes_and_percentages_of_earlier_figures(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Khiển trách 20 đảng viên (kỷ luật 12 đảng viên vi phạm).",
         [("disciplined_reprimand", 20, None), ("disciplined_reprimand", 12, 0)]),
        ("Kiểm tra 30 tổ chức đảng, trong đó 25 tổ chức đảng (chiếm 83%).",
         [("inspected", 30, None), ("inspected", 25, 0), ("inspected", 83, None)]),
        ("Kiểm tra 30 tổ chức đảng (trong đó 10 tổ chức đảng, tăng 5%).",
         [("inspected", 30, None), ("inspected", 10, 0), ("inspected", 5, None)]),
        ("Kỷ luật 9 đảng viên (khiển trách 6 đảng viên), giám sát 40 đảng viên (kiểm tra 5 đảng viên).",
         [("disciplined", 9, None), ("disciplined_reprimand", 6, 0), ("supervised", 40, None), ("inspected", 5, None)]),
        ("Kỷ luật 9 đảng viên và 2 tổ chức đảng (khiển trách 6 đảng viên, cảnh cáo 2 tổ chức đảng).",
         [("disciplined", 9, None), ("disciplined", 2, None), ("disciplined_reprimand", 6, 0),
          ("disciplined_warning", 2, 1)]),
    ],
)
def test_an_aside_takes_the_indicator_and_total_of_the_figure_it_follows(text: str, expected: list[tuple]) -> None:
    rows = facts(text, "fact_id", "indicator", "value", "part_of")
    ids = [row[0] for row in rows]
    assert [(*row[1:3], None if row[3] is None else ids.index(row[3])) for row in rows] == expected


def test_petition_without_its_own_cue_keeps_the_earlier_petition_and_subject() -> None:
    assert facts("Nhận 20 đơn tố cáo đảng viên; 15 đơn đã được giải quyết.") == [
        ("denunciations", "party_member", "count", 20), ("denunciations", "party_member", "count", 15)]


def test_subset_belongs_to_the_total_of_its_own_subject() -> None:
    rows = facts("Kiểm tra 30 tổ chức đảng và 12 đảng viên, trong đó 5 tổ chức đảng có vi phạm.",
                 "fact_id", "subject", "value", "part_of")
    ids = [row[0] for row in rows]
    assert [(*row[1:3], None if row[3] is None else ids.index(row[3])) for row in rows] == [
        ("party_org", 30, None), ("party_member", 12, None), ("party_org", 5, 0)]
