"""Document metadata: title, publication date, province, reporting period."""

from __future__ import annotations

import pytest

from transforms.dating import find_published
from transforms.document import SourceInfo, process_document
from transforms.keys import fold_key
from transforms.periods import find_period_mentions
from transforms.places import find_province, province_names, resolve_province
from transforms.title import find_title
from transforms.urls import slug_period, slug_year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("09:07, 02/07/2020\n\nĐảng ủy Khối: Hội nghị cán bộ chủ chốt\n\nSáng 2-7 ...", "2020-07-02"),
        (" date 2024-05 Chiều 14/5, ông Lê Văn Hùng dự và phát biểu.", "2024-05"),
        ("Cập nhật, 06:00, Thứ Năm, 12/07/2018\n\nTin tức ...", "2018-07-12"),
        ("Hải Dương, ngày 15 tháng 7 năm 2022\n\nBÁO CÁO", "2022-07-15"),
        ("Sáng 2/7, hội nghị diễn ra.", None),
        # a headline's window of dates is no stamp; the dateline below it is
        ("Kỷ niệm 30 năm tái lập huyện (01/4/1995 - 01/4/2025)\n\nThứ hai - 17/3/2025 08:30\nĐể tuyên truyền …",
         "2025-03-17"),
        # a paragraph opening on an event's date dates the article; one opening on a window's bound does not
        ("Sáng 12/4/2017, Ban Thường vụ Huyện ủy đã họp, xem xét thi hành kỷ luật hai đảng viên có vi phạm.",
         "2017-04-12"),
        ("Huyện ủy kỷ luật 2 đảng viên.\nĐến ngày 12/4/2017, ông Trần Văn B đã ký quyết định công nhận kết quả đấu "
         "giá quyền sử dụng đất tại khu dân cư số 3.", None),
        # a closing paragraph citing a document's number and date is no stamp; an explainer opening on the rule it
        # explains is dated by it
        ("Kỷ luật cựu chủ tịch huyện\n\nNgày 4-11, Ủy ban Kiểm tra Tỉnh ủy đã họp.\n\nÔng A bị khởi tố.\n\nCăn cứ Quy "
         "định số 69 ngày 6-7-2022 của Bộ Chính trị về xử lý kỷ luật đảng viên vi phạm; ngày 29-11, Ban Thường vụ Tỉnh "
         "ủy đã quyết định thi hành kỷ luật bằng hình thức khai trừ ra khỏi Đảng đối với ông A.", None),
        ("Điểm mới về lấy phiếu tín nhiệm\n\nQuy định số 96-QĐ/TW, ngày 02/02/2023 của Bộ Chính trị về việc lấy phiếu "
         "tín nhiệm đối với chức danh lãnh đạo đã kế thừa các nội dung của quy định trước đó.", "2023-02-02"),
        # a labelled stamp below a portal's menu of a dozen lines; an unlabelled date that far down is none
        ("Trang chủ\nGiới thiệu\nTin tức\nVăn bản\nLịch công tác\nHỏi đáp\nLiên hệ\nSơ đồ\nNgày đăng 19/01/2018 | "
         "10:45\nXã tổng kết năm 2017.\nĐảng ủy kết nạp 5 đảng viên.\nChi bộ đạt trong sạch.\nXã đạt nông thôn mới.",
         "2018-01-19"),
        ("Trang chủ\nGiới thiệu\nTin tức\nVăn bản\nLịch công tác\nHỏi đáp\nLiên hệ\nSơ đồ\nHạn chót 19/01/2018\n"
         "Xã tổng kết năm 2017.\nĐảng ủy kết nạp 5 đảng viên.\nChi bộ đạt trong sạch.\nXã đạt nông thôn mới.", None),
    ],
)
def test_published(text: str, expected: str | None) -> None:
    assert find_published(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BÁO CÁO\n\nkết quả công tác xây dựng Đảng 6 tháng đầu năm 2022\n\nNội dung.",
         "BÁO CÁO kết quả công tác xây dựng Đảng 6 tháng đầu năm 2022"),
        ("09:07, 02/07/2020\n\nĐảng ủy Khối các Cơ quan tỉnh: Hội nghị cán bộ chủ chốt\n\nSáng 2-7, ...",
         "Đảng ủy Khối các Cơ quan tỉnh: Hội nghị cán bộ chủ chốt"),
        ("Xây dựng Đảng\n\nNâng cao chất lượng công tác đảng viên ở cơ sở\n\nHải Dương\n\nNội dung dài.",
         "Nâng cao chất lượng công tác đảng viên ở cơ sở"),
        ("6 tháng đầu năm 2024, các cấp ủy thi hành kỷ luật 186 đảng viên.\nNội dung.", None),
        # a document type as the tenth line of an official header still takes the line after it
        ("Văn bản\nHUYỆN ỦY A\n---\nĐẢNG CỘNG SẢN VIỆT NAM\n---\nSố: 12-KH/HU\nA, ngày 3 tháng 5 năm 2022\n*\n*\n"
         "KẾ HOẠCH\nkiểm tra, giám sát năm 2022\nNội dung.", "KẾ HOẠCH kiểm tra, giám sát năm 2022"),
    ],
)
def test_title(text: str, expected: str | None) -> None:
    assert find_title(text) == expected


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Ban Thường vụ Tỉnh uỷ Hải Dương chỉ đạo ... Hải Dương tiếp tục ...", "hai-duong"),
        ("Tỉnh ủy Thanh Hoá tổ chức hội nghị.", "thanh-hoa"),
        ("Đoàn TNCS Hồ Chí Minh tỉnh tổ chức đại hội; học tập tư tưởng Hồ Chí Minh.", None),
        ("Hội nghị bàn về hòa bình và phát triển.", None),
        ("Lãnh đạo TP. Hồ Chí Minh làm việc.", "ho-chi-minh"),
        ("Đảng bộ tỉnh không nêu tên.", None),
        # a name in a list that a commune's or a district's plural word opens is one of those units
        ("Phường mới lập từ các phường: Bình Thuận, Hòa Thuận Tây và Hòa Cường Nam thuộc quận Hải Châu, Đà Nẵng.",
         "da-nang"),
        ("Đoàn công tác làm việc tại các xã thuộc huyện Tuy Phong, Bình Thuận.", "binh-thuan"),
        ("Hội nghị có các tỉnh: Bình Thuận, Bình Thuận và Ninh Thuận.", "binh-thuan"),
        # a person's home province is not the text's
        ("Đảng bộ phường trao Huy hiệu Đảng cho cụ bà Nguyễn Thị Hồng, quê Hà Tĩnh.", None),
    ],
)
def test_province(text: str, slug: str | None) -> None:
    assert find_province(text) == slug


def test_province_after_the_2025_merger() -> None:
    assert province_names("hai-duong") == ("Hải Dương", "hai-phong", "Hải Phòng")
    assert province_names("ha-noi")[1] == "ha-noi"


@pytest.mark.parametrize("given", ["Vĩnh Long", "vinh-long", "tỉnh Vĩnh Long", "Tỉnh Vĩnh Long"])
def test_sidecar_province_resolves(given: str) -> None:
    assert resolve_province(given) == "vinh-long"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6 tháng đầu năm 2024, các cấp ủy kiểm tra 5 đảng viên.", [("H1", 2024)]),
        ("Năm 2023, cấp ủy các cấp kiểm tra 5 đảng viên.", [("FY", 2023)]),
        ("9 tháng đầu năm 2023, kết nạp 5 đảng viên.", [("M9", 2023)]),
        ("Quý I năm 2024, kết nạp 5 đảng viên.", [("Q1", 2024)]),
        ("Công tác kiểm tra nhiệm kỳ 2015 - 2020 được quan tâm.", [("TERM", 2020)]),
        ("Tính đến ngày 30-6, toàn tỉnh kết nạp 288 đảng viên.", [("H1", None)]),
        ("Tăng 17 tổ chức đảng so cùng kỳ năm 2020.", [(None, 2020)]),
        ("Nhiệm vụ 6 tháng cuối năm 2024.", [(None, 2024)]),
        ("Chương trình kiểm tra năm 2022 của cấp ủy.", [(None, 2022)]),
        ("Đại hội Đảng bộ khóa VIII, nhiệm kỳ 2020 - 2025.", [(None, 2025)]),
        # a term whose clause strives for something is a plan's, not a period reviewed
        ("Nhiệm kỳ 2017 - 2020, chi bộ phấn đấu 100% đảng viên hoàn thành tốt nhiệm vụ.", [(None, 2020)]),
    ],
)
def test_period_mentions(text: str, expected: list) -> None:
    assert [(m.period, m.year) for m in find_period_mentions(fold_key(text))] == expected


@pytest.mark.parametrize(
    ("text", "year", "period"),
    [
        ("Xây dựng Đảng\n\nSáu tháng đầu năm 2022, tỉnh đạt kết quả tốt.\n\nCác cấp ủy đã kiểm tra 418 đảng viên.",
         2022, "H1"),
        ("Tin tức\n\nTrong năm 2024 tiếp tục triển khai.\n\nNăm 2023, cấp ủy các cấp đã kiểm tra 1.263 tổ chức Đảng.",
         2023, "FY"),
    ],
)
def test_document_period_follows_its_figures(text: str, year: int, period: str) -> None:
    doc = process_document(text.encode(), SourceInfo("x.txt")).document
    assert (doc["year"], doc["period"]) == (year, period)


def test_sidecar_wins_over_detection() -> None:
    text = "Tỉnh ủy Hải Dương kiểm tra 5 đảng viên năm 2023."
    doc = process_document(text.encode(), SourceInfo("x.txt", {"province": "Vĩnh Long", "published": "2024-01-02"}))
    doc = doc.document
    assert (doc["province"], doc["province_source"], doc["published"], doc["published_source"]) == (
        "vinh-long", "sidecar", "2024-01-02", "sidecar")


def test_title_year_when_the_text_names_no_period() -> None:
    text = "Tổng kết công tác kiểm tra, giám sát năm 2023\nCác cấp ủy kiểm tra 12 tổ chức đảng."
    doc = process_document(text.encode(), SourceInfo("x.txt")).document
    assert (doc["year"], doc["period"]) == (2023, "FY")


@pytest.mark.parametrize(("url", "year"), [
    ("https://huyen.example.gov.vn/TinTuc/View/Hop-Ban-Chi-dao-sap-nhap-thon-nam-2019", 2019),
    ("https://example.vn/ket-qua-kiem-tra-nam-2021-nam-2022.html", None),  # two years: no headline year
    ("https://example.vn/nam-2019/bao-cao-cong-tac-dang.html", None),  # a section's year, not the headline's
    ("https://example.vn/tiep-can-nam-20190.html", None),
    (None, None),
])
def test_a_slug_names_its_headlines_year(url: str | None, year: int | None) -> None:
    assert slug_year(url) == year


def test_an_undated_text_takes_its_slugs_year() -> None:
    text = "Họp Ban Chỉ đạo sáp nhập thôn\n\nBan Chỉ đạo huyện họp bàn việc sáp nhập 12 thôn, tổ dân phố."
    url = "https://huyen.example.gov.vn/TinTuc/View/Hop-Ban-Chi-dao-sap-nhap-thon-nam-2019"
    assert process_document(text.encode("utf-8"), SourceInfo("a.txt", {"source_url": url})).document["year"] == 2019


@pytest.mark.parametrize(("url", "found"), [
    ("https://example.vn/tinh-quy-i-2011-nhieu-hoat-dong-phoi-hop-19-04-2011", ("Q1", 2011)),
    ("https://example.vn/6-thang-dau-nam-2018-huyen-ket-nap-50-dang-vien.html", ("H1", 2018)),
    ("https://example.vn/ket-qua-9-thang-nam-2020.html", ("M9", 2020)),
    ("https://example.vn/9-thang-2020-va-quy-iv-2020.html", None),  # two periods: no headline period
    ("https://example.vn/quy-dinh-moi-nam-2019.html", None),  # 'quy định', not a quarter
    ("https://example.vn/quy-i/bao-cao-2011.html", None),  # a section's period, not the headline's
    ("https://example.vn/hoi-nghi-6-thang-dau-nam-528943.html", ("H1", None)),  # no year: the text's
    ("https://example.vn/quy-hoach-vung-6-thang.html", ("H1", None)),
    (None, None),
])
def test_a_slug_names_its_headlines_period(url: str | None, found: tuple[str, int | None] | None) -> None:
    assert slug_period(url) == found


QUARTER_SLUG = "https://example.vn/tinh-quy-i-2011-nhieu-hoat-dong-phoi-hop"
HALF_YEAR_SLUG = "https://example.vn/lu-doan-hoi-nghi-6-thang-dau-nam-528943.html"


@pytest.mark.parametrize(("url", "text", "expected"), [
    # the text names a year and no part of it: the slug's quarter of that year
    (QUARTER_SLUG, "Hội Cựu chiến binh tỉnh năm 2011\n\nCác cấp hội tặng 120 suất quà cho hội viên khó khăn.",
     (2011, "Q1")),
    # the text names its own period: the slug does not override it
    (QUARTER_SLUG, "Sáu tháng đầu năm 2011, các cấp hội tặng 120 suất quà cho hội viên khó khăn.", (2011, "H1")),
    # the slug's year is not the text's: no period from the slug
    (QUARTER_SLUG, "Hội Cựu chiến binh tỉnh năm 2012\n\nCác cấp hội tặng 120 suất quà cho hội viên khó khăn.",
     (2012, "FY")),
    # a slug naming no year gives its part of the text's year
    (HALF_YEAR_SLUG, "Lữ đoàn tổ chức hội nghị\n\nThời gian qua, đơn vị huấn luyện 120 chiến sĩ mới. Nhiệm vụ 6 "
     "tháng cuối năm 2019 là nâng cao chất lượng huấn luyện.", (2019, "H1")),
])
def test_a_text_naming_no_period_takes_its_slugs(url: str, text: str, expected: tuple[int, str]) -> None:
    doc = process_document(text.encode("utf-8"), SourceInfo("a.txt", {"source_url": url})).document
    assert (doc["year"], doc["period"]) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # an undated lede's year to date is the part of a year the body names with its year
    ("Công an huyện đã giải quyết 37 vụ, gồm 20 vụ xảy ra trong 6 tháng đầu năm 2019 và 17 vụ năm 2018 chuyển sang.",
     (2019, "H1")),
    ("Công an huyện đã giải quyết 37 vụ trong năm 2019.", (2019, "FY")),  # no part of a year named: the year
])
def test_a_year_to_date_is_the_part_of_a_year_named_later(body: str, expected: tuple[int, str]) -> None:
    text = ("An ninh trật tự được giữ vững\n\nTừ đầu năm đến nay, công tác phòng chống tội phạm được quan tâm chỉ "
            "đạo.\n\nẢnh minh họa\n\n" + body)
    doc = process_document(text.encode("utf-8"), SourceInfo("a.txt")).document
    assert (doc["year"], doc["period"]) == expected


def test_the_new_terms_plans_after_a_congress_that_elects_are_not_its_period() -> None:
    # the congress elects the committee of the term it opens; that term named again later holds its plans
    text = ("Đảng bộ Trung đoàn tổ chức thành công Đại hội\n\nBáo cáo tại Đại hội nêu rõ, Đảng bộ đã lãnh đạo hoàn "
            "thành các mục tiêu, nhiệm vụ đề ra.\n\nĐại hội bầu Ban Chấp hành Đảng bộ Trung đoàn nhiệm kỳ 2025-2030 "
            "gồm 15 đồng chí.\n\nNổi bật là chất lượng huấn luyện của đơn vị được nâng lên; công tác giáo dục chính "
            "trị có nhiều đổi mới.\n\nNhiệm kỳ 2025-2030, Đảng bộ Trung đoàn xác định thực hiện tốt 3 khâu đột phá.")
    doc = process_document(text.encode("utf-8"), SourceInfo("a.txt")).document
    assert (doc["year"], doc["period"]) == (2025, "TERM")


@pytest.mark.parametrize(("text", "year"), [
    # a central document whose issue is the news dates the text
    ("Thay mặt Bộ Chính trị, đồng chí Thường trực Ban Bí thư vừa ký ban hành Kết luận số 21-KL/TW ngày 18/4/2022 về "
     "chiến lược công tác kiểm tra đến năm 2030.", 2022),
    # a central resolution cited as the ground of local work bounds nothing
    ("Thực hiện Kết luận số 21-KL/TW ngày 18/4/2022 về chiến lược công tác kiểm tra đến năm 2030, xã kiểm tra 5 chi "
     "bộ.", None),
])
def test_a_central_document_dates_a_text_only_as_news(text: str, year: int | None) -> None:
    assert process_document(text.encode("utf-8"), SourceInfo("a.txt")).document["year"] == year


def test_an_election_of_a_terms_officers_is_in_its_first_year() -> None:
    text = ("Sáng 5/7, Hội đồng nhân dân tỉnh khóa XVII, nhiệm kỳ 2021 - 2026 họp để bầu các chức danh lãnh đạo.\n"
            "Ông Nguyễn Văn An được bầu làm Chủ tịch Hội đồng nhân dân tỉnh khóa XVII, nhiệm kỳ 2021 - 2026.")
    assert process_document(text.encode("utf-8"), SourceInfo("a.txt")).document["year"] == 2021


@pytest.mark.parametrize(("published", "year"), [
    ("Thứ Ba, 09/01/2018", 2017),  # early January, naming the year before: 'ngay từ đầu năm' is that year's start
    ("Thứ Ba, 09/10/2018", 2018),
])
def test_a_year_to_date_of_early_january_is_the_year_before(published: str, year: int) -> None:
    text = (f"Đảng bộ huyện nỗ lực phát triển đảng viên\nCập nhật lúc 09:33, {published}\n\nNgay từ đầu năm, Huyện ủy "
            "chỉ đạo xây dựng kế hoạch tạo nguồn kết nạp đảng viên.\n\nNăm 2017, huyện tổ chức 3 lớp bồi dưỡng nhận "
            "thức về Đảng.")
    assert process_document(text.encode("utf-8"), SourceInfo("a.txt")).document["year"] == year


def test_a_mid_term_review_of_a_congress_term_is_of_that_term() -> None:
    text = ("Sáng ngày 08-7, Ban Thường vụ Đảng ủy phường tổ chức Hội nghị sơ kết giữa nhiệm kỳ Đại hội Đảng bộ "
            "phường lần thứ XV, nhiệm kỳ 2020-2025.\nTính đến nay, phường đạt 10/12 chỉ tiêu nghị quyết đại hội.")
    doc = process_document(text.encode("utf-8"), SourceInfo("a.txt")).document
    assert (doc["year"], doc["period"]) == (2025, "TERM")


def test_an_undated_text_is_of_the_first_month_it_names() -> None:
    text = ("Kết nạp đảng viên còn khó khăn\n\nSố đảng viên mới chưa cao vì tạo nguồn còn khó. Từ tháng 4-2023, tỉnh "
            "đã chuyển giao 21 tổ chức cơ sở đảng cho các huyện; các huyện kết nạp 300 đảng viên.")
    assert process_document(text.encode("utf-8"), SourceInfo("a.txt")).document["year"] == 2023


@pytest.mark.parametrize(("window", "year"), [
    ("từ tháng 9/2018 tới tháng 5/2019", 2019),  # a window of months runs to its last
    ("từ ngày 1/10/2016 đến ngày 31/3/2017", 2017),  # … and so does a window of days
    ("từ tháng 9/2018", 2018),  # a window left open is of its first month
])
def test_an_undated_text_is_of_the_end_of_the_window_it_opens_on(window: str, year: int) -> None:
    text = f"Phá bỏ cây thuốc phiện\n\nLực lượng chức năng cho biết {window}, các xã đã phá bỏ 7 ha cây thuốc phiện."
    assert process_document(text.encode("utf-8"), SourceInfo("a.txt")).document["year"] == year


@pytest.mark.parametrize(("lede", "expected"), [
    # a dated page whose lede recalls a year long before it, which no Party figure takes: of the page's year
    ("Năm 2003, trung tâm đổi tên thành bệnh viện và chi bộ cũng đổi tên theo.", (2021, "FY")),
    # … but the year before the page's date is its report, kept
    ("Năm 2020, trung tâm đổi tên thành bệnh viện và chi bộ cũng đổi tên theo.", (2020, "FY")),
])
def test_a_dated_lede_recalling_a_year_long_past_is_history(lede: str, expected: tuple[int, str]) -> None:
    text = f"Giới thiệu\n\nNgày đăng: 15/03/2021\n\n{lede}\n\nĐảng bộ luôn hoàn thành tốt nhiệm vụ được giao."
    doc = process_document(text.encode("utf-8"), SourceInfo("a.txt")).document
    assert (doc["published"], doc["year"], doc["period"]) == ("2021-03-15", *expected)


@pytest.mark.parametrize(("head", "expected"), [
    # a central body's letterhead signed in the capital: a national document, not Hà Nội's
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\n\nBAN TỔ CHỨC\n\nSố: 12-HD/BTCTW\n\nHà Nội, ngày 15 tháng 3 năm 2016", "unknown"),
    # … while the city's own committee signing there is Hà Nội's
    ("THÀNH ỦY HÀ NỘI\n\nBAN TỔ CHỨC\n\nSố: 12-HD/BTCTU\n\nHà Nội, ngày 15 tháng 3 năm 2016", "ha-noi"),
])
def test_a_central_letterhead_signed_in_the_capital_is_national(head: str, expected: str) -> None:
    text = head + "\n\nKính gửi: các cấp ủy trực thuộc\n\nHướng dẫn việc kết nạp đảng viên trong doanh nghiệp."
    assert process_document(text.encode("utf-8"), SourceInfo("a.txt")).document["province"] == expected


SESSION = ("Ngày 12/5/2019, tại Hà Nội, Ủy ban Kiểm tra Trung ương đã họp kỳ 30. Đồng chí Chủ nhiệm Ủy ban Kiểm tra "
           "Trung ương chủ trì kỳ họp. Tại kỳ họp này, Ủy ban Kiểm tra Trung ương đã xem xét, kết luận một số nội dung "
           "quan trọng về công tác kiểm tra, giám sát và thi hành kỷ luật trong Đảng, trong đó có việc xem xét báo cáo "
           "giải trình của các tổ chức đảng và đảng viên có liên quan đến những vi phạm đã được chỉ ra trước đó.\n\n")


@pytest.mark.parametrize(("case", "expected"), [
    # a central body's discipline of one province's officials, the province named twice: that province's story
    ("Xem xét, thi hành kỷ luật cảnh cáo đối với ông A, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bến Tre và ông B, "
     "nguyên Phó Chủ tịch UBND tỉnh Bến Tre.", "ben-tre"),
    # … named once, in passing: the session stays national
    ("Xem xét, thi hành kỷ luật cảnh cáo đối với ông A, nguyên cán bộ của tỉnh Bến Tre.", "unknown"),
])
def test_a_central_bodys_case_on_one_province_is_that_provinces(case: str, expected: str) -> None:
    doc = process_document((SESSION + case).encode("utf-8"), SourceInfo("a.txt")).document
    assert doc["province"] == expected


@pytest.mark.parametrize(("title", "expected"), [
    # a title counting several Central Committee members is a roundup, even when the text reaches only the first case
    ("4 Ủy viên Trung ương Đảng bị kỷ luật trong nhiệm kỳ", "unknown"),
    ("Ủy viên Trung ương Đảng bị kỷ luật", "ben-tre"),
])
def test_a_title_counting_central_members_is_no_one_provinces_case(title: str, expected: str) -> None:
    case = ("Xem xét, thi hành kỷ luật cảnh cáo đối với ông A, Ủy viên Trung ương Đảng, nguyên Phó Bí thư Tỉnh ủy, "
            "Chủ tịch UBND tỉnh Bến Tre và ông B, nguyên Phó Chủ tịch UBND tỉnh Bến Tre.")
    doc = process_document(f"{title}\n\n{SESSION}{case}".encode(), SourceInfo("a.txt")).document
    assert doc["province"] == expected
