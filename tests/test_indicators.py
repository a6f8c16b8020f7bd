"""Party-building facts, one phenomenon per test, each on a realistic sentence."""

from __future__ import annotations

import pytest

from transforms.document import SourceInfo, process_document


def facts(text: str, *fields: str) -> list[tuple]:
    """Facts of a text as tuples of the requested fields (default indicator, subject, measure, value)."""
    fields = fields or ("indicator", "subject", "measure", "value")
    rows = process_document(text.encode("utf-8"), SourceInfo("t.txt")).facts
    return [tuple(r[f] for f in fields) for r in rows]


def test_one_verb_governs_a_list_and_a_semicolon_starts_a_new_clause() -> None:
    text = ("Cấp ủy các cấp đã kiểm tra 738 đảng viên và 319 tổ chức đảng; giám sát chuyên đề đối với 407 đảng viên "
            "và 152 tổ chức đảng.")
    assert facts(text) == [
        ("inspected", "party_member", "count", 738), ("inspected", "party_org", "count", 319),
        ("supervised", "party_member", "count", 407), ("supervised", "party_org", "count", 152)]


def test_form_of_discipline_after_the_number_and_before_it() -> None:
    assert facts("Cấp ủy khiển trách 73 đảng viên.") == [("disciplined_reprimand", "party_member", "count", 73)]
    text = "Kỷ luật 56 đảng viên bằng các hình thức: Khiển trách 31, cảnh cáo 21, cách chức 2, khai trừ 2 đảng viên."
    assert facts(text, "indicator", "value") == [
        ("disciplined", 56), ("disciplined_reprimand", 31), ("disciplined_warning", 21),
        ("disciplined_dismissal", 2), ("disciplined_expulsion", 2)]


def test_breakdown_in_parentheses_links_parts_to_their_total() -> None:
    text = ("Các cấp ủy thi hành kỷ luật 94 đảng viên (khiển trách 61 đảng viên, cảnh cáo 25 đảng viên, "
            "cách chức 03 đảng viên và khai trừ 05 đảng viên) và 06 tổ chức đảng (khiển trách 04, cảnh cáo 02).")
    rows = process_document(text.encode(), SourceInfo("t.txt")).facts
    got = [(r["indicator"], r["subject"], r["value"]) for r in rows]
    assert got == [
        ("disciplined", "party_member", 94), ("disciplined_reprimand", "party_member", 61),
        ("disciplined_warning", "party_member", 25), ("disciplined_dismissal", "party_member", 3),
        ("disciplined_expulsion", "party_member", 5), ("disciplined", "party_org", 6),
        ("disciplined_reprimand", "party_org", 4), ("disciplined_warning", "party_org", 2)]
    totals = {r["subject"]: r["fact_id"] for r in rows if r["indicator"] == "disciplined"}
    assert all(r["part_of"] == totals[r["subject"]] for r in rows if r["indicator"] != "disciplined")


def test_ratio_of_target_with_attainment() -> None:
    text = "6 tháng đầu năm 2024, toàn tỉnh kết nạp được 437/1.180 chỉ tiêu (đạt 37,03%)."
    assert facts(text, "indicator", "measure", "value", "year", "period") == [
        ("admitted", "count", 437, 2024, "H1"), ("admitted", "target", 1180, 2024, "FY"),
        ("admitted", "attainment_pct", 37.03, 2024, "H1")]


def test_attainment_then_target_stated_after_it() -> None:
    text = ("6 tháng đầu năm 2024, toàn tỉnh kết nạp được 907 đảng viên. Số đảng viên mới kết nạp đạt "
            "37,79% chỉ tiêu cả năm là kết nạp 2.400 đảng viên trở lên.")
    assert facts(text, "indicator", "measure", "value", "period") == [
        ("admitted", "count", 907, "H1"), ("admitted", "attainment_pct", 37.79, "H1"),
        ("admitted", "target", 2400, "FY")]


def test_changes_are_signed_and_attach_to_their_figure() -> None:
    text = ("Cấp ủy các cấp kiểm tra 318 tổ chức đảng (tăng 32,5% so cùng kỳ); kỷ luật 56 đảng viên, giảm 6,67% "
            "(giảm 4 đảng viên) so với cùng kỳ.")
    assert facts(text, "indicator", "subject", "measure", "value") == [
        ("inspected", "party_org", "count", 318), ("inspected", "party_org", "change_pct", 32.5),
        ("disciplined", "party_member", "count", 56), ("disciplined", "party_member", "change_pct", -6.67),
        ("disciplined", "party_member", "change_abs", -4)]


def test_share_of_a_form() -> None:
    text = "Cấp ủy thi hành kỷ luật 62 đảng viên, gồm khiển trách 28 (chiếm 45%), cảnh cáo 21 (34%)."
    assert ("disciplined_reprimand", "party_member", "share_pct", 45) in facts(text)
    assert ("disciplined_warning", "party_member", "share_pct", 34) in facts(text)


def test_subject_noun_with_dang_dropped() -> None:
    text = "Các cấp ủy giám sát chuyên đề đối với 447 tổ chức và 1.528 đảng viên."
    assert facts(text) == [("supervised", "party_org", "count", 447), ("supervised", "party_member", "count", 1528)]


def test_trong_do_subset_is_linked_and_a_new_verb_after_it_is_not() -> None:
    text = "Năm 2021, các cấp ủy thi hành kỷ luật 60 đảng viên, trong đó có 12 đảng viên dự bị."
    rows = process_document(text.encode(), SourceInfo("t.txt")).facts
    assert [(r["subject"], r["value"]) for r in rows] == [("party_member", 60), ("party_member", 12)]
    assert rows[1]["part_of"] == rows[0]["fact_id"]
    # cấp ủy viên are not a subject of facts (ANNOTATION.md has two); they stay in quantities
    assert facts("Các cấp ủy thi hành kỷ luật 6 đảng viên, trong đó có 5 cấp ủy viên.") == [
        ("disciplined", "party_member", "count", 6)]
    text = "UBKT tiếp nhận 21 đơn tố cáo, đã giải quyết 6 đơn, trong đó lưu 15 đơn."
    assert facts(text) == [("denunciations", "party_org", "count", 21), ("denunciations", "party_org", "count", 6)]


def test_counts_of_events_are_not_counts_of_members() -> None:
    text = ("Ủy ban Kiểm tra Tỉnh ủy đang tiến hành 3 cuộc kiểm tra; bồi dưỡng nghiệp vụ cho 187 lượt cán bộ; "
            "toàn Đảng bộ Khối kiểm tra được 356 lượt tổ chức đảng.")
    assert facts(text) == [("inspected", "party_org", "count", 356)]


def test_mass_organisation_figures_are_not_party_indicators() -> None:
    text = ("6 tháng đầu năm, vận động thành lập 14 công đoàn cơ sở (đạt 35% kế hoạch) với 2.914 đoàn viên; "
            "tổ chức thăm hỏi 1.208 hội viên với tổng số tiền 152 triệu đồng.")
    assert facts(text) == []


def test_actor_committee_commission_joint_and_carried_over() -> None:
    text = ("Ủy ban Kiểm tra các cấp kiểm tra dấu hiệu vi phạm đối với 42 đảng viên. Sau kiểm tra, đến mức phải "
            "thi hành kỷ luật 13 đảng viên.\nCác cấp ủy kiểm tra 738 đảng viên.\nQua kiểm tra, cấp uỷ và ủy ban "
            "kiểm tra các cấp đã thi hành kỷ luật 389 đảng viên.\nToàn tỉnh kết nạp 907 đảng viên.")
    assert facts(text, "indicator", "value", "actor") == [
        ("inspected_violation_signs", 42, "commission"), ("disciplined", 13, "commission"),
        ("inspected", 738, "committee"), ("disciplined", 389, None), ("admitted", 907, None)]


def test_a_cue_after_the_list_refines_the_indicator() -> None:
    text = "Ủy ban kiểm tra các cấp kiểm tra 27 đảng viên và 06 tổ chức đảng khi có dấu hiệu vi phạm."
    assert facts(text, "indicator", "value") == [("inspected_violation_signs", 27), ("inspected_violation_signs", 6)]


def test_proposed_discipline_is_not_discipline() -> None:
    assert facts("Chi bộ đề nghị thi hành kỷ luật 3 đảng viên.") == []


def test_passive_cue_after_the_noun() -> None:
    assert facts("Năm 2019 có 175 đảng viên bị xử lý kỷ luật.") == [("disciplined", "party_member", "count", 175)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Năm 2023, chi bộ có 2 đảng viên Nguyễn Văn An và Trần Văn Bình bị khiển trách.",
     [("disciplined_reprimand", "party_member", "count", 2)]),
    ("Năm 2021, 4 đảng viên Lê Thị Hoa, Phạm Văn Nam, Đỗ Minh Tú và Hà Văn Sơn bị cảnh cáo.",
     [("disciplined_warning", "party_member", "count", 4)]),
])
def test_the_names_of_the_people_counted_stand_between_noun_and_passive_cue(text: str, expected: list) -> None:
    assert facts(text) == expected


def test_a_verb_between_cue_and_number_ends_the_cue() -> None:
    text = "UBKT các cấp kiểm tra tài chính đảng đối với 320 tổ chức đảng, phát hiện 12 tổ chức đảng vi phạm."
    assert facts(text) == [("inspected_finance", "party_org", "count", 320)]


@pytest.mark.parametrize("text", [
    "Ủy ban kiểm tra cơ sở kiểm tra thu - chi đảng phí đối với 14 tổ chức đảng.",
    "Ủy ban kiểm tra cơ sở kiểm tra thu, chi ngân sách 14 tổ chức đảng.",
    "Ủy ban kiểm tra cơ sở kiểm tra thu chi đảng phí ở 14 tổ chức đảng.",
])
def test_a_check_of_receipts_and_spending_is_a_finance_inspection(text: str) -> None:
    assert facts(text) == [("inspected_finance", "party_org", "count", 14)]


@pytest.mark.parametrize("text", [
    "Các cấp ủy kiểm tra gần 80 ngàn lượt tổ chức Đảng và đảng viên.",
    "Ủy ban Kiểm tra Huyện ủy kiểm tra 17 đảng viên, tổ chức có dấu hiệu vi phạm về quản lý đất đai.",
    "Năm 2019, Ủy ban Kiểm tra kiểm tra 17 đảng viên, tổ chức.",
])
def test_one_number_for_two_subjects_is_no_fact(text: str) -> None:
    assert facts(text) == []


def test_a_bare_organise_after_a_count_of_members_is_a_verb() -> None:
    assert facts("Năm 2019, huyện kết nạp 36 đảng viên, tổ chức 4 lớp bồi dưỡng lý luận.") == [
        ("admitted", "party_member", "count", 36)]


def test_scope_national_and_subunit() -> None:
    text = ("Đảng bộ huyện Ninh Phước kết nạp 52 đảng viên mới, đạt 50,98%. Ủy ban Kiểm tra Trung ương đã thi hành "
            "kỷ luật hơn 24.160 đảng viên. Toàn Đảng bộ tỉnh kết nạp 1.020 đảng viên.")
    assert facts(text, "value", "scope", "scope_name") == [
        (52, "subunit", "Đảng bộ huyện Ninh Phước"), (50.98, "subunit", "Đảng bộ huyện Ninh Phước"),
        (24160, "national", "Ủy ban Kiểm tra Trung ương"), (1020, "document", None)]


def test_comparison_year_is_not_the_period_of_the_figure() -> None:
    text = "6 tháng đầu năm 2022, Ủy ban kiểm tra các cấp kiểm tra 58 đảng viên, tăng 17 đảng viên so cùng kỳ năm 2021."
    assert {(r[0], r[1]) for r in facts(text, "year", "period")} == {(2022, "H1")}


def test_number_words_and_leading_zeros_feed_facts() -> None:
    assert facts("Huyện ủy kết nạp hai mươi mốt đảng viên; cách chức 04 đảng viên.") == [
        ("admitted", "party_member", "count", 21), ("disciplined_dismissal", "party_member", "count", 4)]


def test_dong_chi_counts_party_members_after_a_party_cue() -> None:
    assert facts("Các cấp ủy kết nạp 150 đồng chí; khai trừ 2 đồng chí.") == [
        ("admitted", "party_member", "count", 150), ("disciplined_expulsion", "party_member", "count", 2)]
    assert facts("Hội nghị có 09 đồng chí bí thư tham dự.") == []


def test_plan_figures_are_targets_of_the_plan_year() -> None:
    text = "Năm 2023, toàn tỉnh kết nạp 3.950 đảng viên. Phấn đấu năm 2024 kết nạp từ 4.000 đảng viên trở lên."
    assert facts(text, "measure", "value", "year", "period") == [("count", 3950, 2023, "FY"),
                                                                  ("target", 4000, 2024, "FY")]


def test_petitions_about_members_and_bare_petitions_that_continue_them() -> None:
    text = ("UBKT tiếp nhận 57 đơn tố cáo đảng viên, trong đó 29 đơn đủ điều kiện; đã giải quyết 26 đơn "
            "(tố cáo đúng 6 đơn, sai 11 đơn).")
    assert facts(text, "subject", "value") == [("party_member", 57), ("party_member", 29), ("party_member", 26),
                                              ("party_member", 6), ("party_member", 11)]


def test_a_subjectless_paragraph_continues_the_last_actor() -> None:
    text = "Ủy ban kiểm tra các cấp thi hành kỷ luật 87 đảng viên.\nKiểm tra 612 tổ chức đảng cấp dưới.\n" \
           "Toàn tỉnh kết nạp 900 đảng viên."
    assert facts(text, "value", "actor") == [(87, "commission"), (612, "commission"), (900, None)]


def test_a_later_clause_names_its_own_actor() -> None:
    text = "Trong đó cấp ủy thi hành kỷ luật 121 đảng viên, ủy ban kiểm tra thi hành kỷ luật 52 đảng viên."
    assert facts(text, "value", "actor") == [(121, "committee"), (52, "commission")]


def test_an_aside_after_a_figure_that_is_no_fact() -> None:
    text = ("UBKT các cấp kiểm tra khi có dấu hiệu vi phạm 38 trường hợp (11 tổ chức đảng, 27 đảng viên). "
            "Thành lập mới 9 tổ chức cơ sở đảng, nâng tổng số lên 61 tổ chức cơ sở đảng (trong đó có 26 đảng bộ).")
    assert facts(text, "indicator", "value") == [("inspected_violation_signs", 11), ("inspected_violation_signs", 27),
                                                 ("established", 9)]


def test_share_and_change_stated_in_the_next_sentence() -> None:
    text = ("Quý I năm 2024, toàn tỉnh kết nạp 512 đảng viên. So với quý I/2023, số đảng viên kết nạp tăng 9,4% "
            "(tăng 44 đảng viên). Cấp ủy kỷ luật 33 đảng viên, gồm khiển trách 18, cảnh cáo 15. "
            "Hình thức khiển trách chiếm 54,55%.")
    assert facts(text, "indicator", "measure", "value") == [
        ("admitted", "count", 512), ("admitted", "change_pct", 9.4), ("admitted", "change_abs", 44),
        ("disciplined", "count", 33), ("disciplined_reprimand", "count", 18), ("disciplined_warning", "count", 15),
        ("disciplined_reprimand", "share_pct", 54.55)]


def test_actor_named_by_the_section_heading() -> None:
    text = "2. Công tác kiểm tra, giám sát của Ủy ban Kiểm tra các cấp\n\na) Kiểm tra khi có dấu hiệu vi phạm " \
           "đối với 21 tổ chức đảng.\n\nb) Giám sát chuyên đề 143 tổ chức đảng."
    assert facts(text, "value", "actor") == [(21, "commission"), (143, "commission")]


def test_actor_breakdown_inside_an_aside() -> None:
    text = ("Toàn Đảng bộ đã xử lý kỷ luật 214 đảng viên (cấp ủy xử lý 139, Ủy ban Kiểm tra xử lý 75), gồm: "
            "khiển trách 128, cảnh cáo 86. Có 3 tổ chức đảng bị kỷ luật.")
    assert facts(text, "indicator", "value", "actor") == [
        ("disciplined", 214, None), ("disciplined", 139, "committee"), ("disciplined", 75, "commission"),
        ("disciplined_reprimand", 128, None), ("disciplined_warning", 86, None), ("disciplined", 3, None)]


def test_ratio_above_its_target_with_the_target_word_after() -> None:
    text = "Trong năm 2022, toàn Đảng bộ kết nạp được 312/300 đảng viên, đạt 104% chỉ tiêu."
    rows = process_document(text.encode(), SourceInfo("t.txt"))
    assert [(f["measure"], f["value"]) for f in rows.facts] == [("count", 312), ("target", 300),
                                                                 ("attainment_pct", 104)]
    assert rows.document["checks_violated"] == 0


def test_a_comparison_year_does_not_date_the_figures() -> None:
    text = ("Quý I/2021: UBKT kiểm tra 12 tổ chức đảng\n\nTrong 3 tháng đầu năm, UBKT các cấp kiểm tra 12 tổ chức "
            "đảng, tăng 5 tổ chức đảng so với cùng kỳ năm 2020.")
    assert {(r[0], r[1]) for r in facts(text, "year", "period")} == {(2021, "Q1")}


def test_target_word_followed_by_its_verb() -> None:
    text = "Năm 2019, chỉ tiêu giám sát chuyên đề ít nhất 20 tổ chức đảng; đã giám sát 24 tổ chức đảng."
    assert facts(text, "measure", "value") == [("target", 20), ("count", 24)]


def test_term_year_of_a_mid_term_review() -> None:
    text = ("Sơ kết giữa nhiệm kỳ 2015 - 2020 của Đảng bộ tỉnh\n\nTừ đầu nhiệm kỳ đến nay, các cấp ủy đã kiểm tra "
            "3.912 tổ chức đảng. Riêng năm 2016, toàn tỉnh kết nạp 1.874 đảng viên.")
    assert facts(text, "value", "year", "period") == [(3912, 2020, "TERM"), (1874, 2016, "FY")]
