"""Quantity extraction: every format of the issue's table, and every kind of number that is not one."""

from __future__ import annotations

import pytest

from transforms.keys import fold_key
from transforms.quantities import find_quantities


def found(text: str) -> list[tuple[float, str, str | None]]:
    """(value, unit, approx) of every quantity in a sentence."""
    return [(q.value, q.unit, q.approx) for q in find_quantities(text, fold_key(text))]


# --- counts: thousands dots, leading zeros ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toàn tỉnh đã kiểm tra 2.350 đảng viên.", [(2350, "count", None)]),
        ("Các cấp ủy kiểm tra 1.263 tổ chức Đảng.", [(1263, "count", None)]),
        ("Danh sách gồm khối Đảng 4 người, khối Chính quyền 12 người.", [(4, "count", None), (12, "count", None)]),
        ("Nghị quyết giao “Tỷ lệ trường học đạt chuẩn quốc gia đến năm 2025: Tiểu học 80%, THCS 65%”.",
         [(80, "percent", None), (65, "percent", None)]),
        ("Mặt trận trao 23.418 phần quà cho hộ nghèo.", [(23418, "count", None)]),
        ("Kết luận đúng một phần 14 đơn.", [(14, "count", None)]),  # "phần" is a label, "một phần" is not
        ("Đạt 61,2% chỉ tiêu cả nhiệm kỳ (1.000 đảng viên).", [(61.2, "percent", None), (1000, "count", None)]),
        ("Cách chức 04 đảng viên vi phạm.", [(4, "count", None)]),
        ("Khiển trách 31, cảnh cáo 03.", [(31, "count", None), (3, "count", None)]),
        ("Lên 20.952 đồng chí sinh hoạt tại 434 tổ chức cơ sở đảng.", [(20952, "count", None), (434, "count", None)]),
        ("Đại hội bầu Đoàn Chủ tịch gồm 05 dồng chí.", [(5, "count", None)]),  # comrades misspelt, no money
        ("Kiểm tra 3.004tổ chức đảng.", [(3004, "count", None)]),  # no space before the noun (plo.vn)
        ("Với tổng số 27 thành viên.", [(27, "count", None)]),  # "tổng số" is not the label "số"
        ("Xã mới có dân số 31.200 người.", [(31200, "count", None)]),  # nor is "dân số"
    ],
)
def test_counts(text: str, expected: list) -> None:
    assert found(text) == expected


# --- percentages --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kết nạp được 437 đảng viên (đạt 37,03%).", [(437, "count", None), (37.03, "percent", None)]),
        ("Đạt 41,27 % chỉ tiêu.", [(41.27, "percent", None)]),
        ("Đến nay mới đạt 31% so với kế hoạch.", [(31, "percent", None)]),
        ("Tỷ lệ đạt hai mươi mốt phần trăm.", [(21, "percent", None)]),
        ("Thu hồi trên 50% diện tích đất.", [(50, "percent", "over")]),
    ],
)
def test_percentages(text: str, expected: list) -> None:
    assert found(text) == expected


# --- money, area, weight ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tổng dư nợ là 2.145,8 tỷ đồng.", [(2_145_800_000_000, "vnd", None)]),
        ("Tổng số tiền gần 14 tỷ đồng.", [(14_000_000_000, "vnd", "under")]),
        ("Hỗ trợ với số tiền 265 triệu đồng.", [(265_000_000, "vnd", None)]),
        ("Thu ngân sách 6 tháng đạt 120 tỷ dồng.", [(120_000_000_000, "vnd", None)]),  # a misspelt đồng
        ("Lợi nhuận cả năm đạt 12 tỷ đổng.", [(12_000_000_000, "vnd", None)]),  # another
        ("Tổng thu ngân sách năm nay ước đạt 215,3 tỷ đồn", [(215_300_000_000, "vnd", None)]),  # cut by the excerpt
        # … but a lone letter after a bare number, ending the excerpt, is a word cut at its first letter
        ("Đảng bộ có 4 chi bộ với 57 đ", [(4, "count", None), (57, "count", None)]),
        ("Mức hỗ trợ mỗi tháng là 500.000đ", [(500_000, "vnd", None)]),
        ("Thị xã có 3 đồn", [(3, "count", None)]),  # a post, not money
        ("Nhận đỡ đầu với số tiền 450.000đ/tháng.", [(450_000, "vnd", None)]),
        ("Mức hỗ trợ 1,5 triệu VNĐ mỗi người.", [(1_500_000, "vnd", None)]),
        ("Kết luận thu hồi 7.500.000 đ.", [(7_500_000, "vnd", None)]),
        # after a scale word, 'đồng' is money even when the next word makes a false friend ('đồng tổ chức')
        ("Vận động gần 95 triệu đồng tổ chức hoạt động về nguồn.", [(95_000_000, "vnd", "under")]),
        ("Thu hồi 38.012.000đ (Ba mươi tám triệu không trăm mười hai ngàn đồng).", [(38_012_000, "vnd", None)]),
        ("Quy mô 15 ha.", [(15, "ha", None)]),
        ("Đất nông nghiệp 1.204,5 hécta.", [(1204.5, "ha", None)]),
        # an amount under two scale words is one amount
        ("Quỹ của chi bộ có trên 3 tỷ 200 triệu đồng.", [(3_200_000_000, "vnd", "over")]),
        ("Mỗi hộ được hỗ trợ 1 triệu 800 nghìn đồng.", [(1_800_000, "vnd", None)]),
        ("Dự án vay 2 tỷ 5 triệu.", [(2_005_000_000, "count", None)]),
        # an amount after a label word is no label's number ('công nghiệp 4.0' is)
        ("Giá trị sản xuất công nghiệp, tiểu thủ công nghiệp 1.540 tỷ đồng.", [(1_540_000_000_000, "vnd", None)]),
        # … and so is one whose rest carries its scale in a unit ('tr.đ' = triệu đồng)
        ("Giá trị sản xuất năm 2019 được 68 tỷ 097 tr.đ.", [(68_097_000_000, "vnd", None)]),
        ("Năm trước thu 3 tỷ đồng, 200 triệu đồng là quà tặng.", [(3_000_000_000, "vnd", None),
                                                                  (200_000_000, "vnd", None)]),
        ("Vốn 7 triệu 9 triệu đồng.", [(7_000_000, "vnd", None), (9_000_000, "vnd", None)]),
        ("Cung ứng gần 100 tấn phân bón.", [(100, "ton", "under")]),
        ("Sản lượng điện đạt 12,5 tỷ kWh, vượt 200 triệu kWh kế hoạch.", [(12_500_000_000, "other", None),
                                                                      (200_000_000, "other", "over")]),
        # metres, written short or in full; a war zone's number is its name
        ("Xã ở độ cao trung bình 1.100m, có 3 mục tiêu và 12 mét đê.", [(1100, "other", None), (3, "count", None),
                                                                       (12, "other", None)]),
        ("Năm 1947, tỉnh nằm trong chiến khu 2, có 40 đảng viên.", [(40, "count", None)]),
        ("Cuốn sách dày 319 trang, khổ rộng 20,5cm.", [(319, "count", None), (20.5, "other", None)]),  # centimetres
        ("Đồn tổ chức 42 lần tuần tra trên biển với 1.380 hải lý.", [(42, "count", None), (1380, "other", None)]),
    ],
)
def test_money_area_weight(text: str, expected: list) -> None:
    assert found(text) == expected


# --- approximations -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kiểm tra hơn 1.350 đảng viên.", [(1350, "count", "over")]),
        ("Cung ứng trên 2.450 cây giống.", [(2450, "count", "over")]),
        ("Kết nạp 2.400 đảng viên trở lên.", [(2400, "count", "over")]),
        ("Có khoảng 280 đại biểu dự.", [(280, "count", "about")]),
        ("Xấp xỉ 50 chi bộ đạt chuẩn.", [(50, "count", "about")]),
        ("Ngót 40 hộ được hỗ trợ.", [(40, "count", "under")]),
        ("Trên dưới 20 cán bộ tham gia.", [(20, "count", "about")]),
        ("Tỉnh Đoàn giới thiệu gần 2000 đoàn viên ưu tú.", [(2000, "count", "under")]),  # no year after 'gần'
        ("Hoạt động trên địa bàn tỉnh với 12 cơ sở.", [(12, "count", None)]),  # "trên" as "on"
    ],
)
def test_approximations(text: str, expected: list) -> None:
    assert found(text) == expected


# --- ratios ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kết nạp được 437/1.180 chỉ tiêu.", [(437, "count", None), (1180, "count", None)]),
        ("Tại 6/12 huyện, thành phố.", [(6, "count", None), (12, "count", None)]),
        ("Đạt 50/50 chỉ tiêu.", [(50, "count", None), (50, "count", None)]),
        ("Có 16/16 cấp ủy trực thuộc.", [(16, "count", None), (16, "count", None)]),
    ],
)
def test_ratios_are_two_counts(text: str, expected: list) -> None:
    assert found(text) == expected


# --- number words --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Đã kết nạp hai mươi mốt đảng viên.", 21),
        ("Có một trăm linh năm hộ.", 105),
        ("Có một trăm lẻ năm hộ.", 105),
        ("Khoảng ba nghìn lượt người.", 3000),
        ("Tổng cộng hai triệu rưỡi đồng.", 2_500_000),
        ("Kỷ luật chín đảng viên.", 9),
        ("Thành lập bẩy chi bộ.", 7),
        ("Chủ nhiệm nêu bốn nhóm nhiệm vụ trọng tâm.", 4),  # any noun after a lone number word but "năm"
    ],
)
def test_number_words(text: str, value: float) -> None:
    values = [v for v, _, _ in found(text)]
    assert values == [value]


# --- not quantities ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị diễn ra ngày 30/11 và 1/12 tại thành phố.",
        "Theo Quy định số 96-QĐ/TW, ngày 2/2/2023 của Bộ Chính trị.",
        "Sáng 2-7, Đảng ủy Khối tổ chức hội nghị.",
        "Trong 03 ngày, 6,7 và 8/9/2021, Đảng bộ quận tổ chức đại hội.",
        "Trong các ngày 6, 7 và 8-9-2021, Đảng bộ quận tổ chức đại hội.",
        "Dự đại hội có Phó vụ trưởng Vụ Địa phương 3, Văn phòng Trung ương Đảng.",
        "Vùng có nhiều dân tộc thiểu số cư trú lâu đời(2) và giàu bản sắc văn hóa.",
        "Ngày 22-1, tỉnh tổ chức lễ kỷ niệm.",
        "09:07, 02/07/2020",
        "Chương trình công tác năm 2023.",
        "Đại hội nhiệm kỳ 2020-2025 thành công.",
        "Đề án giai đoạn 2021-2025, định hướng đến năm 2030.",
        "Quán triệt Nghị quyết 06-NQ/TW của Bộ Chính trị.",
        "Thực hiện Quyết định 1470/QĐ-UBND của UBND tỉnh.",
        "Theo Nghị quyết số 202/2025/QH15 của Quốc hội.",
        "Kiểm tra theo Khoản 2, Điều 30 Điều lệ Đảng.",
        "Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ tỉnh khóa XVII.",
        "Kỳ họp thứ 36 HĐND tỉnh.",
        "Nhiệm vụ 6 tháng đầu năm và 9 tháng.",
        "Sáu tháng đầu năm, tình hình ổn định.",
        "Kết quả quý I rất khả quan.",
        "Tổ chức kỷ niệm 60 năm ngày thành lập.",
        "Cả phường hân hoan mừng Đảng tròn 96 mùa xuân.",
        "Sản phẩm chè của xã đạt OCOP 4 sao.",
        "Tải tài liệu tại đây (245.10 KB, 18 trang )",
        "Quy định gồm:\n3- Điều 5: Về nhiệm vụ\n3.2- (Khoản 2): Nhiệm vụ học tập.",
        "Đại hội Đảng bộ phường Hòa Bình 3 lần thứ I thành công tốt đẹp.",
        "Hội nghị tổ chức trong 2 ngày.",
        "Tòa soạn: 44 Lê Thái Tổ; Chia sẻ (15) | In bài.",
        "Trong thời gian từ 3 đến 5 năm.",
        "Phòng chống dịch Covid-19 hiệu quả.",
        "Nâng cao hiệu quả của Ban Chỉ đạo 35 các cấp.",
        "Đại lễ Phật đản Phật lịch 2566.",
        "Chào mừng Sea Game lần thứ 31.",
        "Phát động chương trình “01 triệu sáng kiến vượt khó”.",
        "Đồng chí Bí thư cùng các đồng chí trong Ban Thường vụ.",
        "Tuyến Quốc lộ 1A qua địa bàn.",
        "Năm 2024 là năm bản lề.",
        "Kỷ niệm 79 năm Ngày Quốc khánh 2/9.",
        "Thông báo số 165-TB/UBKTTW, ngày 07/12/2021.",
        "Một số cấp ủy còn hạn chế.",
        "Năm nay tình hình ổn định.",
        "Có hàng trăm đại biểu dự.",
        "Tết Giáp Thìn năm 2024.",
        "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ\n2. Công tác dân vận",
        "Xem chi tiết tại https://baohaiduong.vn/tin-123456.html (GMT+7).",
        "Liên hệ đường dây nóng 0912.345.678 hoặc 0220 3852 123.",
        "Theo báo cáo của Tỉnh ủy[12], tình hình ổn định.",
        "Sư đoàn 312 tổ chức hội nghị; Lượt xem: 1.234.",
        "Các đảng viên mới đều là học sinh lớp 11.",
        "Hai năm thực hiện Nghị quyết 09, quận đạt nhiều kết quả.",
        "Phường ứng dụng công nghệ 4.0 vào cải cách hành chính.",
        "Lượt truy cập\nOnline: 59",
        "Dự họp có đại diện Tòa án nhân dân khu vực 3 và Thi hành án dân sự khu vực 7.",
        "Miền tây xứ Nghệ\n4028eaa467639b47016777605d890929\nff8080815e5b41fb015e5b817a510004",
        "Kết nạp đảng viên mới\n\n21/02/2024 782 0\n\nThời gian qua, huyện chăm lo công tác phát triển đảng.",
        "Hội nghị tổng kết của huyện đoàn\n\n09:05 12/3/2019     4518\n\nSáng nay, huyện đoàn họp tổng kết.",
        "Bí thư chi bộ, Trưởng khu 7 cho biết chi bộ họp đều đặn.",
        "Tin địa phương\n24°C / 21-27°C\nHuyện ủy họp phiên thường kỳ.",
        "Đường tỉnh 912 và 913 chạy qua các xã của huyện.",
        "Ý kiến bạn đọc\nTối thiểu 10 chữ\n0 / 500 ký tự",
        "Đảng bộ xã Bình Ba tổ chức Đại hội lần thứ VII.",
    ],
)
def test_not_quantities(text: str) -> None:
    assert found(text) == []


# --- ambiguity -----------------------------------------------------------------------------------------
def test_english_style_comma_with_a_count_is_read_whole_and_flagged() -> None:
    text = "Vận động 6,179 người tham gia BHYT."
    (q,) = find_quantities(text, fold_key(text))
    assert q.value == 6179 and q.ambiguous and "whole" in (q.note or "")


def test_dot_decimal_is_flagged_ambiguous() -> None:
    text = "Tăng 1.5 lần so với cùng kỳ."
    (q,) = find_quantities(text, fold_key(text))
    assert q.value == 1.5 and q.ambiguous


def test_english_style_document_reads_commas_as_thousands() -> None:
    text = "Total 1,234,567 VND; rate 12.5%. Kiểm tra 6,179 người."
    values = [q.value for q in find_quantities(text, fold_key(text))]
    assert 6179 in values


def test_a_count_of_people_in_a_dot_decimal_document_is_whole() -> None:
    """A document writing '5.19%' may still group thousands with a dot: people are counted whole, tonnes are not."""
    text = "Cao cấp chiếm 5.19%, trung cấp chiếm 19.23%. Phường có 29.807 người dân, sản lượng đạt 7.250 tấn."
    values = [q.value for q in find_quantities(text, fold_key(text))]
    assert values == [5.19, 19.23, 29807, 7.25]


def test_noun_and_span_are_kept() -> None:
    text = "Cấp ủy đã kiểm tra 738 đảng viên và 319 tổ chức Đảng."
    qs = find_quantities(text, fold_key(text))
    assert [(text[q.start:q.end], q.noun, q.subject) for q in qs] == [
        ("738", "đảng viên", "party_member"), ("319", "tổ chức đảng", "party_org")]


@pytest.mark.parametrize(("text", "value"), [
    ("Dư nợ 68,4 tỷ đồng.", 68_400_000_000), ("Hỗ trợ 2,3 triệu đồng.", 2_300_000), ("Thu 0,7 tỷ đồng.", 700_000_000)])
def test_scaled_money_is_exact(text: str, value: int) -> None:
    (q,) = find_quantities(text, fold_key(text))
    assert q.value == value  # exact, not 68400000000.00001


def test_year_word_before_a_verb_is_not_five() -> None:
    text = "Năm 2020 là năm tổ chức đại hội đảng bộ các cấp."
    assert find_quantities(text, fold_key(text)) == []


@pytest.mark.parametrize(("text", "value"), [("Đảng viên là người dân tộc thiểu số 389 đồng chí.", 389),
                                             ("Phấn đấu đến cuối nhiệm kỳ 100% ấp có chi bộ.", 100)])
def test_label_words_inside_other_words_do_not_mask(text: str, value: float) -> None:
    assert [q.value for q in find_quantities(text, fold_key(text))] == [value]


@pytest.mark.parametrize(("text", "expected"), [
    # 'năm' after a word naming a part of the year is the year, not five
    ("Ngay từ đầu năm chi bộ đã họp.", []),
    ("Đến cuối năm đảng bộ xã kết nạp thêm 6 đảng viên.", [(6, "count", None)]),
    ("Chi bộ kết nạp năm đảng viên.", [(5, "count", None)]),
    # … or during it ('trong năm'), unless it is one of a number ('một trong năm đảng viên')
    ("Năm 2020, trong năm Đảng bộ kết nạp mới 14 đảng viên.", [(14, "count", None)]),
    ("Ông là một trong năm đảng viên tiêu biểu.", [(5, "count", None)]),
    # a copula before 'một': what someone is, not how many
    ("Anh hứa sẽ xứng đáng là một đảng viên tốt.", []),
    ("Chi bộ kết nạp một đảng viên.", [(1, "count", None)]),
    # a number word inside a word ('ngã ba' a junction, 'đòn bẩy' a lever), '1 số' for 'một số' (some), a disease's
    # name written with a spaced hyphen
    ("Xã nằm ở ngã ba biên giới; đó là đòn bẩy phát triển.", []),
    ("Hội nghị thảo luận 1 số tồn tại; dịch Covid -19 được kiểm soát.", []),
    # an hour written with 'h' and nothing after it
    ("Đến 8h sáng, hội nghị khai mạc; từ 14h đến 17h các đại biểu thảo luận.", []),
    # 'triệu tập' convenes: its number counts ('tập 150' alone is a volume)
    ("Đại hội triệu tập 150 đại biểu chính thức.", [(150, "count", None)]),
    # labels: a class of town, a meeting room, a list of plenums
    ("Thị trấn sẽ trở thành đô thị loại 3 vào năm tới.", []),
    ("Buổi lễ diễn ra tại phòng họp 3 của Huyện ủy.", []),
    ("Cán bộ học tập nghị quyết Trung ương 4, 7, 8 khóa XII.", []),
    # a day and month with a space around the dash after a date word; a range of members stays
    ("* Ngày 14- 6, chi bộ tổ chức lễ kết nạp.", []),
    ("Sáng 3 / 9, Đảng ủy họp.", []),
    ("Mỗi chi bộ kết nạp từ 2 - 4 đảng viên.", [(2, "count", None), (4, "count", None)]),
])
def test_words_and_labels_that_are_no_figures(text: str, expected: list) -> None:
    assert found(text) == expected


def test_a_percentage_after_a_label_word_is_a_figure() -> None:
    assert found("Tỷ lệ trẻ em suy dinh dưỡng dưới 5 tuổi 12,4%, giảm so với năm trước.") == [(12.4, "percent", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # a number of times after a word of growth, or set against a base, is a ratio
    ("Thu nhập bình quân tăng 2,3 lần so với đầu nhiệm kỳ.", [(2.3, "other", None)]),
    ("Số đảng viên mới gấp 3 lần năm trước.", [(3, "other", None)]),
    ("Số chi bộ nhiều hơn khoảng 4 lần số tổ đảng.", [(4, "other", "about")]),
    # a number of occasions stays a count
    ("Đảng bộ 2 lần được tặng Huân chương Lao động.", [(2, "count", None)]),
])
def test_a_number_of_times_is_a_ratio(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a page's counter closing a date line after a bar
    ("05/02/2021 | 17\n\nHuyện ủy kết nạp 9 đảng viên.", [(9, "count", None)]),
    ("14:05 12-03-2020 | :208\n\nChi bộ họp.", []),
    # a visitors' counter, one label a line; the same words in prose are left to the other rules
    ("Đang truy cập: 153\n\nHôm nay: 295\n\nTuần trước: 9,590\n\nHuyện ủy kết nạp 9 đảng viên.", [(9, "count", None)]),
    ("Hôm nay, 12 đảng viên được kết nạp.", [(12, "count", None)]),
    # a month and year joined by a dash
    ("Từ tháng 2-2018 đến 7-2018 kết nạp 14 đảng viên.", [(14, "count", None)]),
    # the number of a congress; a count of delegates after it stays
    ("Từ đầu nhiệm kỳ Đại hội 13 đến nay, kỷ luật 4 đảng viên.", [(4, "count", None)]),
    ("Đại hội có 250 đại biểu tham dự.", [(250, "count", None)]),
])
def test_counters_month_years_and_congress_numbers(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "unit"), [
    ("Thu nhập đạt 68,5 triệu đồng/người, đạt 100,7", "percent"),  # cut at the end of an excerpt
    ("Số đảng viên dân tộc thiểu số là 24.241, tăng 5,28, chiếm 12,3%.", "percent"),  # the sign left off
    ("Điểm tổng kết năm lớp 12 là 9,3.", "count"),  # no word of change, attainment or share before it
    ("Doanh thu tăng 1,5 lần so với năm trước.", "other"),  # a number of times
])
def test_a_bare_number_with_decimals_after_a_word_of_change_is_a_percentage(text: str, unit: str) -> None:
    assert next(u for v, u, _ in found(text) if not float(v).is_integer()) == unit


@pytest.mark.parametrize(("text", "expected"), [
    # percentage points are a percent, and so is the first of two amounts that write their unit once
    ("Tỷ lệ sinh giảm 0,3 điểm phần trăm so với năm trước.", [(0.3, "percent", None)]),
    ("Huyện A và huyện B tăng nhanh, 1,2 và 0,8 điểm phần trăm.", [(1.2, "percent", None), (0.8, "percent", None)]),
    ("Xã A và xã B được cấp 2,5 và 3,1 tỷ đồng.", [(2_500_000_000, "vnd", None), (3_100_000_000, "vnd", None)]),
    ("Huyện ủy kết nạp 12 và 15 đảng viên.", [(12, "count", None), (15, "count", None)]),  # a noun: no unit shared
    # an amount followed by a word of money is money
    ("Kế toán xã còn giữ 15 triệu tiền hỗ trợ của dân.", [(15_000_000, "vnd", None)]),
    ("Cả nước có 3 triệu người tham gia.", [(3_000_000, "count", None)]),
    # 'dứt điểm' settles for good: the letters after it count
    ("Ủy ban đã giải quyết dứt điểm 21 đơn thư.", [(21, "count", None)]),
    ("Theo điểm 3 khoản 1 Điều 8, chi bộ họp.", []),
    # a date word and a comma before a day and month with a dot; a share after 'hôm nay,' stays
    ("Sáng nay, 12.4, Tỉnh ủy tổ chức hội nghị.", []),
    ("Hôm nay, 3/4 xã đã hoàn thành chỉ tiêu.", [(3, "count", None), (4, "count", None)]),
    # a clock time's offset from UTC
    ("Cập nhật 08:12 +07 Thứ hai, 04/05/2020\n\nChi bộ kết nạp 2 đảng viên.", [(2, "count", None)]),
    # a visitors' counter whose labels are written twice, an icon's text glued to them
    ("Đang truy cậpĐang truy cập : 7\n\nTháng hiện tạiTháng hiện tại : 40512\n\nChi bộ kết nạp 2 đảng viên.",
     [(2, "count", None)]),
    # a numbered heading run into the text after a sentence's end; a count opening a sentence stays
    ("Quy định xử lý vi phạm. 1. Tổ chức đảng vi phạm thì xử lý. 2. Một số hành vi khác.", []),
    ("Huyện kết nạp 12 đảng viên. 3 chi bộ đạt xuất sắc.", [(12, "count", None), (3, "count", None)]),
    ("Đảng viên mới: 45. Trong đó nữ chiếm phần đông.", [(45, "count", None)]),
])
def test_units_written_once_money_words_and_page_furniture(text: str, expected: list) -> None:
    assert found(text) == expected
