"""Phenomena the real-report dev set showed, each in a sentence of our own (not copied from any report)."""

from __future__ import annotations

import pytest

from transforms.document import SourceInfo, process_document
from transforms.document_period import elapsed_year
from transforms.keys import fold_key
from transforms.periods import find_period_mentions
from transforms.schema import UNKNOWN_PROVINCE


def run(text: str, url: str | None = None, published: str | None = None):
    sidecar = {k: v for k, v in (("source_url", url), ("published", published)) if v}
    return process_document(text.encode("utf-8"), SourceInfo("doc.txt", sidecar))


def facts(text: str, *fields: str) -> list[tuple]:
    fields = fields or ("indicator", "subject", "measure", "value")
    return [tuple(f[k] for k in fields) for f in run(text).facts]


@pytest.mark.parametrize(("text", "expected"), [
    # a passive cue after a list of counted nouns, with 'vi phạm' between
    ("Năm 2021, qua kiểm tra, 4 tổ chức đảng và 57 đảng viên vi phạm bị thi hành kỷ luật.",
     [("disciplined", "party_org", "count", 4), ("disciplined", "party_member", "count", 57)]),
    # two forms after a figure, the second with a figure of its own: the first is the first figure's when the two add
    # up to the total the paragraph stated (else '… và cảnh cáo 5 tổ chức' may be part of the 12)
    ("Năm 2023, 17 tổ chức đảng phải thi hành kỷ luật. Trong đó, tỉnh kỷ luật 12 tổ chức đảng bằng hình thức khiển "
     "trách và cảnh cáo 5 tổ chức.", [("disciplined", "party_org", "count", 17),
                                       ("disciplined_reprimand", "party_org", "count", 12),
                                       ("disciplined_warning", "party_org", "count", 5)]),
    ("Năm 2023, tỉnh kỷ luật 12 tổ chức đảng bằng hình thức khiển trách và cảnh cáo 5 tổ chức.",
     [("disciplined", "party_org", "count", 12), ("disciplined_warning", "party_org", "count", 5)]),
    # members as a share of a force or of the population: no share of the admission
    ("Năm 2021, kết nạp được 8 đảng viên trong dân quân, tỷ lệ đảng viên trong lực lượng dân quân tự vệ đạt 50%.",
     [("admitted", "party_member", "count", 8)]),
    ("Năm 2020, 20 xã biên giới kết nạp mới 321 đảng viên, tỷ lệ đạt 2,18% so với dân số.",
     [("admitted", "party_member", "count", 321)]),
    # a sector named in an award's name is no act
    ("Năm 2020, quận trao tặng Kỷ niệm chương Vì sự nghiệp Kiểm tra Đảng cho 24 cá nhân tiêu biểu.", []),
    # those trained are not admitted
    ("Năm 2020, chi bộ kết nạp được 15 đảng viên và bồi dưỡng hơn 50 đoàn viên ưu tú cho Đảng.",
     [("admitted", "party_member", "count", 15)]),
    # those who attend an admission are not admitted
    ("Ngày 5/2/2021, chi bộ kết nạp đảng viên mới với sự tham gia của đồng chí Bí thư và 12/12 đồng chí đảng viên.",
     []),
    # cases someone let happen are incidents, not what an inspection before them counted
    ("Năm 2023, trong quá trình kiểm tra tại xã, cơ quan chức năng đã xác nhận, cán bộ xã đã thiếu trách nhiệm, để "
     "xảy ra 40 trường hợp vi phạm pháp luật về đất đai.", []),
    # how many of some people are members is no share of an admission
    ("Năm 2017, huyện kết nạp được 171 đảng viên mới, trong đó, tỷ lệ trưởng thôn là đảng viên đạt 54,5%.",
     [("admitted", "party_member", "count", 171)]),
    # Central Committee members are committee members like any other
    ("Năm 2022, 5 ủy viên T.Ư đương nhiệm bị kỷ luật.",
     [("disciplined", "party_member", "count", 5)]),
    # forms listed after a passive marker for one figure name only their total
    ("Năm 2022, 7 đảng viên bị khai trừ Đảng, cách chức và cho thôi tham gia Ban Chấp hành.",
     [("disciplined", "party_member", "count", 7)]),
    ("Năm 2022, 18 người bị cách chức và khai trừ 12 người.",
     [("disciplined_dismissal", "party_member", "count", 18), ("disciplined_expulsion", "party_member", "count", 12)]),
    # a form of discipline applied to those it names
    ("Năm 2024, Ủy ban Kiểm tra Tỉnh ủy cảnh cáo Ban Thường vụ Đảng ủy xã. Hình thức cảnh cáo cũng được áp dụng đối "
     "với 7 đảng viên.", [("disciplined_warning", "party_member", "count", 7)]),
    # a form named right after the counted noun, without 'bị'
    ("Năm 2021, tỉnh thi hành kỷ luật 23 đảng viên (5 trường hợp khai trừ, 18 trường hợp khiển trách).",
     [("disciplined", "party_member", "count", 23), ("disciplined_expulsion", "party_member", "count", 5),
      ("disciplined_reprimand", "party_member", "count", 18)]),
    # 'bị kỷ luật khiển trách': the form, not the generic cue; each figure keeps its own form
    ("Năm 2021, cấp ủy thi hành kỷ luật 20 đảng viên, trong đó 14 đảng viên bị kỷ luật khiển trách, "
     "6 đảng viên bị cảnh cáo.",
     [("disciplined", "party_member", "count", 20), ("disciplined_reprimand", "party_member", "count", 14),
      ("disciplined_warning", "party_member", "count", 6)]),
    # 'trường hợp' and 'người' count members after a Party cue
    ("Năm 2021, Ủy ban Kiểm tra Tỉnh ủy thi hành kỷ luật 19 trường hợp.",
     [("disciplined", "party_member", "count", 19)]),
    ("Năm 2021, bảy người bị khai trừ ra khỏi Đảng.", [("disciplined_expulsion", "party_member", "count", 7)]),
    # a change names its noun after it with 'số' ('tăng 61% số tổ chức và 16% số đảng viên')
    ("Năm 2017, cấp ủy thi hành kỷ luật 80 tổ chức đảng và 900 đảng viên, tăng 50% số tổ chức và 12% số đảng viên.",
     [("disciplined", "party_org", "count", 80), ("disciplined", "party_member", "count", 900),
      ("disciplined", "party_org", "change_pct", 50), ("disciplined", "party_member", "change_pct", 12)]),
    # a change after an aside breaking the figure down is the figure's ('136 đảng viên (có 29 cấp ủy viên), tăng …')
    ("Năm 2022, cấp ủy kiểm tra 140 đảng viên (có 30 cấp ủy viên các cấp), tăng 40% so với cùng kỳ.",
     [("inspected", "party_member", "count", 140), ("inspected", "party_member", "change_pct", 40)]),
    # attainment after a subset of the count: the count's, not the subset's
    ("Năm 2020, các chi bộ kết nạp được 140 đảng viên mới, trong đó có 6 chủ doanh nghiệp, vượt chỉ tiêu huyện giao "
     "(đạt 140% kế hoạch).",
     [("admitted", "party_member", "count", 140), ("admitted", "party_member", "attainment_pct", 140)]),
    # a rate above the whole is attained against a plan, never a share of the whole
    ("Năm 2019, Đảng ủy công ty kết nạp 64 đảng viên mới, đạt tỉ lệ 116,4%.",
     [("admitted", "party_member", "count", 64), ("admitted", "party_member", "attainment_pct", 116.4)]),
    # a percentage reached in a clause naming another measure, and no Party noun, is that measure's
    ("Trong nhiệm kỳ, kinh tế có bước phát triển rõ rệt, tốc độ tăng trưởng nông nghiệp bình quân hằng năm ước đạt "
     "6%.", []),
    # a percentage per year is a rate of the membership, not a target attained
    ("Từ đầu nhiệm kỳ, Đảng bộ xã kết nạp 41 đảng viên, bình quân đạt 3,2%/năm.",
     [("admitted", "party_member", "count", 41), ("admitted", "party_member", "share_pct", 3.2)]),
    # a percentage alone in an aside after a change is its rate
    ("Năm 2019, huyện kết nạp 90 đảng viên, giảm 10 đảng viên (10%) so với năm 2018.",
     [("admitted", "party_member", "count", 90), ("admitted", "party_member", "change_abs", -10),
      ("admitted", "party_member", "change_pct", -10)]),
    # 'cách mọi chức vụ trong Đảng' names the form whole
    ("Năm 2021, Ủy ban Kiểm tra đã thi hành kỷ luật bằng hình thức cách mọi chức vụ trong Đảng đối với 1 đảng viên.",
     [("disciplined", "party_member", "count", 1), ("disciplined_dismissal", "party_member", "count", 1)]),
    # places that founded a Party cell each count one organisation founded
    ("Năm 2020, toàn tỉnh có 30 phường và 25 xã đã thành lập chi bộ công an.",
     [("established", "party_org", "count", 30), ("established", "party_org", "count", 25)]),
    # 'nạp mới' for 'kết nạp mới'
    ("Năm 2021, Đảng bộ huyện đã nạp mới 96 đảng viên.", [("admitted", "party_member", "count", 96)]),
    # changes listed in an aside after the figures
    ("Năm 2021, cấp ủy kiểm tra 310 tổ chức, 402 đảng viên (tăng 41 tổ chức, 12 đảng viên so với cùng kỳ).",
     [("inspected", "party_org", "count", 310), ("inspected", "party_member", "count", 402),
      ("inspected", "party_org", "change_abs", 41), ("inspected", "party_member", "change_abs", 12)]),
    # forms listed after a heading that names the counted noun
    ("Năm 2021, hình thức kỷ luật đảng viên: khiển trách 33, cảnh cáo 9, khai trừ 2.",
     [("disciplined_reprimand", "party_member", "count", 33), ("disciplined_warning", "party_member", "count", 9),
      ("disciplined_expulsion", "party_member", "count", 2)]),
    # plans are targets
    ("Năm 2022, Đảng bộ xã đặt mục tiêu kết nạp 12 đảng viên.", [("admitted", "party_member", "target", 12)]),
    ("Năm 2022, Đảng bộ huyện sẽ kết nạp 80 đảng viên mới.", [("admitted", "party_member", "target", 80)]),
    # a rate of the membership is a share, not attainment
    ("Năm 2022, toàn tỉnh kết nạp 640 đảng viên, đạt 4,1% so với số đảng viên hiện có.",
     [("admitted", "party_member", "count", 640), ("admitted", "party_member", "share_pct", 4.1)]),
    # the new total after admissions is no admission
    ("Năm 2022, toàn tỉnh kết nạp 515 đảng viên, đưa tổng số đảng viên lên 8.300 đảng viên.",
     [("admitted", "party_member", "count", 515)]),
    # the registered number is the target of a ratio
    ("Năm 2022, toàn tỉnh kết nạp được 410/800 đảng viên, đạt 51% so với số lượng đăng ký.",
     [("admitted", "party_member", "count", 410), ("admitted", "party_member", "target", 800),
      ("admitted", "party_member", "attainment_pct", 51)]),
    # a change after a figure that is no fact ('xóa tên') belongs to nothing
    ("Năm 2022, xóa tên 37 đảng viên, tăng 9 đảng viên so với cùng kỳ.", []),
    # … also after a fact earlier in the sentence: the change is of the nearer figure
    ("Năm 2022, đã kỷ luật 21 đảng viên; xóa tên 37 đảng viên, tăng 9 đảng viên so với cùng kỳ.",
     [("disciplined", "party_member", "count", 21)]),
    # a figure listed right after one whose noun names its indicator continues that indicator
    ("Năm 2019, cấp ủy giám sát 210 đảng viên, giải quyết 12 trường hợp tố cáo đảng viên, ba tổ chức đảng "
     "và năm trường hợp khiếu nại kỷ luật đảng.",
     [("supervised", "party_member", "count", 210), ("denunciations", "party_member", "count", 12),
      ("denunciations", "party_org", "count", 3), ("complaints_resolved", "party_member", "count", 5)]),
    # a form named right before its figure
    ("Năm 2023, tỉnh thi hành kỷ luật 30 đảng viên, với hình thức khiển trách 19 người, cảnh cáo 11 người.",
     [("disciplined", "party_member", "count", 30), ("disciplined_reprimand", "party_member", "count", 19),
      ("disciplined_warning", "party_member", "count", 11)]),
    # 'quần chúng (ưu tú)' admitted into the Party are new members; a percentage of the resolution is attainment
    ("Trong năm 2018, huyện kết nạp 64 quần chúng ưu tú vào Đảng, bằng 110% NQ.",
     [("admitted", "party_member", "count", 64), ("admitted", "party_member", "attainment_pct", 110)]),
    # trainees named 'đối tượng kết nạp' are not admitted
    ("Năm 2018, khối mở 2 lớp bồi dưỡng cho 140 đối tượng kết nạp Đảng và 38 đảng viên mới.", []),
    # 'vượt 15% so với Nghị quyết' is a margin over the target: attainment 115, not 15
    ("Năm 2018, huyện kết nạp 96 đảng viên, vượt 15% so với Nghị quyết.",
     [("admitted", "party_member", "count", 96), ("admitted", "party_member", "attainment_pct", 115)]),
    # 'trường hợp' in the breakdown of an organisations total counts organisations
    ("Năm 2024, cấp ủy thi hành kỷ luật 6 tổ chức đảng, trong đó khiển trách 5 trường hợp, cảnh cáo 1 trường hợp.",
     [("disciplined", "party_org", "count", 6), ("disciplined_reprimand", "party_org", "count", 5),
      ("disciplined_warning", "party_org", "count", 1)]),
    # 'qua kiểm tra … đối với' a list of figures: the noun phrase governs them when no verb does
    ("Năm 2024, UBKT các cấp, qua kiểm tra khi có dấu hiệu vi phạm đối với 12 tổ chức đảng và 40 đảng viên, "
     "đã thi hành kỷ luật 9 đảng viên.",
     [("inspected_violation_signs", "party_org", "count", 12),
      ("inspected_violation_signs", "party_member", "count", 40), ("disciplined", "party_member", "count", 9)]),
    # … but a verb before it still governs ('kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát đối với …')
    ("Năm 2024, UBKT các cấp kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát đối với 300 tổ chức đảng.",
     [("inspected", "party_org", "count", 300)]),
    # forms of discipline listed together before a figure count their total, not the last form
    ("Năm 2019, tỉnh thi hành kỷ luật khiển trách, cảnh cáo 4 tổ chức đảng.",
     [("disciplined", "party_org", "count", 4)]),
    # … unless the first form has its own figure
    ("Năm 2019, 2 trường hợp bị khai trừ và cảnh cáo 5 trường hợp.",
     [("disciplined_expulsion", "party_member", "count", 2), ("disciplined_warning", "party_member", "count", 5)]),
    # … but forms named after a total break that total down: the figure takes the last form
    ("Năm 2018, cấp ủy thi hành kỷ luật 7 tổ chức đảng với hình thức khiển trách, cảnh cáo 01 tổ chức đảng.",
     [("disciplined", "party_org", "count", 7), ("disciplined_warning", "party_org", "count", 1)]),
    # 'phải thi hành kỷ luật' after the counted nouns, even behind a verb that ends other cues' reach
    ("Năm 2023, qua kiểm tra, UBKT đã kết luận 12 tổ chức đảng và 30 đảng viên phải thi hành kỷ luật.",
     [("disciplined", "party_org", "count", 12), ("disciplined", "party_member", "count", 30)]),
    # a goal is a target; a ratio's denominator is the target when the sentence opened on targets
    ("Năm 2022, tỉnh không đạt mục tiêu kết nạp từ 1.500 đảng viên trở lên.",
     [("admitted", "party_member", "target", 1500)]),
    ("Năm 2020, nhiều chỉ tiêu đạt cao như phát triển đảng viên mới 812/700 đảng viên.",
     [("admitted", "party_member", "count", 812), ("admitted", "party_member", "target", 700)]),
    # a 'thuộc …' qualifier between the counted nouns and the passive verb
    ("Cuối năm 2021, ba tổ chức đảng và 40 đảng viên thuộc Đảng bộ thị xã bị xử lý kỷ luật.",
     [("disciplined", "party_org", "count", 3), ("disciplined", "party_member", "count", 40)]),
    # … or any short relative clause without punctuation, figure or cue
    ("Năm 2018, xã kỷ luật 3 đảng viên, trong đó 2 đảng viên sinh con thứ 4 bị kỷ luật bằng hình thức cảnh cáo.",
     [("disciplined", "party_member", "count", 3), ("disciplined_warning", "party_member", "count", 2)]),
    # a sentence whose opening topic names violation signs refines its plain 'kiểm tra'
    ("Về kiểm tra khi có dấu hiệu vi phạm, năm 2019 UBKT các cấp đã kiểm tra 15 đảng viên.",
     [("inspected_violation_signs", "party_member", "count", 15)]),
    # the present membership is a stock, not the admissions the sentence began with
    ("Năm 2021, huyện kết nạp 30 đảng viên, toàn huyện hiện có 2.100 đảng viên.",
     [("admitted", "party_member", "count", 30)]),
    # 'phát triển kinh tế' develops the economy, not the membership
    ("Năm 2025, xã tập trung phát triển kinh tế, hoàn thành 8/8 chỉ tiêu.", []),
    # … nor does a 'phát triển' that says how something grew
    ("Năm 2022, chăn nuôi tiếp tục phát triển ổn định, sản lượng đạt 100% kế hoạch.", []),
    ("Năm 2020, kinh tế của huyện tiếp tục phát triển, sản lượng lương thực đạt 20.990 tấn, bằng 111% kế hoạch.", []),
    ("Năm 2025, vốn đầu tư phát triển toàn xã hội đạt 97% so Nghị quyết.", []),
    # a rate set against the target rate is no attainment
    ("Năm 2020, tỷ lệ đảng viên mới kết nạp chỉ đạt 1,9%, thấp hơn so với chỉ tiêu Nghị quyết đề ra.", []),
    # a target word, then a period, then the verb
    ("Nghị quyết đặt chỉ tiêu trong nhiệm kỳ 2020 - 2025 kết nạp 50 đảng viên.",
     [("admitted", "party_member", "target", 50)]),
    # both ends of a range after the target word are targets
    ("Năm 2019, chỉ tiêu mà các chi bộ đặt ra là kết nạp 2-3 đảng viên.",
     [("admitted", "party_member", "target", 2), ("admitted", "party_member", "target", 3)]),
    # a plan word naming an activity ('việc đăng ký') makes no plan
    ("Nhờ làm tốt việc đăng ký, quản lý dân quân, năm 2019 huyện đã kết nạp 23 đảng viên.",
     [("admitted", "party_member", "count", 23)]),
    # … or a colon opening the list of targets after the period
    ("Chi bộ thống nhất các chỉ tiêu nhiệm kỳ 2022 - 2025: kết nạp 2 đảng viên mới; 100% đảng viên hoàn thành nhiệm "
     "vụ.", [("admitted", "party_member", "target", 2)]),
    # … and a colon after the target word's own clause ('mục tiêu … đã đề ra:')
    ("Để hoàn thành mục tiêu mà Đại hội Đảng bộ huyện đã đề ra: trong nhiệm kỳ kết nạp từ 500 đến 550 đảng viên.",
     [("admitted", "party_member", "target", 500), ("admitted", "party_member", "target", 550)]),
    # an aside after the target word that opens on its cue counts the target; one a clause back does not
    ("Năm 2019, tỉnh kết nạp được 260 đảng viên, đạt 28% chỉ tiêu năm (kết nạp 930 đảng viên).",
     [("admitted", "party_member", "count", 260), ("admitted", "party_member", "attainment_pct", 28),
      ("admitted", "party_member", "target", 930)]),
    ("Năm 2022, có chỉ tiêu vượt so với cùng kỳ năm trước (kiểm tra 40 đảng viên có dấu hiệu vi phạm).",
     [("inspected_violation_signs", "party_member", "count", 40)]),
    # a year reached with a stock after it is no goal's horizon; 'phấn đấu' before it makes it one
    ("Năm 2004, xã có 8 đảng viên, đến năm 2018 có 30 đảng viên, trong đó số đảng viên kết nạp tại chỗ là 26.",
     [("admitted", "party_member", "count", 26)]),
    ("Năm 2020, phấn đấu đến năm 2025 có 95% chi bộ trong sạch, vững mạnh, kết nạp 300 đảng viên.",
     [("admitted", "party_member", "target", 300)]),
    # 'so với tổng số đảng viên' makes a share, 'so với tổng số chỉ tiêu' an attainment
    ("Năm 2020, tỉnh kết nạp 162 đảng viên, đạt 0,2% so với tổng số đảng viên và đạt 4,9% so với tổng số chỉ tiêu.",
     [("admitted", "party_member", "count", 162), ("admitted", "party_member", "share_pct", 0.2),
      ("admitted", "party_member", "attainment_pct", 4.9)]),
    # a figure counting 'chỉ tiêu' is the target of the figure before it
    ("Năm 2022, huyện đã kết nạp mới 60 đảng viên/64 chỉ tiêu tỉnh giao.",
     [("admitted", "party_member", "count", 60), ("admitted", "party_member", "target", 64)]),
    # … and targets met are not the target of the next verb's figure
    ("Năm 2022, xã hoàn thành 12 chỉ tiêu, kết nạp 5 đảng viên.", [("admitted", "party_member", "count", 5)]),
    # a target said met, its figure right after 'được', counts what was done; a plan to meet it stays a target
    ("Năm 2023, phường đã hoàn thành chỉ tiêu thành lập được 4 chi bộ với 15 đảng viên.",
     [("established", "party_org", "count", 4)]),
    ("Năm 2023, quận hoàn thành chỉ tiêu kết nạp được 38 đảng viên.", [("admitted", "party_member", "count", 38)]),
    ("Năm 2024, quận phấn đấu hoàn thành chỉ tiêu kết nạp được 38 đảng viên.",
     [("admitted", "party_member", "target", 38)]),
    # a target without its verb is for what the paragraph was counting
    ("Năm 2023, xã kết nạp 9 đảng viên. Năm 2024, chỉ tiêu huyện giao là 6 đảng viên.",
     [("admitted", "party_member", "count", 9), ("admitted", "party_member", "target", 6)]),
    # consolidating bodies is no founding
    ("Năm 2018, huyện chỉ đạo thành lập các chi bộ cơ quan xã, kiện toàn 140 chi bộ thôn.", []),
    ("Năm 2018, huyện thành lập 3 chi bộ, kiện toàn 20 chi bộ.", [("established", "party_org", "count", 3)]),
    # administrative units founded by merging communes are no Party organisations
    ("Năm 2020, Đảng bộ huyện lãnh đạo sắp xếp 11 xã, thành lập 5 đơn vị hành chính mới.", []),
    # recognising probationers as full members is no admission; a body founded by a merger is no new body
    ("Năm 2022, huyện kết nạp 55 quần chúng ưu tú vào Đảng, công nhận đảng viên chính thức cho 109 đảng viên dự bị.",
     [("admitted", "party_member", "count", 55)]),
    ("Năm 2025, Đảng bộ Quân sự tỉnh được thành lập trên cơ sở hợp nhất hai đảng bộ, gồm 1.200 đảng viên và 9 tổ "
     "chức cơ sở đảng.", []),
    ("Năm 2025, Đảng bộ xã Tân Lập được thành lập từ 2 tổ chức: Đảng bộ xã Hòa An và Đảng bộ xã Tân Lập (cũ).", []),
    # a kindergarten class's number is its name; the members attending a ceremony are not admitted
    ("Năm 2019, cô Trần Thu Hà, giáo viên lớp chồi 3 đã được kết nạp vào Đảng.", []),
    ("Năm 2019, chi bộ kết nạp 1 đảng viên, với sự tham dự đông đủ của 15 đảng viên.",
     [("admitted", "party_member", "count", 1)]),
    # Youth Union organisations are not Party organisations
    ("Năm 2023, thị đoàn thành lập 3 tổ chức đoàn trong doanh nghiệp.", []),
    # 'từ nay đến' plans; officials and individuals disciplined by a Party body are members
    ("Năm 2018, từ nay đến cuối năm, huyện phải kết nạp 60 đảng viên.", [("admitted", "party_member", "target", 60)]),
    ("Năm 2020, Ủy ban Kiểm tra Huyện ủy thi hành kỷ luật 3 cán bộ xã và 2 cá nhân khác.",
     [("disciplined", "party_member", "count", 3), ("disciplined", "party_member", "count", 2)]),
    # outstanding youths admitted are new members; a percent range of the membership is a rate, not attainment
    ("Năm 2022, các chi bộ đã kết nạp 7 thanh niên ưu tú vào Đảng.", [("admitted", "party_member", "count", 7)]),
    ("Năm 2019, Nghị quyết đề ra hằng năm kết nạp đảng viên đạt 2-2,5% tổng số đảng viên.", []),
    # teams set up to inspect: the teams are no new Party bodies, the inspection counts what follows
    ("Năm 2021, Ban Thường vụ thành lập 6 đoàn kiểm tra đối với 12 tổ chức đảng.",
     [("inspected", "party_org", "count", 12)]),
    ("Năm 2018, Ủy ban Kiểm tra kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát đối với 97 tổ chức đảng.",
     [("inspected", "party_org", "count", 97)]),
    # removal from every post is dismissal; a cell's committee is a Party organisation, its members are not
    ("Năm 2017, 5 đảng viên bị kỷ luật, trong đó 2 đảng viên bị cách tất cả các chức vụ trong Đảng.",
     [("disciplined", "party_member", "count", 5), ("disciplined_dismissal", "party_member", "count", 2)]),
    ("Năm 2016, 3 Phó Chủ tịch xã nói trên đều bị cách hết các chức vụ trong Đảng.",
     [("disciplined_dismissal", "party_member", "count", 3)]),
    ("Năm 2022, Ủy ban Kiểm tra Huyện ủy kỷ luật bằng hình thức khiển trách đối với 3 chi ủy.",
     [("disciplined", "party_org", "count", 3), ("disciplined_reprimand", "party_org", "count", 3)]),
    ("Năm 2023, cấp ủy kỷ luật 12 đảng viên, trong đó có 4 chi ủy viên.",
     [("disciplined", "party_member", "count", 12)]),
    # a committee member given a form of discipline is a member; the forms listed before that noun are members too
    ("Năm 2018, 9 đảng viên bị kỷ luật (khiển trách 6, cảnh cáo 2, cách chức 1 chi ủy viên).",
     [("disciplined", "party_member", "count", 9), ("disciplined_reprimand", "party_member", "count", 6),
      ("disciplined_warning", "party_member", "count", 2), ("disciplined_dismissal", "party_member", "count", 1)]),
    ("Năm 2018, cấp ủy kiểm tra 540 đảng viên (có 120 cấp ủy viên).", [("inspected", "party_member", "count", 540)]),
    ("Năm 2019, Ủy ban Kiểm tra Trung ương khiển trách ba Ủy viên Ban cán sự đảng của Bộ A, ông B, ông C và ông D.",
     [("disciplined_reprimand", "party_member", "count", 3)]),
    # discipline 'xem xét' (put before a meeting) is decided when its forms follow, else it is no fact
    ("Năm 2023, Ban Thường vụ xem xét thi hành kỷ luật đối với 12 đảng viên (khiển trách 8, cảnh cáo 4).",
     [("disciplined", "party_member", "count", 12), ("disciplined_reprimand", "party_member", "count", 8),
      ("disciplined_warning", "party_member", "count", 4)]),
    ("Năm 2023, Ủy ban Kiểm tra xem xét thi hành kỷ luật đối với 6 đảng viên.", []),
    # a rate reached ('tỷ lệ … đạt 31%') is a share unless a target follows, but members as a share of a force are
    # no share of the admission; a classification ends a cue's reach
    ("Năm 2019, kết nạp 201 đảng viên, tỷ lệ kết nạp trong dân quân tự vệ đạt 31%.",
     [("admitted", "party_member", "count", 201), ("admitted", "party_member", "share_pct", 31)]),
    ("Năm 2019, kết nạp 201 đảng viên, tỷ lệ đảng viên trong dân quân tự vệ đạt 31%.",
     [("admitted", "party_member", "count", 201)]),
    ("Năm 2021, toàn tỉnh kết nạp 640 đảng viên, tỷ lệ kết nạp đạt 104% chỉ tiêu.",
     [("admitted", "party_member", "count", 640), ("admitted", "party_member", "attainment_pct", 104)]),
    ("Năm 2021, chi bộ kết nạp 8 đảng viên mới, kết quả xếp loại đảng viên: 28 đảng viên hoàn thành xuất sắc "
     "nhiệm vụ.", [("admitted", "party_member", "count", 8)]),
    # petitions passed on or filed are no new petitions, wherever the verb sits in the clause
    ("Năm 2022, Ủy ban Kiểm tra nhận 17 đơn tố cáo; đã chuyển các cơ quan chức năng xử lý theo thẩm quyền 3 đơn, "
     "lưu 1 đơn.", [("denunciations", "party_org", "count", 17)]),
    # by how much a target was beaten is no row; a rate after it still reads the count
    ("Năm 2016, Đảng bộ Khối kết nạp vượt chỉ tiêu 9 đảng viên.", []),
    ("Năm 2016, quận kết nạp 210 đảng viên (vượt chỉ tiêu Thành ủy giao từ 10 đến 20 đảng viên).",
     [("admitted", "party_member", "count", 210)]),
    ("Năm 2016, huyện kết nạp 250 đảng viên (vượt chỉ tiêu đặt ra là 50 đảng viên), đạt 125% kế hoạch.",
     [("admitted", "party_member", "count", 250), ("admitted", "party_member", "attainment_pct", 125)]),
    ("Năm 2022, thị xã kết nạp 166 đảng viên, vượt 15 đảng viên so với cả năm 2021.",
     [("admitted", "party_member", "count", 166)]),
    # two attainments of one sentence: the rounded one restates nothing
    ("Năm 2018, huyện phát triển 109 đảng viên, đạt hơn 120% chỉ tiêu tỉnh giao và bằng 145% chỉ tiêu huyện đề ra.",
     [("admitted", "party_member", "count", 109), ("admitted", "party_member", "attainment_pct", 120),
      ("admitted", "party_member", "attainment_pct", 145)]),
    # a coordinated negation ends the qualifier of a counted noun; 'chưa đến mức xử lý kỷ luật' is no discipline;
    # a post cue after the list's asides refines the whole list
    ("Năm 2012, 5 đảng viên bị kỷ luật, trong đó cách chức 2 người và không có đảng viên nào bị khai trừ.",
     [("disciplined", "party_member", "count", 5), ("disciplined_dismissal", "party_member", "count", 2)]),
    ("Năm 2012, qua kiểm tra có 31 tổ chức có vi phạm, nhưng chưa đến mức xử lý kỷ luật.", []),
    # members not disciplined, the denial before or after them, are no discipline
    ("Năm 2015, huyện kỷ luật 14 người, còn 9 trường hợp không kỷ luật.",
     [("disciplined", "party_member", "count", 14)]),
    ("Năm 2015, huyện đã kỷ luật 4 đảng viên, không thi hành kỷ luật 7 đảng viên do hết thời hiệu.",
     [("disciplined", "party_member", "count", 4)]),
    ("Năm 2012, Ủy ban Kiểm tra đã kiểm tra 48 đảng viên (giảm 6 đảng viên) và 33 tổ chức đảng (tăng 2 tổ chức) "
     "khi có dấu hiệu vi phạm.",
     [("inspected_violation_signs", "party_member", "count", 48),
      ("inspected_violation_signs", "party_member", "change_abs", -6),
      ("inspected_violation_signs", "party_org", "count", 33),
      ("inspected_violation_signs", "party_org", "change_abs", 2)]),
    # 'tăng 11,3% số tổ chức đảng và 0,19% đảng viên': the noun after each change names its subject
    ("Năm 2019, Ủy ban Kiểm tra kiểm tra 964 tổ chức đảng và 3.576 đảng viên (tăng 11,3% số tổ chức đảng và 0,19% "
     "đảng viên so với cùng kỳ năm 2018).",
     [("inspected", "party_org", "count", 964), ("inspected", "party_member", "count", 3576),
      ("inspected", "party_org", "change_pct", 11.3), ("inspected", "party_member", "change_pct", 0.19)]),
    # how petitions were found is no petition count
    ("Năm 2019, Ủy ban Kiểm tra nhận 75 đơn tố cáo; kết quả có 16 trường hợp tố cáo sai, 18 trường hợp tố cáo đúng "
     "và đúng một phần.", [("denunciations", "party_org", "count", 75)]),
    # civil servants disciplined by their agency are no Party discipline
    ("Năm 2019, Sở Nông nghiệp kỷ luật 15 cán bộ, công chức Hạt Kiểm lâm.", []),
    ("Năm 2019, Huyện ủy kỷ luật 15 cán bộ, đảng viên.", [("disciplined", "party_member", "count", 15)]),
    # a norm for each unit is no statistic; a yearly norm is a target
    ("Năm 2024, Đảng bộ xã đặt mục tiêu mỗi chi bộ kết nạp từ 1 - 2 đảng viên, toàn Đảng bộ kết nạp 15 đảng viên.",
     [("admitted", "party_member", "target", 15)]),
    ("Nghị quyết đề ra mục tiêu mỗi năm kết nạp từ 90 - 100 đảng viên.",
     [("admitted", "party_member", "target", 90), ("admitted", "party_member", "target", 100)]),
    # forms listed before one figure count the total, even when the sentence opens with its actor
    ("Ủy ban Kiểm tra Đảng ủy Công an tỉnh khiển trách, cảnh cáo 9 người.",
     [("disciplined", "party_member", "count", 9)]),
    ("Năm 2022, Ủy ban Kiểm tra khiển trách hai nguyên bí thư chi bộ.",
     [("disciplined_reprimand", "party_member", "count", 2)]),
    # outcomes of complaints about earlier discipline are no new discipline
    ("Năm 2011, Ủy ban Kiểm tra xóa bỏ hình thức kỷ luật 1 trường hợp, thay đổi hình thức kỷ luật 4 trường hợp.", []),
    ("Năm 2014, Ủy ban Kiểm tra giữ y hình thức kỷ luật 6 trường hợp và xóa hình thức kỷ luật 3 trường hợp.", []),
    # the resolution's figure is the target
    ("Năm 2020, huyện kết nạp 305 đảng viên (Nghị quyết là 480 đảng viên).",
     [("admitted", "party_member", "count", 305), ("admitted", "party_member", "target", 480)]),
    # a denominator its numerator exceeds is the target, not a whole
    ("Năm 2020, toàn tỉnh kết nạp 1.212/1.100 đảng viên.",
     [("admitted", "party_member", "count", 1212), ("admitted", "party_member", "target", 1100)]),
    # 'trường hợp đảng viên' is one counted noun, so the list goes on to the marker after it
    ("Năm 2019, UBKT các cấp kiểm tra 56 trường hợp đảng viên và 9 tổ chức đảng khi có dấu hiệu vi phạm.",
     [("inspected_violation_signs", "party_member", "count", 56),
      ("inspected_violation_signs", "party_org", "count", 9)]),
    # one form named for the whole total after 'với hình thức' / 'dưới hình thức'
    ("Năm 2023, Đảng ủy thi hành kỷ luật với hình thức khiển trách đối với 5 đảng viên vi phạm.",
     [("disciplined", "party_member", "count", 5), ("disciplined_reprimand", "party_member", "count", 5)]),
    # people admitted 'vào Đảng' are new members whatever noun counts them; 'vào Đoàn' is the Youth Union's
    ("Năm 2024, Đảng ủy trường kết nạp 41 đoàn viên ưu tú vào Đảng.", [("admitted", "party_member", "count", 41)]),
    ("Năm 2024, Đảng ủy trường kết nạp 41 học viên vào Đảng, Đoàn trường kết nạp 260 thanh niên ưu tú vào Đoàn.",
     [("admitted", "party_member", "count", 41)]),
    ("Năm 2024, có 37 chiến sĩ trẻ của đơn vị được kết nạp vào Đảng.", [("admitted", "party_member", "count", 37)]),
    ("Tính đến nay, đã có 126 sinh viên chính quy vào Đảng.", [("admitted", "party_member", "count", 126)]),
    # 'đứng vào hàng ngũ của Đảng' is joining the Party; a school year dates its sentence's figure
    ("Riêng năm học 2022 – 2023, huyện có 64 học sinh lớp 12 được đứng vào hàng ngũ của Đảng.",
     [("admitted", "party_member", "count", 64, 2023, "FY")]),
    ("Năm 2019, có 31 học viên đã vinh dự được đứng trong hàng ngũ của Đảng.",
     [("admitted", "party_member", "count", 31, 2019, "FY")]),
    # a second verb ends the admission list: those introduced to a course are not admitted
    ("Năm 2021, chi bộ kết nạp 3 quần chúng vào Đảng, giới thiệu 11 quần chúng học lớp nhận thức về Đảng.",
     [("admitted", "party_member", "count", 3, 2021, "FY")]),
    # a transfer in ('tiếp nhận') ends an admission list; a bank's name holds no admission ('phát triển nông thôn')
    ("Năm 2025, Đảng ủy kết nạp 6 đảng viên, tiếp nhận 19 đảng viên chuyển đến.",
     [("admitted", "party_member", "count", 6)]),
    ("Năm 2025, phường tiếp nhận Đảng bộ Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Bắc và 52 đảng viên.",
     []),
    # 'được kết nạp Đảng' names the Party as 'vào Đảng' does; a training course for candidates admits no one
    ("Huyện Ea Súp: 23 học sinh được kết nạp Đảng", [("admitted", "party_member", "count", 23)]),
    ("Năm 2022, huyện mở 4 lớp bồi dưỡng kết nạp Đảng cho 210 học viên.", []),
    # an abbreviation the noun table lacks counts things of its own ('2 KCN'), not members
    ("Năm 2014, chi bộ kết nạp đảng viên cho 8 quần chúng là công nhân của 3 doanh nghiệp trong 2 KCN.",
     [("admitted", "party_member", "count", 8)]),
    # a paragraph opening on one person's form of discipline does not make every later discipline that form
    ("Chủ tịch huyện bị cảnh cáo. Ngày 2/9, UBKT Tỉnh ủy đã kỷ luật 3 tổ chức đảng và 6 đảng viên vi phạm.",
     [("disciplined", "party_org", "count", 3), ("disciplined", "party_member", "count", 6)]),
    # two terms listed together are one span, the later term's
    ("Trong 2 nhiệm kỳ 2010 – 2015 và 2015 – 2020, tỉnh đã thi hành kỷ luật 97 đảng viên.",
     [("disciplined", "party_member", "count", 97, 2020, "TERM")]),
    # 'lượt tổ chức' counts organisations as 'lượt tổ chức đảng' does; 'lượt đảng viên' and a change in 'lượt' are
    # events
    ("Năm 2019, các cấp ủy giám sát 1.840 lượt tổ chức và 9.210 lượt đảng viên (tăng hơn 1.000 lượt).",
     [("supervised", "party_org", "count", 1840)]),
    # 'cán bộ, đảng viên' is one counted noun before its post cue; an attainment after a stock ('nâng tổng số … lên
    # 155 đồng chí, đạt 110% …') is the count's before it
    ("Năm 2018, có 31 trường hợp cán bộ, đảng viên vi phạm đến mức phải xử lý kỷ luật.",
     [("disciplined", "party_member", "count", 31)]),
    ("Năm 2020, xã kết nạp 27 đảng viên mới, nâng tổng số đảng viên lên 164 đồng chí, đạt 108% so với nghị quyết.",
     [("admitted", "party_member", "count", 27), ("admitted", "party_member", "attainment_pct", 108)]),
    # a quote its speaker is named after is reported speech: its figures count
    ("“Năm 2025, Đảng bộ xã đã kết nạp 38 đảng viên mới”, ông Hòa cho biết.",
     [("admitted", "party_member", "count", 38)]),
    # a verb after 'vượt chỉ tiêu' makes its figure a count; 'vượt chỉ tiêu 6 đảng viên' after a count is a margin
    ("Năm 2024, xã vượt chỉ tiêu đề ra, kết nạp 21 đảng viên, đạt 105% kế hoạch.",
     [("admitted", "party_member", "count", 21), ("admitted", "party_member", "attainment_pct", 105)]),
    ("Năm 2024, huyện kết nạp 86 đảng viên, vượt chỉ tiêu 6 đảng viên.", [("admitted", "party_member", "count", 86)]),
    # awards and badges given after a count are no admissions
    ("Năm 2016, Thị ủy kết nạp 120 quần chúng vào Đảng và tổ chức trao huy hiệu Đảng cho 215 đảng viên.",
     [("admitted", "party_member", "count", 120)]),
    ("Năm 2016, Đảng bộ Khối phát triển 412 đảng viên mới, tuyên dương 60 tập thể, 230 cá nhân.",
     [("admitted", "party_member", "count", 412)]),
    # 'Năm ngoái' is the year before the report's
    ("Năm 2011, thành phố kết nạp 300 đảng viên. Năm ngoái, các cấp ủy đã thi hành kỷ luật 85 đảng viên.",
     [("admitted", "party_member", "count", 300, 2011, "FY"),
      ("disciplined", "party_member", "count", 85, 2010, "FY")]),
    # a window from the term's start up to a cut-off date sums the term, not the cut-off's half year
    ("Sơ kết giữa nhiệm kỳ 2020 - 2025: tính từ đầu nhiệm kỳ đến ngày 30/6/2023, cấp ủy các cấp đã kiểm tra 812 "
     "tổ chức đảng.", [("inspected", "party_org", "count", 812, 2025, "TERM")]),
    # … but a share of the population after the stock is the stock's, no attainment of the count
    ("Năm 2020, xã kết nạp 19 đảng viên, nâng tổng số đảng viên lên 240 đồng chí, đạt 1,9% so với dân số.",
     [("admitted", "party_member", "count", 19)]),
    # a stock after a new clause ('…, đến nay huyện đã có …') is no admission
    ("Nhờ làm tốt công tác tạo nguồn, bồi dưỡng và phát triển đảng viên mới, đến nay huyện Đắk Glei (Kon Tum) đã "
     "có hơn 1.500 đảng viên.", []),
    # a zero-padded part-year span
    ("Trong 08 tháng đầu năm 2017, xã đã kết nạp được 6 quần chúng ưu tú vào Đảng.",
     [("admitted", "party_member", "count", 6, 2017, "M9")]),
    # the level of the comparison base is no statistic of the report
    ("Năm 2024, cấp ủy thi hành kỷ luật 16 đảng viên, cùng kỳ năm trước là 21 đảng viên.",
     [("disciplined", "party_member", "count", 16)]),
    ("Năm 2024, UBKT giám sát 33 tổ chức đảng (cùng kỳ năm 2023 có 28 tổ chức đảng).",
     [("supervised", "party_org", "count", 33)]),
    # a stock after the target word is no target: 'so với chỉ tiêu, nâng tổng số đảng viên … là 512'
    ("Năm 2022, xã kết nạp 14 đảng viên, đạt 116,7% so với chỉ tiêu, nâng tổng số đảng viên hiện nay là 512 "
     "đảng viên.",
     [("admitted", "party_member", "count", 14), ("admitted", "party_member", "attainment_pct", 116.7)]),
    # full-member status granted (even misspelt 'công nhân') is no admission
    ("Năm 2019, Thị ủy kết nạp 33 đảng viên mới và công nhân đảng viên chính thức cho 27 đảng viên.",
     [("admitted", "party_member", "count", 33)]),
    # 'trong số N' is a figure, not a label's number
    ("Năm 2020, trong số 412 đảng viên bị kỷ luật, cấp xã có 305 trường hợp.",
     [("disciplined", "party_member", "count", 412), ("disciplined", "party_member", "count", 305)]),
    # units listed after a rate word ('tỷ lệ kết nạp cao như: …'): each 'đạt X%' after its count is attainment
    ("Năm 2024, một số đảng bộ có tỷ lệ kết nạp cao như: Đảng bộ xã An Phú kết nạp 12 đảng viên, đạt 120%.",
     [("admitted", "party_member", "count", 12), ("admitted", "party_member", "attainment_pct", 120)]),
    ("Năm 2024, tỷ lệ đảng viên trong dân quân đạt 31%, trong công an xã đạt 40%; kết nạp 30 đảng viên.",
     [("admitted", "party_member", "count", 30)]),
    # a change that names its noun after it ('về số …'), in an aside after both figures
    ("Năm 2022, UBKT các cấp kiểm tra 350 tổ chức đảng và 1.050 đảng viên (tăng 12% về số tổ chức đảng và 15% về "
     "số đảng viên so với năm 2021).",
     [("inspected", "party_org", "count", 350), ("inspected", "party_member", "count", 1050),
      ("inspected", "party_org", "change_pct", 12), ("inspected", "party_member", "change_pct", 15)]),
    # the topic after a source the sentence opens on refines the plain cue after it
    ("Cũng theo ông Nam, thực hiện kiểm tra đảng viên khi có dấu hiệu vi phạm, UBKT Huyện ủy đã kiểm tra 5 đảng "
     "viên.", [("inspected_violation_signs", "party_member", "count", 5)]),
    # committee members counted alone are the members disciplined; within a members' count they are a subset
    ("Năm 2019, Ban Chấp hành Đảng bộ tỉnh thi hành kỷ luật 3 tỉnh ủy viên.",
     [("disciplined", "party_member", "count", 3)]),
    ("Năm 2019, tỉnh kiểm tra 420 đảng viên, trong đó có 35 huyện ủy viên.",
     [("inspected", "party_member", "count", 420)]),
    # members counted by their status are a stock, not new members
    ("Năm 2024, chi bộ công ty đã phát triển được tổng cộng 31 đảng viên, trong đó có 22 đảng viên chính thức và 9 "
     "đảng viên dự bị.", [("admitted", "party_member", "count", 31)]),
    # people counted after their clause named civil servants are no Party members
    ("Năm 2020, trong khối cán bộ, công chức bị kỷ luật hành chính có 85 cán bộ và 240 công chức.", []),
    # a rate of admissions against the whole membership is no attainment of a target
    ("Năm 2019, kết nạp đảng viên mới đạt 5% so với đảng viên toàn huyện.", []),
    # a range of forms names no single form: the figure is the total
    ("Năm 2021, Ban Thường vụ kỷ luật từ khiển trách đến cảnh cáo đối với bốn đảng viên của chi bộ.",
     [("disciplined", "party_member", "count", 4)]),
    # 'cán bộ đảng viên' written without a comma counts members, whatever qualifies them before the verb
    ("Năm 2021, có bảy cán bộ đảng viên của Đài Phát thanh tỉnh bị kỷ luật.",
     [("disciplined", "party_member", "count", 7)]),
    # posts listed after a members' count say who they were, with no figure of their own (an act of its own keeps one)
    ("Năm 2016, 24 đảng viên bị cảnh cáo gồm: hai bí thư chi bộ, một chi ủy viên, 12 cán bộ thôn và tám trưởng thôn.",
     [("disciplined_warning", "party_member", "count", 24)]),
    ("Năm 2016, kỷ luật 24 đảng viên, trong đó có 3 bí thư chi bộ bị cảnh cáo.",
     [("disciplined", "party_member", "count", 24), ("disciplined_warning", "party_member", "count", 3)]),
    # people counted in a paragraph about discipline by the state are none of the Party's
    ("Năm 2018, về mặt chính quyền, UBND thị xã đã kỷ luật 9 cán bộ, trong đó 6 người bị khiển trách.", []),
    ("Năm 2018, Huyện ủy khiển trách 2 tổ chức đảng; về mặt chính quyền, UBND huyện kỷ luật 9 cán bộ.",
     [("disciplined_reprimand", "party_org", "count", 2)]),
    # … until a later sentence of the paragraph counts Party members again
    ("Năm 2018, về mặt chính quyền, huyện cảnh cáo 5 người. Huyện ủy cũng xem xét 40 đảng viên. Trong đó, kỷ luật 12 "
     "người (khiển trách 8 người, cảnh cáo 4 người).",
     [("disciplined", "party_member", "count", 12), ("disciplined_reprimand", "party_member", "count", 8),
      ("disciplined_warning", "party_member", "count", 4)]),
    # a standing committee counted is a Party body; units joined to Party bodies are Party organisations
    ("Năm 2018, Tỉnh ủy khiển trách ba ban thường vụ đảng ủy xã.",
     [("disciplined_reprimand", "party_org", "count", 3)]),
    ("Năm 2018, Đoàn đã giám sát 12 đơn vị, tổ chức đảng của huyện.", [("supervised", "party_org", "count", 12)]),
    # committees counted ('cấp ủy') are Party organisations; a check 'tại' the bodies it names inspects them
    ("Năm 2021, Ủy ban Kiểm tra kiểm tra tài chính đối với 17 cấp ủy cấp xã.",
     [("inspected_finance", "party_org", "count", 17)]),
    ("Năm 2021, qua kiểm tra tại 9 tổ chức đảng cho thấy các đơn vị chấp hành tốt.",
     [("inspected", "party_org", "count", 9)]),
    # … also when the check's doer comes between ('kiểm tra của Tiểu ban tại …')
    ("Năm 2021, qua kiểm tra của Đoàn công tác tại 9 tổ chức đảng cho thấy các đơn vị chấp hành tốt.",
     [("inspected", "party_org", "count", 9)]),
    # plans counted are papers, no target: the bodies they cover were checked
    ("Năm 2014, Ủy ban Kiểm tra thực hiện 06 kế hoạch kiểm tra đối với 19 tổ chức đảng.",
     [("inspected", "party_org", "count", 19)]),
    # the results of a check on a topic, then its object: the check was done
    ("Năm 2021, Ban Thường vụ thông báo kết quả kiểm tra công tác cán bộ đối với 7 tổ chức đảng.",
     [("inspected", "party_org", "count", 7)]),
    # a percentage after 'vượt' compared with the same period is a change, not a margin over a target
    ("Năm 2019, xã kết nạp 24 đảng viên, vượt 20% so với cùng kỳ năm 2018.",
     [("admitted", "party_member", "count", 24), ("admitted", "party_member", "change_pct", 20)]),
    # a new paragraph of rates alone goes on with the figure of the paragraph before
    ("Năm 2019, xã kết nạp 24 đảng viên.\n\nTỷ lệ phát triển đảng viên của xã tăng 20% so với cùng kỳ.",
     [("admitted", "party_member", "count", 24), ("admitted", "party_member", "change_pct", 20)]),
    # an opening clause naming no act does not hide the topic after it; a list of acts is no topic
    ("Đáng chú ý, thực hiện kiểm tra khi có dấu hiệu vi phạm, 5 năm qua, UBKT các cấp kiểm tra 12 đảng viên.",
     [("inspected_violation_signs", "party_member", "count", 12)]),
    ("Qua đó, thi hành kỷ luật khiển trách, cảnh cáo 2 tổ chức đảng và kỷ luật 40 đảng viên.",
     [("disciplined", "party_org", "count", 2), ("disciplined", "party_member", "count", 40)]),
    # petitions in a text that never names the Party are citizens' petitions to the state
    ("Năm 2023, toàn huyện đã tiếp nhận 812 đơn khiếu nại, tố cáo, kiến nghị của người dân.", []),
    ("Năm 2023, UBKT Huyện ủy đã tiếp nhận 12 đơn tố cáo.", [("denunciations", "party_org", "count", 12)]),
    # a share of a plan inside its parenthesis is no figure of its own
    ("Năm 2024, chi bộ đặt kế hoạch kết nạp 30 đảng viên (trong đó có ít nhất 02 đảng viên là doanh nhân).",
     [("admitted", "party_member", "target", 30)]),
    # organisations described as showing signs of a breach, then disciplined
    ("Năm 2022, qua giám sát, huyện kết luận có 6 chi bộ có dấu hiệu vi phạm phải thi hành kỷ luật.",
     [("disciplined", "party_org", "count", 6)]),
    # the law a firm was founded under founds no Party body
    ("Năm 2022, khu công nghiệp có 40 tổ chức đảng, gồm 12 chi bộ ở hợp tác xã thành lập và hoạt động theo Luật, "
     "28 tổ chức đảng ở doanh nghiệp cổ phần.", []),
    # a form given to someone named and to a count of others is the count's form too; 'UBKT' acts
    ("Năm 2021, Tỉnh ủy kỷ luật bằng hình thức khai trừ đối với ông Trần Văn B và 5 đảng viên.",
     [("disciplined", "party_member", "count", 5), ("disciplined_expulsion", "party_member", "count", 5)]),
    ("Năm 2021, UBKT cảnh cáo bà Lê Thị C và bốn đảng viên.", [("disciplined_warning", "party_member", "count", 4)]),
    # a margin over the target named before its percentage is no attainment
    ("Nhiệm kỳ 2015-2020, khối kết nạp 700 đảng viên (chỉ tiêu 500 đảng viên), vượt chỉ tiêu 40% so với nghị quyết.",
     [("admitted", "party_member", "count", 700), ("admitted", "party_member", "target", 500)]),
    # committees counted as the bodies under another one are Party organisations
    ("Năm 2024, Ban Tuyên giáo giám sát 3 cấp ủy trực thuộc.", [("supervised", "party_org", "count", 3)]),
    # units a text that never names the Party inspects are no Party organisations
    ("Năm 2020, quận tiến hành 2 cuộc kiểm tra công tác quản lý đất đai đối với 14 tổ chức sử dụng đất.", []),
    # nor are the people a trade union disciplines, though its body bears a Party body's name
    ("Năm 2022, Ủy ban Kiểm tra Công đoàn các cấp đã xử lý kỷ luật 6 cán bộ công đoàn.", []),
    ("Năm 2022, Ủy ban Kiểm tra Huyện ủy đã xử lý kỷ luật 6 cán bộ.", [("disciplined", "party_member", "count", 6)]),
    # a target word of an earlier clause makes no target of a ratio's whole: 200 of the 255 members checked
    ("Năm 2023, xã kết nạp 7 đảng viên, đạt 100% chỉ tiêu huyện giao; kiểm tra 200/255 đảng viên.",
     [("admitted", "party_member", "count", 7), ("admitted", "party_member", "attainment_pct", 100),
      ("inspected", "party_member", "count", 200)]),
    # people a department disciplines as a state employer ('buộc thôi việc' is no Party form) are no Party figures
    ("Năm 2023, tại Sở Xây dựng: khiển trách 6 người, cảnh cáo 2 người, buộc thôi việc 1 người.", []),
    # a trade union's or a state inspectorate's body acting after the Party's: its figures are none of the Party's
    ("Năm 2021, Ủy ban Kiểm tra Liên đoàn Lao động tỉnh tiếp nhận 12 đơn tố cáo; các cấp công đoàn giải quyết 7 đơn.",
     []),
    ("Năm 2021, UBKT Tỉnh ủy kiểm tra 5 tổ chức đảng; Ủy ban Kiểm tra Công đoàn các cấp kiểm tra 30 công đoàn cơ sở.",
     [("inspected", "party_org", "count", 5)]),
    ("Năm 2019, lực lượng thanh tra chuyên ngành thanh tra, kiểm tra 2.427 cá nhân, tổ chức.", []),
    # the Fatherland Front supervising, its team led by a member of the Party committee: the Party body names an office
    ("Năm 2021, Đoàn giám sát của Ủy ban MTTQ thị xã do bà B – Ủy viên Ban Thường vụ Thị ủy làm Trưởng đoàn đã giám "
     "sát tại 03 phường.", []),
    ("Năm 2021, ông C, Bí thư Thị ủy cho biết, Ban Thường vụ Thị ủy đã giám sát 9 tổ chức đảng.",
     [("supervised", "party_org", "count", 9)]),
    # 'Đ/v' abbreviates 'đảng viên', not a sum in đồng
    ("Năm 2022, chi bộ kết nạp 2 Đ/v.", [("admitted", "party_member", "count", 2)]),
    # working groups a committee sets up are no Party organisations founded
    ("Năm 2025, Đảng ủy phường thành lập 07 Tổ công tác dự sinh hoạt chi bộ.", []),
    # a duty set for the wards is a plan, and a team that verifies inspects no one
    ("Năm 2011, các xã vùng biên phải kết nạp được 5 đảng viên là dân quân.",
     [("admitted", "party_member", "target", 5)]),
    ("Năm 2023, Đoàn kiểm tra sẽ làm việc, thẩm tra, xác minh trực tiếp 4 tổ chức cơ sở đảng.", []),
    # relieving officials of their posts is no discipline
    ("Năm 2024, Ban Chấp hành thi hành kỷ luật 4 cán bộ, cho thôi các chức vụ 3 cán bộ.",
     [("disciplined", "party_member", "count", 4)]),
    # units a state inspectorate's own sentence counts are no Party organisations
    ("Năm 2018, Thanh tra huyện đã thanh tra việc giải quyết khiếu nại, tố cáo tại 4 đơn vị.", []),
    # a rate a plan aims at is no attainment
    ("Xã Tân Lập: phấn đấu kết nạp đảng viên mới đạt trên 4%", []),
    # a period opening a clause of its own figure dates that figure, not the one before the break
    ("Năm 2019, Đảng bộ xã làm tốt công tác tạo nguồn. Đảng bộ xã đã kết nạp 31 đảng viên mới, quý I/2020, kết nạp "
     "được 9 đảng viên mới.", [("admitted", "party_member", "count", 31, 2019, "FY"),
                               ("admitted", "party_member", "count", 9, 2020, "Q1")]),
    # a target named by its rank and topic; a bare count before 'do đó'
    ("Chỉ tiêu thứ 3 về phát triển 12 đảng viên trong nhiệm kỳ, đến nay kết nạp được 09 do đó chưa đạt.",
     [("admitted", "party_member", "target", 12), ("admitted", "party_member", "count", 9)]),
    # the aims a congress sets, listed after 'một số chỉ tiêu trọng yếu … được đề ra như'
    ("Tại đại hội, một số chỉ tiêu trọng yếu trong 5 năm đến được đề ra như: thu ngân sách tăng từ 8 đến 10%, "
     "phát triển thêm 6 đảng viên.", [("admitted", "party_member", "target", 6)]),
    # a rule for any body that is disciplined counts none
    ("Theo quy định, kỷ luật một tổ chức đảng phải xem xét trách nhiệm của tập thể; năm 2020 khiển trách một chi bộ.",
     [("disciplined_reprimand", "party_org", "count", 1)]),
    # developing a sector admits nobody: the targets it met are no admissions
    ("Năm 2020, Đảng bộ Sở cụ thể hóa kế hoạch phát triển ngành, có 4/6 chỉ tiêu đạt và vượt nghị quyết.", []),
    # the cells members meet in ('sinh hoạt ở 12 chi bộ') are the body's make-up, not cells founded
    ("Cuối năm 2020, Đảng bộ xã Tân Hòa được thành lập trên cơ sở nhập hai xã, với 410 đảng viên, sinh hoạt ở 12 chi "
     "bộ.", []),
    # a year-end rating's rate after the admissions is no attainment of them
    ("Năm 2021, Đảng bộ kết nạp 28 đảng viên; qua xếp loại, đảng viên hoàn thành tốt nhiệm vụ trở lên đạt 91%.",
     [("admitted", "party_member", "count", 28)]),
    # deputy heads of a board or a room are members disciplined like any other officers
    ("Năm 2019, Ủy ban Kiểm tra Quận ủy khiển trách 2 phó Ban Quản lý dự án và 1 trưởng phòng.",
     [("disciplined_reprimand", "party_member", "count", 2), ("disciplined_reprimand", "party_member", "count", 1)]),
    # a line opening with a link marker is another article's headline: its figures are no facts of this text
    ("Năm 2022, Đảng bộ xã kết nạp 14 đảng viên.\n>> Huyện bên cách chức 2 phó trưởng ban vì sinh con thứ 3\n"
     "» Tỉnh kết nạp 900 đảng viên", [("admitted", "party_member", "count", 14)]),
    # an excerpt cut inside the counted noun ('… 25 đảng' of 'đảng viên'): the cue still names what was counted
    ("Năm 2022, Ban Thường vụ Huyện ủy đã xét kết nạp 48 đảng", [("admitted", "party_member", "count", 48)]),
    # a complaint about a discipline is no discipline
    ("Năm 2019, Ủy ban Kiểm tra Huyện ủy giải quyết tố cáo đảng viên, khiếu nại kỷ luật Đảng 12 trường hợp.",
     [("complaints_resolved", "party_member", "count", 12)]),
    # members moving their registration in are no admissions
    ("Năm 2018, chi bộ có 30 đảng viên, trong đó kết nạp tại chỗ 24 đảng viên, 06 đảng viên chuyển sinh hoạt đảng từ "
     "nơi khác đến.", [("admitted", "party_member", "count", 24)]),
    # an admission held for one person counts that person, 'một' included
    ("Ngày 04/4/2019, Chi bộ Trường Tiểu học A tổ chức Lễ kết nạp đảng viên mới cho một giáo viên ưu tú vào Đảng.",
     [("admitted", "party_member", "count", 1)]),
    # officers named by their post are members disciplined like any other officers, also after an article 'một'
    ("Năm 2023, Ủy ban Kiểm tra Tỉnh ủy kỷ luật khiển trách một kiểm soát viên và cảnh cáo 2 chuyên viên.",
     [("disciplined_reprimand", "party_member", "count", 1), ("disciplined_warning", "party_member", "count", 2)]),
    # a change with a noun of its own is a change of that, not of the Party figure before it
    ("Năm 2020, toàn tỉnh kết nạp 820 đảng viên mới; đã giảm 40/150 xóm phải sinh hoạt ghép.",
     [("admitted", "party_member", "count", 820)]),
    # a bare number with decimals after a word of change is a percentage the excerpt's cut left without its sign;
    # members come whole, so a number with decimals never counts them
    ("Năm 2022, cấp ủy các cấp kiểm tra 184 tổ chức đảng (tăng 68,8% so với cùng kỳ) và 985 đảng viên (tăng 232,7",
     [("inspected", "party_org", "count", 184), ("inspected", "party_org", "change_pct", 68.8),
      ("inspected", "party_member", "count", 985), ("inspected", "party_member", "change_pct", 232.7)]),
    ("Năm 2022, Đảng bộ kỷ luật 2.124 đảng viên, bình quân 3,5 đảng viên mỗi chi bộ.",
     [("disciplined", "party_member", "count", 2124)]),
    # a figure its aside splits into other forms is their total, not a count of the form before it
    ("Năm 2022, Ban Thường vụ Tỉnh ủy thi hành kỷ luật cảnh cáo 3 tổ chức đảng, 12 đảng viên (cách chức 4 đảng viên, "
     "khai trừ 8 đảng viên).", [("disciplined_warning", "party_org", "count", 3),
                                 ("disciplined", "party_member", "count", 12),
                                 ("disciplined_dismissal", "party_member", "count", 4),
                                 ("disciplined_expulsion", "party_member", "count", 8)]),
    # a target given to bodies counted before the act ('giao chỉ tiêu cho 22 cơ sở đảng kết nạp 170 đảng viên')
    ("Năm 2023, Ban Thường vụ Huyện ủy giao chỉ tiêu cho 18 cơ sở đảng kết nạp 140 đảng viên.",
     [("admitted", "party_member", "target", 140)]),
    # what a resolution says is a target; what was done against it is a count
    ("Theo Nghị quyết, mỗi năm Đảng bộ phường kết nạp mới 12 đảng viên, nhưng năm 2023 đã kết nạp mới 17 đảng viên.",
     [("admitted", "party_member", "target", 12), ("admitted", "party_member", "count", 17)]),
    # people denied admission, or not yet admitted, are no admissions
    ("Năm 2024, 6 trường hợp không được xét kết nạp lại vào Đảng.", []),
    ("Năm 2024, có 8 đoàn viên ưu tú chưa được kết nạp vào Đảng vì thiếu hồ sơ.", []),
    # the one form named for a whole figure, also 'cùng hình thức' and with 'về Đảng' after it
    ("Năm 2020, Ủy ban Kiểm tra Thành ủy quyết định kỷ luật cùng hình thức cảnh cáo đối với ba cán bộ.",
     [("disciplined", "party_member", "count", 3), ("disciplined_warning", "party_member", "count", 3)]),
    ("Năm 2020, Ủy ban Kiểm tra Thành ủy kỷ luật bằng hình thức cảnh cáo về Đảng đối với ba cán bộ.",
     [("disciplined", "party_member", "count", 3), ("disciplined_warning", "party_member", "count", 3)]),
    # a subset of a refined total, its own cue plain, is of the refined indicator; a form of discipline is no kind
    ("Năm 2022, UBKT các cấp kiểm tra khi có dấu hiệu vi phạm 40 tổ chức đảng. Trong đó, UBKT Huyện ủy kiểm tra 12 tổ "
     "chức đảng.", [("inspected_violation_signs", "party_org", "count", 40),
                    ("inspected_violation_signs", "party_org", "count", 12)]),
    ("Năm 2022, Huyện ủy khai trừ 5 đảng viên. Trong đó, chi bộ thi hành kỷ luật 3 đảng viên.",
     [("disciplined_expulsion", "party_member", "count", 5), ("disciplined", "party_member", "count", 3)]),
    # a noun the cut left unfinished that can only begin one noun of the table ('đảng vi' of 'đảng viên') is it,
    # also where the cue would not name the subject
    ("Năm 2021, Ủy ban Kiểm tra Huyện ủy giám sát 6 tổ chức đảng và 23 đảng vi",
     [("supervised", "party_org", "count", 6), ("supervised", "party_member", "count", 23)]),
    ("Năm 2021, Ủy ban Kiểm tra Huyện ủy thi hành kỷ luật 5 đảng viê", [("disciplined", "party_member", "count", 5)]),
    # a community digital team, also when its name is quoted after the number, is no Party body founded
    ("Năm 2025, phường thành lập 1 “Tổ công nghệ số” và 2 chi bộ.", [("established", "party_org", "count", 2)]),
    ("Năm 2025, xã thành lập 3 tổ công nghệ số cộng đồng.", []),
    # an approximate fraction counts nobody
    ("Năm 2021 có 90 đoàn viên được giới thiệu cho Đảng xem xét kết nạp, trong đó khoảng 2/3 do Đoàn trường giới "
     "thiệu.", []),
    # a count of the plan's indicators of a kind, or of those met, is no target figure
    ("Năm 2022, Đảng bộ xã đề ra phương hướng phát triển và xây dựng xã với 15 chỉ tiêu chủ yếu.", []),
    ("Năm 2022, xã có 9/10 chỉ tiêu đạt và vượt kế hoạch; Đảng bộ kết nạp 6 đảng viên.",
     [("admitted", "party_member", "count", 6)]),
    # a floor assigned without 'từ' ('giao … kết nạp 40 đảng viên trở lên') is a target, not a count
    ("Năm 2023, Huyện ủy giao Đảng ủy xã kết nạp 40 đảng viên trở lên.", [("admitted", "party_member", "target", 40)]),
    ("Năm 2023, Đảng ủy xã đã kết nạp được 40 đảng viên trở lên.", [("admitted", "party_member", "count", 40)]),
    # a change of members' ratings is no change of the admissions before it
    ("Năm 2022, chi bộ kết nạp 4 đảng viên; đảng viên hoàn thành tốt nhiệm vụ đạt 95% - tăng 5% so với năm trước.",
     [("admitted", "party_member", "count", 4)]),
    # a change whose own clause names another measure is that measure's
    ("Năm 2022, Đảng bộ phường kết nạp 30 đảng viên; thu ngân sách tăng 9%.",
     [("admitted", "party_member", "count", 30)]),
    ("Năm 2022, Đảng bộ phường kết nạp 30 đảng viên, tăng 9% so với năm trước.",
     [("admitted", "party_member", "count", 30), ("admitted", "party_member", "change_pct", 9)]),
    # a noun with a letter dropped ('đảg viên') still counts members
    ("Năm 2022, chi bộ kết nạp 5 đảg viên.", [("admitted", "party_member", "count", 5)]),
    # a Party cell founded in each of the places a figure counts
    ("Năm 2019, xã đã thành lập chi bộ ở cả 4 bản vùng cao.", [("established", "party_org", "count", 4)]),
    # a state's discipline named in a later clause, past a semicolon, leaves the Party's forms before it alone
    ("Năm 2020, đã kỷ luật 30 đảng viên với các hình thức: 10 trường hợp cảnh cáo; 20 trường hợp khiển trách; kiến "
     "nghị xử lý hành chính 15 cá nhân.", [("disciplined", "party_member", "count", 30),
                                           ("disciplined_warning", "party_member", "count", 10),
                                           ("disciplined_reprimand", "party_member", "count", 20)]),
    # inspection staff counted are no inspection
    ("Năm 2014, cán bộ kiểm tra là nữ 7.268 người, chiếm 38,05%.", []),
    # another country's discipline, in a text naming none of Vietnam's Party bodies
    ("Trong quý I/2024, các cơ quan kiểm tra kỷ luật quốc gia Trung Quốc đã xử lý kỷ luật 185.000 đảng viên.", []),
    # what a body holds after admitting is its stock, not the admitted
    ("Năm 2022, chi bộ kết nạp đảng viên đạt chỉ tiêu, đến nay chi bộ có 31 đảng viên.", []),
    ("Năm 2022, huyện kết nạp 30 đảng viên, đến nay đảng bộ có 2.400 đảng viên.",
     [("admitted", "party_member", "count", 30)]),
    # units that each founded a Party body, past a short qualifier of what is counted
    ("Năm 2023, đã có 17 doanh nghiệp tư nhân trên địa bàn huyện thành lập được chi bộ.",
     [("established", "party_org", "count", 17)]),
    ("Năm 2025, cả 26 xã, phường mới của tỉnh đều vừa được thành lập đảng bộ.",
     [("established", "party_org", "count", 26)]),
    ("Năm 2023, có 9 doanh nghiệp có chi bộ và 4 doanh nghiệp chưa thành lập được chi bộ.", []),
    # a founding named after a figure of members admitted is no figure of the founding
    ("Năm 2021, huyện kết nạp 35 đảng viên, đã thành lập chi bộ tại 2 thôn.",
     [("admitted", "party_member", "count", 35), ("established", "party_org", "count", 2)]),
    # aims a congress agrees on are targets, and a youth or farmers' cell founded is none of the Party's
    ("Đại hội thống nhất một số chỉ tiêu lớn trong nhiệm kỳ 2020-2025 là: thành lập mới ít nhất 4 chi bộ trong các "
     "doanh nghiệp; tiếp nhận và kết nạp mỗi năm 15 đồng chí; thành lập 3 chi đoàn thanh niên.",
     [("established", "party_org", "target", 4), ("admitted", "party_member", "target", 15)]),
    ("Năm 2023, huyện thành lập 4 chi bộ và 6 chi hội nông dân.", [("established", "party_org", "count", 4)]),
    # a rate that is the quotient of a count over its target attains the target, whatever word names it
    ("Năm 2019, huyện kết nạp được 96/240 đảng viên mới, đạt tỷ lệ 40%.",
     [("admitted", "party_member", "count", 96), ("admitted", "party_member", "target", 240),
      ("admitted", "party_member", "attainment_pct", 40)]),
    ("Năm 2019, huyện kết nạp được 96/240 đảng viên mới, đạt tỷ lệ 12%.", [("admitted", "party_member", "count", 96)]),
    # a test of what people know is no inspection
    ("Năm 2021, đoàn công tác đến kiểm tra thực tế tại 3 đồn Biên phòng; kiểm tra trắc nghiệm, viết bài thu hoạch về "
     "nhận thức chính trị gần 40 cán bộ, chiến sĩ.", []),
    # the head of government disciplines as the state, though a Party discipline of the same people follows; a Party
    # body's same words are a Party discipline
    ("Năm 2020, Phó Thủ tướng Nguyễn Văn A ký quyết định thi hành kỷ luật bằng hình thức cảnh cáo 3 Phó Chủ tịch UBND "
     "tỉnh. Ủy ban Kiểm tra Trung ương cũng đã thi hành kỷ luật về Đảng đối với họ.", []),
    ("Năm 2020, Ban Thường vụ Tỉnh ủy thi hành kỷ luật bằng hình thức cảnh cáo 3 Phó Chủ tịch UBND tỉnh. Ủy ban Kiểm "
     "tra Trung ương cũng đã thi hành kỷ luật về Đảng đối với họ.",
     [("disciplined_warning", "party_member", "count", 3)]),
    # a cue capitalised inside a company's name acts on nothing; a Title Case headline's still does
    ("Năm 2023, Ban Thường vụ Đảng ủy Tập đoàn duyệt nội dung chuẩn bị đại hội của 3 đảng bộ, gồm: Công ty Thủy điện "
     "Hòa Bình, Công ty Phát triển Thủy điện Sơn La, Nhà máy Nhiệt điện Duyên Hải 2 và Ban QLDA Điện 1.", []),
    ("Huyện Ủy Kết Nạp 150 Đảng Viên Mới Trong Năm 2023", [("admitted", "party_member", "count", 150)]),
    # newly admitted members the subject of their clause were admitted; those a body checks were checked
    ("Năm 2021, toàn huyện có 214 đảng viên mới kết nạp; trong đó 96 người là đoàn viên.",
     [("admitted", "party_member", "count", 214)]),
    ("Năm 2021, chi bộ giám sát 5 đảng viên mới kết nạp.", [("supervised", "party_member", "count", 5)]),
    # … and so were those a clause opens on with 'với' ("with 9 newly admitted members"), unlike an object of 'với'
    ("Trong 6 tháng đầu năm 2022, với 9 đảng viên mới kết nạp, chi bộ đã lớn mạnh hơn.",
     [("admitted", "party_member", "count", 9)]),
    ("Năm 2022, Đảng ủy giám sát đối với 4 đảng viên mới kết nạp.", [("supervised", "party_member", "count", 4)]),
    # a team set up to inspect founds no Party body
    ("Năm 2023, Thường trực Ban Bí thư ban hành Quyết định số 15 thành lập Đoàn kiểm tra, thực hiện công tác kiểm tra "
     "tại 4 tổ chức đảng là: Ban Thường vụ Tỉnh ủy A, Ban Thường vụ Tỉnh ủy B.", []),
    # what a body has grown to is a stock, not members admitted
    ("Đến năm 2012, Đảng bộ Công ty đã phát triển lên 540 đảng viên và 23 chi bộ trực thuộc.", []),
    # the make-up of a body founded, after 'bao gồm' and its colon, founds nothing more
    ("Năm 2001, Ban Thường vụ Tỉnh ủy ra quyết định thành lập Đảng bộ Khối doanh nghiệp tỉnh, bao gồm: Đảng ủy Công ty "
     "Lương thực, Đảng ủy Công ty Cà phê và 17 chi bộ doanh nghiệp.", []),
    # a repost in 'fancy text' (small capitals, mathematical digits) says what its plain words say
    ("Năm 2022, 𝟷𝟺 đảɴɢ ᴠɪêɴ ʙị xử ʟý ᴋỷ ʟᴜậᴛ ʙằɴɢ ʜìɴʜ ᴛʜứᴄ ᴋʜᴀɪ ᴛʀừ ᴋʜỏɪ Đảɴɢ.",
     [("disciplined_expulsion", "party_member", "count", 14)]),
])
def test_fact_phenomena(text: str, expected: list[tuple]) -> None:
    fields = ("indicator", "subject", "measure", "value", "year", "period")[:len(expected[0]) if expected else 4]
    assert facts(text, *fields) == expected


def test_a_target_for_the_term_named_after_it_is_of_the_term_running() -> None:
    text = "Năm 2023, Đảng bộ trường giữ chỉ tiêu phát triển 12 đảng viên trong nhiệm kỳ."
    assert facts(text, "measure", "value", "year", "period") == [("target", 12, 2025, "TERM")]


def test_ten_months_close_their_year_also_after_a_clause_of_another_year() -> None:
    text = "Năm 2021 huyện kết nạp 88 đảng viên mới; 10 tháng năm 2022 kết nạp 95 đảng viên."
    assert [(r["value"], r["year"], r["period"]) for r in run(text).facts] == [(88, 2021, "FY"), (95, 2022, "FY")]


@pytest.mark.parametrize(("text", "year"), [
    ("Sáng 6.2, Bí thư cho biết việc xóa tên 2 đảng viên sẽ xong trước Tết Nguyên đán Kỷ Hợi 2019.", 2019),
    ("Chiều 20.1, Đảng ủy xã trao quà cho 12 đảng viên cao tuổi nhân dịp đón Xuân Quý Mão.", 2023),
    ("Chiều 20.1, Đảng ủy xã trao quà cho 12 đảng viên cao tuổi nhân dịp đón Tết Giáp Sửu.", None),  # no such year
])
def test_an_undated_text_takes_the_year_of_the_lunar_new_year_it_names(text: str, year: int | None) -> None:
    assert run(text).document["year"] == year


def test_a_term_typed_with_the_wrong_tone_is_still_the_term() -> None:
    text = "Trong nhiệm kỷ, số đảng viên bị thi hành kỷ luật là 760 trường hợp."
    assert facts(text, "indicator", "value", "period") == [("disciplined", 760, "TERM")]


def test_a_birth_year_dates_a_person_not_the_report() -> None:
    text = "Chi bộ trường kết nạp 2 học sinh: em Lê Văn A (sinh năm 2004) và em Trần Thị B (sinh năm 2005)."
    assert run(text).document["year"] not in (2004, 2005)


@pytest.mark.parametrize("published", [None, "2022-01-15"])
@pytest.mark.parametrize("imprint", ["HÀ NỘI - 2016", "NGHỆ AN – 2016"])  # a university's city or its province
def test_a_thesis_cover_dates_the_work_not_the_site_that_posted_it(published: str | None, imprint: str) -> None:
    text = ("Luận án về công tác kiểm tra của Đảng bộ tỉnh | Ngày: 15/01/2022 | Lượt xem: 12\n"
            f"LUẬN ÁN TIẾN SĨ KHOA HỌC CHÍNH TRỊ {imprint} LỜI CAM ĐOAN Tôi xin cam đoan đây là công trình của tôi.")
    assert run(text, published=published).document["year"] == 2016


def test_christmas_of_a_year_dates_the_visits_around_it() -> None:
    text = "Nhân dịp Lễ Giáng sinh năm 2022, chiều 20-12, Bí thư Huyện ủy đến thăm 3 giáo xứ trên địa bàn."
    assert run(text).document["year"] == 2022


def test_a_school_year_dates_its_sentence_not_the_report() -> None:
    text = ("Năm 2025, Đảng ủy trường kết nạp 9 đảng viên. Một sinh viên được kết nạp đạt danh hiệu Sinh viên 5 tốt "
            "năm học 2023 – 2024.")
    assert run(text).document["year"] == 2025


def test_a_school_year_dates_a_text_that_names_no_other_year() -> None:
    text = "Trong năm học 2022 - 2023, chi bộ trường kết nạp 4 đảng viên là giáo viên và 2 học sinh."
    assert run(text).document["year"] == 2023


def test_subsets_listed_after_trong_do_belong_to_the_total_not_to_each_other() -> None:
    text = "Năm 2022, huyện kết nạp 410 đảng viên, trong đó có 96 đảng viên nữ và 150 đoàn viên được kết nạp vào Đảng."
    rows = run(text).facts
    assert [(r["value"], r["part_of"]) for r in rows] == [(410, None), (96, rows[0]["fact_id"]),
                                                          (150, rows[0]["fact_id"])]
    assert not any(r["checks"] for r in rows)


@pytest.mark.parametrize(("text", "period"), [
    ("7 tháng đầu năm 2021, toàn tỉnh kết nạp 211 đảng viên.", (2021, "M9")),
    ("Trong 8 tháng năm 2021, toàn tỉnh kết nạp 245 đảng viên.", (2021, "M9")),
    ("Trong 5 tháng năm 2021, toàn tỉnh kết nạp 140 đảng viên.", (2021, "H1")),
    ("Trong quí II/2022, toàn tỉnh kết nạp 97 đảng viên.", (2022, "Q2")),
    ("Trong Tháng Thanh niên năm 2023, Đảng ủy xã kết nạp 6 đoàn viên ưu tú vào Đảng.", (2023, "Q1")),  # March
    ("Đến hết ngày 31/8/2023, toàn tỉnh kết nạp 309 đảng viên.", (2023, "M9")),
    # a period past a semicolon is the next statement's, not the figure's before it
    ("Quý I/2024, Đảng bộ đạt nhiều kết quả.\n\nKết quả: kết nạp 17 đảng viên; hoàn thành sơ kết giữa nhiệm kỳ "
     "2020 - 2025.", (2024, "Q1")),
    ("Nhiệm kỳ qua, Đảng bộ tỉnh kết nạp 4.120 đảng viên. Năm 2020 là năm cuối nhiệm kỳ.", (2020, "TERM")),
    # several years summed: the closest code is TERM, with the span's last year
    ("Trong 4 năm (từ năm 2016 đến 2019), tỉnh kết nạp 3.870 đảng viên.", (2019, "TERM")),
    ("Qua 10 năm (2008 - 2018), tỉnh kết nạp 9.215 đảng viên.", (2018, "TERM")),
    ("Từ năm 2010 đến tháng 6.2016, tỉnh kết nạp 4.400 đảng viên.", (2016, "TERM")),  # a span closing on a month
    # the end of a year is that year
    ("Cuối năm 2022, 12 đảng viên bị xử lý kỷ luật.", (2022, "FY")),
    # a year after a dash; a single month or two months take the quarter they fall in
    ("Trong quý III-2023, toàn huyện kết nạp 41 đảng viên.", (2023, "Q3")),
    ("Trong tháng 8/2021, Ủy ban Kiểm tra kiểm tra 6 đảng viên.", (2021, "Q3")),
    ("Trong tháng 11 năm 2024, huyện kết nạp 14 đảng viên.", (2024, "Q4")),
    ("Kết quả thực hiện nhiệm vụ tháng 5 năm 2023: huyện kết nạp 9 đảng viên.", (2023, "Q2")),
    ("Hai tháng đầu năm 2020, toàn tỉnh kết nạp 180 đảng viên.", (2020, "Q1")),
    # the term of an office someone held is no period; a term after 'trong' is, whoever speaks
    ("Năm 2019, 3 đảng viên bị khiển trách, trong đó có ông Lê Văn A, nguyên Bí thư Đảng ủy xã Phú An nhiệm kỳ "
     "2010 - 2015.", (2019, "FY")),
    ("Bí thư Huyện ủy cho biết, trong nhiệm kỳ 2015 - 2020, huyện kết nạp 900 đảng viên.", (2020, "TERM")),
    # the term of an inspection commission that meets is the body's name, not the period of what it decides
    ("Ngày 4/10/2019, Ủy ban Kiểm tra Quân ủy Trung ương nhiệm kỳ 2015 - 2020 họp, thi hành kỷ luật 6 đảng viên.",
     (2019, "FY")),
    # a term's years in parentheses; a parenthesis listing an office's terms is no period
    ("Trong nhiệm kỳ (2010 - 2015), Ủy ban Kiểm tra các cấp đã kiểm tra 28 tổ chức đảng.", (2015, "TERM")),
    ("Phó Bí thư Huyện ủy cho biết, tính từ đầu nhiệm kỳ (2015-2020) đến nay, huyện kết nạp 993 đảng viên.",
     (2020, "TERM")),
    ("Năm 2019, huyện kiểm điểm tập thể lãnh đạo các nhiệm kỳ (2006 - 2011; 2011 - 2016), kỷ luật 39 đảng viên.",
     (2019, "FY")),
    # a cut-off month closes its period
    ("Tính đến hết tháng 8-2020, toàn huyện kết nạp 133 đảng viên.", (2020, "M9")),
    ("Năm 2021, đến cuối tháng 5, các chi bộ kết nạp 28 đảng viên.", (2021, "H1")),
    # a cut-off quarter closes the part of the year it ends, not the quarter alone
    ("Tính đến hết quý III/2022, các chi bộ trong huyện kết nạp 61 đảng viên.", (2022, "M9")),
    ("Đến hết quý II năm 2021, Đảng bộ phường kết nạp 17 đảng viên.", (2021, "H1")),
    ("Riêng quý III/2022, các chi bộ trong huyện kết nạp 19 đảng viên.", (2022, "Q3")),
    # an ellipsis ends a clause, so the year after it opens the next one
    ("Công tác tổ chức được tăng cường… Năm 2019, toàn huyện kết nạp 40 đảng viên.\n\n"
     "Năm 2020, huyện tập trung củng cố chi bộ.", (2019, "FY")),
    # a window of months: a year or more is a term of its last year, within one year its reporting period
    ("Từ tháng 3.2019 đến hết tháng 6.2021, huyện kết nạp 320 đảng viên.", (2021, "TERM")),
    ("Từ tháng 1 năm 2021 đến tháng 6 năm 2021, huyện kết nạp 90 đảng viên.", (2021, "H1")),
    # a plan word in the sentence an ellipsis closed does not make the next sentence's term a plan
    ("Thanh niên ít muốn phấn đấu vào Đảng… Vì vậy, trong nhiệm kỳ 2015-2020, xã kết nạp được 40/45 đảng viên.",
     (2020, "TERM")),
    # more than one year of carrying out a term's resolution runs into its second year: the term to date
    ("Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025 đề ra nhiều mục tiêu. Sau hơn 1 năm triển khai thực hiện "
     "nghị quyết, xã đã kết nạp được 12 đảng viên.", (2025, "TERM")),
    # a congress whose goals were set is the term under review, not the congress held
    ("Nhiệm kỳ qua, Đảng bộ xã thực hiện thắng lợi các mục tiêu mà Đại hội Đảng bộ xã nhiệm kỳ 2010 - 2015 đã đề ra, "
     "kết nạp 48 đảng viên.", (2015, "TERM")),
])
def test_period_phenomena(text: str, period: tuple) -> None:
    (row,) = run(text).facts
    assert (row["year"], row["period"]) == period


@pytest.mark.parametrize(("text", "period"), [
    # a window of years written with a leading zero
    ("Ngày 12/11/2019, Huyện ủy tổ chức hội nghị sơ kết 03 năm thực hiện Chỉ thị 05-CT/TW; huyện khen thưởng 12 tập "
     "thể.", (2019, "TERM")),
    # an undated window runs to the last year a period names, not to a goal's bare year in the headline
    ("Phấn đấu đưa huyện đạt chuẩn đô thị vào năm 2027\n\nHội nghị đánh giá kết quả sau 3 năm triển khai Nghị quyết "
     "Đại hội Đảng bộ huyện; trong năm 2024 huyện kết nạp 40 đảng viên.", (2024, "TERM")),
    # an undated text naming a quarter of 2021 is not of a stage to 2025 it carries out
    ("Đảng ủy công ty quán triệt nghị quyết về quản lý đất đai giai đoạn 2021-2025.\nDịp này, Ban Thường vụ khen "
     "thưởng 3 chi bộ có thành tích thi đua quý II/2021.", (2021, "Q2")),
    # a congress text whose only term is named apart from the congress, with a goal at its end, is of the congress
    ("Trong hai ngày 20 và 21/7, Đại hội Đảng bộ thành phố đã bầu Ban Chấp hành gồm 45 ủy viên.\n\nÔng A tái đắc cử "
     "Bí thư Thành ủy với số phiếu 300/300.\n\nSau khi sáp nhập, thành phố có diện tích lớn.\n\nNhiệm kỳ 2020 - 2025, "
     "Đảng bộ phấn đấu kết nạp 1.500 đảng viên; thu nhập bình quân đầu người năm 2025 đạt 9.000 USD.", (2020, "TERM")),
    # the new committee's first session is held at the congress that opens its term
    ("Chiều 14/10, Ban Chấp hành Đảng bộ tỉnh khóa XIV, nhiệm kỳ 2020 - 2025 đã tổ chức phiên họp lần thứ nhất, bầu 15 "
     "đồng chí vào Ban Thường vụ.", (2020, "TERM")),
    # an election for a term dates the text by the term's first year, when the election is held, as a congress does
    ("Cuộc bầu cử trưởng ấp, khóm nhiệm kỳ 2022-2027 của tỉnh đã thành công; tỷ lệ cử tri đi bầu đạt 99%.",
     (2022, "TERM")),
    ("Danh sách 50 người trúng cử đại biểu HĐND tỉnh nhiệm kỳ 2016-2021 có nhiều cán bộ chủ chốt.", (2016, "TERM")),
    # … also when the congress is named early in a long sentence of the election
    ("Ảnh minh họa\n Ông Trần Văn B tái đắc cử chức danh Bí thư Huyện ủy Tây Sơn.\n\nCùng với việc bầu Ban Thường vụ, "
     "Hội nghị cũng bầu hai Phó Bí thư Huyện ủy và bầu 7 đồng chí vào Ủy ban Kiểm tra Huyện ủy khóa XXII; đồng chí Lê "
     "Văn C được bầu giữ chức Chủ nhiệm Ủy ban Kiểm tra.\n\nTrước đó, sáng cùng ngày, Đại hội đại biểu Đảng bộ huyện "
     "Tây Sơn lần thứ XXII đã bầu 37 đồng chí vào Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2020-2025.\n\nĐại hội xác định "
     "mục tiêu cho 5 năm tới.", (2020, "TERM")),
    # a congress text comparing its new committee with the term before sits in the year that term ends
    ("Chiều nay, Đại hội Đảng bộ huyện Nga Sơn lần thứ XXIV đã bầu 41 Ủy viên Ban Chấp hành Đảng bộ huyện (giảm 2 "
     "người so với nhiệm kỳ 2015-2020).\nTối nay, Ban Chấp hành sẽ họp phiên thứ nhất.", (2020, "TERM")),
    # of the terms elections open, the one opening in the year the text is dated, not a stale section line's
    ("Trang chủ\n\nBầu cử đại biểu HĐND các cấp nhiệm kỳ 2021-2026\n\nĐại hội phường Hòa Bình thành công\nNgày đăng "
     "20/05/2025 | 08:10\n\nTrong ngày 12 tháng 5 năm 2025, Đại hội đại biểu Đảng bộ phường Hòa Bình lần thứ X, nhiệm "
     "kỳ 2025-2030 được tổ chức. Dự Đại hội có 98 đại biểu.", (2025, "TERM")),
    # an undated window to date whose end the text states later ends there, not at the term its first year opened
    ("Từ năm 2020 đến nay, Đoàn thanh niên công ty có 30 sáng kiến được áp dụng.\n\nTrong ba năm qua (2020-2022), "
     "công ty đã giới thiệu 12 đoàn viên ưu tú cho Đảng.", (2022, "TERM")),
])
def test_windows_of_years_in_the_documents_period(text: str, period: tuple) -> None:
    document = run(text).document
    assert (document["year"], document["period"]) == period


def test_a_period_after_a_resolution_names_its_target_not_the_figure() -> None:
    # 'cả năm' after 'Nghị quyết' is the year the target is set for; the figures are of the nine months
    result = run("Trong 9 tháng đầu năm 2014, kinh tế thành phố tăng 13%.\n\nTrong công tác xây dựng Đảng, thành ủy "
                 "kết nạp 135 đảng viên mới, đạt 113% Nghị quyết cả năm.")
    assert [(f["value"], f["year"], f["period"]) for f in result.facts] == [(135, 2014, "M9"), (113, 2014, "M9")]


def test_a_resolution_for_the_next_quarter_names_a_plan_not_the_quarter_reviewed() -> None:
    text = ("Đảng ủy quân sự huyện ra nghị quyết thực hiện nhiệm vụ quý II/2023\n\nTrong quý I/2023, Đảng ủy quân sự "
            "huyện đã lãnh đạo hoàn thành các nhiệm vụ và tổ chức học tập nghị quyết.")
    document = run(text).document
    assert (document["year"], document["period"]) == (2023, "Q1")


@pytest.mark.parametrize(("span", "year"), [
    ("(12/5/1974 - 12/5/2024)", 2024),  # fifty years closing in 2024: the ceremony's year
    ("(1974 – 2024)", 2024),
    ("(1970 - 2024)", 2023),  # a span of another length dates nothing: the bare year stays
])
def test_an_undated_text_opening_on_an_anniversary_is_of_its_closing_year(span: str, year: int) -> None:
    text = (f"Kết nạp đảng viên mới\n\nSáng 10/5, nhân kỷ niệm 50 năm ngày thành lập trường {span}, chi bộ nhà "
            "trường tổ chức lễ kết nạp 3 đảng viên mới.\n\nCác em đều là học sinh giỏi cấp tỉnh năm 2023.")
    assert run(text).document["year"] == year


@pytest.mark.parametrize(("opening", "expected"), [
    ("Ngay sau Đại hội XIV, Tỉnh ủy đã tổ chức học tập nghị quyết", (2026, "FY")),  # a moment after the congress
    ("Từ sau Đại hội XIII đến nay, Tỉnh ủy đã tổ chức học tập nghị quyết", (2025, "TERM")),  # the term since
])
def test_right_after_a_national_congress_is_a_moment_not_its_term(opening: str, expected: tuple) -> None:
    text = f"Kiểm tra năm 2026\n\n{opening} cho 1.200 đảng viên."
    document = run(text, published="2026-03-04").document
    assert (document["year"], document["period"]) == expected


def test_a_congress_check_dated_before_the_term_is_of_its_date_whatever_plan_it_cites() -> None:
    text = ("Kiểm tra công tác chuẩn bị Đại hội Đảng tại xã Tân Phú\n\nSáng ngày 5-11-2024, Ban Thường vụ Huyện ủy "
            "kiểm tra công tác chuẩn bị tổ chức Đại hội các chi bộ trực thuộc, nhiệm kỳ 2025 - 2027 và Đại hội Đảng "
            "bộ xã Tân Phú lần thứ XV, nhiệm kỳ 2025 – 2030.\n\nĐảng ủy xã đã ban hành Kế hoạch số 12-KH/ĐU ngày 2 "
            "tháng 10 năm 2024 về tổ chức Đại hội.")
    assert run(text).document["year"] == 2024


def test_a_span_after_a_number_of_years_names_a_plans_stage() -> None:
    text = ("Ngày 12/4/2019, Đảng ủy Sở Kế hoạch và Đầu tư góp ý dự thảo Báo cáo đánh giá Chiến lược phát triển kinh "
            "tế - xã hội 10 năm 2011 - 2020 và Kế hoạch phát triển kinh tế - xã hội 5 năm 2016 - 2020 của tỉnh.")
    assert run(text).document["year"] == 2019


def test_a_meeting_dated_before_the_congress_it_prepares_is_of_its_own_year() -> None:
    text = ("Ngày 14/9/2024, Đảng ủy Sở Tư pháp tổ chức hội nghị triển khai kế hoạch tổ chức Đại hội Đảng bộ Sở "
            "nhiệm kỳ 2025 – 2030 và Đại hội các chi bộ trực thuộc nhiệm kỳ 2025 – 2027.")
    assert run(text).document["year"] == 2024


def test_a_stale_link_to_the_last_congress_does_not_date_a_congress_of_the_text_year() -> None:
    text = ("Xem thêm: Đảng bộ Công ty họp Đại hội Đảng bộ lần thứ II, nhiệm kỳ 2020 – 2025\n"
            "Trong hai ngày 15 và 16/5/2025, Đảng bộ Công ty họp Đại hội đại biểu lần thứ III, nhiệm kỳ 2025-2030.\n"
            "Các đại biểu thảo luận sôi nổi về văn kiện.")
    document = run(text, published="2025-05-16").document
    assert (document["year"], document["period"]) == (2025, "TERM")


def test_a_work_programme_for_the_next_half_year_names_a_plan_not_the_half_reviewed() -> None:
    text = ("Ngày 10/01/2024, Đảng ủy xã họp kiểm điểm việc thực hiện nghị quyết năm 2023 và thông qua chương trình "
            "công tác 6 tháng đầu năm 2024.\n\nTrong năm 2023, Đảng ủy xã đã kết nạp 12 đảng viên mới.")
    document = run(text).document
    assert (document["year"], document["period"]) == (2023, "FY")


def test_a_term_whose_clause_sets_a_goal_is_the_plans_not_the_reports() -> None:
    text = ("Thực hiện mục tiêu\n\nNhiệm kỳ 2020 - 2025, Đảng bộ tỉnh đặt ra mục tiêu không còn bản chưa có chi bộ tại "
            "các huyện. Thực hiện mục tiêu này, dù mới đi được nửa chặng đường, các địa phương đã nỗ lực lớn. Theo Bí "
            "thư Tỉnh ủy, năm 2023, toàn tỉnh đã kết nạp mới được 2.600 đảng viên, đạt 5,74% so với số đảng viên hiện "
            "có.")
    document = run(text).document
    assert (document["year"], document["period"]) == (2023, "FY")


def test_a_congress_text_whose_only_year_is_a_goals_reviews_the_term_it_closes() -> None:
    text = ("Bầu 51 đồng chí vào Ban Chấp hành\n\nĐại hội đại biểu đã biểu quyết danh sách bầu vào Ban Chấp hành "
            "Đảng bộ tỉnh lần thứ XIV, nhiệm kỳ 2020 - 2025 là 51 đồng chí. Tỉnh phấn đấu xây dựng thành phố đạt tiêu "
            "chí đô thị loại II vào năm 2025.")
    document = run(text).document
    assert (document["year"], document["period"]) == (2020, "TERM")


def test_a_target_set_for_a_term_named_before_it_is_of_that_term() -> None:
    text = ("Nhiệm kỳ 2020-2025, Nghị quyết Đại hội Đảng bộ thành phố đề ra chỉ tiêu kết nạp đạt từ 500 đảng viên mới "
            "trở lên. Năm 2023, thành phố kết nạp 120 đảng viên.")
    assert facts(text, "measure", "value", "year", "period")[0] == ("target", 500.0, 2025, "TERM")


def test_running_term_after_a_named_past_term() -> None:
    text = ("Năm 2018, huyện tổng kết công tác xây dựng Đảng. Từ đầu nhiệm kỳ đến nay, các xã kết nạp 90 đảng viên.\n"
            "Nếu như nhiệm kỳ 2010-2015 có 2 xã yếu kém thì nay không còn.")
    (row,) = run(text).facts
    assert (row["year"], row["period"]) == (2020, "TERM")  # the term after 2010-2015, still running in 2018


@pytest.mark.parametrize(("opened", "published", "period"), [
    (2015, "2018-07-10", (2020, "TERM")),  # from a congress year, within its term: the term it opened
    (2010, "2018-07-10", (2018, "TERM")),  # longer than a term: the years up to the report
    (2016, "2018-07-10", (2018, "TERM")),  # from no congress year
])
def test_a_window_from_a_congress_year_to_date_is_the_term_it_opened(opened: int, published: str,
                                                                     period: tuple) -> None:
    (row,) = run(f"Từ năm {opened} đến nay, huyện kết nạp 364 đảng viên.", published=published).facts
    assert (row["year"], row["period"]) == period


def test_counted_up_to_the_end_of_a_year_is_that_year_not_a_horizon() -> None:
    text = "Tính đến cuối năm 2021, toàn huyện có 2.400 đảng viên; trong năm, huyện kết nạp 95 đảng viên."
    result = run(text, published="2022-01-20")
    assert (result.document["year"], result.document["period"]) == (2021, "FY")
    assert [(f["measure"], f["year"]) for f in result.facts] == [("count", 2021)]


@pytest.mark.parametrize(("published", "year"), [("2019-08-20", 2020), ("2020-03-02", 2020), ("2022-05-10", 2025)])
def test_running_term_no_text_names(published: str, year: int) -> None:
    (row,) = run("Từ đầu nhiệm kỳ đến nay, toàn tỉnh kết nạp 7.898 đảng viên.", published=published).facts
    assert (row["year"], row["period"]) == (year, "TERM")  # the local term running then: 2015-2020, 2020-2025


@pytest.mark.parametrize("text", [
    "Hội nghị sơ kết giữa nhiệm kỳ của Huyện ủy cho biết toàn huyện đã kết nạp 310 đảng viên.",
    "Theo báo cáo đánh giá nửa nhiệm kỳ, cấp ủy các cấp đã kiểm tra 52 tổ chức đảng.",
])
def test_a_mid_term_review_is_of_the_term_running(text: str) -> None:
    result = run(text, published="2018-07-05")
    (row,) = result.facts
    assert (row["year"], row["period"]) == (2020, "TERM")  # halfway through 2015 - 2020, figures since it began
    assert (result.document["year"], result.document["period"]) == (2020, "TERM")


def test_a_congress_opening_in_a_congress_year_reviews_the_term_it_closes() -> None:
    text = "Sáng 14/10, Đại hội đại biểu Đảng bộ huyện lần thứ XXI khai mạc với 250 đại biểu chính thức."
    for published, period in (("2020-10-14", (2020, "TERM")), ("2022-10-14", (2022, "FY"))):
        document = run(text, published=published).document
        assert (document["year"], document["period"]) == period  # 2022 is no congress year: a plain year


def test_the_term_a_congress_report_shows_is_the_term_it_reviews() -> None:
    """'Báo cáo tại Đại hội cho thấy, nhiệm kỳ 2015 - 2020, …': the term after what the report shows is the one under
    review, ending as the congress sits, not the term the congress opens."""
    text = ("Báo cáo chính trị trình Đại hội cho thấy, nhiệm kỳ 2015 - 2020, Đảng bộ xã luôn giữ nền nếp sinh hoạt. "
            "Về phương hướng nhiệm kỳ tới, Ban Chấp hành đề ra nhiều giải pháp.")
    assert run(text).document["year"] == 2020


def test_an_undated_congress_naming_only_terms_sits_in_the_first_year_of_the_latest() -> None:
    """The term a congress opens is named by its resolution and its new committee; 'nhiệm kỳ qua' is the term it closes,
    which ends in the year it sits."""
    text = ("Bế mạc Đại hội Đảng bộ huyện, đại biểu thông qua Nghị quyết nhiệm kỳ 2020 - 2025 với 18 chỉ tiêu. Ban "
            "Chấp hành Đảng bộ huyện khóa XX, nhiệm kỳ 2020 - 2025 sẽ phát huy kết quả đạt được trong nhiệm kỳ qua.")
    assert run(text).document["year"] == 2020
    text = ("Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030 đã thông qua báo cáo chính trị nhiệm kỳ "
            "2020 - 2025 và Nghị quyết nhiệm kỳ 2020 - 2025 của các đảng bộ cũ.")
    assert run(text).document["year"] == 2025


@pytest.mark.parametrize(("text", "period"), [
    ("Trong 90 năm qua, Đảng luôn trung thành với lợi ích của dân tộc. Huyện ủy trao huy hiệu cho 8 đảng viên.",
     "unknown"),  # the Party's age is its history, no window of reports
    ("Trong 5 năm qua, Đảng bộ huyện kết nạp 800 đảng viên.", "TERM"),
])
def test_a_history_of_many_decades_is_no_window(text: str, period: str) -> None:
    assert run(text).document["period"] == period


@pytest.mark.parametrize(("opening", "year", "period"), [
    ("Cuối tháng 5/1961, ", 1961, "FY"),  # a history's dated event, years before the text: that year
    ("Từ tháng 3/1962 đến ngày 20/11/1962 ", 1962, "FY"),
    ("Ngày 4/3/1966, ", 1966, "TERM"),  # the text's own year: the document's period
    ("Sau đó, ", 1966, "TERM"),  # no date: the document's
])
def test_a_dated_opening_years_before_the_text_dates_its_figures(opening: str, year: int, period: str) -> None:
    text = ("Nhiệm kỳ 1964 - 1966, Đảng bộ huyện lãnh đạo nhân dân sản xuất, chiến đấu. Năm 1966, Đảng bộ có 900 đảng "
            "viên.\n" + opening + "Đảng bộ huyện kết nạp được 14 quần chúng ưu tú vào Đảng.")
    assert [(f["value"], f["year"], f["period"]) for f in run(text).facts] == [(14, year, period)]


@pytest.mark.parametrize(("dateline", "published", "year"), [
    ("Thứ Hai, 12/06/2023", None, 2010),  # the day a portal's page was read, above a congress of 2010
    ("Thứ Hai, 21/06/2010", "2010-06-21", 2010),  # the article's own date
])
def test_a_date_bar_above_an_old_congress_dates_nothing(dateline: str, published: str | None, year: int) -> None:
    text = (f"{dateline}\n\nĐảng bộ xã Tân Lập đại hội nhiệm kỳ 2010 – 2015\n\nTrong 2 ngày 18 và 19 tháng 6 năm "
            "2010, Đảng bộ xã Tân Lập tổ chức Đại hội nhiệm kỳ 2010 – 2015. Năm năm qua, xã kết nạp 45 đảng viên.")
    document = run(text).document
    assert (document["published"], document["year"]) == (published, year)


@pytest.mark.parametrize(("dateline", "published", "period"), [
    # the lede's meeting on 11/10 cannot follow a page dated 1/4 of the same year: the date is when it was read
    ("Thứ Tư, ngày 1 tháng 4 năm 2020", None, (2019, "M9")),
    ("Thứ Tư, ngày 16 tháng 10 năm 2019", "2019-10-16", (2019, "M9")),
])
def test_a_date_bar_above_a_later_event_dates_nothing(dateline: str, published: str | None, period: tuple) -> None:
    text = (f"{dateline}\n\nHuyện ủy họp Ban Chấp hành\n\nNgày 11/10, Huyện ủy họp Ban Chấp hành Đảng bộ huyện lần "
            "thứ 28.\n\n9 tháng năm 2019, huyện kết nạp 150 đảng viên.")
    document = run(text).document
    assert (document["published"], document["year"], document["period"]) == (published, *period)


def test_a_scrapers_date_stamp_is_no_date_bar_whatever_day_the_lede_names() -> None:
    text = (" date 2024-08-20 Chính trị\n\nHuyện trao Huy hiệu Đảng đợt 2-9\n\nĐợt ngày 2-9, Đảng bộ huyện có 320 đảng "
            "viên được trao tặng Huy hiệu Đảng.")
    document = run(text).document
    assert (document["published"], document["year"]) == ("2024-08-20", 2024)


def test_a_date_bar_gives_way_to_the_date_in_the_address() -> None:
    text = ("Thứ Hai, ngày 3 tháng 2 năm 2025\nChi bộ không kỷ luật cán bộ\n\nNgày 20-9, Ủy ban Kiểm tra Huyện ủy "
            "cho biết chi bộ đã kiểm điểm 3 đảng viên.")
    document = run(text, "https://tinbao.example.vn/chi-bo-khong-ky-luat-20180920101500123.htm").document
    assert (document["published"], document["published_source"], document["year"]) == ("2018-09", "url", 2018)


def test_a_text_naming_only_the_term_its_congress_opens_sits_in_the_congress_year() -> None:
    text = "Đại biểu chụp ảnh lưu niệm tại đại hội.\n\nTrong nhiệm kỳ 2025-2030, phường Tân Lập đề ra 10 chỉ tiêu."
    assert run(text).document["year"] == 2025


def test_the_term_of_a_committee_written_bch_is_no_period() -> None:
    text = ("Quý III năm 2017, Thị ủy hoàn thành rà soát, bổ sung BCH Đảng bộ thị xã và các chức danh chủ chốt, "
            "nhiệm kỳ 2015-2020; trong quý kết nạp 30 đảng viên mới.")
    (row,) = run(text).facts
    assert (row["year"], row["period"]) == (2017, "Q3")


def test_the_term_of_an_election_or_a_body_is_no_period() -> None:
    text = ("Ngày 6/1, Huyện ủy tổng kết công tác năm 2018. Trong năm, huyện kết nạp 150 đảng viên; bầu trưởng thôn "
            "nhiệm kỳ 2018-2021.")
    (row,) = run(text).facts
    assert (row["year"], row["period"]) == (2018, "FY")
    text = ("Ngày 12/5/2022, UBKT Tỉnh ủy cảnh cáo 3 đảng viên. Đối với Đảng ủy Trung tâm Y tế nhiệm kỳ 2020-2025, "
            "UBKT Tỉnh ủy quyết định thi hành kỷ luật bằng hình thức khiển trách.")
    result = run(text)
    assert [(f["year"], f["period"]) for f in result.facts] == [(2022, "FY")]
    assert (result.document["year"], result.document["period"]) == (2022, "FY")
    text = ("Thứ Năm, 16/06/2022\n\nHuyện tổng kết công tác bầu cử trưởng ấp nhiệm kỳ 2022 - 2027. Kết quả, 96 người "
            "trúng cử thành viên Ban thanh tra nhân dân các xã nhiệm kỳ 2022 - 2024; 95% cử tri đi bầu.")
    assert run(text).document["year"] == 2022


def test_a_tie_between_the_figures_years_goes_to_the_publication_year() -> None:
    text = ("Năm 2009, chi bộ được thành lập và đến nay đã kết nạp 20 đảng viên. Từ đầu năm 2014 đến nay, Đảng ủy "
            "khối thành lập mới 3 tổ chức đảng.")
    assert run(text, published="2014-08-02").document["year"] == 2014


def test_a_bodys_term_does_not_date_a_text_that_prints_a_date() -> None:
    text = ("Tỉnh ủy chỉ định Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh, nhiệm kỳ 2015-2020, gồm 25 đồng chí. "
            "Quyết định có hiệu lực từ ngày 1-11-2018.")
    assert run(text).document["year"] == 2018
    assert run(text.split(" Quyết định")[0]).document["year"] == 2020  # with no date, the term is all there is


def test_a_half_term_after_a_speakers_title_is_a_period() -> None:
    text = ("Phó Bí thư Huyện ủy cho biết, trong nửa đầu nhiệm kỳ 2015 - 2020, Ban Thường vụ Huyện ủy kiểm tra 15 tổ "
            "chức đảng.")
    (row,) = run(text).facts
    assert (row["year"], row["period"]) == (2020, "TERM")


@pytest.mark.parametrize(("published", "period"), [
    ("2020-06-12", (2020, "TERM")),  # the congress opens 2020 - 2025: 'nhiệm kỳ qua' is the term ending in 2020
    ("2023-09-01", (2025, "TERM")),  # mid-term, the term named is the one running
])
def test_past_term_of_a_congress(published: str, period: tuple) -> None:
    text = ("Đảng bộ xã tổ chức Đại hội lần thứ V, nhiệm kỳ 2020 - 2025.\n\n"
            "Nhiệm kỳ qua, Đảng bộ xã đã kết nạp 25 đảng viên.")
    result = run(text, published=published)
    (row,) = result.facts
    assert (row["year"], row["period"]) == period
    assert (result.document["year"], result.document["period"]) == period  # the report is of that term too


@pytest.mark.parametrize(("lead", "year"), [
    ("Đại hội đề ra các chỉ tiêu phấn đấu: kết nạp 30 đảng viên mới", 2025),  # the term the congress opens
    ("Nghị quyết Đại hội đề ra chỉ tiêu kết nạp 30 đảng viên mới", 2020),  # the closing term's resolution
])
def test_a_congress_sets_the_targets_of_the_term_it_opens(lead: str, year: int) -> None:
    text = f"Sáng 12-5, Đảng bộ xã tổ chức Đại hội lần thứ IV, nhiệm kỳ 2020 - 2025.\n\n{lead}."
    assert facts(text, "measure", "year", "period") == [("target", year, "TERM")]


def test_a_body_holding_its_congress_of_delegates_makes_a_congress_text() -> None:
    text = ("Trong 2 ngày 24 và 25-3, Đảng bộ thị trấn Tân Lạc tổ chức Đại hội đại biểu lần thứ nhất, nhiệm kỳ 2020 "
            "- 2025.\n\nCuối năm 2019, Đảng bộ thị trấn được thành lập với 520 đảng viên, sinh hoạt ở 15 chi bộ.")
    document = run(text).document
    assert (document["year"], document["period"]) == (2020, "TERM")


def test_a_congress_text_reviews_the_term_it_closes() -> None:
    text = ("Đảng bộ tỉnh tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.\n\n"
            "Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2025 - 2030 có 65 đồng chí. Đại hội đặt mục tiêu thu nhập bình quân "
            "đến cuối năm 2030 đạt 150 triệu đồng.")
    document = run(text).document
    assert (document["year"], document["period"]) == (2025, "TERM")


CONGRESS_LEDE = "Sáng 20-6, Đảng bộ phường tổ chức Đại hội đại biểu Đảng bộ lần thứ XIII, nhiệm kỳ 2020 - 2025.\n\n"


@pytest.mark.parametrize(("body", "expected"), [
    # aims opened in the paragraph before, a list going on without a plan word of its own
    ("Đại hội thông qua nghị quyết với một số chỉ tiêu chủ yếu: thu ngân sách tăng bình quân 8%/năm.\n\n"
     "Kết nạp mới 25 đảng viên, không có chi bộ yếu kém.", [("admitted", "target", 25.0, 2025, "TERM")]),
    ("Nghị quyết Đại hội đề ra một số chỉ tiêu như: hàng năm có 90% đảng viên hoàn thành tốt nhiệm vụ. Trong nhiệm "
     "kỳ thành lập mới 5 tổ chức đảng.", [("established", "target", 5.0, 2025, "TERM")]),
    # the term under review, something done, or what was achieved ends or opens no aims
    ("Đại hội đề ra các chỉ tiêu chủ yếu cho nhiệm kỳ mới. Trong nhiệm kỳ qua, Đảng bộ kết nạp 40 đảng viên.",
     [("admitted", "count", 40.0, 2020, "TERM")]),
    ("Đại hội xác định các chỉ tiêu phấn đấu. Đại hội đã bầu Ban Chấp hành gồm 15 đồng chí. Toàn Đảng bộ kết nạp "
     "12 đảng viên.", [("admitted", "count", 12.0, 2020, "TERM")]),
    ("Đảng bộ đã hoàn thành các chỉ tiêu chủ yếu; kết nạp 120 đảng viên.",
     [("admitted", "count", 120.0, 2020, "TERM")]),
    # a sentence opening on 'Nhiệm kỳ vừa qua' reviews the closing term, whatever it strove for
    ("Nhiệm kỳ vừa qua, Đảng bộ nỗ lực phấn đấu thực hiện thắng lợi các mục tiêu đề ra. Trong nhiệm kỳ, có 64 quần "
     "chúng được kết nạp vào Đảng.", [("admitted", "count", 64.0, 2020, "TERM")]),
    # a sentence naming the term the congress opens sets out what is planned for it
    ("Nhiệm kỳ 2020 - 2025, Đảng bộ đề ra 5 nhóm giải pháp. Công tác xây dựng Đảng tập trung củng cố tổ chức; trong "
     "nhiệm kỳ phát triển 30 đảng viên mới.", [("admitted", "target", 30.0, 2025, "TERM")]),
    ("Nhiệm kỳ 2015 - 2020, Đảng bộ kết nạp 40 đảng viên.", [("admitted", "count", 40.0, 2020, "TERM")]),
])
def test_a_congress_sets_aims_that_run_on_until_something_is_done(body: str, expected: list[tuple]) -> None:
    assert facts(CONGRESS_LEDE + body, "indicator", "measure", "value", "year", "period") == expected


def test_a_list_of_aims_sets_targets_to_its_sentences_end_in_any_text() -> None:
    text = ("Ngày 5-1, Huyện ủy tổ chức hội nghị.\n\nHuyện ủy đề ra một số chỉ tiêu chủ yếu, đó là: (1) 95% đảng viên "
            "học tập nghị quyết; (2) phát triển 150 đảng viên mới. Năm 2019, toàn huyện kết nạp 140 đảng viên.")
    assert facts(text, "measure", "value") == [("target", 150.0), ("count", 140.0)]


def test_aims_need_a_congress_text() -> None:
    text = ("Ngày 5-1, Huyện ủy tổ chức hội nghị.\n\nHuyện ủy đề ra các chỉ tiêu chủ yếu. Toàn huyện kết nạp 150 "
            "đảng viên.")
    assert facts(text, "measure", "value") == [("count", 150.0)]


def test_the_term_of_a_branch_committee_in_a_caption_is_no_period() -> None:
    caption = "Chi ủy Trường Tiểu học và Trung học cơ sở An Phú Đông nhiệm kỳ 2025-2028."
    text = ("Ngày 27-9, Chi bộ Trường Tiểu học và Trung học cơ sở An Phú Đông tổ chức Đại hội đảng viên lần thứ XII, "
            f"nhiệm kỳ 2025-2028.\n\n{caption}\n\n{caption}\n\nNhiệm kỳ 2022-2025, Chi bộ luôn quan tâm lãnh đạo "
            "thực hiện các chỉ tiêu nghị quyết đề ra.\n\nTrường đạt chuẩn quốc gia mức độ 1 (năm 2023).\n\nChi bộ phát "
            "triển mới 2 đảng viên, đạt 200% so nghị quyết.")
    assert [(f["year"], f["period"]) for f in run(text).facts] == [(2025, "TERM"), (2025, "TERM")]


def test_an_undated_election_of_a_committee_is_of_the_congress_year() -> None:
    text = ("Các đại biểu biểu quyết thông qua danh sách 45 đồng chí do Ban Chấp hành khóa XIX giới thiệu, bầu vào BCH "
            "Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025 là 39 đồng chí.")
    document = run(text).document
    assert (document["year"], document["period"]) == (2020, "TERM")


@pytest.mark.parametrize(("text", "values"), [
    ("Sáng 14.3, tại hội trường Tỉnh ủy, hội nghị kết nạp 12 đảng viên.", [12]),
    ("Hôm nay 9.11, Huyện ủy tổ chức lễ kết nạp 6 đảng viên.", [6]),
    ("Phường vừa phòng chống dịch Covid 19 vừa kết nạp 4 đảng viên.", [4]),
    ("Năm 2023, thực hiện Kế hoạch 170 của Ban Thường vụ Quận ủy, quận kết nạp 4 đảng viên.", [4]),
    ("Năm 2023, huyện giao kế hoạch 200 đảng viên và đã kết nạp 210 đảng viên.", [200, 210]),
    ("Năm 2023, huyện hoàn thành vượt kế hoạch 12/14 chỉ tiêu.", [12, 14]),
    ("Kết luận như sau:\n1- Ban Thường vụ Huyện ủy kỷ luật 2 đảng viên.\n1.1- Ủy ban Kiểm tra kiểm tra 3 chi bộ.",
     [2, 3]),
    ("Chiều 2.10, Đảng ủy xã họp; đã kiểm tra 8 chi bộ.", [8]),
    ("Đăng ngày 03-05-2022 | 842 Lượt xem", []),
    ("Thống kê truy cập Truy cập tổng 23.623.420 Truy cập hiện tại 8.598 | Bình luận bài viết (0)", []),
    ("Đồn quản lý 19 cột mốc (Mốc 150 đến Mốc 167). Tổng số truy cập: 4809700", [19]),
    # a page's online counter, its poll and its comment box count nothing
    ("Xã kết nạp 5 đảng viên. Đang có 98 khách và không thành viên đang online", [5]),
    ("Xã kết nạp 5 đảng viên. Đánh giá của bạn? 41 người đã bình chọn", [5]),
    ("Xã kết nạp 5 đảng viên. Bạn không thể gửi bình luận liên tục. Xin hãy đợi 60 giây.", [5]),
    ("Thực hiện Chỉ thị 15 của Ban Thường vụ, kiểm tra 40 chi bộ.", [40]),
    ("Theo Công văn 125 của Ban Tổ chức, trong dịch Covid – 19 huyện vẫn kết nạp 30 đảng viên.", [30]),
    ("Vì dịch Covid- 19, chi bộ họp trực tuyến và kết nạp 3 đảng viên.", [3]),  # the space after the hyphen
    # a day and month with a dot alone in brackets after a word is a date; with its percent sign it is a rate
    ("Hôm qua (14.3), Huyện ủy kết nạp 12 đảng viên.", [12]),
    ("Chiều nay 14.4, Huyện ủy họp và kết nạp 12 đảng viên.", [12]),  # 'sáng nay', 'chiều qua': a date word
    # a day after a date word, joined to a day and month, is a day of that month
    ("Đại hội diễn ra chiều 16 và sáng 17.7 với 300 đại biểu.", [300]),
    ("Xã trồng 16 và 17.7 ha rừng.", [16, 17.7]),  # no date word: figures
    ("Trong hai ngày 19 và 20/5, Đảng bộ tổ chức Đại hội với 120 đảng viên.", [120]),  # a day pair's closing date
    ("Sau ba ngày (từ 12 đến 14-10), Đại hội bầu 45 ủy viên.", [45]),  # a day range closing on a date
    ("Mỗi xã phấn đấu giúp từ 3 đến 5/12 hộ nghèo.", [3, 5, 12]),  # before a counted noun: figures
    ("Đợt này, 24 đảng viên được trao Huy hiệu từ 30-65 năm tuổi Đảng.", [24]),  # a range of durations
    # a mobile number in groups of four, two and four, and a hotline, count nothing
    ("Sở Y tế: 0967 77 1010 - Ngành Y tế: 1900 9095. Đảng bộ có 30 đảng viên.", [30]),
    ("Đường dây nóng: 02513.868686 | Đọc báo in. Chi bộ có 30 đảng viên.", [30]),  # area code run into the number
    ("Tư vấn tuyển sinh: 098 123 45 67. Chi bộ nhà trường có 21 đảng viên.", [21]),  # a mobile in groups 3-3-2-2
    ("Đường dây nóng 1900 12 34 56. Đại hội có 98 đại biểu dự.", [98]),  # a hotline in groups of two
    ("Đang truy cập: 3  Tổng truy cập: 4050126. Chi bộ có 19 đảng viên.", [19]),  # a page's visitor counter
    ("Nguồn: TTXVN - Số lần được xem: 57  Chi bộ có 21 đảng viên.", [21]),  # a page's view counter
    # 'Quốc phòng' is the ministry, not a department's label: its figure counts
    ("Huyện giao quân (Bộ Quốc phòng 210 công dân, Bộ Công an 45 công dân).", [210, 45]),
    ("Trải qua mười mấy năm xây dựng, năm 2012 chi bộ có 18 đảng viên.", [18]),  # 'mười mấy': ten-odd, no number
    # an excerpt cut inside a year: the first digits it left are no count
    ("Chi bộ kết nạp 3 đảng viên, riêng năm 2", [3]),
    ("Đảng bộ có 45 đảng viên. Với những thành tích trong năm 201", [45]),
    ("Đại hội đề ra 12 chỉ tiêu nhiệm kỳ 2", [12]),
    ("Tổ chức 4 cuộc kiểm tra trong năm 5 ", [4, 5]),  # no year begins with 5: a count
    # one name numbered twice in a row: a series of names, not counts
    ("Xã giao đất cho 4 xóm: Đông Sơn, Bãi Sậy 1, Bãi Sậy 2 và Gò Mít.", [4]),
    ("Đoàn 1 do đồng chí Phó Bí thư làm trưởng đoàn; Đoàn 2 do đồng chí Chủ tịch làm trưởng đoàn.", []),
    ("Chi bộ Khu 3 có 12 đảng viên, Chi bộ Khu 4 có 9 đảng viên.", [12, 9]),  # the same, then the counts
    # a part of a whole of the label's own units after it names no hamlet; a bare number after the label does
    ("Hội nghị có các trưởng thôn 14/14 thôn tham dự.", [14, 14]),
    ("Trưởng thôn 14 phát biểu tại hội nghị.", []),
    ("Phân bổ: Thanh Hóa 1 đảng viên, Thanh Hóa 2 đảng viên.", [1, 2]),  # a counted noun after it: counts
    # the terms a body is judged for, after its place's name, are counted; a span of terms is a duration
    ("Đề nghị kỷ luật Ban Thường vụ Huyện ủy Cẩm Khê 2 nhiệm kỳ 2015-2020 và 2020-2025.", [2]),
    ("Ban Thường vụ Thị ủy Sơn Tây hai nhiệm kỳ nói trên đã buông lỏng lãnh đạo.", [2]),
    ("Qua 1 nhiệm kỳ, Đảng bộ xã kết nạp 25 đảng viên.", [25]),
    ("Thành ủy Tam Điệp qua hai nhiệm kỳ đã kết nạp 60 đảng viên.", [60]),
    # an article listed with a count of things is a count too; 'một phần' (partly) never is
    ("Thị xã có 9 phường và một xã với 85 chi bộ.", [9, 1, 85]),
    ("Đại hội bầu 11 đại biểu chính thức và một đại biểu dự khuyết.", [11, 1]),
    ("Huyện ủy kỷ luật một tập thể và 7 cán bộ có sai phạm.", [1, 7]),
    ("Ban Thường vụ tiến hành ba cuộc kiểm tra, một cuộc giám sát chuyên đề.", [3, 1]),
    ("Có 6 đơn tố đúng, 4 đơn tố đúng một phần.", [6, 4]),
    ("Mặt trận hỗ trợ xây 1 căn nhà và tặng 1 phần quà cho gia đình.", [1, 1]),  # a gift package counts
    ("Ông Hải, một người con của quê hương, về thăm 30 hộ.", [30]),
    # an emulation title's numbers ('bốn tốt', '5 không 3 sạch') name a standard, not a count
    ("Xã phát động xây dựng chi bộ bốn tốt; năm 2024 kết nạp 5 đảng viên.", [5]),
    ("Có 560 hộ đạt tiêu chí 5 không 3 sạch, tăng 140 hộ.", [560, 140]),
    ("Hội vận động 42 hội viên tham gia phong trào phụ nữ hai giỏi.", [42]),  # 'Giỏi việc nước, đảm việc nhà'
    ("Đoàn xã phát động phong trào ba sẵn sàng, 15 đoàn viên đăng ký.", [15]),
    ("Quảng Trị, 29°C/ 27°C - 31°C\nHuyện ủy kết nạp 14 đảng viên.", [14]),  # a weather widget's line: furniture
    ("Quảng Trị, 29°C/ 27°C - 31°C Trời nhiều mây\nHuyện ủy kết nạp 14 đảng viên.", [14]),
    # a blog's date with an English month's short name; a week of the month; a document site's counters and pages
    ("Posted Oct 21, 2019\nĐảng ủy xã kết nạp 8 đảng viên.", [8]),
    ("Chi bộ sinh hoạt vào thứ 2 tuần 1 hằng tháng, kết nạp 3 đảng viên.", [3]),
    ("Công tác phát triển đảng viên ở xã vùng cao\n\n41 2.3K 9\nĐảng bộ xã kết nạp 26 đảng viên.", [26]),
    ("Tải bản đầy đủ (.pdf) (64 trang)\nĐảng bộ xã kết nạp 26 đảng viên.", [26]),
    ("Dự họp có lãnh đạo hai Ban Hội đồng nhân dân và 6 tổ đại biểu.", [2, 6]),  # 'Ban' written capitalised counts
    # 'nông thôn' (rural) is no hamlet: its number counts ('thôn 25' names hamlet 25)
    ("Chi bộ có đảng viên hưu trí 12 đ/c, đảng viên nông thôn 31 đ/c.", [12, 31]),
    ("Trường có 3 chi bộ tốt và 2 chi bộ khá; nhận 3 không danh, 4 có danh.", [3, 2, 3, 4]),
    # a motto named by its number and a quoted word ('4 "không"') is no count; an unquoted 'không' stays a negation
    ("Chi bộ quán triệt phương châm 4 \"không” trong phòng, chống tham nhũng, kết nạp 2 đảng viên.", [2]),
    ("Huyện ủy nhắc lại 3 “không” và kiểm tra 5 tổ chức đảng.", [5]),
    ("Chi bộ có 4 đảng viên không hoàn thành nhiệm vụ.", [4]),
    # an item's number in brackets opening its line, even before a figure ('(1) 100% đảng viên …')
    ("Các chỉ tiêu nhiệm kỳ, cụ thể:\n(1) 100% đảng viên được học tập nghị quyết.\n(2) Kết nạp 20 đảng viên.",
     [100, 20]),
    # a date written in English on a blog's page
    ("Ban Điều Hành Blog 12 March 2012. Chi bộ kết nạp 3 đảng viên.", [3]),
    ("Posted on August 9, 2014 by admin. Chi bộ có 27 đảng viên.", [27]),
    # a Central Committee plenum's resolution by its short names: a label
    ("Chi bộ gắn việc thực hiện NQ TƯ 4 khóa 12 với kết nạp 6 đảng viên.", [6]),
    ("Thực hiện Nghị quyết T.Ư 4, khóa XI, Đảng bộ kiểm tra 9 tổ chức đảng.", [9]),
    ("Chi bộ quán triệt Nghị quyết Trung ương 7 và KL 32, thu hút 85 đoàn viên.", [85]),  # 'KL': a conclusion's label
    # a range of dates closing on a day and month written with a dot, after a date word's day and month
    ("Đợt thi đua diễn ra từ ngày 8.9- 24.9 ở 3 xã.", [3]),
    ("Tỷ lệ tăng 8.9 - 24.9% ở 3 xã.", [8.9, 24.9, 3]),  # no date word: a range of rates
    ("Ngày làm việc thứ hai (7.8), đại hội bầu 45 ủy viên.", [45]),
    ("Tỷ lệ đảng viên trẻ tăng (6.8%) so với năm trước.", [6.8]),
    ("Bí thư Chi bộ 3 bị cảnh cáo.", []),  # a numbered cell's name
    ("Số đảng viên toàn Đảng bộ tăng lên con số 2.480.", [2480]),
    ("Đảng viên mới có tuổi đời từ 18-35 chiếm 71%.", [71]),
    ("Hội nghị kết nạp đảng viên diễn ra từ 20-21/11, tại hội trường huyện.", []),  # a day range closing on a month
    # after 'từ' or 'đến', a day and month unless a counted noun follows ('từ 3-4 chi bộ' is a range of counts)
    ("Đoàn làm việc từ 3-4 đến 5-4 tại huyện.", []),
    ("Đoàn sẽ làm việc trực tiếp với từ 3-4 chi bộ.", [3, 4]),
    ("Mỗi xã phấn đấu giúp từ 3 - 5 hộ nghèo thoát nghèo.", [3, 5]),  # spaced, before a counted noun
    ("Mỗi chi bộ xây dựng từ 1 - 2 mô hình dân vận khéo.", [1, 2]),
    ("Mỗi xã huy động từ 1 - 2 tỷ đồng.", [1e9, 2e9]),  # before a scale word: an amount
    ("Đại hội đại biểu lần thứ XX (19 - 22/10/2020) đã bầu Ban Chấp hành.", []),  # spaced, with the year
    ("Chi bộ trao Huy hiệu 30, 40 và 50 năm tuổi Đảng cho 12 đảng viên.", [12]),  # badge ages listed, then a count
    ("Tổ công tác 1374 của Thành ủy đã kiểm tra 9 đảng viên. (0) Bình luận", [9]),  # a team's name, a page counter
    ("Thu ngân sách đạt 100 - 120 tỷ đồng, tăng trưởng 13 - 14%.", [100e9, 120e9, 13, 14]),  # one unit, two ends
    # page furniture: a time with seconds, a phone number with its area code, an image's file name
    ("Cập nhật ngày: 11/01/2013 04:12:40\nĐiện thoại: (0257) 3841519\nIMG_20231205_172007.jpg", []),
    # a view counter on a line of its own, and a picture's name joined by an underscore, with no file extension
    ("Huyện ủy họp bàn công tác phát triển đảng viên\n\n2.318\n\nAnh31_450-2\n\nHuyện ủy kết nạp 14 đảng viên.",
     [14]),
    ("Huyện ủy kết nạp đảng viên trong năm:\n14 đảng viên", [14]),  # a figure wrapped to the next line keeps its noun
    # a table flattened one cell a line keeps its cells; its row and column numbers and a counter's digits do not
    # 'tháng năm' reads as a month's name: the year after it is still a year, whatever noun follows
    ("Trong 9 tháng năm 2022 số đảng viên được kết nạp tăng 12%.", [12]),
    # a school class, numbered or named
    ("Chi bộ kết nạp em A, học sinh lớp 12, và em B, học sinh lớp Toán 11 của trường.", []),
    ("I - Đảng viên\n\nNăm 2019\n\nNăm 2020\n\n1\n\n2\n\n1 - Số đảng viên mới\n\nNgười\n\n46\n\n48", [46, 48]),
    ("Hội nghị sơ kết công tác Đảng.\n\nLƯỢT TRUY CẬP\n\n4\n\n0\n\n9\n\n1", []),
    # 'năm' right after a number in digits is its unit (years), never five
    ("KỶ NIỆM 60 NĂM ĐẢNG BỘ PHƯỜNG\n\nNăm 2023, phường kết nạp 6 đảng viên, năm chi bộ đạt trong sạch vững mạnh.",
     [6, 5]),
    # a page's view and comment counters right under the headline
    ("Chi bộ thôn tổ chức đại hội nhiệm kỳ mới\n\n0\n35\n\nĐại hội bầu 3 đồng chí vào chi ủy.", [3]),
    # a number closing a village's or an industrial park's name is part of it, before a comma or a full stop too,
    # unless a counted noun follows
    ("Chi bộ thôn Đông Hòa 3 kết nạp 2 đảng viên.", [2]),
    ("Đại hội Chi bộ thôn Đông Hòa 3, xã Tân Lập diễn ra sáng nay.", []),
    ("Công ty đặt nhà máy tại Khu công nghiệp Hòa Phú 2.", []),
    # page furniture: an international phone number, a file size limit, a script's variable, visitors online
    ("Điện thoại (84-28) 38221234 Fax: +84 28 3822 1235", []),
    ("Gửi file đính kèm không quá 5MB\nintPageViews=1290\n12 người đang online", []),
    # two days joined by 'và' closing on a day and month written with a slash
    ("Trong 2 ngày (14 và 15/7), Đảng bộ xã tổ chức Đại hội lần thứ I.", []),
    # after 'từ', a pair closing on a percent sign is a range of percentages, not a day and month
    ("Mỗi chi bộ được giao chỉ tiêu kết nạp từ 2 - 3% đảng viên mới.", [2, 3]),
    # a note's number glued to a closing quotation mark; 'mỗi một' is 'each'
    ('Bác dạy: “Chi bộ là gốc rễ của Đảng”4. Người nói: "Đảng mạnh là do mỗi một chi bộ mạnh"5.', []),
    ("Trao “Huy hiệu 30 năm tuổi Đảng” cho 6 đảng viên.", [6]),
    ("Trong năm, thôn Đông Hòa 3 đảng viên được khen thưởng.", [3]),
    # a list after an article label goes on labelling; a rank; a comment counter; a quoted slogan before a new item
    ("Thực hiện Điều 30, 32 của Điều lệ, chi bộ kiểm tra 5 đảng viên.", [5]),
    ("Tỉnh trao Huân chương Lao động hạng 3 cho 2 tập thể.", [2]),
    ("Bình luận, góp ý (0)", []),
    ("Chi bộ xây dựng mô hình “2 tốt, 1 không”; công tác thông tin được duy trì.", []),
    # a code with spaces around its dash, a project's and a model's name
    ("Quán triệt Quy định 58 - QĐ/TW, xã kiểm tra 8 đảng viên thuộc dự án 327 theo mô hình chính quyền địa phương 2 "
     "cấp.", [8]),
    ("Sau sắp xếp, mô hình chính quyền 2 cấp vận hành ổn định; xã kết nạp 4 đảng viên.", [4]),
    # an age limit after 'độ tuổi dưới', 'tuổi trên' is no count
    ("Số đảng viên kết nạp ở độ tuổi dưới 30 tăng 1,7%; đảng viên tuổi trên 60 có 12 người.", [1.7, 12]),
    # a regulation's number after 'quy định' (but not 'theo quy định', 'đúng quy định'); 'kiểm điểm' is no point
    ("Căn cứ Quy định 102, quy định 07 của Bộ Chính trị, huyện kiểm điểm 01 tập thể và 05 đảng viên.", [1, 5]),
    ("Ủy ban đã giải quyết theo quy định 47 đơn; thực hiện đúng quy định 100% chi bộ.", [47, 100]),
    # 'tỷ lệ' is a rate, not a billion, after digits or number words, and a run of number words ends at a semicolon
    ("Số đảng viên tăng đều qua các năm; tỷ lệ đảng viên nữ đạt 38%.", [38]),
    ("Huyện có 21 tỷ lệ đạt chuẩn.", [21]),
    # an age after 'tuổi' labels a group; 'tạ' is a unit
    ("Vận động thanh niên tuổi 18 nhập ngũ đạt 100%; năng suất lúa đạt 68 tạ/ha.", [100, 68]),
    ("Qua 1 nhiệm kỳ, Đảng bộ kết nạp được 190 đảng viên mới.", [190]),  # a term's length
    # a lone number word right after a form of discipline in a list counts
    ("Năm 2021, kỷ luật 50 đảng viên: khiển trách 40, cảnh cáo 6, cách chức bốn.", [50, 40, 6, 4]),
    # a plenum's and a session's number; a day range closing on a dotted date; a dotted month and year
    ("Tại Hội nghị T.Ư 7 và phiên họp 19 của Ban Chỉ đạo (4 - 5.9), đã xem xét 2 trường hợp.", [2]),
    ("Từ đầu nhiệm kỳ (2.2016) đến nay, 6 ủy viên bị kỷ luật.", [6]),
    # two days closing on a dotted day and month; 'năm' after a word of frequency is a year, not five
    ("Trong 2 ngày 17 và 18.4, Đảng bộ phường tổ chức Đại hội; hàng năm chi bộ kết nạp 3 đảng viên.", [3]),
    # a department's number names it ('Phòng 10'), unless a counted noun follows; a document's number and year
    ("Chuyên viên Phòng 10 được kết nạp; ban cho ý kiến bổ nhiệm cấp trưởng phòng 6 trường hợp.", [6]),
    ("Thực hiện Nghị quyết 57/2024 và Kế hoạch 12/2023, chi bộ kết nạp 3 đảng viên.", [3]),
    # a team's number names it ('đoàn 1 do đồng chí A làm trưởng đoàn'), unless a counted noun follows
    ("Tỉnh ủy thành lập 3 đoàn công tác, đoàn 1 do đồng chí Bí thư làm trưởng đoàn; mỗi xã có 2 đoàn 5 người.",
     [3, 2, 5]),
    # both ends of an age range after its label are ages
    ("Trong số đảng viên mới, tuổi đời từ 18 - 30 có 45 người; độ tuổi từ 31 đến 40 có 9 người.", [45, 9]),
    # a number closing a commune's or a ward's capitalised name is part of the name
    ("Ở xã Tân Phước 2 có 3 đảng viên bị kỷ luật; phường Bình Trị 1 kết nạp 5 đảng viên.", [3, 5]),
    # badge ages listed with semicolons share their duration, as with commas
    ("Chi bộ xét tặng huy hiệu cho đảng viên đủ 70; 60; 50 tuổi Đảng và kết nạp 4 đảng viên.", [4]),
    # a number after a place's name with a unit after it is a distance, not part of the name
    ("Huyện nằm cách thị trấn Phố Mới 12 km về phía tây, có 9 chi bộ.", [12, 9]),
    # a resolution's or a decision's number after its abbreviation
    ("Theo NQ 21 và QĐ 99, huyện kết nạp 40 đảng viên.", [40]),
    # a table flattened into one line numbers its rows from 1 up; numbers before Party nouns still count
    ("Chương trình: 1 Khai mạc 2 Báo cáo kết quả 3 Thảo luận; năm qua kết nạp 6 đảng viên.", [6]),
    ("Đảng bộ có 1 Chi bộ mới, 2 Tổ đảng và 3 Đảng bộ bộ phận.", [1, 2, 3]),
    # a bare pair after a word of shares or of targets met is a fraction, not a day and month
    ("Trong 11 chỉ tiêu, kết quả đạt và vượt 10/11; khoảng 2/3 do chi đoàn giới thiệu.", [11, 10, 11, 2, 3]),
    # a day and month written with a dot after a date word, with a verb after it
    ("Đại hội diễn ra chiều 1.6 xác định 2 khâu đột phá.", [2]),
    # a provincial road's and a national highway's numbers after their abbreviations
    ("Tuyến đường nối ĐT 638 với QL 1A dài 5 km.", [5]),
    # ... and a list of them goes on naming roads
    ("Xã có 7 thôn nằm dọc quốc lộ 19 và 25, tỉnh lộ 662, 663.", [7]),
    # a second year of a list of years; a residential group's, a cooperative's and a company's numbers name them
    ("Năm 2015 và 2017 đơn vị đạt danh hiệu; tại nhà văn hóa TDP 8, HTX 20-10 và Chi bộ đại đội 1 kết nạp 3 đảng "
     "viên.", [3]),
    # a four-digit amount after a word of change is no year
    ("So với năm 2021, số hợp tác xã tăng 7% (tăng 2036 hợp tác xã).", [7, 2036]),
    # ... nor is a four-digit total a figure rises to, before its counted noun
    ("Xã kết nạp 115 hội viên, nâng tổng số hội viên lên 2011 hội viên.", [115, 2011]),
    # a festival is counted, no length of days
    ("Hội đã tổ chức 23 ngày hội văn hóa trong 3 ngày.", [23]),
    # a latitude in degrees and minutes
    ("Xã nằm ở 21°05’ vĩ độ Bắc và có 14 thôn; huyện ở 18 0 31’00’’ vĩ độ Bắc.", [14]),
    # a list after a session's, a decision's or a decree's label goes on labelling
    ("Ủy ban họp kỳ 7 và 8, ban hành Quyết định số 55, 56 theo Nghị định 24 và 25, kỷ luật 2 đảng viên.", [2]),
    # a company's number names it; a decade is no count
    ("Tổng Công ty 319 có 20 đảng viên; từ những năm 30 của thế kỷ trước, thập niên 90 đã có chi bộ.", [20]),
    ("Từ cuối thập kỷ 50 của thế kỷ trước, xã đã có 2 chi bộ; trong một thập kỷ, 35 đảng viên được kết nạp.", [2, 35]),
    # a visitors' counter between bullets
    ("Chi bộ kết nạp 4 đảng viên.\n\nThống kê • Đang online: 38 • Trong tuần: 6.318 • Trong năm: 375.379", [4]),
    ("Chi bộ kết nạp 7 đảng viên.\n\nThống kê\n  • Hôm nay: 412\n  • Trong tuần: 23 806\n  • Tất cả: 904113", [7]),
    # a portal's rating box
    ("Xã kết nạp 9 đảng viên.\n\nTổng số điểm của bài viết là: 25 trong 5 đánh giá\n\nClick để đánh giá bài viết", [9]),
    # a range of criteria met is no day and month
    ("Có 3 xã đạt từ 5 - 9 tiêu chí.", [3, 5, 9]),
    # a rank among a whole: the rank is an ordinal, the whole a count
    ("Huyện xếp thứ 6/14 tỉnh, thành; đứng thứ 2/40 xã và kết nạp 9 đảng viên.", [14, 40, 9]),
    # a student's year of study
    ("Chi bộ kết nạp sinh viên năm 3 Nguyễn Văn A và SV năm 4 Trần Thị B; khoa có 12 đảng viên.", [12]),
    # a list of ordinals ends at a number a counted noun follows ('khu dân cư' is such a noun)
    ("Xã có 40 khu dân cư không có người sinh con thứ 3 và 2 khu dân cư được khen.", [40, 2]),
    # a note's number glued to a closing bracket, unless a counted noun follows
    ("Đoàn báo cáo kế hoạch (thời gian, nội dung)2 và danh sách 5 thành viên; kết nạp (mới)3 đảng viên.", [5, 3]),
    # a capitalised number word after an honorific is a person's name
    ("Theo đơn của bà Bảy, xã đã kiểm tra 2 hộ; ông Ba cho biết thêm.", [2]),
    # a map sheet's and a group's numbers are labels; a group of people is counted
    ("Thửa đất số 12, tờ bản đồ 41 được cấp sai. Nhóm 1 do đồng chí A phụ trách gồm nhóm 3 người.", [3]),
    # a lone letter glued to a number makes a code; a glued word or an abbreviation still counts
    ("Xã thuộc diện 30a, lô 7c; chi bộ có 41đ/c và kết nạp thêm 05đảng viên.", [41, 5]),
    # a programme's number names it, unless a counted noun follows
    ("Huyện thuộc Chương trình 30a và Chương trình 135; chương trình 40 đảng viên được duyệt.", [40]),
    # 'một' opening a range of number words counts
    ("Mỗi chi bộ kết nạp một đến hai đảng viên; gia đình ít con (một hoặc hai con) là một chủ trương.", [1, 2, 1, 2]),
    # a step's number is its label
    ("Bước 1: lập danh sách. Bước 2: kiểm tra 4 chi bộ theo 3 bước.", [4, 3]),
    # 'triệu tập' (to convene) after a ward's number is no million
    ("Đại hội Đảng bộ Phường 7 triệu tập 120 đại biểu về dự.", [120]),
    # an inter-zone's and a zone committee's numbers name them
    ("Năm 1950, Liên khu ủy 10 và Khu ủy 5 cử 4 cán bộ về xây dựng cơ sở đảng.", [4]),
    # a numbered team's number names it; teams that check bodies count both
    ("Tỉnh ủy lập Đoàn giám sát 1207 để giám sát Đảng ủy xã; Đoàn công tác 88 đến làm việc.", []),
    ("Huyện ủy lập 4 đoàn kiểm tra 18 chi bộ; Đoàn kiểm tra 3 gặp 2 đảng viên.", [4, 18, 2]),
    # a military unit named with its arm carries its number as a name
    ("Lữ đoàn công binh 229 và Sư đoàn Phòng không 365 cử 14 đảng viên dự lớp.", [14]),
    ("Lữ đoàn thông tin 45 và Trung đoàn đặc công 117 kết nạp 9 đảng viên.", [9]),
    # a note's number glued to a closing quotation mark; the fourth plenum's resolution written 'NQ TW 4'
    ('Khẩu hiệu "Đoàn kết là sức mạnh"(2) được treo. Chi bộ học tập NQ TW 4 cùng 30 đảng viên.', [30]),
    # a regulation's number after 'theo' names it unless a counted noun follows; an article's rating widget is no count
    ("Đảng viên sinh hoạt theo Quy định 213 tham dự; xã giải quyết theo quy định 47 đơn.\nTổng số điểm của bài viết "
     "là: 9", [47]),
    # a bare cell with a comma and three digits keeps the Vietnamese decimal comma; an approximated one counts
    ("Kết quả chấm: Sở Tư pháp 91,245; Sở Y tế 88,104. Có gần 6,000 đảng viên bị xóa tên, trong đó do vi phạm là hơn "
     "4,512; gần 1,500 đảng viên bị khai trừ.", [91.245, 88.104, 6000, 4512, 1500]),
    # a number glued to a word whose space was lost in copying counts; glued to a name's letters it is the name's
    ("Đảng bộ kết nạp thêm12 đảng viên; xã đầu tư trên1.200 tỷ đồng; đại biểu QH15 gặp ca F0.", [12, 1.2e12]),
    # 'từ 2-3' before a noun is a range of counts, not a date; a date closing a day range stays a date
    ("Phấn đấu có từ 2-3 xã đạt kiểu mẫu. Trong 3 ngày 4 đến 6/9 vừa qua, đơn vị kết nạp 5 đảng viên.", [2, 3, 5]),
    # districts listed by number after 'quận' or 'Quận ủy' are names
    ("Cụm thi đua gồm các quận: 7, 12, Bình Tân; Quận ủy 1, 3, 5, 10 đã kết nạp 20 đảng viên.", [20]),
    # classes listed after 'loại' are labels
    ("Thanh niên nhập ngũ có sức khỏe loại 1 và 2 chiếm 91,5%.", [91.5]),
    # a quoted slogan explained after a colon is a name, whatever verbs the explanation holds
    ('Xã phát động phong trào "3 không": không nói sai, không làm trái, không tham ô; xã có 12 đảng viên.', [12]),
    # a regional academy's number names it
    ("Giảng viên Học viện Chính trị khu vực 2 truyền đạt 3 chuyên đề.", [3]),
    ("Đoàn của Học viện Chính trị quốc gia Hồ Chí Minh khu vực 4 làm việc với 2 huyện.", [2]),
    # a markup attribute's number; a heading's number before its colon
    ('Huyện ủy họp báo.\n\n[caption id="attachment_1203" align="alignnone" width="800"]Quang cảnh buổi họp báo thông '
     'tin về Đại hội Đảng bộ huyện lần thứ XX[/caption]\n\nĐại hội có 215 đại biểu.', [215]),
    ("Có hai cách hiểu:\n\nPhương án 1: Chi bộ xét kết nạp 4 quần chúng.\n\nPhương án 2: Chờ ý kiến cấp trên.", [2, 4]),
    # National Day's date before 'nước …'; a readers' comment counter; a defence economic zone's number; district
    # Youth Unions counted over their total
    ("Nhân dịp kỷ niệm 81 năm Quốc khánh 2/9 nước Cộng hòa xã hội chủ nghĩa Việt Nam, xã trao huy hiệu cho 14 đảng "
     "viên.", [14]),
    ("Xã trao huy hiệu cho 14 đảng viên.\nÝ kiến bạn đọc (0)", [14]),
    ("Ông từng là Phó Chỉ huy trưởng Khu kinh tế Quốc phòng 92, nay phụ trách 3 chi bộ.", [3]),
    ("Đến ngày 15-8, 8/8 Đoàn cấp huyện đã tổ chức xong đại hội.", [8, 8]),
    # a farmers' union's branches counted over their total after a date ('Hội Nông dân', 'Hội cơ sở')
    ("Tính đến ngày 20/4/2023, 5/11 Hội Nông dân cấp xã đã tổ chức đại hội.", [5, 11]),
    ("Đến ngày 2/3, 9/10 Hội cơ sở hoàn thành đại hội.", [9, 10]),
    # a pupil's school level; 'một' after 'trong' is an article ('in a cell'), a figure of a count still counts
    ("Con em là học sinh cấp 2 thì chưa đủ tuổi; chi bộ kết nạp 6 đoàn viên.", [6]),
    ("Đảng viên phải sinh hoạt trong một chi bộ; năm nay kết nạp một đảng viên.", [1]),
    # a software's version; a table of contents' section number closed by a dash at the end of its line
    ("Số liệu khảo sát 420 phiếu được xử lý bằng phần mềm thống kê phiên bản 3.0.", [420]),
    ("MỤC LỤC\n\n2.3-\n\nGiải pháp nâng cao chất lượng\n\n45\n\nKẾT LUẬN", []),
    # 'trong kỳ' is 'in the period': the number after it counts
    ("Đơn thư phát sinh trong kỳ 57 vụ việc, giảm 3 vụ việc; tại kỳ 9 Hội đồng thông qua 4 nghị quyết.", [57, 3, 4]),
    # a list of resolutions numbered one after another goes on labelling, whatever noun follows its last number
    ("Huyện ủy học tập Nghị quyết 4, 5, 6 Hội nghị Trung ương khóa XII cho 820 cán bộ; chi bộ 3, 41 đảng viên dự.",
     [820, 41]),
    # the two-tier local government abbreviated 'CQĐP hai cấp'; a ring road's number
    ("Huyện ủy quán triệt mô hình tổ chức CQĐP hai cấp cho 45 chi bộ.", [45]),
    ("Tuyến đường vành đai 4 nối 3 khu công nghiệp của huyện.", [3]),
    ("Xã xây 3 căn nhà cấp 4 cho hộ nghèo; căn nhà cấp bốn của ông đã cũ.", [3]),  # a building's grade
    # a directive's and an action programme's numbers; a counted noun after a programme still counts
    ("Huyện ủy học tập Thông tri 12, Chương trình hành động 45 của Tỉnh ủy và ban hành 7 kế hoạch.", [7]),
    # a name the text defines in brackets, ending in a number: no count there nor where the name comes back; the
    # same words outside such a text still count
    ("Phong trào đảng viên sinh hoạt nơi ở (gọi tắt là đảng viên 76) lan rộng. Chi ủy đánh giá đảng viên 76; hiện có "
     "66 đảng viên 76 ở 12 chi bộ.", [66, 12]),
    ("Chi bộ có tổng số đảng viên 76 người.", [76]),
    # an average age stated later in its clause is an age; a percentage there still counts
    ("Bình quân tuổi của quần chúng được kết nạp năm nay là 31,6; toàn huyện kết nạp 52 người.", [52]),
    ("Tuổi bình quân của đảng viên giảm 5% so với đầu nhiệm kỳ.", [5]),
    # a special task force's number names it
    ("Huyện ủy lập Tổ công tác đặc biệt 502 gồm 7 thành viên.", [7]),
    # a year before 1900 opening its clause is a date; a school level is a label
    ("Năm 1886, vùng này thuộc tỉnh Biên Hòa. Có 40% thanh niên có trình độ cấp 3 trở lên.", [40]),
    ("Giáo viên chỉ cần tốt nghiệp cấp 3; trường có 25 đảng viên.", [25]),
    # a numbered force names it; a force of people counts them
    ("Công an phường phối hợp với lực lượng 113 và huy động lực lượng 60 cán bộ.", [60]),
    # 'định kỳ' (periodically) is no session's label, and a number of times after a month is no January
    ("Chi ủy định kỳ 3 đợt kiểm tra; cứ 6 tháng 1 lần đảng viên báo cáo; UBKT họp kỳ 4.", [3, 1]),
    # semesters are a duration
    ("Sinh viên phải có 4 học kỳ liên tiếp đạt loại khá; chi bộ kết nạp 6 đảng viên.", [6]),
    # a century's number is a label; counters after a weekday's date line are page furniture
    ("Từ đầu thế kỷ 20, vùng này có 3 chi bộ.", [3]),
    ("Chủ nhật - 10/03/2024 08:15 512 3\nHuyện kết nạp 45 đảng viên.", [45]),
    # a source cited in brackets with its pages is a note, not a figure
    ("Toàn vùng có 1.200 đảng viên [12, tr. 40-41] và 30 chi bộ [3; 8].", [1200, 30]),
    # a rating widget's stars are no figures
    ("Chi bộ có 14 đảng viên.\nHãy là người đầu tiên tặng sao cho bài viết 0 0 0", [14]),
    # 'cùng lúc' (at once) is no clock time; a code's spaced digit groups, a download counter and a year with two
    # digits swapped are no figures
    ("Tỉnh ủy lập cùng lúc 7 đoàn kiểm tra.", [7]),
    ("Căn cứ điểm 2 (2.1b) Hướng dẫn số 01, chi bộ có 85 đảng viên.", [85]),  # a sub-item glued to its letter
    ("Theo Điểm 4 (4.2 b) Quy định số 29, chi bộ có 85 đảng viên.", [85]),  # … or spaced from it
    ("Hội LHPN Q.3 có 85 hội viên.", [85]),  # a city's district abbreviated
    # an ordinal's 'lần thứ' after a label's number; a coast guard region's number; a list of decisions; a date with
    # its month abbreviated; a picture's file name with a bracketed index
    ("Đại hội Đảng bộ Quân khu 7 lần thứ XI có 300 đại biểu.", [300]),
    ("Chính ủy Vùng Cảnh sát biển 3 dự, cùng 40 đảng viên.", [40]),
    ("Hội nghị quán triệt các quyết định 217, 218 cho 60 cán bộ.", [60]),
    ("Đã đăng vào 12 Th8, 2021 lúc 9:15\nChi bộ có 14 đảng viên.", [14]),
    ("dai-hoi-(2).jpg\nChi bộ có 14 đảng viên.", [14]),
    ("Ngành: Xây dựng Đảng\nMã số: 62 31 02 03\nHuyện có 40 chi bộ.", [40]),
    ("tệp 80 trang | Lượt xem: 95 | Lượt tải: 3\nChi bộ có 14 đảng viên.", [80, 14]),
    ("Hội nghị bàn dự toán ngân sách năm 2108 của huyện, giao 12 chỉ tiêu.", [12]),
    # the page numbers of a table of contents without dot leaders
    ("MỤC LỤC\nTrang\nMỞ ĐẦU 1\nChương 1: CƠ SỞ LÝ LUẬN VỀ\nCÔNG TÁC KIỂM TRA 9\n1.1. Khái niệm 12\n\n"
     "Năm 2019, huyện kết nạp 31 đảng viên mới, đạt 103% chỉ tiêu được giao trong cả năm của Ban Thường vụ Huyện ủy.",
     [31, 103]),
    # the minutes of a clock time whose hour is a word; a count after a span of hours stays one
    ("Đúng 8 giờ 30, đoàn kiểm tra 5 tổ chức đảng.", [5]),
    ("Hội nghị khai mạc lúc 14 giờ 15 với 120 đại biểu; sau 24 giờ 15 đảng viên nộp bản kiểm điểm.", [120, 15]),
    # the first day of a bracketed range of days closing on a date
    ("Trong 2 ngày (29&30/6), Đảng bộ tổ chức đại hội với 71 đảng viên.", [71]),
    # the terms a count of terms lists in brackets
    ("Ông là Ủy viên Bộ Chính trị ba khóa (11, 12, 13); chi bộ có 20 đảng viên.", [3, 20]),
    # an item's number glued to its first word
    ("1.Đối với việc thành lập chi bộ: có 12 chi bộ.\n2.Về đảng viên: có 40 đảng viên.", [12, 40]),
    # a cited page abbreviated without its dot
    ("“Chi bộ tốt thì mọi việc sẽ tốt” (Hồ Chí Minh toàn tập, tập 12, tr 120). Chi bộ có 18 đảng viên.", [18]),
    # 'chỉnh trang' (tidy up) is no page's label
    ("Phường chỉnh trang 5 vườn hoa, tổ chức tuần tra vũ trang 39 cuộc, xem trang 12.", [5, 39]),
    # a place named again without its place word keeps its number; a pager's run of page numbers is no figure
    ("Đảng viên sinh hoạt ở chi bộ thôn Khe Cát 2. Tại Khe Cát 2, có 14 hộ nghèo.", [14]),
    ("Chi bộ có 30 đảng viên.\n\n   41   42   43   44   45\n12 24 36", [30, 12, 24, 36]),
    ("Tài liệu ôn thi chuyên đề kiểm tra\n\n23 415 0\nChi bộ có 14 đảng viên.", [14]),  # the page's counters
    # pilot congresses ('Đại hội điểm 04 …') count; 'của một' is 'of a'; a year range ends before a blank line
    ("Tỉnh ủy chỉ đạo Đại hội điểm 04 Đảng bộ cấp cơ sở.", [4]),
    ("Đây là bước phát triển của một chi bộ non trẻ với 12 đảng viên.", [12]),
    ("Ngày 07/07/2020 -\n\n12 chi bộ tổ chức đại hội điểm", [12]),
    # numbered wards listed after one place word name wards; a team named after a directive ('Ban Công tác 35')
    ("Đảng bộ thành phố gồm các phường 1, 2, 3, 4 và xã Đạo Thạnh, với 46 chi bộ.", [46]),
    ("Ban Công tác 35 phường phát hiện 12 tin xấu độc.", [12]),
    # … also when the page's numbered breadcrumb opens the text; a numbered list that is no breadcrumb is text
    ("1. Trang chủ\n  2. » Tài liệu\n\nTài liệu ôn thi chuyên đề kiểm tra\n\n23 415 0\nChi bộ có 14 đảng viên.", [14]),
    ("1. Kiểm tra 5 tổ chức đảng.\n2. Giám sát 3 chi bộ.\n\n12 24 36", [5, 3, 12, 24, 36]),
])
def test_quantity_phenomena(text: str, values: list[float]) -> None:
    assert [q["value"] for q in run(text).quantities] == values


@pytest.mark.parametrize("text", ["Dù trời nắng 37°C, 9 chi bộ vẫn sinh hoạt đúng kỳ.",
                                  "Dù trời nắng 37℃, 9 chi bộ vẫn sinh hoạt đúng kỳ."])
def test_a_temperature_in_prose_is_a_measure_not_a_count(text: str) -> None:
    assert [(q["value"], q["unit"]) for q in run(text).quantities] == [(37, "other"), (9, "count")]


def test_a_threshold_after_a_word_of_attainment_is_no_percentage() -> None:
    rows = run("Có 6 sinh viên đạt 8,75 trở lên; tỷ lệ kết nạp tăng 5,28, chiếm 12,3%.").quantities
    assert [(q["value"], q["unit"]) for q in rows] == [(6, "count"), (8.75, "count"), (5.28, "percent"),
                                                       (12.3, "percent")]


def test_a_range_whose_second_end_opens_on_an_approximation_gives_its_unit_to_the_first() -> None:
    rows = run("Tỷ lệ nữ đảng viên mới kết nạp chiếm từ 25 đến trên 30%.").quantities
    assert [(q["value"], q["unit"]) for q in rows] == [(25, "percent"), (30, "percent")]


def test_a_range_whose_first_end_has_its_own_scale_takes_only_the_unit() -> None:
    rows = run("Xã tặng mỗi tân binh sổ tiết kiệm từ 300 nghìn đến 2 triệu đồng.").quantities
    assert [(q["value"], q["unit"]) for q in rows] == [(300_000, "vnd"), (2_000_000, "vnd")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Thu ngân sách xã tăng từ 12,4 tỷ lên 18,9 tỷ đồng.", [(12_400_000_000, "vnd"), (18_900_000_000, "vnd")]),
    ("Thu nhập bình quân tăng từ 3 lên 5 triệu đồng mỗi tháng.", [(3_000_000, "vnd"), (5_000_000, "vnd")]),
    # no 'từ' opens a rise: a total raised after another figure keeps its own unit
    ("Xã kết nạp 20 đảng viên, nâng tổng số lên 150 đảng viên.", [(20, "count"), (150, "count")]),
])
def test_the_first_level_of_a_rise_takes_the_unit_written_after_the_second(text: str, expected: list[tuple]) -> None:
    assert [(q["value"], q["unit"]) for q in run(text).quantities] == expected


def test_comrades_split_by_a_line_break_are_no_money() -> None:
    (q,) = run("Đảng bộ có 196 đồng\n           chí.").quantities  # text taken from a PDF
    assert (q["value"], q["unit"]) == (196, "count")


@pytest.mark.parametrize(("text", "units"), [
    # money named in the clause, or written in full earlier in the paragraph, makes a bare 'tỷ' or 'triệu' money
    ("Năm 2022, tổng doanh thu của xã đạt 45 tỷ, lợi nhuận 3,2 tỷ.", ["vnd", "vnd"]),
    ("Quỹ chi 12 triệu đồng cho hội nghị. Sửa trụ sở hết 90 triệu (đã quyết toán).", ["vnd", "vnd"]),
    ("Giá trị sản xuất gần 60 tỷ đồng, đến nay tăng lên 85 tỷ.", ["vnd", "vnd"]),
    # no money in sight: a bare amount stays a count; the lower part of a compound amount is not split off
    ("Toàn tỉnh có hơn 2 triệu đảng viên và quần chúng.", ["count"]),
    ("Dân số của vùng là 3 triệu.", ["count"]),
    ("Tổng kinh phí 4 tỷ 250 triệu đồng.", ["vnd"]),
])
def test_a_bare_amount_is_money_where_money_is_named(text: str, units: list[str]) -> None:
    assert [q["unit"] for q in run(text).quantities] == units


@pytest.mark.parametrize(("text", "units"), [
    ("Đơn vị tiết kiệm 5.200 lít xăng và 3 tấn gạo.", [(5200, "other"), (3, "ton")]),  # litres
    ("Mỗi người hiến 350ml máu; thu 90 triệu đồng trên 1 hec-ta.", [(350, "other"), (90_000_000, "vnd"), (1, "ha")]),
    ("Xuất khẩu đạt 2,5 triêu USD.", [(2_500_000, "other")]),  # 'triêu', a misspelling of 'triệu'
    ("Thu giữ 12m3 gỗ, 35 gam ma túy và trồng 40 héc ta rừng.", [(12, "other"), (35, "other"), (40, "ha")]),
    ("Cảng đạt 1.200 TEU; đường dây 110KV dài 8 km.", [(1200, "other"), (110, "other"), (8, "other")]),
    # a fleet's engine power in horsepower
    ("Xã có 45 tàu cá, tổng công suất 21.600 CV; tàu lớn nhất 800CV, tàu nhỏ 90 mã lực.",
     [(45, "count"), (21600, "other"), (800, "other"), (90, "other")]),
    # per mille, typed '%o' or written out, is no percentage
    ("Tỷ suất sinh là 15,2%o, giảm 0,8 phần nghìn; tỷ lệ đảng viên tăng 3%.",
     [(15.2, "other"), (0.8, "other"), (3, "percent")]),
    # a size's two sides, glued or spaced, share the unit after the second
    ("Cuốn sách khổ 14,5x20,5cm dày 250 trang; pano 40 x 60 cm treo ở 5 tuyến đường.",
     [(14.5, "other"), (20.5, "other"), (250, "count"), (40, "other"), (60, "other"), (5, "count")]),
])
def test_units_of_measure_and_their_spellings(text: str, units: list[tuple[float, str]]) -> None:
    assert [(q["value"], q["unit"]) for q in run(text).quantities] == units


def test_mixed_separators_follow_the_documents_convention() -> None:
    """'7.5 tấn/ha' can only be an English decimal point, so '52,300 tấn' is read the English way, and flagged."""
    result = run("Năm 2023, năng suất lúa đạt 7.5 tấn/ha, sản lượng 52,300 tấn.")
    assert result.document["number_style"] == "en"
    assert [(q["value"], q["ambiguous"]) for q in result.quantities] == [(7.5, False), (52300, True)]


@pytest.mark.parametrize(("text", "url", "province", "source"), [
    # a unit's political cell ('Chi bộ Chính trị') is no Politburo: the district's portal places the text
    ("Chiều 3/8, Chi bộ Chính trị của Ban Chỉ huy Quân sự huyện tổ chức Đại hội; Chi bộ Chính trị có 9 đảng viên.",
     "https://bachthong.gov.vn/dai-hoi-chi-bo", "bac-kan", "url"),
    # only a district names the place
    ("Huyện ủy Krông Pắc kết nạp 64 đảng viên trong năm 2022.", None, "dak-lak", "district"),
    # an apartment block's name is no province: the publisher places the text
    ("Phường có 8 chung cư (Chung cư Hòa Bình, Chung cư Phú Thọ); chi bộ chung cư kết nạp 3 đảng viên năm 2024.",
     "https://tphcm.dangcongsan.vn/tin/1", "ho-chi-minh", "url"),
    # the Youth Union named after President Hồ Chí Minh ('Đoàn TNCS HCM') is no city: the district places the text
    ("Đại hội Đoàn TNCS HCM huyện Krông Pắc lần thứ IX khai mạc; 120 đại biểu dự đại hội.", None, "dak-lak",
     "district"),
    # a ginseng named after a province is a product: the publisher places the text
    ("Đảng bộ xã vận động đảng viên trồng sâm Lai Châu dưới tán rừng; năm 2024 kết nạp 12 đảng viên.",
     "https://baodienbienphu.vn/tin-bai/1", "dien-bien", "url"),
    # a newspaper named after the city it is printed in ('Pháp Luật TP.HCM') is no place of the story
    ("Trả lời Pháp Luật TP.HCM, Trưởng ban Tổ chức Tỉnh ủy Bình Định cho biết năm 2016 chi bộ thôn kết nạp 2 đảng "
     "viên.", None, "binh-dinh", "text"),
    # a newspaper's city named once against a district named three times: the district's province
    ("Sau khi Người Lao Động TP.HCM phản ánh, Huyện ủy Krông Pắc kỷ luật 2 đảng viên; UBND huyện Krông Pắc thu hồi "
     "tiền và huyện Krông Pắc công khai kết quả.", None, "dak-lak", "district"),
    # a city's portal writes 'city' after the city's name
    ("Phường kết nạp 5 đảng viên trong năm 2021.", "https://portal.halongcity.gov.vn/tin/1", "quang-ninh", "url"),
    ("Khối kết nạp 9 đảng viên trong năm 2019.", "http://thbt.vn/tin-tuc/a-1.html", "ben-tre", "url"),
    # a district's radio and television station writes 'rt' after the district's name
    ("Đảng ủy xã kết nạp 4 đảng viên trong năm 2023.", "https://thangbinhrt.vn/truyen-thanh-co-so/a-1", "quang-nam",
     "url"),
    # a national emulation congress a district portal's text prepares for is no national body
    ("THI ĐUA YÊU NƯỚC\nHướng tới Đại hội Thi đua yêu nước toàn quốc lần thứ XI\nNgày 5-11, UBND tỉnh ban hành văn bản "
     "thực hiện Chỉ thị của Thủ tướng Chính phủ về phong trào thi đua chào mừng Đại hội Thi đua yêu nước toàn quốc; "
     "năm 2025 toàn quốc tổ chức 3 đợt thi đua.", "https://yenson.tuyenquang.gov.vn/vi/tin?id=1", "tuyen-quang", "url"),
    # two provinces named equally often, the publisher's one of them: a provincial paper's item, then its site's
    # teaser on the 2025 province the two were merged into
    ("Tỉnh ủy Bạc Liêu tổng kết năm 2023: toàn tỉnh kết nạp 800 đảng viên.\nNgày 1-7-2025, tỉnh Cà Mau mới chính "
     "thức hình thành, là kết quả của việc hợp nhất hai tỉnh Cà Mau và Bạc Liêu.", "https://baobaclieu.vn/chinh-tri/a-1",
     "bac-lieu", "text"),
    # a federation's provincial committee prepares its branches' congresses 'tiến tới Đại hội đại biểu toàn quốc'
    ("Thực hiện Hướng dẫn của Trung ương Hội về tổ chức Đại hội Hội các cấp tiến tới Đại hội đại biểu toàn quốc lần "
     "thứ VII. Căn cứ kế hoạch của Ủy ban Hội về việc tổ chức Đại hội Hội các cấp, các cơ sở Hội trong toàn tỉnh tiến "
     "hành đại hội theo đúng tinh thần hướng dẫn, bảo đảm dân chủ, đoàn kết, thiết thực và tiết kiệm, phát huy vai trò "
     "của hội viên, thanh niên trong các phong trào tình nguyện tại địa phương, tiến tới Đại hội đại biểu toàn quốc. "
     "Ủy ban Hội tỉnh Hà Nam hướng dẫn 04 nội dung.", "https://tinhdoanhanam.org.vn/van-ban/1.html", "ha-nam", "text"),
    # a national document cited by its author makes no national report; a video link's end is a venue
    ("Căn cứ Quy định số 45-QĐ/TW của Ban Chấp hành Trung ương Đảng, Huyện ủy Tân Châu (Tây Ninh) kết nạp 16 đảng "
     "viên năm 2012.", None, "tay-ninh", "text"),
    ("Ủy ban Kiểm tra Trung ương họp trực tuyến toàn quốc; lãnh đạo tỉnh dự tại điểm cầu Quảng Nam. Năm 2022, toàn "
     "quốc kỷ luật 300 đảng viên.", None, "unknown", None),
    # a province singled out after the whole country is the one the text is about
    ("Việc kết nạp chủ doanh nghiệp vào Đảng ở cả nước nói chung, Bắc Ninh nói riêng còn khó. Ban Chấp hành Trung "
     "ương, Ban Bí thư, Bộ Chính trị và Ủy ban Kiểm tra Trung ương đã có nhiều chỉ đạo; toàn Đảng đã thực hiện.",
     None, "bac-ninh", "text"),
    # the national body's report relayed by a city's radio, whose name heads the page, is national
    ("Đài tiếng nói nhân dân TPHCM\n\n(VOH) - Theo báo cáo của Ủy ban Kiểm tra Trung ương, năm 2019 cấp ủy các cấp đã "
     "kiểm tra 60.000 tổ chức đảng. Ủy ban Kiểm tra Trung ương đã giám sát 40 tổ chức đảng.", "https://voh.com.vn/a.html",
     "unknown", None),
    # national bodies named far more often than the province a disciplined member led
    ("Từ đầu nhiệm kỳ, 3 Ủy viên Trung ương Đảng bị kỷ luật. Ban Chấp hành Trung ương khai trừ ra khỏi Đảng ông A, "
     "nguyên Bí thư Tỉnh ủy Bình Dương. Bộ Chính trị cảnh cáo ông B. Ủy ban Kiểm tra Trung ương đề nghị kỷ luật ông C.",
     None, "unknown", None),
    ("Ủy ban Kiểm tra T.Ư đã họp kỳ thứ 6 và đề nghị Ban Bí thư khai trừ Đảng ông A. Ủy ban Kiểm tra T.Ư cũng cảnh "
     "cáo ông B, Phó Chủ tịch UBND thành phố Hải Phòng.", None, "unknown", None),
    # a title naming two provinces' committees a central body acts on is no local body's own story
    ("Đề nghị xem xét, thi hành kỷ luật Ban Thường vụ Tỉnh ủy Lạng Sơn, Kon Tum\n\nTrong các ngày 10 và 11/9, tại Hà "
     "Nội, Ủy ban Kiểm tra Trung ương đã họp kỳ thứ 9. Đồng chí A, Chủ nhiệm Ủy ban Kiểm tra Trung ương chủ trì kỳ "
     "họp. Ủy ban Kiểm tra Trung ương đề nghị Bộ Chính trị xem xét, thi hành kỷ luật Ban Thường vụ Tỉnh ủy Lạng Sơn "
     "nhiệm kỳ 2015 - 2020.", None, "unknown", None),
    # a title on a unit's congress is its own story, whatever central directives the text cites
    ("ĐẠI HỘI ĐẢNG BỘ BỆNH VIỆN ĐA KHOA ĐÀ NẴNG LẦN THỨ III\n\nThực hiện Chỉ thị của Bộ Chính trị về Đại hội đảng bộ "
     "các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và kế hoạch triển khai Chỉ thị của Bộ Chính "
     "trị về Đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, cùng các hướng dẫn "
     "của Ban Thường vụ Đảng ủy khối và kế hoạch của Ban Thường vụ Đảng ủy Bệnh viện về việc tổ chức đại hội chi bộ "
     "trực thuộc, Đảng bộ Bệnh viện tổ chức Đại hội.\n\nBệnh viện Đa khoa Đà Nẵng có 120 đảng viên.", None, "da-nang",
     "text"),
    # a title naming people by their offices in provinces' committees is no committee's own story
    ("3 nguyên Bí thư Tỉnh ủy bị khai trừ ra khỏi Đảng\n\nBan Chấp hành Trung ương Đảng khai trừ ra khỏi Đảng 3 nguyên "
     "Bí thư Tỉnh ủy là các ông A, B và C. Ủy ban Kiểm tra Trung ương đã đề nghị kỷ luật các ông.",
     "https://nghean24h.vn/tag/a", "unknown", None),
    # … while provinces merging into one are one story
    ("Kết thúc hoạt động của Đảng bộ tỉnh Hà Nam, Nam Định, Ninh Bình\n\nBan Tổ chức Trung ương đề nghị Ban Thường vụ "
     "Tỉnh ủy 3 tỉnh hoàn thiện thủ tục; Bộ Chính trị chỉ định Ban Chấp hành Đảng bộ tỉnh Ninh Bình mới.", None,
     "ninh-binh", "text"),
    # a province's former capital city still places a ward formed from it, a ward named like a province does not
    ("Phường Tân Hòa được thành lập trên cơ sở hợp nhất 3 phường: Thái Bình, Hữu Nghị, Tân Hòa (thành phố Hoà Bình "
     "cũ). Sau khi chuyển giao tổ chức Đảng từ thành phố Hoà Bình cũ, Đảng ủy phường kết nạp 5 đảng viên.", None,
     "hoa-binh", "text"),
    # a local body's own story on carrying out national directives is local (the publisher places it)
    ("Đảng ủy Quân sự tỉnh quán triệt chỉ thị về đại hội\n\nNgày 18-11, Đảng ủy Quân sự tỉnh quán triệt Chỉ thị của Bộ "
     "Chính trị, Thường vụ Quân ủy Trung ương về đại hội đảng bộ các cấp; Quân ủy Trung ương yêu cầu kết nạp 5 đảng "
     "viên.", "http://baoninhthuan.com.vn/news/1p2c3/a.htm", "ninh-thuan", "url"),
    # two provinces in the lede, one of them the home of the district named: that province's story
    ("Ông A, nguyên Bí thư Đảng ủy xã Sín Thầu, huyện Mường Nhé (Điện Biên), gọi cho tôi ở Hà Nội. Cả nước biết "
     "đến xã; năm 2023 chi bộ xã kết nạp 5 đảng viên.", None, "dien-bien", "district"),
    # the publisher's address in the page's footer places no story
    ("Phụ nữ dân tộc thiểu số vào Đảng\n\nNăm 2023, nhiều chị em vùng cao được kết nạp Đảng.\n\nBAN DÂN TỘC\nĐịa chỉ: "
     "58 Quán Sứ - Hoàn Kiếm - Hà Nội", None, "unknown", None),
    # two provinces in the lede, but the text names one far more often: that province's story
    ("Sáng 1/10, Đại hội Đảng bộ tỉnh Ninh Bình khai mạc. Ông A, Bí thư Tỉnh ủy Phú Thọ, được Bộ Chính trị chỉ định "
     "giữ chức Bí thư Tỉnh ủy Ninh Bình. Đại hội thảo luận các văn kiện, đánh giá kết quả thực hiện nghị quyết nhiệm "
     "kỳ qua, xác định phương hướng, mục tiêu, nhiệm vụ và các giải pháp cho nhiệm kỳ mới, bầu Ban Chấp hành Đảng bộ "
     "khóa mới và đoàn đại biểu dự đại hội toàn quốc, với tinh thần đoàn kết, dân chủ, kỷ cương, đổi mới, sáng "
     "tạo và phát triển.\n\nNăm 2025, Ninh Bình kết nạp 3.000 đảng viên; Đảng bộ Ninh "
     "Bình có 240.000 đảng viên; Ninh Bình có 900 tổ chức cơ sở đảng.", None, "ninh-binh", "text"),
    # after the 2025 merger, a province marked former is the story's past, not its place
    ("Ban Thường vụ Tỉnh ủy Bắc Ninh họp thường kỳ tháng 8/2025 và kỷ luật ông A, nguyên Chủ tịch UBND tỉnh Bắc Giang "
     "(cũ), cùng 2 đảng viên nguyên là cán bộ tỉnh Bắc Giang (cũ).", None, "bac-ninh", "text"),
    # a central leader's visit to a province is the host's story, whatever national bodies come along
    ("Ngày 8-12-2012, đồng chí A, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, đến thăm và làm việc tại Cao Bằng. "
     "Cùng đi có đồng chí B, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương. Trong năm, tỉnh đã kết nạp 2.000 đảng viên.",
     None, "cao-bang", "text"),
    # a central team meeting a province's side ('Về phía tỉnh …'): the host's story too
    ("Sáng 3-3, Đoàn kiểm tra của Bộ Chính trị làm việc. Dự hội nghị, phía đoàn có đồng chí A, Ủy viên Trung ương "
     "Đảng, Phó Trưởng ban Tổ chức Trung ương; đồng chí B, Ủy viên Ủy ban Kiểm tra Trung ương. Về phía tỉnh Cao Bằng "
     "có đồng chí C, Bí thư Tỉnh ủy. Đoàn làm việc theo kế hoạch của Ban Bí thư và Ban Chấp hành Trung ương.",
     None, "cao-bang", "text"),
    # central guests listed at a local ceremony, on the province's paper
    ("Sáng 30/6, tỉnh tổ chức lễ công bố nghị quyết thành lập tỉnh Gia Lai mới trên cơ sở hợp nhất tỉnh Gia Lai và "
     "tỉnh Bình Định. Dự lễ về phía Trung ương có các đồng chí: A, Trưởng ban Tuyên giáo và Dân vận Trung ương; B, "
     "Phó Trưởng ban Tổ chức Trung ương; C, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương; D, Ban Nội chính Trung ương.",
     "https://baogialai.com.vn/le-cong-bo.html", "gia-lai", "text"),
    # a central leader who, on behalf of the Politburo, attends and directs a province's congress: the province's
    # story, though the leader's own office names another province
    ("Ngày 17-10, ông A, Bí thư Trung ương Đảng, Bí thư Thành ủy Hà Nội, thay mặt Bộ Chính trị, Ban Bí thư dự và chỉ "
     "đạo Đại hội Đảng bộ tỉnh Phú Thọ lần thứ I. Ông A, Bí thư Thành ủy Hà Nội, phát biểu. Đại hội Đảng bộ tỉnh Phú "
     "Thọ bầu Ban Chấp hành. Nhiệm kỳ qua, Đảng bộ tỉnh Phú Thọ kết nạp 15.000 đảng viên.", None, "phu-tho", "text"),
    # a central Party department's conference, followed at a province's bridge point
    ("Chiều 30/12, Ban Nội chính Trung ương tổ chức hội nghị trực tuyến tổng kết năm 2024. Ban Nội chính Trung ương "
     "cho biết năm 2024 đã xử lý kỷ luật 500 đảng viên. Dự tại điểm cầu Gia Lai có lãnh đạo tỉnh.",
     "https://baogialai.com.vn/a.html", "unknown", None),
    # a list of many provinces, none in particular, covers the country
    ("Năm 2010, các đảng bộ Hà Giang, Cao Bằng, Lạng Sơn, Thái Bình, Nam Định, Quảng Bình, Quảng Trị, Phú Yên, Bình "
     "Định, Cà Mau và Bạc Liêu kết nạp nhiều đảng viên hơn năm 2009.", None, "unknown", None),
    # a district named like another province is that district; a bare name in the heading of the publisher's story
    # on that district is too
    ("Đảng bộ huyện Quảng Ninh kết nạp 12 đảng viên năm 2016.", None, "quang-binh", "district"),
    ("Quảng Ninh: kết nạp 12 đảng viên\nNăm 2016, huyện Quảng Ninh kết nạp 12 đảng viên. Huyện ủy Quảng Ninh biểu "
     "dương 5 chi bộ.", "http://baoquangbinh.vn/chinh-tri/201612/a-1/", "quang-binh", "district"),
    # a national body's conference held in a city is still national
    ("Hội nghị của Ủy ban Kiểm tra (UBKT) Trung ương tổ chức tại Hà Nội. Năm 2022, Ủy ban Kiểm tra Trung ương cho "
     "biết toàn Đảng kỷ luật 300 đảng viên.", None, "unknown", None),
    ("Thị ủy Sa Pa tổ chức hội nghị tổng kết năm 2022.", None, "lao-cai", "district"),
    # a district name several provinces share: the publisher decides
    ("Đảng bộ huyện Châu Thành kết nạp 51 đảng viên năm 2022.", "https://baotayninh.vn/chinh-tri/a-1.html",
     "tay-ninh", "district"),
    # only the publisher names the place: a provincial newspaper, a portal's subdomain
    ("Toàn tỉnh kết nạp 1.020 đảng viên trong năm 2022.", "https://baolamdong.vn/chinh-tri/202212/a-1/",
     "lam-dong", "url"),
    ("Đảng bộ xã kết nạp 9 đảng viên trong năm 2022.", "https://vinhlinh.quangtri.gov.vn/chi-tiet/a/1/1", "quang-tri",
     "url"),
    ("Đảng ủy phường kết nạp 11 đảng viên trong năm 2025.", "https://huengaynay.vn/xay-dung-dang/a-1.html", "hue",
     "url"),
    # … a host naming a commune, then its district ('andienbencat': xã An Điền, thị xã Bến Cát)
    ("Hội đồng nhân dân xã có 29 đại biểu; Đảng ủy xã kết nạp 4 đảng viên.", "https://andienbencat.gov.vn/hdnd",
     "binh-duong", "url"),
    # … a national site's section named after a province
    ("Đảng ủy khối kết nạp 120 đoàn viên ưu tú trong năm 2017.",
     "http://dangcongsan.vn/bac-lieu-doi-moi-va-phat-trien/ket-nap-120-doan-vien-468552.html", "bac-lieu", "url"),
    ("Tỉnh ủy tổ chức hội nghị học tập nghị quyết với 900 đại biểu.",
     "https://vietnam.vn/ninhthuan/tag/hoi-nghi-900-dai-bieu", "ninh-thuan", "url"),
    # … a commune's portal whose own name holds another province's ('binhphuocxuan' under angiang): the broadest
    # unit of the host decides
    ("Xã tổ chức ngày hội đại đoàn kết với 300 hộ dân tham gia.", "https://binhphuocxuan.chomoi.angiang.gov.vn/tin",
     "an-giang", "url"),
    # a provincial broadcaster known by its initials (publishers.csv)
    ("Đảng bộ doanh nghiệp tư nhân kết nạp 12 đảng viên trong năm 2019.", "http://m.btv.org.vn/tin-tuc/a-1.html",
     "binh-duong", "url"),
    # a central body acting on several provinces' bodies, each named as often as the others: none is the story's
    ("Ngày 6/5, Ủy ban Kiểm tra Trung ương họp kỳ thứ 41, xem xét đề nghị kỷ luật đảng viên tại các Đảng bộ Bắc Giang, "
     "Bắc Ninh, Gia Lai. Ban Thường vụ Tỉnh ủy Bắc Giang, Tỉnh ủy Bắc Ninh và Tỉnh ủy Gia Lai bị phê bình; ông A, "
     "nguyên Bí thư Huyện ủy Lạng Giang, bị cảnh cáo.", None, "unknown", None),
    # a hamlet named like a province is that hamlet
    ("Ngày hội đại đoàn kết tại ấp Bình Phước thu hút 300 hộ. Ấp Bình Phước có 280 hộ đạt gia đình văn hóa.", None,
     "unknown", None),
    # … a portal's subdomain naming the province by its former name
    ("Đảng ủy xã kết nạp 6 đảng viên trong năm 2023.", "https://quangphu.thuathienhue.gov.vn/?cn=85", "hue", "url"),
    # a provincial body's portal named with a short province name
    ("Đảng ủy phường kết nạp 6 đảng viên trong năm 2025.", "https://thanhuyhue.vn/hoat-dong/a-1.html", "hue", "url"),
    # a provincial outlet whose name holds no province, and a district's portal
    ("Đảng bộ khối kết nạp 14 đảng viên trong năm 2016.", "https://baoanhdatmui.vn/a-1.html", "ca-mau", "url"),
    ("Đảng ủy cơ quan kết nạp 3 đảng viên trong năm 2019.", "https://ttthlak.gov.vn/tin/a-1", "dak-lak", "url"),
    # a district office's host: its word, then the district's name
    ("Chi bộ cơ quan kết nạp 2 đảng viên trong năm 2020.", "https://pgdbavi.edu.vn/tin/1", "ha-noi", "url"),
    ("Chi bộ cơ quan kết nạp 2 đảng viên trong năm 2020.", "https://pgdchauthanh.edu.vn/tin/1", "unknown", None),
    ("Chi đoàn giới thiệu 3 đoàn viên ưu tú để chi bộ kết nạp năm 2020.", "https://tuoitrebavi.vn/tin/1", "ha-noi",
     "url"),
    # a school's site under a district education office's host ('<district>edu.vn')
    ("Chi bộ trường tổ chức lễ kết nạp 2 đảng viên năm 2021.", "https://mnabc.thanhoaiedu.vn/tin/le-ket-nap-1.html",
     "ha-noi", "url"),
    # a school's site under a city's education domain
    ("Chi bộ trường dự hội nghị tổng kết của Đảng bộ phường năm 2020.", "https://mnabc.hcm.edu.vn/chi-bo/ct/1/2",
     "ho-chi-minh", "url"),
    # a university's or a company's own site, under any of its faculties' hosts
    ("Chi bộ khoa tổ chức lễ kết nạp 2 đảng viên năm 2018.", "https://see.vimaru.edu.vn/tin/1", "hai-phong", "url"),
    ("Chi bộ khoa tổ chức đại hội nhiệm kỳ 2022 - 2025.", "https://khoa.hdu.edu.vn/tin-1", "thanh-hoa", "url"),
    ("Đảng ủy Công ty kết nạp 5 đảng viên năm 2023.", "https://mongduongcoal.vn/tin/1", "quang-ninh", "url"),
    # a host named after a district only one province holds; a district name several provinces share says nothing
    ("Đảng ủy phường kết nạp 4 đảng viên trong năm 2019.", "https://dienban.gov.vn/Default.aspx?tabid=1", "quang-nam",
     "url"),
    ("Đảng ủy phường kết nạp 4 đảng viên trong năm 2019.", "https://chauthanh.gov.vn/tin/a-1", "unknown", None),
    # after the 2025 merger: a new commune named after an old district of a province merged into the one named
    ("Đảng ủy xã Vĩnh Tường tổng kết năm 2025, kết nạp 5 đảng viên.", "https://baophutho.vn/xa-a-1.html",
     "vinh-phuc", "commune"),
    ("Phường Kinh Môn, thành phố Hải Phòng kết nạp 12 đảng viên trong năm 2025.", None, "hai-duong", "commune"),
    # … or any commune of the 2025 map, through the parts it was made of; one made of the named province's own
    # wards stays there
    ("Đảng bộ xã Toàn Thắng (tỉnh Phú Thọ) tổ chức đại hội. Đảng bộ xã Toàn Thắng kết nạp 20 đảng viên.", None,
     "hoa-binh", "commune"),
    ("Đảng ủy phường Chánh Phú Hòa, Thành phố Hồ Chí Minh kết nạp 8 đảng viên trong năm 2025.", None, "binh-duong",
     "commune"),
    # … also when the province's leaders are named more often than the commune, if the headline names the commune
    ("Đại hội Đảng bộ xã Toàn Thắng (Phú Thọ)\n\nBí thư Tỉnh ủy Phú Thọ dự đại hội. Lãnh đạo tỉnh Phú Thọ tặng hoa. "
     "Năm 2025, Đảng bộ xã kết nạp 20 đảng viên.", None, "hoa-binh", "commune"),
    ("Đảng ủy phường Bến Thành, Thành phố Hồ Chí Minh kết nạp 8 đảng viên trong năm 2025.", None, "ho-chi-minh",
     "text"),
    # … or if the lede locates the commune by the province in brackets right after its name
    ("Sáng 9-8, Đảng bộ xã Toàn Thắng (Phú Thọ) tổ chức Đại hội lần thứ I. Dự có Phó Bí thư Tỉnh ủy Phú Thọ. Lãnh "
     "đạo tỉnh Phú Thọ tặng hoa. Năm 2025, Đảng bộ xã kết nạp 20 đảng viên.", None, "hoa-binh", "commune"),
    # … whose prefix names its kind: the old wards a new one was made of are no 'xã' of the 2025 map so named
    ("Sáng 17-8, Đảng bộ phường An Khê (tỉnh Gia Lai) tổ chức Đại hội lần thứ I. Phường An Khê được thành lập trên cơ "
     "sở các phường Ngô Mây, Tây Sơn. Năm 2025, Đảng bộ phường kết nạp 9 đảng viên.", None, "gia-lai", "text"),
    # … also abbreviated ('P.Hội An'), but not when the text lists the named province's own wards as well
    ("Sáng 21.7, Đảng bộ P.Hội An (TP.Đà Nẵng) tổ chức Đại hội lần thứ I. Lãnh đạo TP.Đà Nẵng dự. Năm 2025, Đảng bộ "
     "phường kết nạp 7 đảng viên.", None, "quang-nam", "commune"),
    ("Tỉnh ủy Cà Mau lập tổ công tác phụ trách các Đảng bộ phường An Xuyên, phường Bạc Liêu, phường Lý Văn Lâm năm "
     "2025.", None, "ca-mau", "text"),
    # … but not the commune that houses the province's offices
    ("Sau khi hợp nhất tỉnh Gia Lai và tỉnh Bình Định, tỉnh Gia Lai mới đặt trụ sở tại phường Quy Nhơn. Tỉnh ủy đã "
     "kết nạp 900 đảng viên trong năm 2025.", None, "gia-lai", "text"),
    # … nor a text of before the merger, nor a commune whose name goes on ('xã Phú Thành A')
    ("Năm 2020, Đảng bộ xã Phú Thành (tỉnh Đồng Tháp) tổ chức đại hội, kết nạp 9 đảng viên.", None, "dong-thap",
     "text"),
    ("Đảng bộ xã Phú Thành A (tỉnh Đồng Tháp) tổ chức đại hội, kết nạp 9 đảng viên.", None, "dong-thap", "text"),
    # a text naming an old province keeps it, whatever its communes became
    ("Năm 2023, Đảng bộ tỉnh Bình Dương kết nạp 900 đảng viên; xã Tân Định kết nạp 12 đảng viên.", None,
     "binh-duong", "text"),
    # 'toàn Đảng bộ' is the whole local organisation, not the whole Party
    ("Theo Đảng ủy Khối các cơ quan tỉnh, toàn Đảng bộ kết nạp 1.020 đảng viên; toàn Đảng bộ đạt chỉ tiêu.",
     "https://baodongthap.vn/xay-dung-dang/a-1.aspx", "dong-thap", "url"),
    # a province's name ending a person's name is no mention
    ("Chủ trì hội nghị có đồng chí Đỗ Thị Thu Huế, Ủy viên Ban Thường vụ Thành ủy Phủ Lý.",
     "https://phuly.hanam.gov.vn/Pages/a-1.aspx", "ha-nam", "district"),
    # … and so is a byline's ('Tin, ảnh: Hà Huế'): the portal's province holds
    ("Huyện Lâm Bình hoàn thành đại hội chi bộ. Đã có 150 chi bộ tổ chức đại hội.\n\nTin, ảnh: Hà Huế",
     "https://lambinh.tuyenquang.gov.vn/tin-tuc/a-1", "tuyen-quang", "district"),
    # the army's central commission and the Central Committee's members are national, whatever outlet reports them
    ("Tại kỳ họp, Ủy ban Kiểm tra Quân ủy Trung ương đề nghị Thường vụ Quân ủy Trung ương thi hành kỷ luật 9 trường "
     "hợp.", "http://thainguyentv.vn/ky-hop-1.html", "unknown", None),
    # an event a central body holds in the capital, told by a provincial outlet, is national
    ("Ngày 9-10, tại Hà Nội, Đảng ủy Khối Doanh nghiệp T.Ư tổ chức hội nghị sơ kết công tác kiểm tra, giám sát năm "
     "2024.", "https://baolangson.vn/chinh-tri/a-1.html", "unknown", None),
    ("Sáng 3-6, tại Thủ đô Hà Nội, Đảng bộ Tổng công ty Đường sắt Việt Nam tổ chức đại hội lần thứ V.",
     "https://baohungyen.vn/tin/a-2.html", "unknown", None),
    # … but not a province's own body holding it there
    ("Ngày 9-10, tại Hà Nội, Tỉnh ủy Lạng Sơn tổ chức hội nghị xúc tiến đầu tư của Trung ương và tỉnh năm 2024.",
     "https://baolangson.vn/chinh-tri/a-3.html", "lang-son", "url"),
    # a province's name once (here two hamlets listed) against a district of the publisher's own province as often:
    # the publisher and its district agree
    ("Đảng bộ xã thuộc huyện Phú Lương kết nạp 12 đảng viên năm 2020.\n\nHà Nam, Tân Tiến là hai xóm có chi bộ riêng.",
     "https://thainguyentv.vn/tin/a-4.html", "thai-nguyen", "district"),
    # a report on the whole Party belongs to no province
    ("Ủy ban Kiểm tra Trung ương cho biết 6 tháng đầu năm 2023 toàn Đảng thi hành kỷ luật 1.240 đảng viên.",
     "https://baolamdong.vn/chinh-tri/202307/a-2/", "unknown", None),
    # a central Party organisation meeting at a venue in the capital
    ("Sáng 5/10, tại Trung tâm Hội nghị Quốc gia (Hà Nội), Đại hội Đảng bộ Quốc hội khai mạc. Đảng bộ Quốc hội "
     "có 1.200 đảng viên; trong nhiệm kỳ, Đảng ủy Quốc hội kết nạp 95 đảng viên.", None, "unknown", None),
    # 'TX' is a thị xã; a district merged away before today's map still names its province
    ("Năm 2016, Chi bộ Điện lực TX Cửa Lò kết nạp 2 đảng viên.", None, "nghe-an", "district"),
    ("Năm 2017, Huyện ủy Hoành Bồ kết nạp 85 đảng viên.", None, "quang-ninh", "district"),
    # a ward of the 2025 map in a province no merger formed; the prefix's kind tells two communes of one name apart
    ("Năm 2025, Đảng ủy phường Ba Đình kết nạp 14 đảng viên.", None, "ha-noi", "commune"),
    ("Năm 2025, Đảng ủy xã Ba Đình kết nạp 9 đảng viên.", None, "thanh-hoa", "commune"),
    # an illustration's caption names no province of the text; two provinces named as often are neither the text's,
    # unless both were merged into one 2025 province
    ("Lãnh đạo tỉnh Thừa Thiên Huế tiếp công dân (Ảnh minh họa)\nNăm 2022, cả nước tiếp nhận 900 đơn.", None,
     "unknown", None),
    ("Năm 2012, Hà Nội đã kết nạp 3 chủ doanh nghiệp tư nhân, Hải Phòng kết nạp 4.", None, "unknown", None),
    ("Năm 2025, thực hiện hợp nhất 3 Đảng bộ TPHCM, Bà Rịa - Vũng Tàu và Bình Dương, UBKT kiểm tra 9 đảng viên.",
     None, "ho-chi-minh", "text"),
    # a national outlet's headline slug opening on a province names it; a slug listing provinces names none
    ("Trong quý I, thành phố tiếp 1.200 lượt công dân.", "https://thanhtra.com.vn/a/Da-Nang-tiep-1200-luot-1.html",
     "da-nang", "url"),
    ("Bốn địa phương kỷ luật 900 đảng viên.", "https://tintuc.vn/ha-noi-quang-binh-hau-giang-ky-luat-900.html",
     "unknown", None),
    # a commune's portal under a merged province names the old province the commune came from
    ("Năm 2026, Đảng ủy xã công bố quyết định giám sát chi bộ.", "https://bacquang.tuyenquang.gov.vn/vi/tin-bai/a-1",
     "ha-giang", "url"),
    ("Năm 2026, Đảng ủy xã công bố quyết định giám sát chi bộ.", "https://tuyenquang.gov.vn/vi/tin-bai/a-1",
     "tuyen-quang", "url"),
    # … but a portal named after one of the province's own old districts is that district's
    ("Đảng ủy xã công bố quyết định giám sát chi bộ.", "https://chauthanh.angiang.gov.vn/vi/tin-bai/a-1", "an-giang",
     "url"),
    # a province named only as a meeting's venue is not the text's; named otherwise too, it is
    ("Hội nghị của Đảng ủy Tập đoàn diễn ra tại Hà Nội. Năm 2016, Đảng ủy Tập đoàn kết nạp 20 đảng viên.", None,
     "unknown", None),
    ("Hội nghị diễn ra tại Hà Nội. Năm 2016, Thành ủy Hà Nội kết nạp 20 đảng viên.", None, "ha-noi", "text"),
    # a date after a kind word in an address is no numbered district ('thanh-pho-6-12' is not Quận 6)
    ("Năm 2016, Đảng ủy Tập đoàn kết nạp 20 đảng viên.", "https://x.vn/gap-mat-cac-tinh-thanh-pho-6-12-19814.aspx",
     "unknown", None),
    # a new ward located by its province after a comma in the lede is the story's place, however often the city's
    # leaders who came are named
    ("Ngày 20-8, Đảng bộ phường Long Hương, TPHCM tổ chức Đại hội lần thứ I, nhiệm kỳ 2025 - 2030. Dự có lãnh đạo "
     "Thành ủy TPHCM, HĐND TPHCM và UBND TPHCM.", None, "ba-ria-vung-tau", "commune"),
    # a person's home address names neither the text's province nor its district; a body named after its province is
    # no address
    ("Năm 2021, chi bộ kết nạp quần chúng Lê Văn Hùng; quê quán: Xã Diễn Hải, Huyện Diễn Châu, Tỉnh Nghệ An.",
     "https://vpubnd.kontum.gov.vn/tin/a-1", "kon-tum", "url"),
    ("Năm 2021, chi bộ kết nạp đồng chí Hùng, quê quán Hà Tĩnh, Đảng bộ tỉnh Quảng Bình tổ chức lễ.", None,
     "quang-binh", "text"),
    # the cell secretaries' monthly meeting ('giao ban Bí thư các chi bộ') is no Secretariat ('Ban Bí thư')
    ("Chiều 3/11, Đảng ủy xã tổ chức hội nghị giao ban Bí thư các chi bộ. Hội nghị giao ban Bí thư thống nhất.",
     "https://tiengiang.gov.vn/tin/a-1", "tien-giang", "url"),
])
def test_province_resolution(text: str, url: str | None, province: str, source: str | None) -> None:
    doc = run(text, url).document
    assert (doc["province"], doc["province_source"]) == (province, source)


@pytest.mark.parametrize(("text", "url", "published", "expected"), [
    # the URL dates an article whose text gives no date
    ("Toàn tỉnh kết nạp 1.020 đảng viên.", "https://baolamdong.vn/chinh-tri/202305/a-1/", None,
     ("2023-05", "url", 2023)),
    ("Toàn tỉnh kết nạp 88 đảng viên.", "https://example.vn/tin-tuc/ket-nap-20141220093000.htm", None,
     ("2014-12", "url", 2014)),
    ("Huyện ủy kết nạp 35 đảng viên.", "https://example.dcs.vn/tinhuy/pages/2022-6-9/ket-nap-a1.aspx", None,
     ("2022-06", "url", 2022)),
    # a section's number that reads as a month before the web is no date
    ("Năm 2020, huyện ủy kết nạp 35 đảng viên.", "https://example.vn/249/194901/Huyen-san-sang-Dai-hoi.aspx", None,
     (None, None, 2020)),
    # an article id holding a site code and the time of publication (yyMMddHHmmss), then a counter
    ("Thành ủy kết nạp 41 đảng viên.", "https://example.vn/thanh-uy-ket-nap-41-dang-vien-196230512083015421.htm",
     None, ("2023-05", "url", 2023)),
    ("Thành ủy kết nạp 41 đảng viên.", "https://example.vn/thanh-uy-ket-nap-41-dang-vien-18823051208301542.chn",
     None, ("2023-05", "url", 2023)),
    # 'so với cùng kỳ năm 2018' alone: the report is of 2019
    ("Toàn tỉnh kết nạp 120 đảng viên, tăng 10 đảng viên so với cùng kỳ năm 2018.", None, None,
     (None, None, 2019)),
    # … also when a plan's stage ends in another year ('giai đoạn 2021-2025')
    ("Sáu tháng đầu năm, giá trị sản xuất tăng 9,7% so với cùng kỳ năm 2023. Thị xã kết nạp 50 đảng viên, thực "
     "hiện các chương trình giai đoạn 2021-2025.", None, None, (None, None, 2024)),
    # a term that starts when the article appears is a plan, not the report's period
    ("Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030 thông qua mục tiêu kết nạp 9.000 đảng viên.", None, "2025-10-02",
     ("2025-10-02", "sidecar", 2025)),
    # a goal's horizon is not the report's year
    ("Năm 2023, toàn tỉnh kết nạp 700 đảng viên, thực hiện Nghị quyết về phát triển đến năm 2030.", None, None,
     (None, None, 2023)),
    # 'năm qua' in a January review is the year before; in August it is the same year; '5 năm qua' is no year
    ("Năm qua, huyện kết nạp 208 đảng viên.", None, "2019-01-05", ("2019-01-05", "sidecar", 2018)),
    ("Năm qua, huyện kết nạp 208 đảng viên.", None, "2019-08-10", ("2019-08-10", "sidecar", 2019)),
    ("Trong 5 năm qua, huyện kết nạp 208 đảng viên.", None, "2019-01-05", ("2019-01-05", "sidecar", 2019)),
    ("Ba năm qua, huyện kết nạp 208 đảng viên.", None, "2019-01-05", ("2019-01-05", "sidecar", 2019)),
    # 'hơn một năm qua' is more than a year up to now, not the year before
    ("Hơn một năm qua, lực lượng biên phòng giúp dân chống dịch.", None, "2021-03-03", ("2021-03-03", "sidecar", 2021)),
    # a term the sentence plans for is not the report's period
    ("Năm 2019, toàn tỉnh kỷ luật 204 đảng viên. Các cấp sẽ thực hiện chương trình kiểm tra năm 2020 và nhiệm kỳ "
     "2020-2025.", None, None, (None, None, 2019)),
    # the term of a congress being prepared is not the report's year
    ("Các địa phương đang chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025-2030. Sáu tháng đầu năm 2025, toàn tỉnh kỷ "
     "luật 20 đảng viên.", None, None, (None, None, 2025)),
    # a founding date near the top ('3-2-1930') is no dateline
    ("Kỷ niệm 96 năm thành lập Đảng (3-2-1930 – 3-2-2026)\nĐảng ủy phường kết nạp 9 đảng viên.", None, None,
     ("2026-02-03", "text", 2026)),
    # a date inside a sentence is no period; a period years before the publication is history
    ("Ngày 12 tháng 5, huyện ủy kết nạp 9 đảng viên.", None, "2023-05-14", ("2023-05-14", "sidecar", 2023)),
    ("Tháng 3/2012, Đảng bộ xã có 150 đảng viên; nay Đảng bộ kết nạp thêm 9 đảng viên.", None, "2023-05-14",
     ("2023-05-14", "sidecar", 2023)),
    ("Việc kiểm tra được chỉ đạo từ năm 2005. Đảng ủy xã kỷ luật 3 đảng viên.", None, "2017-03-02",
     ("2017-03-02", "sidecar", 2017)),
    # a scraper's stamp line dates the article, not a resolution's date later on the same line
    ("date 2021-03 Sáng 4/3, hội nghị quán triệt Nghị quyết số 05-NQ/TU ngày 9/11/2020 cho biết toàn tỉnh kết nạp "
     "96 đảng viên.", None, None, ("2021-03", "text", 2021)),
    # a congress dates its report by the first year of its term; a resolution's term being carried out does not
    ("Đại hội Đảng bộ xã lần thứ XII, nhiệm kỳ 2020 - 2025 đề ra mục tiêu kết nạp 40 đảng viên.", None, None,
     (None, None, 2020)),
    ("Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ huyện, nhiệm kỳ 2020 - 2025: huyện kết nạp 310 "
     "đảng viên.", None, None, (None, None, 2025)),
    # the year to date is of the publication year, not of a year named for comparison
    ("Từ đầu năm đến ngày 10.8, huyện kết nạp 92 đảng viên. Năm 2022, huyện kết nạp 120 đảng viên.", None,
     "2023-08-12", ("2023-08-12", "sidecar", 2023)),
    # the page's today above the title and the article's date below it: the earlier is the article's
    ("Thứ Tư, 16/10/2024 21:19\nHuyện kết nạp 12 đảng viên mới trong năm 2019\nThứ Ba, 20/08/2019 06:00\n\nHuyện "
     "kết nạp 12 đảng viên.", None, None, ("2019-08-20", "text", 2019)),
    # without a dateline, the full date of the event the first line reports
    ("Thực hiện kế hoạch, chiều ngày 14/12/2022, Chi bộ trường tiểu học tổ chức lễ kết nạp đảng cho ba quần chúng "
     "ưu tú của nhà trường.", None, None, ("2022-12-14", "text", 2022)),
    # a meeting's dates date an undated communiqué; a cited document's date does not
    ("Ủy ban Kiểm tra Trung ương họp từ ngày 14 đến ngày 23/3/2011 và xem xét thi hành kỷ luật 6 đảng viên.", None,
     None, (None, None, 2011)),
    ("Thực hiện Nghị quyết số 14-NQ/TW, ngày 30/7/2007 của Ban Chấp hành Trung ương, huyện kết nạp 40 đảng viên.",
     None, None, (None, None, None)),
    ("Thị ủy thực hiện Quy định 76 - QĐ/TW ngày 15/6/2000 của Bộ Chính trị, giới thiệu đảng viên về nơi cư trú.",
     None, None, (None, None, None)),
    # an age band given by birth years dates people, not the text
    ("Đoàn có 30 đại biểu. Ở độ tuổi 50-60 (sinh từ năm 1961-1971) có 11 đồng chí.", None, None, (None, None, None)),
    # an undated text is of no year before the local documents it cites; of the next year when its event day falls
    # before the latest of them in the calendar
    ("Đảng ủy công ty kết nạp 6 đảng viên theo Quyết định số 31-QĐ/ĐU ngày 05/8/2021 của Đảng ủy.", None, None,
     (None, None, 2021)),
    ("Chiều 20/6, Ủy ban Kiểm tra Huyện ủy sơ kết 6 tháng đầu năm. Thực hiện Kế hoạch số 12-KH/HU ngày 15/12/2022, "
     "các cấp đã kiểm tra 40 đảng viên.", None, None, (None, None, 2023)),
    # the years up to the report are a term-like span ending in the report's year
    ("Từ năm 2010 đến nay, quận kết nạp 1.290 đảng viên.", None, "2024-05-10", ("2024-05-10", "sidecar", 2024)),
    # with nothing else to date it, a text is of the year of its first full date, past the lede too
    ("Lễ kết nạp đảng viên mới\n\nChi bộ khoa Cơ khí kết nạp 2 sinh viên.\n\nCác đảng viên mới hứa phấn đấu.\n\n"
     "Theo kế hoạch của Đảng ủy nhà trường, buổi lễ diễn ra vào 9h00 ngày 12/3/2019 tại hội trường A.",
     None, None, (None, None, 2019)),
    # a dated text naming no period of its own is of its publication year, whatever past years it mentions; in its
    # first months, a text naming only last year reviews it
    ("Chiều 16/5, Ban Thường vụ Thị ủy trao quyết định thành lập 2 chi bộ trong doanh nghiệp tư nhân. Công ty được "
     "thành lập từ năm 2021 và có 12 đảng viên.", None, "2022-05-17", ("2022-05-17", "sidecar", 2022)),
    ("Đến hết năm 2019, toàn tỉnh có 120 chi bộ trong doanh nghiệp tư nhân.", None, "2020-01-13",
     ("2020-01-13", "sidecar", 2019)),
    # … so does a period phrase past the lede that no Party figure takes
    ("Chi bộ thôn Nà Lừa kết nạp 3 đảng viên\n\nChi bộ thôn Nà Lừa vừa tổ chức lễ kết nạp 3 đảng viên.\n\nThôn có 120 "
     "hộ.\n\nNgười dân trồng chè.\n\nTrong năm 2019, thôn được công nhận thôn văn hóa.", None, "2023-06-10",
     ("2023-06-10", "sidecar", 2023)),
    # a January dateline above an event of the last days of December: the dateline holds, the text is of the year
    # before
    ("17:30 02/01/2016\nSáng 30-12, Ban Thường vụ Huyện ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng, kết nạp "
     "12 đảng viên.", None, None, ("2016-01-02", "text", 2015)),
    # an undated text placed by its anniversary recalls the year it names in prose, with no figure of it: it is of
    # the anniversary's year
    ("Đảng ủy xã Tân Lập họp mặt kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 – 3/2/2025). Năm "
     "2024, xã hoàn thành các chỉ tiêu kinh tế - xã hội và tặng huy hiệu cho các đảng viên lão thành.", None, None,
     (None, None, 2025)),
    # a year opening the text right after its date stamp is the year reviewed, not a plan's after it
    (" date 2026-01-12 Năm 2025, Đảng bộ phường đã lãnh đạo toàn diện các mặt công tác.\n\nNăm 2026, Đảng bộ "
     "phường tiếp tục coi công tác xây dựng Đảng là then chốt.", None, None, ("2026-01-12", "text", 2025)),
    # a birth date dates a person, not the text
    ("Ngày 18/5, chi bộ trường kết nạp 2 học sinh là Lê Văn A (sinh ngày 04/3/2006) và Trần Thị B (sinh ngày "
     "13/2/2006).", None, None, (None, None, None)),
    # a portal's visitor counter above the stamp pushes it out of the head lines no more
    ("Truy cập\n\nHôm nay:\n54\nHôm qua:\n179\nTuần này:\n648\nTháng này:\n9418\nTất cả:\n191693\n\nGiới thiệu\n\n"
     "Ngày 24/10/2019 15:12:27\n\nNăm 1947, xã thành lập chi bộ đầu tiên với 3 đảng viên.\nNăm 1954, xã được chia "
     "làm 4 xã.\nNăm 1964, xã về huyện Nông Cống.\nXã có 7 làng.", None, None,
     ("2019-10-24", "text", 2019)),
])
def test_publication_and_year(text: str, url: str | None, published: str | None, expected: tuple) -> None:
    doc = run(text, url, published).document
    assert (doc["published"], doc["published_source"], doc["year"]) == expected


def test_a_copy_is_dated_and_placed_by_the_original_it_names() -> None:
    text = ("Từ đầu năm đến nay, Đoàn huyện giới thiệu 52 đoàn viên ưu tú cho Đảng xem xét kết nạp.\n\n"
            "Nguồn Bình Định: http://www.baobinhdinh.vn/chinhtri/202106/doan-huyen-gioi-thieu-52-doan-vien-123456/")
    doc = run(text, "https://baomoi.com/doan-huyen/c/39000001.epi").document
    assert (doc["published"], doc["published_source"], doc["year"], doc["province"]) == (
        "2021-06", "url", 2021, "binh-dinh")


def test_an_aggregators_age_line_names_the_original() -> None:
    text = ("Công đoàn tham gia xây dựng Đảng\n\n2 tuần trước www.baobinhdinh.vn\n\n"
            "Trong 6 tháng đầu năm 2021, các cấp Công đoàn trong tỉnh giới thiệu 400 đoàn viên ưu tú cho Đảng.")
    assert run(text, "https://tinkhac.example.com/cong-doan-123").document["province"] == "binh-dinh"


def test_title_below_an_official_header() -> None:
    text = ("ĐẢNG BỘ TỈNH HÀ NAM\nTỈNH ỦY\nSố 112-BC/TU\nHà Nam, ngày 3 tháng 7 năm 2023\n\nBÁO CÁO\n"
            "tình hình công tác kiểm tra 6 tháng đầu năm 2023\n\nCấp ủy các cấp đã kiểm tra 205 đảng viên.")
    assert run(text).document["title"] == "BÁO CÁO tình hình công tác kiểm tra 6 tháng đầu năm 2023"


def test_a_sub_unit_after_the_bodys_own_first_act_stays_a_sub_unit() -> None:
    text = ("Kết nạp 300 đảng viên\n\nNăm 2021, Đảng bộ tỉnh đã kết nạp 300 đảng viên. Riêng Đảng bộ xã Đông Hưng "
            "kết nạp 18 đảng viên.")
    assert facts(text, "value", "scope") == [(300, "document"), (18, "subunit")]


def test_a_portals_skip_link_is_neither_the_title_nor_part_of_the_lede() -> None:
    text = ("Truy cập nội dung luôn\n\nĐảng bộ xã Hòa Bình kết nạp 30 đảng viên mới\n\n12-04-2021 09:30\n\n"
            "Từ năm 2016 đến nay, Đảng bộ xã Hòa Bình đã kết nạp được 30 đảng viên mới, riêng trong năm 2020 "
            "kết nạp 7 đảng viên.")
    result = run(text)
    assert result.document["title"] == "Đảng bộ xã Hòa Bình kết nạp 30 đảng viên mới"
    assert (result.document["year"], result.document["period"]) == (2021, "TERM")


@pytest.mark.parametrize("headline", ["Đảng bộ xã Đông Hưng kết nạp 18 đảng viên",
                                      "Đông Hưng: Năm 2021 kết nạp 18 đảng viên",
                                      "Kết nạp 18 đảng viên mới"])  # no body: the first act's subject is the home
def test_the_body_a_headline_names_is_the_documents_own_and_its_restated_figure_one_row(headline: str) -> None:
    (row,) = run(f"{headline}\n\nNăm 2021, Đảng bộ xã Đông Hưng đã kết nạp 18 đảng viên.").facts
    assert (row["value"], row["scope"], row["mentions"]) == (18, "document", 2)


@pytest.mark.parametrize(("text", "actor"), [
    # bodies listed with a counted noun between them act together: no single actor
    ("Năm 2020, cấp ủy, tổ chức đảng và UBKT các cấp đã kiểm tra 4.000 đảng viên.", None),
    ("Năm 2020, cấp ủy và UBKT các cấp đã kiểm tra 400 đảng viên.", None),
    # … also when a comma joins them after a source that names a body of its own
    ("Theo tin từ Ủy ban Kiểm tra Trung ương, năm 2020 cấp ủy, UBKT các cấp ở tỉnh đã kỷ luật 63 đảng viên.", None),
    ("Năm 2020, cấp ủy các cấp đã kiểm tra 400 đảng viên.", "committee"),
    ("Năm 2020, UBKT các cấp đã kiểm tra 400 đảng viên.", "commission"),
    # a body after a topic opener that starts the clause acts; after 'theo' it does not
    ("Đối với Ủy ban Kiểm tra các cấp, năm 2019 đã kiểm tra 106 tổ chức đảng.", "commission"),
    ("Năm 2019, theo chỉ đạo của Ban Thường vụ, toàn huyện đã kiểm tra 106 tổ chức đảng.", None),
    # … but a body whose decision it is acts
    ("Năm 2025, Tổng Bí thư ký các quyết định của Bộ Chính trị về thành lập 34 đảng bộ tỉnh.", "committee"),
    ("Năm 2020, UB Kiểm tra các cấp đã kiểm tra 14 tổ chức đảng.", "commission"),
    ("Năm 2020, cơ quan kiểm tra các cấp đã kiểm tra 14 tổ chức đảng.", "commission"),
    # a commission's abbreviation in brackets does not cut its owner off as a second body
    ("Theo Ủy ban Kiểm tra (UBKT) Huyện ủy, năm 2020 cấp ủy và UBKT các cấp kỷ luật 30 đảng viên.", None),
    ("Năm 2020, Ủy ban Kiểm tra (UBKT) Huyện ủy đã kỷ luật 30 đảng viên.", "commission"),
    # a body that reports what another did is not the one acting
    ("Ông Hải, Phó Chủ nhiệm UBKT Huyện ủy cho biết, năm 2020 các cấp ủy đã kiểm tra 60 đảng viên.", "committee"),
    ("Ông Hải, Chủ nhiệm UBKT Huyện ủy cho biết, năm 2020 đã kiểm tra 60 đảng viên.", "commission"),
    # admissions and new bodies: only a committee that is the clause's own subject admits or founds
    ("Năm 2016, Thành ủy Hòa Bình đã kết nạp 68 đảng viên.", "committee"),
    ("Năm 2016, Đảng ủy Khối Doanh nghiệp thành lập 3 chi bộ.", "committee"),
    ("Năm 2016, toàn Đảng bộ tỉnh kết nạp 68 đảng viên.", None),
    ("Năm 2016, theo Ban Tổ chức Huyện ủy, toàn huyện kết nạp 68 đảng viên.", None),
    ("Năm 2016, Ban Tổ chức Tỉnh ủy cho biết toàn tỉnh đã kết nạp 68 đảng viên.", None),
    # … but a committee named after the source's comma does ('Theo báo cáo, … Ban Chấp hành đã thành lập …')
    ("Theo báo cáo, năm 2025 Ban Chấp hành Đảng bộ đã quyết định thành lập 6 chi bộ trực thuộc.", "committee"),
    ("Theo đó, năm 2021 Đảng ủy Sư đoàn quyết định thành lập 5 chi bộ cơ sở.", "committee"),
    ("Năm 2016, Chi bộ 4 đã tổ chức kết nạp 2 đảng viên.", None),
    ("Năm 2016, Huyện ủy chỉ đạo các xã, kết nạp 68 đảng viên.", None),
    ("Năm 2016, Huyện ủy Lục Ngạn đã bồi dưỡng, kết nạp 113 quần chúng ưu tú vào Đảng.", "committee"),
    # a clause after a semicolon that opens on its verb has the subject of the clause before it; a passive's agent
    # is no subject
    ("Năm 2019, Ban Thường vụ Huyện ủy giải thể hai chi bộ ghép; đồng thời thành lập mới 6 chi bộ.", "committee"),
    ("Năm 2016, công tác tuyên truyền được Đảng ủy Khối thực hiện kịp thời; kết nạp 50 đảng viên mới.", None),
    # a time phrase opening the clause is no source: the committee after it still sets up the new cells
    ("Đến nay, Huyện ủy đã thành lập được 3 chi bộ trong doanh nghiệp tư nhân.", "committee"),
    # 'cấp ủy đảng' is a committee: joined with the commissions it names no single actor
    ("Năm 2016, cấp ủy đảng và ủy ban kiểm tra các cấp thi hành kỷ luật 86 đảng viên.", None),
    ("Năm 2016, Ủy ban Kiểm tra Tỉnh ủy, các cấp ủy đã kiểm tra 86 đảng viên.", None),
    # the body named nearest before the verb acts, not one that set the task; a body asked to act does not
    ("Thực hiện nhiệm vụ do Ban Thường vụ giao, năm 2016 Ủy ban Kiểm tra Tỉnh ủy kiểm tra 12 đảng viên.", "commission"),
    ("Năm 2016, Ủy ban Kiểm tra Trung ương đề nghị Bộ Chính trị thi hành kỷ luật 5 đảng viên.", "commission"),
    # every body listed after 'đề nghị' is asked; a body named after the list acts again
    ("Năm 2016, Ủy ban Kiểm tra Trung ương đề nghị Ban Chấp hành Trung ương, Bộ Chính trị thi hành kỷ luật 5 đảng "
     "viên.", "commission"),
    ("Năm 2016, theo đề nghị của Ủy ban Kiểm tra, Ban Thường vụ Tỉnh ủy thi hành kỷ luật 5 đảng viên.", "committee"),
    ("Năm 2016, Ban Bí thư thi hành kỷ luật 40 đảng viên.", "committee"),
    # the owner named right after a body asked to act is asked too ('Ban Thường vụ Huyện ủy'), and so are the bodies
    # a cadre is managed by ('thuộc diện … quản lý'); a passive then names no agent
    ("Năm 2016, Ủy ban Kiểm tra Đảng ủy xã đề nghị Ban Thường vụ Huyện ủy khai trừ 2 đảng viên.", "commission"),
    ("Năm 2016, 9 cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý bị thi hành kỷ luật.", None),
    ("Năm 2016, 9 cán bộ thuộc diện Bộ Chính trị, Ban Bí thư quản lý bị thi hành kỷ luật.", None),
    # the grassroots committees act
    ("Năm 2024, Đảng ủy cơ sở kiểm tra chuyên đề đối với 51 đảng viên.", "committee"),
])
def test_actor_of_listed_bodies(text: str, actor: str | None) -> None:
    assert facts(text, "actor") == [(actor,)]


def test_forms_in_an_aside_keep_the_actor_of_their_total_in_the_same_sentence() -> None:
    text = ("Năm 2022, UBKT các cấp kiểm tra 40 đảng viên. Các tổ chức đảng có thẩm quyền trong Đảng bộ tỉnh đã thi "
            "hành kỷ luật 75 đảng viên (khiển trách 50, cảnh cáo 25).")
    assert facts(text, "indicator", "actor")[1:] == [("disciplined", None), ("disciplined_reprimand", None),
                                                     ("disciplined_warning", None)]


def test_forms_after_their_total_keep_its_actor_not_an_earlier_sentences() -> None:
    text = ("Năm 2021, Ủy ban Kiểm tra các cấp đã giám sát 40 đảng viên. Toàn Đảng bộ có 14 đảng viên bị thi hành kỷ "
            "luật. Hình thức kỷ luật: khiển trách 9 đồng chí, cảnh cáo 5 đồng chí.")
    assert facts(text, "indicator", "actor") == [("supervised", "commission"), ("disciplined", None),
                                                 ("disciplined_reprimand", None), ("disciplined_warning", None)]


def test_a_lead_in_before_a_colon_names_the_actor_like_a_heading() -> None:
    text = ("Năm 2021, cấp ủy các cấp kiểm tra 950 tổ chức đảng. Về công tác kiểm tra của ủy ban kiểm tra các cấp: "
            "Kiểm tra khi có dấu hiệu vi phạm 64 đảng viên.")
    assert facts(text, "indicator", "actor") == [("inspected", "committee"),
                                                 ("inspected_violation_signs", "commission")]


def test_a_paragraph_ending_on_a_colon_names_the_actor_of_the_list_paragraphs_after_it() -> None:
    text = ("Năm 2018, Ủy ban Kiểm tra Thành ủy đã kết luận như sau:\n"
            "Khiển trách ông A, Giám đốc Sở Tư pháp, nguyên Bí thư Quận ủy.\n"
            "Kỷ luật cảnh cáo bà B, Phó bí thư chi bộ. Kỷ luật khiển trách với 2 phó Ban Quản lý dự án.\n\n"
            "Năm 2019, Huyện ủy kết nạp 30 đảng viên.")
    assert facts(text, "indicator", "value", "actor") == [("disciplined_reprimand", 2, "commission"),
                                                          ("admitted", 30, "committee")]


def test_a_paragraph_opening_on_dong_thoi_goes_on_with_the_body_that_acted_last() -> None:
    text = "Năm 2022, Ủy ban Kiểm tra Huyện ủy cảnh cáo 2 chi bộ.\n\nĐồng thời, cảnh cáo 6 đảng viên."
    assert facts(text, "indicator", "value", "actor") == [("disciplined_warning", 2, "commission"),
                                                          ("disciplined_warning", 6, "commission")]


def test_bodies_listed_after_a_colon_are_objects_not_the_next_acts_subject() -> None:
    text = ("Năm 2022, Ủy ban Kiểm tra Thành ủy cảnh cáo 2 tổ chức đảng, gồm:\n\nĐảng ủy phường X; Đảng ủy xã Y."
            "\n\nĐồng thời, cảnh cáo 7 đảng viên.")
    assert facts(text, "value", "actor") == [(2, "commission"), (7, "commission")]


def test_a_sentence_opening_on_trong_do_breaks_down_the_total_before_it_item_by_item() -> None:
    text = ("Năm 2022, cấp ủy và UBKT các cấp đã thi hành kỷ luật 40 đảng viên. Trong đó, UBKT Tỉnh ủy kỷ luật 3 "
            "đồng chí; các huyện ủy kỷ luật 12 đồng chí; cấp cơ sở kỷ luật 25 đồng chí. Hình thức kỷ luật: khiển "
            "trách 30 đồng chí, cảnh cáo 10 đồng chí.")
    rows = run(text).facts
    total = rows[0]
    assert [f["part_of"] for f in rows[1:4]] == [total["fact_id"]] * 3  # no per-body item is a total of its own
    assert [(f["indicator"], f["actor"], f["part_of"]) for f in rows[4:]] == [
        ("disciplined_reprimand", None, total["fact_id"]), ("disciplined_warning", None, total["fact_id"])]
    assert not any(f["checks"] for f in rows)


def test_a_commission_named_inside_an_aside_is_a_body_not_an_inspection() -> None:
    text = "Năm 2022, thi hành kỷ luật 130 đảng viên (cấp ủy 85, Ủy ban Kiểm tra 45)."
    assert facts(text, "indicator", "value", "actor") == [("disciplined", 130, None), ("disciplined", 85, "committee"),
                                                         ("disciplined", 45, "commission")]


def test_a_body_a_figure_counts_acts_on_nothing() -> None:
    text = ("Năm 2019, kỷ luật 1 đảng ủy cơ sở bằng hình thức cảnh cáo và 36 đảng viên (giảm 10 đảng viên so với cùng "
            "kỳ) bằng các hình thức khiển trách 26, cảnh cáo 10.")
    assert {actor for (actor,) in facts(text, "actor")} == {None}


def test_a_passive_figure_names_no_actor_and_inherits_none() -> None:
    text = ("Năm 2018, cấp ủy các cấp tập trung lãnh đạo công tác kiểm tra. Qua kiểm tra, có 17 đảng viên bị xử lý kỷ "
            "luật.")
    assert facts(text, "value", "actor") == [(17, None)]


def test_a_subjectless_clause_goes_on_with_the_committee_that_admitted_before_it() -> None:
    text = ("Năm 2018, Ban Thường vụ Huyện ủy đã ra quyết định kết nạp 17 đảng viên mới, nâng tổng số đảng viên được "
            "kết nạp năm 2018 lên 160 đồng chí.")
    assert facts(text, "value", "actor") == [(17, "committee"), (160, "committee")]


def test_a_paragraph_going_on_breaks_down_the_total_before() -> None:
    rows = run("Năm 2023, cấp ủy các cấp thi hành kỷ luật 7.056 đảng viên.\n\nCụ thể, có 5.486 đảng viên bị khiển "
               "trách, 1.057 đảng viên bị cảnh cáo.").facts
    total, *forms = rows
    assert [(f["indicator"], f["actor"], f["part_of"]) for f in forms] == [
        ("disciplined_reprimand", "committee", total["fact_id"]),
        ("disciplined_warning", "committee", total["fact_id"]),
    ]


def test_an_undated_headline_figure_takes_the_period_of_the_body_figure_it_restates() -> None:
    text = ("Phấn đấu kết nạp 350 đảng viên\n\nCập nhật lúc 08:00, Thứ Hai, 08/01/2018\n\n"
            "Trong năm 2017, huyện kết nạp 310 đảng viên. Năm 2018, Đảng bộ huyện phấn đấu kết nạp mới 350 đảng viên.")
    targets = [(f["year"], f["period"], f["mentions"]) for f in run(text).facts if f["measure"] == "target"]
    assert targets == [(2018, "FY", 2)]


@pytest.mark.parametrize(("text", "year"), [
    ("Tổng kết 10 năm thực hiện Chỉ thị 10. Từ năm 2008 đến nay, Đảng bộ xã kết nạp 95 đảng viên.", 2018),
    ("Từ tháng 6/2022 đến nay, sau hơn hai năm thực hiện quy chế, Đảng ủy kết nạp 40 đảng viên.", 2024),
    ("Từ năm 2008 đến nay, Đảng bộ xã kết nạp 95 đảng viên.", None),  # no length: no year
    # the length first, then the dated document whose years it counts
    ("Sau 10 năm triển khai thực hiện Nghị quyết số 22, ngày 2/2/2008 của Ban Chấp hành Trung ương, công tác xây dựng "
     "Đảng của huyện được nâng lên.\n\nĐến nay, Đảng bộ huyện kết nạp được 1.450 đảng viên.", 2018),
    # a length counted from its own dated document is not the length of another paragraph's window
    ("Trải qua hơn 50 năm kể từ khi Ban Bí thư ra Chỉ thị số 12, ngày 5/4/1968, công tác này có nhiều đóng góp.\n\n"
     "Từ năm 2015 đến nay, xã có 40 lượt đảng viên đi lao động ở nước ngoài.", None),
    ("Sau 10 năm thực hiện Nghị quyết số 22, ngày 2/2/2008 của Ban Chấp hành Trung ương. Từ năm 2008 đến nay, huyện "
     "kết nạp được 1.450 đảng viên.", 2018),
])
def test_an_undated_window_and_its_length_date_the_text(text: str, year: int) -> None:
    assert run(text).document["year"] == year


@pytest.mark.parametrize(("text", "year"), [
    ("Sau 10 năm thực hiện Nghị quyết số 22, ngày 2/2/2008, huyện kết nạp 1.450 đảng viên.", 2018),
    # the nearest dated document is another window's (two years since 2021), so its length adds up after today
    ("Sau 10 năm thực hiện Luật Công đoàn năm 2012 và hơn hai năm thực hiện Nghị quyết số 02, ngày 12/6/2021 của Bộ "
     "Chính trị, tổ chức công đoàn có nhiều đổi mới.", None),
])
def test_a_window_length_dates_no_text_after_this_year(text: str, year: int | None) -> None:
    assert elapsed_year(fold_key(text)) == year


@pytest.mark.parametrize(("text", "year", "published"), [
    # a length and the window's years agreeing with it: the text writes at the window's end, so a decision's date
    # in a paragraph near its end is no dateline
    ("Xóa thôn trắng đảng viên\n\nSau 12 năm (2012-2024) kiên trì, các thôn đều có chi bộ.\n\nNgày 3/5/2012, Ban "
     "Thường vụ Tỉnh ủy ban hành Kết luận về phát triển đảng viên ở thôn, bản vùng cao.", 2024, None),
    # … years that disagree with the length close no window
    ("Xóa thôn trắng đảng viên\n\nSau 10 năm (2012-2024) kiên trì, các thôn đều có chi bộ.\n\nNgày 3/5/2012, Ban "
     "Thường vụ Tỉnh ủy ban hành Kết luận về phát triển đảng viên ở thôn, bản vùng cao.", 2012, "2012-05-03"),
])
def test_a_closed_window_dates_the_text_over_an_earlier_paragraph_date(
        text: str, year: int, published: str | None) -> None:
    document = run(text).document
    assert (document["year"], document["published"]) == (year, published)


def test_a_paragraph_opening_on_a_refined_indicator_refines_its_plain_cues() -> None:
    text = ("Kiểm tra tổ chức đảng và đảng viên khi có dấu hiệu vi phạm được tăng cường. Năm 2020, Ủy ban Kiểm tra các "
            "cấp đã kiểm tra 67 tổ chức đảng.\n\nNăm 2020, cấp ủy các cấp đã kiểm tra 510 tổ chức đảng.")
    assert facts(text, "indicator") == [("inspected_violation_signs",), ("inspected",)]


def test_a_year_that_opens_the_lede_outranks_a_term_named_after_it() -> None:
    text = ("Trong năm 2023, cấp ủy các cấp đã thi hành kỷ luật 606 tổ chức đảng. Từ đầu nhiệm kỳ Đại hội XIII đến đầu "
            "năm nay đã kỷ luật 105 cán bộ diện Trung ương quản lý.")
    document = run(text, published="2024-03-02").document
    assert (document["year"], document["period"]) == (2023, "FY")


@pytest.mark.parametrize("verb", ["đề nghị xử lý kỷ luật", "kiến nghị xử lý kỷ luật", "kiến nghị kỷ luật"])
def test_discipline_proposed_is_no_discipline(verb: str) -> None:
    """An inspectorate's recommendation in a text about the Party's lead over inspections decides no discipline."""
    text = ("Thực hiện Chỉ thị số 05-CT/TU của Ban Thường vụ Huyện ủy về sự lãnh đạo của các cấp ủy Đảng với công tác "
            "thanh tra, UBND huyện đã tăng cường thanh tra.\nNăm 2018, Thanh tra huyện đã tiến hành 17 cuộc thanh tra. "
            f"Kết quả đã phát hiện sai phạm trên 97 triệu đồng, thu hồi nộp ngân sách và {verb} 4 người.")
    assert not [f for f in facts(text) if f[0].startswith("disciplined")]


def test_terms_long_past_are_history_not_the_reports_period() -> None:
    text = ("Ủy ban Kiểm tra đề nghị kỷ luật 4 tổ chức đảng trong các nhiệm kỳ 2005 - 2010 và 2010 - 2015, thi hành kỷ "
            "luật 23 đảng viên.")
    document = run(text, published="2021-01-05").document
    assert (document["year"], document["period"]) == (2021, "FY")


@pytest.mark.parametrize("window", ["Từ tháng 6/2022 đến nay", "Từ tháng 6 năm 2022 đến nay", "Từ năm 2022 đến nay"])
def test_a_window_opened_in_an_earlier_year_runs_to_the_report(window: str) -> None:
    (row,) = run(f"{window}, Ban Thường vụ đã kiểm tra 9 tổ chức đảng.", published="2024-05-02").facts
    assert (row["year"], row["period"]) == (2024, "TERM")


@pytest.mark.parametrize(("text", "year"), [
    # the year a review closes is the report's, not the plan year the headline or the same clause names
    ("Huyện phấn đấu kết nạp 150 đảng viên trong năm 2020\n\nNgày 9/1, Huyện ủy tổng kết công tác xây dựng Đảng năm "
     "2019 và triển khai nhiệm vụ năm 2020. Trong năm, Huyện ủy kết nạp 140 đảng viên.", 2019),
    ("Sáng 12/1, Đảng ủy Khối đã sơ kết công tác kiểm tra, giám sát năm 2019, đề ra nhiệm vụ năm 2020. Đảng ủy Khối "
     "kiểm tra 12 tổ chức đảng.", 2019),
    # the review of several bodies at once
    ("Năm 2020, phường phấn đấu giải quyết hồ sơ đúng hạn\n\nSáng 20-1, Đảng ủy phường tổng kết công tác xây dựng "
     "Đảng, chính quyền, Mặt trận và các đoàn thể năm 2019, triển khai nhiệm vụ năm 2020. Đảng ủy phường kết nạp 9 "
     "đảng viên.", 2019),
    # a review still to come names no report
    ("Năm 2020, Huyện ủy kết nạp 140 đảng viên. Huyện sẽ chuẩn bị tổng kết công tác xây dựng Đảng năm 2021.", 2020),
    # a review of several years names no single year
    ("Năm 2020, huyện kết nạp 140 đảng viên. Hội nghị tổng kết 10 năm thực hiện Chỉ thị 12 năm 2010.", 2020),
])
def test_a_review_names_the_reports_year(text: str, year: int) -> None:
    document = run(text, published="2020-01-10").document
    assert (document["year"], document["period"]) == (year, "FY")


def test_a_target_takes_the_year_named_after_it_in_its_sentence() -> None:
    text = ("Năm 2016, Đảng bộ Khối kết nạp 512 đảng viên mới.\n\nĐảng bộ Khối phấn đấu kết nạp 420 đảng viên trong "
            "năm 2017.")
    rows = run(text, published="2017-02-11").facts
    assert sorted((r["measure"], r["value"], r["year"]) for r in rows) == [("count", 512, 2016), ("target", 420, 2017)]


def test_a_yearless_year_phrase_takes_the_year_named_before_it() -> None:
    text = ("Đảng ủy xã ký giao ước thi đua năm 2021\n\nNăm 2020, Đảng ủy xã lãnh đạo toàn diện các nhiệm vụ.\n\nCông "
            "tác xây dựng Đảng có chuyển biến. Trong năm, Đảng bộ kết nạp 14 đảng viên.")
    (row,) = run(text, published="2021-01-12").facts
    assert (row["year"], row["period"]) == (2020, "FY")


def test_the_year_to_date_is_the_reports_year_whatever_base_its_sentence_names() -> None:
    text = "Từ đầu năm đến nay, các chi bộ kết nạp 310 đảng viên mới, bằng 1,2% tổng số đảng viên cuối năm 2021."
    rows = run(text, published="2022-10-03").facts
    assert {(r["value"], r["year"]) for r in rows if r["measure"] == "count"} == {(310, 2022)}


@pytest.mark.parametrize(("text", "published", "period"), [
    # a stage that is over sums its years: TERM of its last year
    ("Hội nghị sơ kết Nghị quyết (giai đoạn 2016-2020) cho biết toàn tỉnh kỷ luật 512 đảng viên.", "2021-06-04",
     (2020, "TERM")),
    # a stage still running when the report appears is a plan, not the report's period
    ("Năm 2023, xã kết nạp 12 đảng viên, thực hiện Kế hoạch phát triển đảng viên giai đoạn 2021-2025.",
     "2023-08-30", (2023, "FY")),
])
def test_a_stage_is_the_reports_period_once_it_is_over(text: str, published: str, period: tuple) -> None:
    (row,) = run(text, published=published).facts
    assert (row["year"], row["period"]) == period


def test_a_stage_ahead_of_a_congress_is_its_plan() -> None:
    text = ("Sáng 2/10, Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025 - 2030 khai mạc với 350 đại biểu. Đại "
            "hội đề ra mục tiêu tăng trưởng bình quân giai đoạn 2026 - 2030 đạt 9%.")
    assert run(text).document["year"] == 2025


def test_a_date_written_in_words_dates_an_undated_lede() -> None:
    text = ("Xã sơ kết công tác phát triển đảng viên\n\nSáng ngày 14 tháng 9 năm 2022 Đảng ủy xã tổ chức lễ kết nạp 3 "
            "đảng viên mới và sơ kết hai năm thực hiện Nghị quyết của Huyện ủy về công tác phát triển đảng viên ở cơ "
            "sở, kế hoạch giai đoạn 2021-2025.")
    assert run(text).document["year"] == 2022


def test_a_district_the_headline_opens_on_is_the_documents_own_body() -> None:
    text = ("Lạc Dương phấn đấu kết nạp 180 đảng viên mới\n\nNăm 2020, Đảng bộ huyện Lạc Dương kết nạp 175 đảng viên. "
            "Năm 2021, Đảng bộ huyện Lạc Dương phấn đấu kết nạp 180 đảng viên mới.")
    rows = run(text, published="2021-02-10").facts
    target = [r for r in rows if r["measure"] == "target"]
    assert [(r["value"], r["year"], r["scope"], r["mentions"]) for r in target] == [(180, 2021, "document", 2)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Năm 2022, Huyện ủy thi hành kỷ luật 3 tổ chức đảng bằng hình thức cảnh cáo.",
     [("disciplined", "party_org", "count", 3), ("disciplined_warning", "party_org", "count", 3)]),
    ("Năm 2022, Huyện ủy thi hành kỷ luật 1 chi bộ trực thuộc bằng hình thức khiển trách và 12 đảng viên.",
     [("disciplined", "party_org", "count", 1), ("disciplined_reprimand", "party_org", "count", 1),
      ("disciplined", "party_member", "count", 12)]),
    ("Năm 2022, Ủy ban Kiểm tra thi hành kỷ luật bằng hình thức khiển trách đối với 4 chi ủy.",
     [("disciplined", "party_org", "count", 4), ("disciplined_reprimand", "party_org", "count", 4)]),
    ("Năm 2022, Tỉnh ủy kỷ luật 6 tổ chức đảng (cảnh cáo) và 20 đảng viên.",
     [("disciplined", "party_org", "count", 6), ("disciplined_warning", "party_org", "count", 6),
      ("disciplined", "party_member", "count", 20)]),
    # two forms named for one total: neither is all of it ('… và cảnh cáo 2 tổ chức' may add to the 9 or not)
    ("Năm 2022, Tỉnh ủy kỷ luật 5 tổ chức đảng bằng hình thức khiển trách và cảnh cáo.",
     [("disciplined", "party_org", "count", 5)]),
    ("Năm 2022, Tỉnh ủy kỷ luật 9 tổ chức đảng với hình thức khiển trách, cảnh cáo 2 tổ chức.",
     [("disciplined", "party_org", "count", 9), ("disciplined_warning", "party_org", "count", 2)]),
    # a form with its own figure breaks the total down
    ("Năm 2022, Tỉnh ủy kỷ luật 8 đảng viên bằng hình thức khiển trách 6, cảnh cáo 2.",
     [("disciplined", "party_member", "count", 8), ("disciplined_reprimand", "party_member", "count", 6),
      ("disciplined_warning", "party_member", "count", 2)]),
])
def test_one_form_named_for_a_whole_total_counts_that_form_too(text: str, expected: list[tuple]) -> None:
    assert sorted(facts(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "period"), [
    # the cut-off date named earlier closes the year to date: nine months
    ("Tính đến ngày 15-9-2021, toàn tỉnh có 61.200 đảng viên. Từ đầu năm đến nay, các chi bộ kết nạp 930 đảng viên.",
     (2021, "M9")),
    # without a cut-off date, the year to date is the year
    ("Toàn tỉnh có 61.200 đảng viên. Từ đầu năm đến nay, các chi bộ kết nạp 930 đảng viên.", (2021, "FY")),
])
def test_the_year_to_date_runs_to_the_cutoff_the_text_named(text: str, period: tuple) -> None:
    (row,) = run(text, published="2021-09-20").facts
    assert (row["year"], row["period"]) == period


@pytest.mark.parametrize(("text", "expected"), [
    # a goal's horizon after the report makes the figure a target of the plan it closes
    ("Đến năm 2030 kết nạp thêm ít nhất 3.000 đảng viên", [("target", 3000, 2030, "TERM")]),
    ("Theo đó, phấn đấu đến năm 2030, toàn tỉnh kết nạp ít nhất 3.000 đảng viên mới.",
     [("target", 3000, 2030, "TERM")]),
    # a horizon that is the report's own year or earlier plans nothing new: the figure stays what it says
    ("Từ đầu năm đến năm 2026, toàn tỉnh kết nạp 3.000 đảng viên mới.", [("count", 3000, 2026, "FY")]),
    # 'Cụ thể' spells out the plan of the sentence before it, unit by unit
    ("Phấn đấu đến năm 2030, toàn tỉnh kết nạp 3.000 đảng viên mới. Cụ thể: thành phố Tân An kết nạp thêm 400 "
     "đảng viên.", [("target", 3000, 2030, "TERM"), ("target", 400, 2030, "TERM")]),
])
def test_a_goal_horizon_after_the_report_makes_a_target(text: str, expected: list[tuple]) -> None:
    rows = run(text, published="2026-03-02").facts
    assert [(r["measure"], r["value"], r["year"], r["period"]) for r in rows] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 'chiếm' against a target is attainment; against the membership it is a share
    ("Năm 2022, toàn tỉnh kết nạp 1.210 đảng viên, chiếm tỷ lệ 80,6% so với chỉ tiêu.",
     [("count", 1210), ("attainment_pct", 80.6)]),
    ("Năm 2022, toàn tỉnh kết nạp 1.210 đảng viên, chiếm 80,6% (Nghị quyết là 1.500 đảng viên).",
     [("count", 1210), ("attainment_pct", 80.6), ("target", 1500)]),
    ("Năm 2022, toàn tỉnh kết nạp 1.210 đảng viên, chiếm 2,4% tổng số đảng viên.",
     [("count", 1210), ("share_pct", 2.4)]),
    ("Năm 2022, các xã kết nạp 330 đảng viên, chiếm 66% (Nghị quyết 500 đảng viên).",
     [("count", 330), ("attainment_pct", 66), ("target", 500)]),
    # … also when the aside names the resolution and a colon, one clause per resolution
    ("Năm 2022, các xã kết nạp 330 đảng viên, đạt 110% chỉ tiêu (Nghị quyết Đại hội XII: 300 đảng viên; Nghị quyết "
     "Đại hội XIII: 320 đảng viên).", [("count", 330), ("attainment_pct", 110), ("target", 300), ("target", 320)]),
    # a rate set against a target rate in an aside is no attainment of a count
    ("Năm 2022, toàn tỉnh kết nạp 1.210 đảng viên, nâng tỷ lệ đảng viên so với dân số lên 3,1% (Nghị quyết 3,5%).",
     [("count", 1210)]),
])
def test_a_percent_against_a_target_is_attainment(text: str, expected: list[tuple]) -> None:
    assert facts(text, "measure", "value") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a second verb of the same act joined to the cue does not break it
    ("Năm 2019, UBKT các cấp đã kiểm tra và kết luận 51 tổ chức đảng.", [("inspected", "count", 51)]),
    ("Năm 2019, UBKT các cấp giám sát chuyên đề và kết luận 14 tổ chức đảng.", [("supervised", "count", 14)]),
    # a clause opening on a figure of the other subject goes on with the list before the semicolon
    ("Năm 2019, UBKT các cấp đã kiểm tra 51 tổ chức đảng – giảm 4% so cùng kỳ; 37 đảng viên – tăng 9%.",
     [("inspected", "count", 51), ("inspected", "change_pct", -4), ("inspected", "count", 37),
      ("inspected", "change_pct", 9)]),
    # … unless it has a verb of its own
    ("Năm 2019, UBKT các cấp đã kiểm tra 51 tổ chức đảng; 37 đảng viên được khen thưởng.",
     [("inspected", "count", 51)]),
])
def test_a_list_goes_on_across_a_joined_verb_and_a_semicolon(text: str, expected: list[tuple]) -> None:
    assert facts(text, "indicator", "measure", "value") == expected


def test_a_reported_body_is_the_actor_of_the_sentences_after_it() -> None:
    text = ("Ông Hải, Phó Chủ nhiệm UBKT Huyện ủy cho biết, năm 2020 các cấp ủy đã kiểm tra 60 đảng viên. "
            "Thực hiện nhiệm vụ giám sát, đã giám sát 80 đảng viên.")
    assert facts(text, "indicator", "actor") == [("inspected", "committee"), ("supervised", "committee")]



def test_a_term_opening_its_sentence_is_no_name_whatever_the_sentence_before_ended_on() -> None:
    key = fold_key("Đại hội bầu Ban Chấp hành Đảng bộ xã khóa XIV nhiệm kỳ 2025-2030.\n\n"
                   "Trong nhiệm kỳ 2020-2025, Đảng bộ xã kết nạp được 64 đảng viên.")
    terms = [(m.year, m.period) for m in find_period_mentions(key) if m.term]
    assert terms == [(2030, None), (2025, "TERM")]


@pytest.mark.parametrize(("text", "expected"), [
    # a post cue that names an indicator of its own is the cue of a figure no verb comes before
    ("Năm 2023, Ủy ban Kiểm tra Huyện ủy đã kiểm tra 30 đảng viên. Qua kiểm tra, có 21 đảng viên vi phạm đến mức phải "
     "thi hành kỷ luật.",
     [("inspected", "count", 30), ("disciplined", "count", 21)]),
    # a form of discipline read as the counted noun of a bare figure
    ("Năm 2023, cấp ủy các cấp thi hành kỷ luật 18 đảng viên (với các hình thức: 15 khiển trách; 2 cảnh cáo và "
     "khai trừ 1 trường hợp).",
     [("disciplined", "count", 18), ("disciplined_reprimand", "count", 15), ("disciplined_warning", "count", 2),
      ("disciplined_expulsion", "count", 1)]),
    # how many indicators a plan sets in each field is no target
    ("Nhiệm kỳ 2025-2030, Đảng bộ tỉnh phấn đấu phát triển nhanh, bền vững, thống nhất 9 chỉ tiêu về kinh tế và 3 "
     "chỉ tiêu về xây dựng Đảng.", []),
    # a list of places between the counted noun and its passive verb
    ("Trong nhiệm kỳ 2015-2020, gần 9.000 đảng viên tại Hà Nội, Hải Phòng, TP.HCM, Cần Thơ bị xử lý kỷ luật.",
     [("disciplined", "count", 9000)]),
    # members struck off or let go are not disciplined, whatever list they follow
    ("Năm 2020, toàn Đảng bộ tỉnh khai trừ 25 đảng viên, xóa tên 300 đảng viên và cho ra khỏi Đảng 120 đảng viên.",
     [("disciplined_expulsion", "count", 25)]),
    # youth organisations set up beside the Party's are not Party bodies
    ("Năm 2013, quận thành lập mới 8 tổ chức đảng và 12 tổ chức thanh niên.", [("established", "count", 8)]),
    # renamed cells are not new ones
    ("Năm 2025, Đảng ủy phường thành lập 21 tổ chức cơ sở đảng mới và đổi tên 60 chi bộ tổ dân phố.",
     [("established", "count", 21)]),
    # the membership after a comma is a stock, and the percentage before it attainment
    ("Năm 2023, toàn huyện kết nạp 48 đảng viên, đạt gần 60%, tổng số đảng viên toàn huyện hơn 2.700 đảng viên.",
     [("admitted", "count", 48), ("admitted", "attainment_pct", 60)]),
])
def test_figures_named_after_the_number_or_not_statistics_at_all(text: str, expected: list[tuple]) -> None:
    assert facts(text, "indicator", "measure", "value") == expected


@pytest.mark.parametrize("noun", ["chi, đảng bộ", "chi- đảng bộ", "chi - đảng bộ", "chi-đảng bộ"])
def test_cells_and_branches_written_as_one_noun_are_party_organisations(noun: str) -> None:
    text = f"Năm 2019, Huyện ủy giám sát 17 {noun} trực thuộc."
    assert facts(text, "indicator", "subject", "value") == [("supervised", "party_org", 17)]


def test_breaches_found_by_an_inspection_are_disciplined_by_its_inspector() -> None:
    """The committee asked to act ('đề nghị Ban Thường vụ Huyện ủy') is no actor, its owner word included."""
    text = ("Năm 2022, Ủy ban Kiểm tra Huyện ủy kiểm tra 7 đảng viên. Qua kiểm tra đã đề nghị Ban Thường vụ Huyện ủy "
            "xử lý kỷ luật 1 tổ chức đảng; kết luận có 4 đảng viên vi phạm đến mức phải thi hành kỷ luật.")
    assert facts(text, "indicator", "value", "actor") == [
        ("inspected", 7, "commission"), ("disciplined", 1, None), ("disciplined", 4, "commission")]


def test_breaches_that_reach_discipline_written_with_co_are_disciplined() -> None:
    text = ("Năm 2025, Ủy ban Kiểm tra các cấp đã kết luận 3 tổ chức đảng, 11 đảng viên có vi phạm đến mức phải thi "
            "hành kỷ luật.")
    assert facts(text, "indicator", "subject", "value", "actor") == [
        ("disciplined", "party_org", 3, "commission"), ("disciplined", "party_member", 11, "commission")]


@pytest.mark.parametrize("follow_up", [
    "Về công tác giám sát, đã tổ chức giám sát 40 tổ chức đảng.",
    "Qua kiểm tra, đến nay đã kết luận kiểm tra đối với 40 tổ chức đảng.",
])
def test_a_paragraph_without_a_subject_goes_on_with_the_body_that_acted_last(follow_up: str) -> None:
    text = f"Năm 2021, Ủy ban Kiểm tra các cấp đã kiểm tra 95 tổ chức đảng.\n\n{follow_up}"
    assert [a for _, a in facts(text, "value", "actor")] == ["commission", "commission"]


def test_a_list_item_after_a_comma_keeps_the_whole_body_as_its_subject() -> None:
    text = ("Năm 2023, Ủy ban Kiểm tra Tỉnh ủy kiểm tra 9 đảng viên.\n\nToàn Đảng bộ tỉnh thi hành kỷ luật 50 đảng "
            "viên, bằng các hình thức: khiển trách 30, cảnh cáo 12, cách chức 3, khai trừ 5.")
    assert facts(text, "value", "actor")[1:] == [(50, None), (30, None), (12, None), (3, None), (5, None)]



@pytest.mark.parametrize(("text", "expected"), [
    # a noun naming the act ('cuộc giám sát') aims at the figures after its object marker, also after its topic
    ("Năm 2022, Ban Thường vụ Huyện ủy tiến hành 3 cuộc giám sát đối với 5 tổ chức đảng.",
     [("supervised", "party_org", "count", 5)]),
    ("Năm 2022, Ban Thường vụ Huyện ủy thực hiện 2 cuộc kiểm tra chuyên đề về việc chuyển nhượng đất ở, việc quản "
     "lý quỹ của xã với 4 tổ chức đảng.", [("inspected", "party_org", "count", 4)]),
    # a plan named by a noun does not reach past its topic, nor does a comparison
    ("Năm 2022, Ban Thường vụ Huyện ủy ban hành chương trình giám sát theo chuyên đề đối với 9 tổ chức đảng.", []),
    ("Năm 2022, Ban Thường vụ Huyện ủy tổ chức 3 cuộc kiểm tra, tăng 1 cuộc so với 5 tổ chức đảng năm trước.", []),
])
def test_a_noun_of_an_act_aims_at_the_objects_after_its_topic(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a form named after the counted noun of a part of a total: that form, not a second disciplined total
    ("Năm 2022, cấp ủy các cấp thi hành kỷ luật 12 đảng viên (trong đó 4 trường hợp ở mức độ khiển trách).",
     [("disciplined", 12), ("disciplined_reprimand", 4)]),
    ("Năm 2022, cấp ủy các cấp thi hành kỷ luật 12 đảng viên, trong đó 4 trường hợp với hình thức cảnh cáo.",
     [("disciplined", 12), ("disciplined_warning", 4)]),
    # the whole of a total: its form as well
    ("Năm 2022, cấp ủy các cấp thi hành kỷ luật 2 đảng viên ở mức khiển trách.",
     [("disciplined", 2), ("disciplined_reprimand", 2)]),
])
def test_a_form_after_the_noun_of_a_part_is_that_parts_form(text: str, expected: list[tuple]) -> None:
    assert facts(text, "indicator", "value") == expected


@pytest.mark.parametrize(("text", "province"), [
    # a ward of the 2025 map that one old province formed, in a text naming no province, district or publisher
    ("Chiều 5/3, Đảng ủy phường Sơn Trà tổ chức lễ kết nạp 3 đảng viên mới.", "da-nang"),
    # a name several provinces' communes share decides nothing
    ("Chiều 5/3, Đảng ủy xã Bình An tổ chức lễ kết nạp 3 đảng viên mới.", "unknown"),
    # an agency named after the old district's area ('khu vực') after 2025
    ("Chi bộ Trung tâm Y tế khu vực Phù Ninh kết nạp 2 đảng viên mới.", "phu-tho"),
    # … but a regional court's number names no district ('Quận 5')
    ("Chiều 5/3, Đảng ủy phường Sơn Trà và Tòa án nhân dân khu vực 5 tổ chức lễ kết nạp 3 đảng viên.", "da-nang"),
    # a commune's name is read whole ('Long Thạnh Mỹ', not 'Long Thạnh'), and a name other provinces' wards share
    # allows the province the rest names
    ("Đảng ủy phường Tăng Nhơn Phú, lập từ các phường Long Thạnh Mỹ và Tân Phú, kết nạp 3 đảng viên.", "ho-chi-minh"),
    ("Đảng ủy phường Tăng Nhơn Phú và Đảng ủy phường Phước Long kết nạp 3 đảng viên.", "ho-chi-minh"),
])
def test_a_text_naming_only_a_new_commune_or_an_area_gets_its_province(text: str, province: str) -> None:
    assert run(text).document["province"] == province


@pytest.mark.parametrize(("text", "expected"), [
    # the act whose target a percentage attains, named after the target words
    ("Năm 2023, chi bộ mới thực hiện 40% chỉ tiêu được giao về công tác kết nạp đảng viên.",
     [("admitted", "party_member", "attainment_pct", 40)]),
    ("Năm 2023, huyện đạt 75% kế hoạch thành lập tổ chức đảng.", [("established", "party_org", "attainment_pct", 75)]),
    # another act between the target words and the cue: nothing
    ("Năm 2023, xã đạt 90% kế hoạch thu ngân sách và kiểm tra tổ chức đảng.", []),
    # the body a target is given to may stand between the target word and the act
    ("Năm 2020, Huyện ủy giao chỉ tiêu cho các xã kết nạp 75 đảng viên.", [("admitted", "party_member", "target", 75)]),
    # … and a capital after the comma opens the next clause, no second subject of the target's figure
    ("Nhiệm kỳ 2020 - 2025, Thành ủy giao chỉ tiêu cho Đảng bộ trường kết nạp 60 đảng viên, Đảng bộ kết nạp được 90 "
     "đảng viên.", [("admitted", "party_member", "target", 60), ("admitted", "party_member", "count", 90)]),
    ("Năm 2020 đã kiểm tra 80 tổ chức Đảng, Đảng viên.", []),
    # a yearly floor with nothing achieved is a norm, a target; with 'được' it is what was done
    ("Hằng năm kết nạp từ 12 đảng viên trở lên.", [("admitted", "party_member", "target", 12)]),
    # what a congress's resolution set out ('đề ra là …') is a target
    ("Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2015-2020 đề ra là mỗi năm phát triển 300 đảng viên mới.",
     [("admitted", "party_member", "target", 300)]),
    ("Hằng năm Đảng bộ kết nạp được từ 12 đảng viên trở lên.", [("admitted", "party_member", "count", 12)]),
    # … and so is a yearly range a floor word opens, in a sentence a yearly opener leads
    ("Hằng năm, chi bộ hoàn thành tốt nhiệm vụ; mỗi năm kết nạp từ 4-6 đảng viên.",
     [("admitted", "party_member", "target", 4), ("admitted", "party_member", "target", 6)]),
    ("Hằng năm, chi bộ kết nạp được từ 4-6 đảng viên.",
     [("admitted", "party_member", "count", 4), ("admitted", "party_member", "count", 6)]),
    ("Hằng năm, chi bộ hoàn thành tốt nhiệm vụ; mỗi năm kết nạp từ 4 đến 6 đảng viên.",
     [("admitted", "party_member", "target", 4), ("admitted", "party_member", "target", 6)]),
    # … and so is a floor in any clause that says nothing achieved, unless it averages past years
    ("Năm 2020, chi bộ đề ra các nhiệm vụ: giữ vững đoàn kết; phát triển mới từ 03 đảng viên trở lên.",
     [("admitted", "party_member", "target", 3)]),
    ("Năm 2020, Đảng bộ trường đã kết nạp từ 30 đảng viên trở lên.", [("admitted", "party_member", "count", 30)]),
    ("Trung bình mỗi năm, Đảng bộ trường kết nạp từ 30 đảng viên trở lên.",
     [("admitted", "party_member", "count", 30)]),
])
def test_targets_named_after_the_figure_and_yearly_norms(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(("opening", "period"), [
    ("Trong 4 năm qua", "TERM"),  # a number of past years: the years up to now
    ("Ba năm qua", "TERM"),
    ("Những năm qua", "FY"),  # vague: the report's own period
])
def test_a_number_of_past_years_is_a_window_up_to_now(opening: str, period: str) -> None:
    text = f"Năm 2022, Huyện ủy tổng kết công tác.\n\n{opening}, Đảng bộ huyện đã kết nạp 310 đảng viên mới."
    assert facts(text, "value", "year", "period") == [(310, 2022, period)]


def test_a_slug_closing_on_a_date_dates_an_undated_text() -> None:
    text = "Ủy ban Kiểm tra Thành ủy đã thi hành kỷ luật 3 đảng viên vi phạm."
    assert run(text, url="https://example.vn/tin-tuc/vu-viec-ky-luat-can-bo-15-03-2016/").document["year"] == 2016
    assert run(text, url="https://example.vn/tin-tuc/vu-viec-ky-luat-can-bo/").document["year"] is None
    # an anniversary's date before the day's: the day's
    url = "https://example.vn/tin-tuc/ket-nap-dang-nhan-dip-ky-niem-quoc-khanh-2-9-1945-2-9-2016"
    assert run(text, url=url).document["year"] == 2016


@pytest.mark.parametrize(("slug", "year"), [
    ("dai-hoi-dang-bo-xa-hoa-lac-lan-thu-xii-nhiem-ky-20202025.1169", 2020),  # the congress's year: the term's first
    ("dai-hoi-chi-bo-khu-pho-3-nhiem-ky-2022-2025", 2022),
    ("ket-qua-kiem-tra-nhiem-ky-2020-2025", None),  # a term with no congress: no year of the text's own
])
def test_an_undated_congress_text_takes_the_year_of_the_congress_its_slug_names(slug: str, year: int | None) -> None:
    text = "Về dự Đại hội có đồng chí A, Bí thư Huyện ủy, và 98 đại biểu đại diện cho 16 chi bộ trực thuộc."
    assert run(text, url=f"http://example.dcs.vn/{slug}").document["year"] == year


def test_runs_of_spaces_between_words_read_as_one_space() -> None:
    text = "Năm 2019, chi  bộ có 4 đồng  chí  được kết  nạp vào Đảng."
    assert facts(text) == [("admitted", "party_member", "count", 4)]
    assert "  " not in run(text).document["text"]


@pytest.mark.parametrize(("text", "expected"), [
    # checking on and urging work along ('kiểm tra, đôn đốc') is no Party inspection
    ("Năm 2015, tổ công tác thường xuyên kiểm tra, đôn đốc đại hội ở 64 chi, đảng bộ.", []),
    ("Năm 2015, tổ công tác kiểm tra đôn đốc 64 chi bộ tổ chức đại hội.", []),
    ("Năm 2015, Ban Thường vụ Huyện ủy kiểm tra 64 chi bộ.", [("inspected", "party_org", "count", 64)]),
    # a military readiness drill ('kiểm tra sẵn sàng động viên') is no Party inspection
    ("Năm 2023, 42 đảng viên sinh hoạt ở đơn vị dự bị; diễn tập, kiểm tra sẵn sàng chiến đấu đạt 95%.", []),
])
def test_checking_on_work_is_no_inspection(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "Năm 2023, Thành ủy kiểm tra kỷ cương, kỷ luật tại 6 tổ chức đảng.",
    "Năm 2024, Thành ủy sẽ kiểm tra việc chấp hành kỷ luật, kỷ cương tại 6 tổ chức đảng.",
])
def test_discipline_as_order_is_no_discipline(text: str) -> None:
    """'kỷ cương, kỷ luật' (discipline and order) is the topic of an inspection, no discipline given."""
    assert not [f for f in facts(text) if f[0].startswith("disciplined")]


@pytest.mark.parametrize(("text", "expected"), [
    # the time of a body's founding names its stock then and now, no foundings
    ("Lúc thành lập chỉ có 6 đảng viên, đến nay, Đảng bộ xã có 215 đảng viên sinh hoạt ở 12 chi bộ.", []),
    ("Từ 30 tổ chức cơ sở đảng khi mới thành lập, đến nay, Đảng bộ quận đã có 64 tổ chức cơ sở đảng.", []),
    ("Năm 2019, Đảng ủy xã thành lập 2 chi bộ.", [("established", "party_org", "count", 2)]),
    # the day of founding names a stock
    ("Ngày đầu thành lập, Đảng bộ huyện có 13 chi bộ và 127 đảng viên.", []),
    # the Youth Union's base organisations are no Party bodies
    ("Năm 2012, huyện thành lập mới 05 tổ chức cơ sở Đoàn và 3 tổ chức cơ sở đảng.",
     [("established", "party_org", "count", 3)]),
    # the whole commune's stock after its foundings
    ("Trong nhiệm kỳ, Đảng bộ thành lập mới 3 chi bộ, đến nay toàn xã có 14 chi bộ.",
     [("established", "party_org", "count", 3)]),
    # the make-up of a body founded, after 'gồm', is no new bodies; a list after a founding's own figure is
    ("Năm 2025, Đảng bộ phường được thành lập theo Quyết định số 87-QĐ/TU của Thành ủy, gồm 70 tổ chức đảng với 2.716 "
     "đảng viên.", []),
    ("Đảng bộ Khối cơ quan huyện được thành lập năm 2016 với 24 chi bộ và 310 đảng viên.", []),
    ("Năm 2016, Huyện ủy thành lập 4 chi bộ với 60 đảng viên.", [("established", "party_org", "count", 4)]),
    ("Năm 2023, Huyện ủy thành lập mới 5 chi bộ, gồm 3 chi bộ doanh nghiệp và 2 chi bộ trường học.",
     [("established", "party_org", "count", 5), ("established", "party_org", "count", 3),
      ("established", "party_org", "count", 2)]),
])
def test_the_time_of_a_founding_is_no_founding(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the whole body's membership after its admissions is a stock
    ("Năm 2022, Huyện ủy kết nạp được 12 đảng viên mới, đến nay toàn Đảng bộ huyện có 3.663 đảng viên.",
     [("admitted", "party_member", "count", 12)]),
    # a trade union's upper level inspects the finances of its own units, not Party bodies
    ("Năm 2021, giới thiệu 1.312 đoàn viên ưu tú cho Đảng xem xét kết nạp; Công đoàn cấp trên trực tiếp cơ sở kiểm tra "
     "tài chính 16 đơn vị.", []),
])
def test_a_stock_or_a_unions_act_is_no_party_figure(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # inspection and supervision teams a committee sets up are no Party organisations
    ("Năm 2019, Ban Thường vụ Huyện ủy thành lập 04 Đoàn kiểm tra do Phó Bí thư làm trưởng đoàn.", []),
    ("Năm 2019, Đảng ủy thành lập 2 đoàn giám sát chuyên đề.", []),
    ("Năm 2019, Đảng ủy thành lập 2 tổ chức cơ sở đảng.", [("established", "party_org", "count", 2)]),
    # a resolution that sets out an aim ('đặt ra mục tiêu') plans the figures after it
    ("Nghị quyết Đại hội Đảng bộ huyện đặt ra mục tiêu 100% số thôn có chi bộ; kết nạp 120 đảng viên trở lên/năm.",
     [("admitted", "party_member", "target", 120)]),
])
def test_teams_set_up_and_aims_set_out_are_no_achievements(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the dash after a newspaper's tag opens the lede's clause: its year is the report's
    ("Kết nạp đảng viên mới\n\n(TBT) - Năm 2016, toàn tỉnh đã kết nạp 980 đảng viên mới.\n\n"
     "Năm 2017, các cấp ủy tiếp tục chú trọng công tác tạo nguồn.", (2016, "FY")),
    ("Kết nạp đảng viên mới\n\n(TBT)- Năm 2016, toàn tỉnh đã kết nạp 980 đảng viên mới.\n\n"
     "Năm 2017, các cấp ủy tiếp tục chú trọng công tác tạo nguồn.", (2016, "FY")),
])
def test_a_year_after_a_newspapers_tag_opens_the_lede(text: str, expected: tuple) -> None:
    assert (run(text).document["year"], run(text).document["period"]) == expected


@pytest.mark.parametrize(("stamp", "published"), [
    ("Thứ Năm, 9 tháng 3, 2017", "2017-03-09"),
    ("- Đăng ngày: Thứ hai, 14 Tháng 11 2016 08:30", "2016-11-14"),
    ("Cập nhật: 14 tháng 11 năm 2016", "2016-11-14"),
])
def test_a_stamp_line_with_the_month_word_dates_the_article(stamp: str, published: str) -> None:
    text = f"Đảng bộ xã qua các kỳ đại hội\n{stamp}\nĐại hội lần thứ I (nhiệm kỳ 1976 - 1979) có 120 đại biểu."
    assert run(text).document["published"] == published


@pytest.mark.parametrize(("text", "values"), [
    # a list after a label word goes on naming, up to a number a counted noun follows
    ("Chi bộ 4 lãnh đạo các tổ dân phố gồm: tổ 11,12 và 30, 31 và quản lý 28 đảng viên.", [28]),
    ("Chi bộ lãnh đạo 3 tổ dân phố gồm: Tổ dân phố 41,42 và 43; chi bộ 9 quản lý 19 đảng viên.", [3, 19]),
    ("Năm 2020, chi bộ 3, 45 đảng viên được đánh giá hoàn thành tốt nhiệm vụ.", [45]),
    # two days closing on a day and month written with a dot, at the sentence's end
    ("Đại hội Đảng bộ tỉnh lần thứ XI diễn ra từ ngày 21 - 23.9.", []),
    ("Đại hội diễn ra từ 21 - 23.9. Có 310 đại biểu dự.", [310]),
])
def test_lists_of_names_and_day_ranges_hold_no_quantity(text: str, values: list[float]) -> None:
    assert [q["value"] for q in run(text).quantities] == values


@pytest.mark.parametrize(("text", "expected"), [
    # the speaker's body is not the actor when the words it reports name the whole body acting
    ("Năm 2019, Bí thư Thành ủy cho biết, 5 năm qua thành phố đã kiểm tra 1.200 đảng viên.",
     [("inspected", 1200, None)]),
    ("Năm 2019, Bí thư Thành ủy cho biết, Ban Thường vụ Thành ủy đã kiểm tra 12 tổ chức đảng.",
     [("inspected", 12, "committee")]),
    # leaders disciplined are members
    ("Năm 2019, 2 lãnh đạo chủ chốt của huyện bị kỷ luật do vi phạm trong công tác cán bộ.",
     [("disciplined", 2, None)]),
    # organisations replaced by the new ones are no foundings
    ("Năm 2025, tỉnh thành lập 12 đảng bộ xã mới, thay thế cho 40 đảng bộ xã hiện nay.", [("established", 12, None)]),
])
def test_who_acted_and_what_was_founded_after_a_speech_or_a_replacement(text: str, expected: list[tuple]) -> None:
    assert facts(text, "indicator", "value", "actor") == expected


@pytest.mark.parametrize(("text", "province"), [
    # a district written as the huyện it was before it became a town: 'huyện Phong Điền' is Huế's as well as Cần
    # Thơ's, and the province the text names decides
    ("Ngày 7-3, UBND huyện Phong Điền, tỉnh Thừa Thiên - Huế cho biết vừa thu hồi 240 triệu đồng của một xã. Thanh "
     "tra huyện Phong Điền đã chuyển hồ sơ. Kho bạc huyện Phong Điền giữ số tiền.", "hue"),
    ("Năm 2019, Huyện ủy Phổ Yên kết nạp 120 đảng viên.", "thai-nguyen"),
])
def test_a_district_named_by_its_former_kind(text: str, province: str) -> None:
    assert run(text).document["province"] == province


def test_a_numbered_district_names_its_city() -> None:
    text = "Kết quả kết nạp đảng viên của Đảng bộ Quận 5\n\nNăm 2019, Quận 5 kết nạp 140 đảng viên, đạt 110% chỉ tiêu."
    assert run(text).document["province"] == "ho-chi-minh"


@pytest.mark.parametrize(("text", "expected"), [
    # striving that was done ('phấn đấu, … đã có') plans nothing
    ("Năm 2018, qua rèn luyện, phấn đấu, đã có 65 quần chúng ưu tú được kết nạp vào Đảng.",
     [("admitted", "party_member", "count", 65)]),
    ("Năm 2018, Đảng bộ phấn đấu kết nạp 65 đảng viên mới.", [("admitted", "party_member", "target", 65)]),
    # capital that companies keep and grow is no admission; cells dissolved are no foundings
    ("Năm 2018, số doanh nghiệp bảo toàn, phát triển vốn đạt 92,5%.", []),
    ("Năm 2018, Đảng ủy Khối thành lập 5 chi bộ, giải thể 3 chi bộ.", [("established", "party_org", "count", 5)]),
])
def test_done_striving_grown_capital_and_dissolved_cells(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a term opening its paragraph with a comma is the period, whatever the caption line before it names
    ("Ban Chấp hành Đảng bộ Sở Xây dựng khóa mới, nhiệm kỳ 2020 - 2025 ra mắt\n\n"
     "Nhiệm kỳ 2015 - 2020, Đảng bộ Sở Xây dựng đã kết nạp 12 đảng viên mới.",
     [(12, 2020, "TERM")]),
    # a congress named in an earlier clause of the sentence is no name of the term that a period word opens
    ("Đảng bộ Sở Công Thương tổ chức Đại hội lần thứ IX, nhiệm kỳ 2020 - 2025.\n\n"
     "Theo báo cáo tại Đại hội, trong nhiệm kỳ 2015 - 2020, Đảng bộ đã làm tốt công tác chính trị. "
     "Về phát triển đảng, Đảng bộ có 9 quần chúng được kết nạp.\n\n"
     "Trong nhiệm kỳ 2020 - 2025, Đảng bộ đề ra mục tiêu xây dựng Đảng bộ trong sạch, vững mạnh.",
     [(9, 2020, "TERM")]),
])
def test_a_term_opening_its_clause_is_the_period_of_the_review(text: str, expected: list[tuple]) -> None:
    assert facts(text, "value", "year", "period") == expected


def test_a_year_and_month_in_the_address_date_an_undated_text() -> None:
    text = "Ủy ban Kiểm tra Huyện ủy đã thi hành kỷ luật 2 đảng viên vi phạm."
    doc = run(text, url="https://example.vn/2018/07/uy-ban-kiem-tra-ky-luat-dang-vien.html").document
    assert (doc["year"], doc["published"]) == (2018, "2018-07")
    doc = run(text, url="https://example.vn/2018/07/21/uy-ban-kiem-tra-ky-luat-dang-vien/").document
    assert (doc["year"], doc["published"]) == (2018, "2018-07")


@pytest.mark.parametrize(("text", "expected"), [
    # probationary members made full members are not admitted again
    ("Năm 2017, chi bộ đã kết nạp mới 5 đồng chí và 4 đồng chí đảng viên dự bị được công nhận đảng viên chính thức.",
     [("admitted", "party_member", "count", 5)]),
    ("Năm 2017, chi bộ kết nạp 02 quần chúng ưu tú và công nhận đảng viên chính thức cho 03 đảng viên dự bị.",
     [("admitted", "party_member", "count", 2)]),
    # what a body 'sẽ có' by a year is a stock, not the foundings planned before it
    ("Năm 2019, khu công nghiệp sẽ thành lập thêm 3 chi bộ và đến năm 2020 sẽ có 14 chi bộ trong doanh nghiệp.",
     [("established", "party_org", "target", 3)]),
])
def test_full_membership_and_a_future_stock_are_no_new_figures(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(("url", "province"), [
    ("https://example.vn/thoi-su/dai-hoi-dang-bo-cong-an-tp-vinh-yen-nhiem-ky-moi-1234.html", "vinh-phuc"),
    ("https://example.vn/cong-doan/dang-bo-lien-doan-lao-dong-tinh-hoa-binh-ket-nap-5678.html", "hoa-binh"),
    ("https://example.vn/hoat-dong/huyen-uy-phu-vang-hop-ban-thuong-vu.html", "hue"),
    ("https://example.vn/tin-tuc/huyen-chau-thanh-ket-nap-dang-vien.html", UNKNOWN_PROVINCE),  # ten provinces have one
    ("https://example.vn/tin-tuc/quan-tam-phat-trien-dang-vien.html", UNKNOWN_PROVINCE),  # 'quan tâm' is no district
    ("http://anxuantamky.gov.vn/news/1", "quang-nam"),  # a ward's portal, its city's five-letter name closing the host
    # 'ở' before a place's name, unless the name opens a list of provinces; a province after its own unit stays
    ("https://example.vn/thi-dua-o-pleiku-12-05-2011/", "gia-lai"),
    ("https://example.vn/dong-bao-dan-toc-o-quang-binh-ha-tinh-225.html", UNKNOWN_PROVINCE),
    ("https://example.vn/dang-o-huyen-muong-cha-tinh-dien-bien-hien-nay.htm", "dien-bien"),
])
def test_an_address_naming_a_unit_after_its_kind_gives_the_province(url: str, province: str) -> None:
    assert run("Chi bộ đã kết nạp 2 đảng viên mới.", url=url).document["province"] == province


def test_the_term_of_a_standing_committee_disciplined_is_no_period() -> None:
    text = ("Năm 2024, Ủy ban Kiểm tra Tỉnh ủy thi hành kỷ luật cảnh cáo Ban Thường vụ Đảng ủy Sở Tài chính nhiệm kỳ "
            "2020 - 2025 và khiển trách 3 đảng viên.")
    assert facts(text, "indicator", "value", "year", "period") == [("disciplined_reprimand", 3, 2024, "FY")]


@pytest.mark.parametrize(("text", "expected"), [
    # a congress's lede: the text reviews the term ending as the congress opens, whatever year its figures name
    ("Ngày 20-8, Đại hội đại biểu Đảng bộ xã Hòa Lạc lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc.\n\n"
     "Năm 2025, Đảng bộ xã đã kết nạp 11 đảng viên mới.", (2025, "TERM")),
    # preparing for congresses is no congress text
    ("Ngày 20-8, Huyện ủy tổ chức hội nghị chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030.\n\n"
     "Năm 2025, Đảng bộ huyện đã kết nạp 11 đảng viên mới.", (2025, "FY")),
])
def test_a_congress_lede_dates_the_text_by_the_term_it_closes(text: str, expected: tuple) -> None:
    document = run(text, published="2025-08-20").document
    assert (document["year"], document["period"]) == expected


def test_a_party_organisation_holding_its_numbered_congress_writes_a_congress_text() -> None:
    text = ("Ngày 28-5, Đảng bộ xã Hòa Lạc tổ chức Đại hội lần VI, nhiệm kỳ 2020 - 2025.\n\nNhiệm kỳ qua, Đảng bộ xã "
            "kết nạp 20 đảng viên. Năm 2019, thu ngân sách đạt 12 tỷ đồng.\n\nNhiệm kỳ 2020 - 2025, Đảng bộ đề ra 5 "
            "nhóm giải pháp; phấn đấu kết nạp 30 đảng viên.")
    result = run(text)
    assert (result.document["year"], result.document["period"]) == (2020, "TERM")
    assert [(f["measure"], f["value"], f["year"]) for f in result.facts] == [("count", 20, 2020), ("target", 30, 2025)]


@pytest.mark.parametrize(("text", "expected"), [
    # a quoted name holding a cue names no act: staff given the inspection sector's medal were not inspected
    ("Năm 2018, Quận ủy trao Kỷ niệm chương “Vì sự nghiệp Kiểm tra của Đảng” cho 7 cán bộ.", []),
    ("Năm 2018, hưởng ứng cuộc vận động “Kết nạp đảng viên trẻ”, huyện đã kết nạp 30 đảng viên.",
     [("admitted", "party_member", "count", 30)]),
])
def test_a_cue_inside_a_quoted_name_is_no_act(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the acting body between the passive marker and the verb: 'bị <body> kỷ luật'
    ("Năm 2020, có 3 trường hợp đã bị Ủy ban Kiểm tra Thành ủy Vũng Tàu kỷ luật bằng hình thức khiển trách.",
     [("disciplined_reprimand", "party_member", "count", 3, "commission")]),
    ("Năm 2020, 2 đảng viên bị Ban Thường vụ Huyện ủy kỷ luật cảnh cáo.",
     [("disciplined_warning", "party_member", "count", 2, "committee")]),
    # a body that praised them, then a verb of its own clause, is no agent of the act
    ("Năm 2020, 4 đảng viên được Ban Thường vụ Huyện ủy khen thưởng, không ai bị kỷ luật.", []),
    # a commune's head counted by title is a member disciplined
    ("Năm 2020, Tỉnh ủy khai trừ khỏi Đảng 1 phó chủ tịch xã.",
     [("disciplined_expulsion", "party_member", "count", 1, "committee")]),
    # so is a director, written out or as 'PGĐ'
    ("Năm 2023, Ban Thường vụ Tỉnh ủy cảnh cáo 2 phó giám đốc sở.",
     [("disciplined_warning", "party_member", "count", 2, "committee")]),
    ("Năm 2023, 2 PGĐ bệnh viện bị Ban Thường vụ Tỉnh ủy kỷ luật cảnh cáo.",
     [("disciplined_warning", "party_member", "count", 2, "committee")]),
    # a department's name holds a 'và' that joins no clause
    ("Năm 2022, 3 cán bộ Sở Tài nguyên và Môi trường tỉnh bị kỷ luật cảnh cáo.",
     [("disciplined_warning", "party_member", "count", 3, None)]),
])
def test_an_acting_body_in_a_passive_and_members_counted_by_title(text: str, expected: list[tuple]) -> None:
    assert facts(text, "indicator", "subject", "measure", "value", "actor") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a quoted finding that counts cases is a statement: its figure counts
    ("Báo cáo nêu rõ “có 6 trường hợp có khuyết điểm nhưng chưa đến mức phải xử lý kỷ luật” tại xã.", [6]),
    # a long quoted slogan with a number names a movement
    ("Xã phát động phong trào “3 xây dựng nông thôn mới gắn với phát triển kinh tế của địa phương”.", []),
    # a short quoted title keeps its number a name
    ("Chi bộ đạt danh hiệu “4 tốt” năm nay.", []),
])
def test_a_quoted_statement_counts_and_a_quoted_name_does_not(text: str, expected: list[float]) -> None:
    assert [q["value"] for q in run(text).quantities] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 'đến cuối năm' of the year after the report plans that year
    ("Năm 2021, thị xã kết nạp 45 đảng viên. Thị xã phấn đấu đến cuối năm 2022 kết nạp thêm 50 đảng viên.",
     [("count", 45, 2021, "FY"), ("target", 50, 2022, "FY")]),
    # a horizon further off is a term's
    ("Năm 2021, thị xã kết nạp 45 đảng viên. Thị xã phấn đấu đến cuối năm 2025 kết nạp thêm 250 đảng viên.",
     [("count", 45, 2021, "FY"), ("target", 250, 2025, "TERM")]),
])
def test_the_end_of_next_year_is_a_yearly_plan(text: str, expected: list[tuple]) -> None:
    assert facts(text, "measure", "value", "year", "period") == expected


def test_a_change_since_the_start_of_the_term_makes_a_term_text() -> None:
    text = ("Đến nay, huyện có 40 tổ chức cơ sở đảng, tăng 2 tổ chức so với đầu nhiệm kỳ; toàn huyện đã kết nạp "
            "mới được 180 đảng viên.")
    assert run(text).document["period"] == "TERM"
    assert ("admitted", 180, "TERM") in facts(text, "indicator", "value", "period")


def test_grassroots_party_bodies_founded_are_party_organisations() -> None:
    assert facts("Năm 2007, có 12 cơ sở Đảng ngoài quốc doanh được thành lập.") == [
        ("established", "party_org", "count", 12)]


@pytest.mark.parametrize(("text", "expected"), [
    # the commissions advised, the committees they advised acted
    ("Năm 2020, UBKT các cấp đã tham mưu, giúp cấp ủy xem xét, xử lý kỷ luật 3 tổ chức đảng, 16 đảng viên.",
     [("disciplined", 3, "committee"), ("disciplined", 16, "committee")]),
    ("Năm 2020, UBKT Huyện ủy tham mưu cho Ban Thường vụ Huyện ủy thi hành kỷ luật 5 đảng viên.",
     [("disciplined", 5, "committee")]),
    # with no body advised, the commission acts
    ("Năm 2020, UBKT Huyện ủy đã giúp đỡ 4 chi bộ yếu kém và thi hành kỷ luật 5 đảng viên.",
     [("disciplined", 5, "commission")]),
])
def test_a_body_advised_to_act_is_the_actor(text: str, expected: list[tuple]) -> None:
    assert facts(text, "indicator", "value", "actor") == expected


def test_a_term_running_up_to_a_dated_now_ends_with_the_local_term() -> None:
    text = "Từ đầu nhiệm kỳ đến nay (giữa tháng 7 năm 2023), Đảng bộ huyện đã kết nạp 640 đảng viên."
    assert [(f["value"], f["year"], f["period"]) for f in run(text, published="2023-08-01").facts] == [
        (640, 2025, "TERM")]


@pytest.mark.parametrize(("text", "expected"), [
    # a national report: the term the national congress opened (XIII: 2021 - 2026)
    ("Ủy ban Kiểm tra Trung ương cho biết, từ đầu nhiệm kỳ Đại hội XIII đến nay, toàn Đảng đã thi hành kỷ luật 700 "
     "tổ chức đảng. Ban Bí thư đánh giá cao kết quả này của Ủy ban Kiểm tra Trung ương.", [(700, 2026, "TERM")]),
    ("Ủy ban Kiểm tra Trung ương cho biết, trong nhiệm kỳ Đại hội khóa XIII của Đảng, toàn Đảng đã thi hành kỷ luật "
     "650 tổ chức đảng. Ban Bí thư đánh giá cao kết quả này của Ủy ban Kiểm tra Trung ương.", [(650, 2026, "TERM")]),
    ("Ủy ban Kiểm tra Trung ương cho biết, từ đầu nhiệm kỳ Đại hội 13 của Đảng đến nay, toàn Đảng đã thi hành kỷ luật "
     "600 tổ chức đảng. Ban Bí thư đánh giá cao kết quả này của Ủy ban Kiểm tra Trung ương.", [(600, 2026, "TERM")]),
    # a province's own term under the national congress ended the year before
    ("Trong nhiệm kỳ Đại hội XII, Đảng bộ tỉnh Nghệ An đã kết nạp 5.000 đảng viên.", [(5000, 2020, "TERM")]),
    # a local congress of the same ordinal names no national term
    ("Tổng kết nhiệm kỳ Đại hội XII của Đảng bộ tỉnh, năm 2020 toàn tỉnh kết nạp 900 đảng viên.", [(900, 2020, "FY")]),
])
def test_the_term_of_a_national_congress_named_by_its_ordinal(text: str, expected: list[tuple]) -> None:
    assert facts(text, "value", "year", "period") == expected


@pytest.mark.parametrize(("text", "province"), [
    # a central body acting on two provinces names neither as the text's
    ("Ủy ban Kiểm tra Trung ương đã thi hành kỷ luật cảnh cáo Ban cán sự đảng UBND tỉnh Cao Bằng và Ban cán sự đảng "
     "UBND tỉnh Bến Tre, khiển trách 3 đảng viên.", UNKNOWN_PROVINCE),
    # acting on one, it names that one
    ("Ủy ban Kiểm tra Trung ương đã thi hành kỷ luật cảnh cáo Ban Thường vụ Tỉnh ủy Cao Bằng, khiển trách 3 đảng "
     "viên của tỉnh Cao Bằng.", "cao-bang"),
])
def test_a_central_body_acting_on_two_provinces_is_national(text: str, province: str) -> None:
    assert run(text).document["province"] == province


def test_a_local_body_chairing_a_bridge_point_of_a_national_conference_names_no_province() -> None:
    text = ("Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy và đồng chí Trần Văn Bình, Chủ nhiệm UBKT Tỉnh ủy chủ trì tại điểm "
            "cầu Kon Tum\n\nTrong năm 2022, công tác kiểm tra của Đảng tiếp tục được Ban Chấp hành Trung ương, Bộ "
            "Chính trị, Ban Bí thư chỉ đạo.\n\nỦy ban Kiểm tra Trung ương đổi mới.\n\nCác đại biểu dự tại điểm cầu "
            "Kon Tum")
    assert run(text, "https://truyenhinhkontum.example.vn/hoi-nghi-toan-quoc.html").document["province"] == (
        UNKNOWN_PROVINCE)


def test_a_text_naming_only_the_country_is_national_behind_a_portals_furniture() -> None:
    furniture = "Trang chủ\n\nTin tức - Sự kiện\n\nChi tiết bài viết\n\n" + "Chia sẻ bài viết này. " * 16
    text = (f"{furniture}\n\nCán bộ tuyên giáo các cấp\n\nHiện nay, cả nước có 1.500 cán bộ tuyên giáo cấp tỉnh, "
            "đạt 92% chỉ tiêu biên chế. Ban Tuyên giáo Trung ương đề nghị các tỉnh ủy trên cả nước bổ sung cán bộ, "
            "như Ban Bí thư đã chỉ đạo.")
    assert run(text, "https://tuyengiao.dongnai.example.vn/can-bo-tuyen-giao.html").document["province"] == (
        UNKNOWN_PROVINCE)


@pytest.mark.parametrize("title", [
    "Tỉnh ủy chuẩn bị văn kiện Đại hội đại biểu Đảng bộ tỉnh lần thứ XX",
    # a title taken from the URL slug writes the local body without marks
    "chuan bi van kien dai hoi dai bieu dang bo tinh lan thu xx",
])
def test_a_local_body_in_the_title_keeps_the_publishers_province(title: str) -> None:
    text = (f"{title}\nBan soạn thảo đang hoàn thiện dự thảo báo cáo chính trị để trình Ban Thường vụ Tỉnh ủy và gửi "
            "Bộ Chính trị.\n\nÝ kiến tại Hội nghị Tỉnh ủy lần thứ 20 cho thấy dự thảo đã nêu rõ kết quả nhiệm kỳ, "
            "đúng như Bộ Chính trị yêu cầu.")
    assert run(text, "https://truyenhinhkontum.example.vn/chuan-bi-van-kien.html").document["province"] == "kon-tum"


@pytest.mark.parametrize(("text", "province"), [
    # a meeting of a region's provinces, held in one of them, is no report of that province
    ("Giao ban công tác kiểm tra 9 tỉnh, thành phố khu vực miền Trung\n\nNgày 12/5, tại thành phố Quy Nhơn, tỉnh "
     "Bình Định, đại diện Ủy ban Kiểm tra Tỉnh ủy, Thành ủy trao đổi kinh nghiệm. Tỉnh Bình Định kiểm tra 25 đảng "
     "viên.", UNKNOWN_PROVINCE),
    ("Kỷ luật 300 đảng viên khu vực Tây Nguyên\n\nNăm 2020, cấp ủy các cấp trong các tỉnh Gia Lai và Kon Tum thi "
     "hành kỷ luật 300 đảng viên.", UNKNOWN_PROVINCE),
    # a region's count may close a long opening sentence; a count of provinces whose list follows a colon is a region
    ("Ra mắt đơn vị mới của Ủy ban Kiểm tra Trung ương\n\nNgày 5/3, tại thành phố Cần Thơ, Ủy ban Kiểm tra Trung "
     "ương tổ chức hội nghị công bố quyết định thành lập cơ quan thường trực tại khu vực, giúp Ủy ban theo dõi và "
     "nắm tình hình, làm đầu mối phối hợp công tác kiểm tra, giám sát và thi hành kỷ luật đảng đối với các cấp ủy, "
     "tổ chức đảng và đảng viên thuộc phạm vi phụ trách trên địa bàn, gồm 12 tỉnh, thành trong vùng. Thành phố Cần "
     "Thơ là nơi đặt trụ sở.", UNKNOWN_PROVINCE),
    ("Cụm thi đua ký giao ước\n\nNgày 2/4, Cụm thi đua thanh tra 5 tỉnh miền núi phía Bắc: Lào Cai, Yên Bái, Hà Giang, "
     "Lai Châu và Điện Biên tổ chức hội nghị tại Lào Cai.", UNKNOWN_PROVINCE),
    # one province first among the region's, or a province placed in its region, stays that province
    ("Đại hội đảng bộ cơ sở đầu tiên trong 19 tỉnh, thành phía Nam\n\nĐảng bộ xã Hòa An, tỉnh Phú Yên kết nạp 12 "
     "đảng viên.", "phu-yen"),
    ("Tỉnh Quảng Bình thuộc khu vực Bắc Trung Bộ\n\nNăm 2021, Tỉnh ủy Quảng Bình kết nạp 1.200 đảng viên.",
     "quang-binh"),
    # a title on all of a region's committees, the meeting held in one province whose secretary attends
    ("Hội nghị sơ kết công tác kiểm tra 6 tháng đầu năm 2019 các tỉnh ủy, thành ủy khu vực Tây Nguyên\n\nSáng "
     "3-7-2019, tại tỉnh Gia Lai, Ủy ban Kiểm tra Trung ương tổ chức hội nghị. Dự hội nghị có đồng chí Bí thư Tỉnh ủy "
     "Gia Lai.", UNKNOWN_PROVINCE),
])
def test_a_region_of_several_provinces_is_no_one_province(text: str, province: str) -> None:
    assert run(text).document["province"] == province


@pytest.mark.parametrize("body", ["Đảng ủy phường Tân Định", "Chi bộ Phòng Tài chính"])
def test_the_term_of_a_party_committee_or_cell_an_act_names_is_no_period(body: str) -> None:
    text = f"Năm 2019, Ủy ban Kiểm tra Quận ủy phê bình {body} nhiệm kỳ 2015-2020 và khiển trách 2 đảng viên."
    assert facts(text, "indicator", "value", "year", "period") == [("disciplined_reprimand", 2, 2019, "FY")]
    assert (run(text).document["year"], run(text).document["period"]) == (2019, "FY")


def test_a_named_term_cut_off_at_a_month_stays_the_term() -> None:
    text = "Từ đầu nhiệm kỳ 2020-2025 đến hết tháng 10/2023, toàn Đảng bộ tỉnh đã kết nạp 3.100 đảng viên."
    assert facts(text, "value", "year", "period") == [(3100, 2025, "TERM")]
    assert (run(text).document["year"], run(text).document["period"]) == (2025, "TERM")


@pytest.mark.parametrize(("text", "expected"), [
    # a number of years of carrying out a resolution, or since a founding, is a window up to the report
    ("Năm 2020, sau 8 năm thực hiện Nghị quyết 09, Đảng bộ quận đã kết nạp 320 đảng viên trong doanh nghiệp.",
     (2020, "TERM")),
    ("Năm 2020, sau sáu năm thành lập, Đảng bộ huyện đã kết nạp được 177 đảng viên.", (2020, "TERM")),
    # one year of it is the year
    ("Năm 2020, sau 1 năm thực hiện Nghị quyết 09, Đảng bộ quận đã kết nạp 32 đảng viên.", (2020, "FY")),
    # an anniversary naming an admission class is no window
    ("Năm 2020, Đảng ủy Công ty tổ chức lễ kết nạp đảng viên 30 năm thành lập Công ty. Ban Chấp hành Đảng bộ Công ty "
     "đã kết nạp 12 quần chúng ưu tú vào Đảng.", (2020, "FY")),
])
def test_years_of_carrying_out_a_resolution_are_a_window(text: str, expected: tuple) -> None:
    assert facts(text, "year", "period") == [expected]


@pytest.mark.parametrize(("text", "actor"), [
    # listed verbs ending on a decision before the act: the body named first acts
    ("Năm 2020, Ban Thường vụ Quận ủy xem xét, quyết định kết nạp đảng đối với 70 trường hợp.", "committee"),
    # a new clause after a comma has a subject of its own
    ("Năm 2020, Ban Thường vụ Quận ủy chỉ đạo các phường, kết nạp 68 đảng viên.", None),
    # the cells that proposed, listed before the committee that admits, do not admit
    ("Năm 2020, căn cứ kết quả thẩm tra và đề nghị của các chi bộ, Ban Chấp hành Đảng bộ Công ty đã xét và thống "
     "nhất kết nạp 14 quần chúng ưu tú vào Đảng.", "committee"),
    ("Năm 2020, Chi bộ thôn đã kết nạp 2 quần chúng ưu tú vào Đảng.", None),
    # a body that announces and hands over the decision to found acts
    ("Ngày 1/3/2023, Huyện ủy đã công bố, trao quyết định thành lập 3 chi bộ trong doanh nghiệp.", "committee"),
])
def test_a_body_that_decides_to_admit_is_the_actor(text: str, actor: str | None) -> None:
    assert facts(text, "actor") == [(actor,)]


@pytest.mark.parametrize(("text", "expected"), [
    # citizens' petitions to a state body are none of the Party's
    ("Trong 6 tháng đầu năm 2021, cơ quan hành chính các cấp tiếp nhận 140 đơn. Kết quả, đã giải quyết 120 đơn "
     "khiếu nại.", []),
    # a headline's figure whose body names the state body in the next paragraph, and citizens' petitions
    ("Huyện giải quyết 96 đơn khiếu nại, tố cáo\n\nNăm 2020, Ủy ban nhân dân huyện đã tiếp nhận 96 đơn.", []),
    ("Năm 2020, toàn huyện tiếp 410 lượt công dân.\n\nĐến nay, các cấp đã giải quyết 75/80 đơn khiếu nại thuộc "
     "thẩm quyền.", []),
    # … and so are those the state's own matters stand beside
    ("Công tác xây dựng Đảng được chú trọng.\n\n6 tháng đầu năm 2024, phạm pháp hình sự xảy ra 9 vụ; tiếp nhận 31 đơn "
     "khiếu nại, tố cáo, đã giải quyết 25 đơn.", []),
    # petitions of members and citizens alike are the Party's
    ("Năm 2021, huyện tiếp 50 lượt công dân.\n\nNăm 2021, đã tiếp nhận 21 đơn tố cáo của đảng viên và công dân.",
     [("denunciations", 21)]),
    # with a Party body in the sentence, they are
    ("Năm 2021, UBND huyện phối hợp tốt; Ủy ban Kiểm tra Huyện ủy đã giải quyết 12 đơn tố cáo đối với đảng viên.",
     [("denunciations", 12)]),
])
def test_petitions_to_a_state_body_are_no_party_petitions(text: str, expected: list[tuple]) -> None:
    assert facts(text, "indicator", "value") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the bare first end of a range counts what the second end counts
    ("Năm 2018, quận thành lập chi bộ ở doanh nghiệp có 300 - 500 lao động.", []),
    ("Năm 2018, phấn đấu kết nạp 1 - 2 đảng viên.", [("target", 1), ("target", 2)]),
])
def test_the_first_end_of_a_range_counts_the_second_ends_noun(text: str, expected: list[tuple]) -> None:
    assert facts(text, "measure", "value") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a budget revenue against its estimate attains no Party target, whatever cue the sentence holds
    ("Năm 2024, kinh tế phát triển đa dạng; thu ngân sách đạt 30,72% dự toán và chỉ tiêu quận giao.", []),
    ("Năm 2024, quận kết nạp 51 đảng viên, đạt 53,68% kế hoạch năm.",
     [("count", 51), ("attainment_pct", 53.68)]),
])
def test_a_budget_estimate_is_no_party_target(text: str, expected: list[tuple]) -> None:
    assert facts(text, "measure", "value") == expected


def test_a_year_and_a_one_digit_month_in_the_address_date_an_undated_text() -> None:
    text = "Ủy ban Kiểm tra Huyện ủy đã thi hành kỷ luật 2 đảng viên vi phạm."
    doc = run(text, url="http://example.vn/chinhtri/2015/4/381277/").document
    assert (doc["year"], doc["published"]) == (2015, "2015-04")


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence going on with a plan's paragraph, naming no period and nothing done, sets targets too
    ("Theo kế hoạch, đến năm 2026 huyện phấn đấu kết nạp 120 đảng viên. Khối doanh nghiệp thành lập được 2 chi bộ "
     "trong doanh nghiệp; riêng xã Tân Lập thành lập 1 chi bộ.",
     [("admitted", "party_member", "target", 120), ("established", "party_org", "target", 2),
      ("established", "party_org", "target", 1)]),
    # a figure of what was done, or of a period of its own, stays a count
    ("Năm 2024, huyện phấn đấu kết nạp 120 đảng viên. Đến nay, huyện đã thành lập 3 chi bộ trong doanh nghiệp.",
     [("admitted", "party_member", "target", 120), ("established", "party_org", "count", 3)]),
    ("Năm 2024, huyện phấn đấu kết nạp 120 đảng viên. Sáu tháng đầu năm, huyện thành lập 3 chi bộ trong doanh "
     "nghiệp.", [("admitted", "party_member", "target", 120), ("established", "party_org", "count", 3)]),
])
def test_a_sentence_going_on_with_a_plan_sets_targets(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


def test_a_sentence_going_on_with_a_plan_takes_its_horizon() -> None:
    text = ("Năm 2023, huyện kết nạp 95 đảng viên.\n\nTheo kế hoạch, đến năm 2026 huyện phấn đấu kết nạp 120 đảng "
            "viên. Khối doanh nghiệp thành lập được 2 chi bộ.")
    assert facts(text, "measure", "value", "year", "period") == [
        ("count", 95, 2023, "FY"), ("target", 120, 2026, "TERM"), ("target", 2, 2026, "TERM")]


@pytest.mark.parametrize("elected", ["bầu Ban Chấp hành Đảng bộ khóa X", "bầu Ban Chi ủy Chi bộ khóa V"])
def test_the_term_of_a_committee_a_congress_elects_dates_the_congress(elected: str) -> None:
    text = ("Theo báo cáo trình bày tại Đại hội, trong nhiệm kỳ vừa qua Đảng bộ Công an huyện đạt mọi chỉ tiêu.\n\n"
            f"Các đại biểu đã thảo luận, thống nhất mục tiêu và {elected}, nhiệm kỳ 2015 – 2020 gồm 21 đồng chí.")
    doc = run(text).document
    assert (doc["year"], doc["period"]) == (2015, "TERM")


def test_the_years_of_a_window_looking_back_date_it() -> None:
    text = "Trong suốt 30 năm qua (1990 – 2020), Đảng bộ huyện đã kết nạp 2.100 đảng viên."
    assert facts(text, "value", "year", "period") == [(2100, 2020, "TERM")]


@pytest.mark.parametrize(("text", "expected"), [
    # 'KT' and 'GS' are the verbs kiểm tra and giám sát shortened
    ("Năm 2022, cấp ủy các cấp KT 31 tổ chức đảng và GS 18 đảng viên.",
     [("inspected", "party_org", 31), ("supervised", "party_member", 18)]),
    ("Năm 2022, Ban Thường vụ lập 6 đoàn KT 14 tổ chức đảng cơ sở.", [("inspected", "party_org", 14)]),
    # … but not the economy ('KT-XH') that happens to precede a figure of its own verb
    ("Năm 2022, KT-XH của huyện phát triển, huyện kết nạp 40 đảng viên.", [("admitted", "party_member", 40)]),
])
def test_inspection_and_supervision_abbreviated(text: str, expected: list[tuple]) -> None:
    assert facts(text, "indicator", "subject", "value") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # places a Party body inspects or supervises are counted by their Party organisations
    ("Năm 2022, Ban Thường vụ Huyện ủy kiểm tra đối với 03 địa phương về quản lý đất đai.",
     [("inspected", "party_org", 3)]),
    ("Năm 2022, Ủy ban Kiểm tra Tỉnh ủy giám sát công tác chuẩn bị đại hội tại 7 xã: An Hòa, Bình Phú, Tân Lập.",
     [("supervised", "party_org", 7)]),
    # … not places named otherwise, nor places where members were admitted
    ("Năm 2022, dự hội nghị có lãnh đạo các cơ quan giúp việc Huyện ủy; Bí thư và cán bộ phụ trách công tác Tổ chức "
     "– Kiểm tra, Văn phòng cấp ủy Đảng bộ 12 xã, thị trấn của huyện.", []),
    ("Năm 2022, Huyện ủy kết nạp 40 đảng viên tại 11 xã.", [("admitted", "party_member", 40)]),
])
def test_places_a_party_body_inspects_count_their_party_organisations(text: str, expected: list[tuple]) -> None:
    assert facts(text, "indicator", "subject", "value") == expected


@pytest.mark.parametrize(("published", "expected"), [
    # from the start of a year up to now: that year to date when read in it, several years when read later
    ("2019-09-07", (2019, "FY")),
    ("2022-05-31", (2022, "TERM")),
])
def test_from_the_start_of_a_named_year_up_to_now(published: str, expected: tuple) -> None:
    result = run("Từ đầu năm 2019 đến nay, Đảng bộ huyện đã kết nạp 90 đảng viên.", None, published)
    assert (result.document["year"], result.document["period"]) == expected
    assert [(f["year"], f["period"]) for f in result.facts] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # congresses' progress up to a date of a congress year reviews the term they close
    ("Tính đến hết ngày 15/6/2020, 320/410 tổ chức cơ sở đảng của huyện đã tổ chức xong đại hội nhiệm kỳ 2020 - "
     "2025.", (2020, "TERM")),
    # a cut-off date alone, or one of another year than the congresses', keeps its part of the year
    ("Tính đến hết ngày 15/6/2021, huyện đã kết nạp 50 đảng viên.", (2021, "H1")),
    ("Tính đến hết ngày 15/6/2021, huyện kết nạp 50 đảng viên, thực hiện nghị quyết đại hội nhiệm kỳ 2020 - 2025.",
     (2021, "H1")),
])
def test_congress_progress_up_to_a_date_reviews_the_closing_term(text: str, expected: tuple) -> None:
    doc = run(text).document
    assert (doc["year"], doc["period"]) == expected


def test_a_review_naming_its_resolution_by_an_abbreviation_in_brackets_is_of_its_year() -> None:
    text = ("Năm 2016\n\nĐảng ủy khối tổng kết tình hình thực hiện nghị quyết (NQ) năm 2016 và triển khai nhiệm vụ năm "
            "2017.\n\nNăm qua, Đảng ủy khối kết nạp 85 đảng viên.")
    result = run(text, None, "2017-05-20")
    assert (result.document["year"], result.document["period"]) == (2016, "FY")
    assert [(f["value"], f["year"], f["period"]) for f in result.facts] == [(85, 2016, "FY")]


def test_a_part_named_after_a_target_word_is_no_target() -> None:
    text = "Năm 2016, huyện kết nạp 92 đảng viên, đạt 115% chỉ tiêu, trong đó, số đoàn viên là 60."
    assert facts(text, "measure", "value") == [("count", 92), ("attainment_pct", 115), ("count", 60)]


@pytest.mark.parametrize(("text", "expected"), [
    # a ceremony admitting into the Party, named before the people admitted
    ("Năm 2022, Đảng ủy công ty tổ chức lễ kết nạp Đảng cho 12 đoàn viên ưu tú.",
     [("admitted", "party_member", 12, 2022, "FY")]),
    # … also past a quoted name holding digits, a cue and a window, which name no act and no period
    ("Năm 2022, Đảng ủy công ty tổ chức lễ kết nạp Đảng “Lớp đảng viên 40 năm thành lập Công ty” cho 9 đoàn viên ưu "
     "tú.", [("admitted", "party_member", 9, 2022, "FY")]),
    # a class for candidates is no admission
    ("Năm 2022, huyện mở 2 lớp bồi dưỡng kết nạp Đảng cho 150 quần chúng ưu tú.", []),
])
def test_a_ceremony_admitting_into_the_party_before_the_people_admitted(text: str, expected: list[tuple]) -> None:
    assert facts(text, "indicator", "subject", "value", "year", "period") == expected


def test_what_a_body_has_grown_into_is_a_stock() -> None:
    text = ("Năm 2022, từ chi bộ đầu tiên chỉ có 3 đảng viên, đến nay Đảng bộ xã đã phát triển thành 9 chi bộ trực "
            "thuộc với 180 đảng viên.")
    assert facts(text) == []


@pytest.mark.parametrize(("text", "province"), [
    # a ward of the 2025 map named as a name places the text …
    ("Đảng ủy phường Chánh Phú Hòa tổ chức hội nghị sơ kết.", "binh-duong"),
    # … the same words as plain words do not ('a congress that went well')
    ("Đại hội Đảng bộ phường thành công tốt đẹp.", UNKNOWN_PROVINCE),
])
def test_a_new_commune_is_named_with_capitals(text: str, province: str) -> None:
    assert run(text).document["province"] == province


@pytest.mark.parametrize(("text", "expected"), [
    # people admitted into associations, counted by a bare number, are no members admitted
    ("Năm 2017, toàn tỉnh có 1.211 người Khmer được kết nạp vào các tổ chức hội, đoàn thể.", []),
    ("Năm 2017, toàn tỉnh có 1.211 được kết nạp vào các tổ chức hội, đoàn thể.", []),
    # a bare number's 'vào Đảng' after another noun names no admission ('đối tượng viết lý lịch xin vào Đảng')
    ("Năm 2017, có 67 đối tượng viết lý lịch xin vào Đảng.", []),
])
def test_admitted_into_associations_by_a_bare_number(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 'một số' is "some", 'một vài' "a few": no quantity; 'một' before a Party noun counts one
    ("Trong năm, một số đảng viên chưa gương mẫu và một vài chi bộ sinh hoạt chưa đều.", []),
    ("Trong năm, chi bộ kết nạp một đảng viên.", [(1, "đảng viên")]),
    # a plenum of a term: 'Nghị quyết 4 khóa XII', 'Trung ương 4 (khoá XII)'; courses counted before 'khóa' stay
    ("Chi bộ học tập Nghị quyết 4 khóa XII và Nghị quyết Trung ương 4 (khoá XII).", []),
    ("Huyện mở 3 khóa đào tạo.", [(3, "khóa đào")]),
    # a guide's number, a list of them, an alley's number, a page counter, a block's number: names, not counts
    ("Chi bộ thực hiện các Hướng dẫn 05, 09 của Ban Tổ chức Trung ương.", []),
    ("Nhà văn hóa ở ngách 12/45 phố Hàng Bột; hẻm 7 đường Trần Phú.", []),
    ("Đăng lúc 8:15 | View count: 126", []),
    ("Ông sinh hoạt tại Chi bộ khối 3.", []),
    ("Năm 2022, huyện ủy thẩm tra của Đảng bộ Khối 64 trường hợp.", [(64, "trường hợp")]),
])
def test_names_and_quantifiers_that_hold_no_quantity(text: str, expected: list[tuple]) -> None:
    assert [(q["value"], q["noun"]) for q in run(text).quantities] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 'phát triển của': the development of two bodies, a history, founds nothing
    ("Năm 2020, sự ra đời, phát triển của hai tổ chức đảng gắn với lịch sử tỉnh.", []),
    # 'của' after other cues still leads to what they act on
    ("Năm 2020, UBKT các cấp kiểm tra khi có dấu hiệu vi phạm của 8 tổ chức đảng.",
     [("inspected_violation_signs", "party_org", "count", 8)]),
    # a class opened for new members is no admission of them
    ("Năm 2020, huyện kết nạp 31 quần chúng vào Đảng, mở một lớp bồi dưỡng cho 52 đảng viên mới.",
     [("admitted", "party_member", "count", 31)]),
])
def test_history_and_classes_found_or_admit_nobody(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the year-end rating of a year, in the headline, dates the report by that year
    ("Chi bộ văn phòng đánh giá, xếp loại đảng viên năm 2015\n\nChi bộ có 14 đảng viên; 3 đảng viên hoàn thành "
     "xuất sắc nhiệm vụ trong quý IV.", (2015, "FY")),
    # after a part of the year, the rating of the last year is one of the quarter's tasks
    ("Quận ủy họp\n\nQuận ủy đánh giá nhiệm vụ quý I/2022. Quận ủy lãnh đạo đánh giá, xếp loại đảng viên năm 2021 "
     "đúng quy định. Trong quý, quận kết nạp 20 đảng viên.", (2022, "Q1")),
])
def test_a_year_end_rating_dates_its_report(text: str, expected: tuple) -> None:
    doc = run(text).document
    assert (doc["year"], doc["period"]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a period that comes every year is a habit, not the report's window
    ("Chi bộ họp\n\nViệc trọng tâm của quý IV hằng năm là đánh giá đảng viên. Chi bộ kết nạp 2 đảng viên.",
     (2019, "FY")),
    ("Chi bộ họp\n\nQuý IV năm 2019, chi bộ kết nạp 2 đảng viên; hằng năm chi bộ đều kết nạp.", (2019, "Q4")),
])
def test_a_period_every_year_is_no_window(text: str, expected: tuple) -> None:
    doc = run(text, None, "2019-11-19").document
    assert (doc["year"], doc["period"]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part of a year whose clause goes on to 'sẽ' (will) is a plan's period, not the report's window
    ("Chi bộ họp\n\nNăm 2019, chi bộ kết nạp 2 đảng viên. Trong quý IV, chi bộ sẽ rà soát hồ sơ đảng viên.",
     (2019, "FY")),
    ("Chi bộ họp\n\nNăm 2019, chi bộ kết nạp 2 đảng viên. Cụ thể, trong quý III/2019, Thành ủy sẽ kiểm tra chi bộ.",
     (2019, "FY")),
    # … but not when a figure of the period comes first
    ("Chi bộ họp\n\nTrong quý III, chi bộ kết nạp 2 đảng viên, bằng nửa số dự kiến sẽ kết nạp.", (2019, "Q3")),
])
def test_a_planned_part_of_a_year_is_no_window(text: str, expected: tuple) -> None:
    doc = run(text, None, "2019-11-19").document
    assert (doc["year"], doc["period"]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a floor, a bracketed item number opening a list's part: no count
    ("Hội nghị họp tại hội trường tầng 3; tòa nhà cao 9 tầng.", [(9, "tầng")]),
    ("Phân tích: (1) Theo nghề nghiệp, có 35 đảng viên; (2) Về tuổi đời, có 12 đảng viên.",
     [(35, "đảng viên"), (12, "đảng viên")]),
    # 'một' right after a form of discipline counts one
    ("UBKT khai trừ 10 trường hợp, khiển trách một trường hợp.", [(10, "trường hợp"), (1, "trường hợp")]),
])
def test_floors_item_numbers_and_one_after_a_form(text: str, expected: list[tuple]) -> None:
    assert [(q["value"], q["noun"]) for q in run(text).quantities] == expected


@pytest.mark.parametrize(("text", "url", "province"), [
    # a byline's name spelled like a province without its tone marks names nobody's province
    ("Ban Chấp hành Đảng bộ huyện Hiệp Đức họp.\n\nMỹ Linh - Thanh Hoa", None, "quang-nam"),
    ("Tinh uy Thanh Hoa hop ve cong tac xay dung Dang.", None, "thanh-hoa"),
    ("Thành ủy TP.HCM họp về công tác xây dựng Đảng.", None, "ho-chi-minh"),
    # a Central Committee member's title is no national body: the provincial portal names the province
    ("Ban Chấp hành Đảng bộ tỉnh họp, có đồng chí Lê Văn A - Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy; "
     "đồng chí Hồ Văn B - Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Phó Bí thư Tỉnh ủy.",
     "https://tinhuygialai.org.vn/su-kien/hoi-nghi.html", "gia-lai"),
    # QRT is Quảng Nam's broadcaster
    ("Huyện ủy tổ chức hội nghị lần thứ 10.", "http://qrt.vn/thong-tin-tong-hop/hoi-nghi/", "quang-nam"),
])
def test_names_without_marks_titles_and_broadcasters(text: str, url: str | None, province: str) -> None:
    assert run(text, url).document["province"] == province


@pytest.mark.parametrize(("text", "expected"), [
    # a state body's own sentence counts cases and outlets, none of them Party members or organisations
    ("Năm 2023, Đảng bộ huyện có 2.000 đảng viên. Công an huyện đã kiểm tra 320 cơ sở kinh doanh, xử phạt 45 trường "
     "hợp vi phạm.", []),
    ("Năm 2023, Đảng bộ huyện có 2.000 đảng viên. Đoàn kiểm tra liên ngành đã kiểm tra 56 trường hợp.", []),
    ("Năm 2023, Đảng bộ huyện có 2.000 đảng viên. Sở Giáo dục kỷ luật 7 giáo viên, trong đó cảnh cáo 2 trường hợp.",
     []),
    # a people's committee disciplines its officials, whatever Party office one of them also holds
    ("Ngày 8/4/2023, UBND huyện đã ra quyết định kỷ luật đối với hai lãnh đạo UBND xã do sai phạm về đất đai.\n\n"
     "Ông A, Phó Bí thư Đảng ủy, Chủ tịch UBND xã bị cách chức Chủ tịch UBND xã.", []),
    ("Năm 2023, Ban cán sự đảng UBND tỉnh đã kiểm tra 4 tổ chức đảng.", [("inspected", "party_org", "count", 4)]),
    # a Party committee of the police acts for the Party
    ("Năm 2023, Đảng ủy Công an tỉnh kiểm tra 12 trường hợp.", [("inspected", "party_member", "count", 12)]),
    ("Năm 2023, Đảng bộ Cục Hải quan tỉnh kết nạp được 6 đồng chí.", [("admitted", "party_member", "count", 6)]),
    ("Năm 2023, tổ công tác liên ngành đã kiểm tra 56 trường hợp.", []),
    # the state inspectorate disciplines civil servants
    ("Năm 2013, ngành thanh tra của tỉnh đã triển khai 210 cuộc thanh tra, kiến nghị thu hồi 9 tỉ đồng, kỷ luật 8 "
     "cá nhân.", []),
    # … and so do the province's departments
    ("Năm 2022, các sở, ngành của tỉnh đã kiểm tra chuyên ngành đối với 1.200 cá nhân.", []),
    # a text that never names the Party, its bodies or members states no Party figure
    ("Qua thanh tra năm 2022, huyện phát hiện sai phạm 2 tỷ đồng. Đã thi hành kỷ luật đối với 9 cá nhân, phê bình 4 "
     "cá nhân.", []),
    ("Qua thanh tra năm 2022, Huyện ủy phát hiện sai phạm 2 tỷ đồng. Đã thi hành kỷ luật đối với 9 cá nhân.",
     [("disciplined", "party_member", "count", 9)]),
    # … nor does an association's report naming the Party only as the author of the policies it carries out
    ("Năm 2015, các cấp hội kiểm tra 320 chi hội, giám sát 45 tổ chức trên cơ sở và thực hiện chủ trương, chính sách "
     "của Đảng, Nhà nước; nhận 12 đơn tố cáo.", []),
    # … nor does a sector's office checking its own staff
    ("Năm 2022, Phòng Giáo dục và Đào tạo thị xã kiểm tra 43 cán bộ giáo viên.", []),
    ("Năm 2022, toàn huyện có 3 TCCSĐ được kiểm tra.", [("inspected", "party_org", "count", 3)]),
    # commissions a figure counts are no act, and their staff are no one inspected
    ("Năm 2019, toàn huyện có 27 ủy ban kiểm tra với hơn 120 cán bộ làm công tác kiểm tra, giám sát của Đảng.", []),
    # … nor does a school office checking its teachers, or hospitals removing staff
    ("Năm 2022, Phòng Giáo dục và Đào tạo thị xã kiểm tra 43 cán bộ giáo viên.", []),
    ("Năm 2023, các bệnh viện đã cách chức 7 người, cho nghỉ việc 5 người.", []),
    # … nor a company reprimanding its staff
    ("Ngày 28/11, Công ty Cấp nước tỉnh khiển trách 4 cán bộ vì ghi sai chỉ số đồng hồ.", []),
    # the Party's abbreviations name it
    ("Năm 2022, toàn huyện có 3 TCCSĐ được kiểm tra, trong đó có 2 trường học.",
     [("inspected", "party_org", "count", 3)]),
    # a union's report: its ĐV are đoàn viên
    ("Năm 2016, Liên đoàn Lao động tỉnh đã kết nạp 11.597 ĐV mới, đạt 105,2% chỉ tiêu, thành lập mới 66 CĐCS.", []),
    ("Năm 2016, Đảng ủy Khối doanh nghiệp đã kết nạp 97 ĐV mới, thành lập mới 6 chi bộ.",
     [("admitted", "party_member", "count", 97), ("established", "party_org", "count", 6)]),
    # another country's party
    ("Quý I/2017, Ủy ban Kiểm tra Kỷ luật Trung ương Đảng Cộng sản Trung Quốc đã xử lý kỷ luật 85.000 cán bộ, đảng "
     "viên.", []),
    ("Hôm qua, hơn 300 người ở 3 xã của tỉnh đã gia nhập vào đảng Nhân dân Campuchia.", []),
    # a state body's clause beside a Party body's: the state's discipline is none of the Party's
    ("Năm 2016, Bộ Công an xử lý kỷ luật cảnh cáo hai trường hợp; Tỉnh ủy kỷ luật cảnh cáo ba trường hợp; Công an tỉnh "
     "xử lý khiển trách một trường hợp.", [("disciplined_warning", "party_member", "count", 3)]),
    # criticism after a discipline is no discipline
    ("Năm 2022, Huyện ủy thi hành kỷ luật đối với 9 đảng viên, phê bình rút kinh nghiệm 4 đảng viên.",
     [("disciplined", "party_member", "count", 9)]),
])
def test_a_state_bodys_counts_are_none_of_the_partys(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # plans and other papers counted are no bodies inspected or supervised
    ("Năm 2023, Ủy ban Kiểm tra Huyện ủy đã tham mưu Ban Thường vụ ban hành 3 quy định, 5 kế hoạch kiểm tra.", []),
    ("Năm 2023, Ban Thường vụ Huyện ủy ban hành 4 chương trình giám sát.", []),
    ("Năm 2023, Ban Thường vụ Huyện ủy giám sát 4 tổ chức đảng.", [("supervised", "party_org", "count", 4)]),
])
def test_papers_counted_are_no_bodies(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a figure whose own passive verb names another act leaves the list before it
    ("Năm 2023, đã thi hành kỷ luật 5 đảng viên, 2 đảng viên bị truy cứu trách nhiệm hình sự.",
     [("disciplined", "party_member", "count", 5)]),
    ("Năm 2023 có 3 trường hợp phải xử lý kỷ luật về Đảng, 2 trường hợp bị xử lý hình sự.",
     [("disciplined", "party_member", "count", 3)]),
    ("Năm 2023, đã thi hành kỷ luật 5 đảng viên; 2 đảng viên được khen thưởng.",
     [("disciplined", "party_member", "count", 5)]),
    ("Năm 2023, đã thi hành kỷ luật 50 đảng viên, trong đó có 7 người phải xử lý bằng pháp luật.",
     [("disciplined", "party_member", "count", 50)]),
    ("Năm 2012, thực hiện thí điểm kết nạp chủ doanh nghiệp vào Đảng, qua khảo sát, toàn tỉnh có 16 quần chúng được "
     "chọn.", []),
    # … and so does one whose own clause says the act was not reached
    ("Năm 2020, có 4 đảng viên phải thi hành kỷ luật và 12 tổ chức có vi phạm, nhưng chưa đến mức xử lý kỷ luật.",
     [("disciplined", "party_member", "count", 4)]),
])
def test_a_passive_verb_of_another_act_leaves_the_list(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a district after a commune and a comma is the commune's address: the commune acts, and the headline's figure
    # and the body's are one statistic
    ("Đảng bộ xã Ea Tiêu kết nạp 12 đảng viên\n\nNăm 2023, xã Ea Tiêu, huyện Cư Kuin kết nạp 12 đảng viên.",
     [("document", None, 2)]),
    ("Năm 2023, Đảng bộ xã Ea Tiêu, huyện Cư Kuin kết nạp 12 đảng viên.", [("document", None, 1)]),
    # in a provincial text the commune is a sub-unit, named with its address
    ("Năm 2023, toàn tỉnh kết nạp 500 đảng viên; xã Ea Tiêu, huyện Cư Kuin kết nạp 12 đảng viên.",
     [("document", None, 1), ("subunit", "xã Ea Tiêu, huyện Cư Kuin", 1)]),
])
def test_a_place_after_a_comma_is_the_address_of_the_place_before(text: str, expected: list[tuple]) -> None:
    assert [(f["scope"], f["scope_name"], f["mentions"]) for f in run(text).facts] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a count's margin over its target gives its attainment: 100 + the margin, or the figure itself from 100 up
    ("Năm 2020, Đảng bộ kết nạp 1.500 đảng viên, vượt 5% chỉ tiêu Nghị quyết.",
     [("count", 1500, None), ("attainment_pct", 105, "over")]),
    ("Năm 2020, Đảng bộ kết nạp 1.500 đảng viên, vượt gần 25% so với kế hoạch.",
     [("count", 1500, None), ("attainment_pct", 125, "under")]),
    ("Năm 2020, Đảng bộ kết nạp 1.500 đảng viên, vượt 115% kế hoạch.",
     [("count", 1500, None), ("attainment_pct", 115, "over")]),
    # a margin over a target rate is in points: no attainment
    ("Năm 2020, tỷ lệ đảng viên học tập nghị quyết đạt 98% (vượt 0,8% chỉ tiêu).", []),
    # a margin over last year is a change
    ("Năm 2020, Đảng bộ kết nạp 1.500 đảng viên, vượt 30% so với cùng kỳ.",
     [("count", 1500, None), ("change_pct", 30, "over")]),
])
def test_a_margin_over_a_counts_target_gives_its_attainment(text: str, expected: list[tuple]) -> None:
    assert [(f["measure"], f["value"], f["approx"]) for f in run(text).facts] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # people a Party body admits join the Party, whatever noun counts them
    ("Năm 2023, Đảng bộ thành phố mới kết nạp được 17 học sinh.", [("admitted", "party_member", "count", 17)]),
    ("Năm 2023, Đảng bộ trường kết nạp 12 sinh viên, trong đó có 3 sinh viên năm cuối.",
     [("admitted", "party_member", "count", 12), ("admitted", "party_member", "count", 3)]),
    # … not when a mass organisation admits them
    ("Năm 2023, Đoàn trường kết nạp 120 học sinh.", []),
    ("Năm 2023, Đảng ủy chỉ đạo Đoàn thanh niên kết nạp 150 đoàn viên.", []),
])
def test_people_a_party_body_admits_join_the_party(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(("text", "year"), [
    # a text counting from the start of its year and comparing with a named year is of the year after it
    ("Từ đầu năm đến nay, Đảng bộ huyện kết nạp 45 đảng viên, tăng 5 đảng viên so với năm 2012.", 2013),
    # … but a comparison alone dates nothing
    ("Đảng bộ huyện kết nạp 45 đảng viên, tăng 5 đảng viên so với năm 2012.", None),
])
def test_a_year_to_date_compared_with_a_named_year_is_the_year_after(text: str, year: int | None) -> None:
    assert run(text).document["year"] == year


@pytest.mark.parametrize(("text", "actor"), [
    # the body a committee belongs to, named right after it, is no object closing a clause of its own
    ("Năm 2025, Ban Chấp hành Đảng bộ tỉnh đã công bố quyết định kết thúc hoạt động các đảng bộ cũ, thành lập 38 "
     "đảng bộ xã, phường mới.", "committee"),
    # … while a body named as the object of another verb is ('chỉ đạo các xã, kết nạp …': the communes admitted)
    ("Năm 2025, Huyện ủy chỉ đạo các xã, kết nạp 68 đảng viên.", None),
])
def test_a_committees_own_body_does_not_close_its_clause(text: str, actor: str | None) -> None:
    assert [f["actor"] for f in run(text).facts] == [actor]


@pytest.mark.parametrize(("text", "expected"), [
    # people a mass organisation admits, named by no Party noun, join it, not the Party
    ("Năm 2023, Hội LHPN phường đã kết nạp được 21 hội viên danh dự gồm 1 đồng chí Phó Chủ tịch UBND, 20 đồng chí "
     "Bí thư chi bộ.", []),
    # … but members it reports admitted are the Party's
    ("Năm 2023, Hội Phụ nữ xã đã giới thiệu được 6 hội viên, sau đó kết nạp được 3 đảng viên.",
     [("admitted", "party_member", "count", 3)]),
    # striving that training names was done: no plan ('Qua rèn luyện, phấn đấu, …')
    ("Năm 2025, qua rèn luyện, phấn đấu, 6.200 đoàn viên ưu tú đã được đứng trong hàng ngũ của Đảng.",
     [("admitted", "party_member", "count", 6200)]),
    ("Phấn đấu năm 2025 kết nạp 200 đảng viên.", [("admitted", "party_member", "target", 200)]),
    # a rate of the members named after it is a share, not attainment
    ("Năm 2022, Ban Thường vụ giám sát 8.479 đảng viên, đạt 100% đảng viên.",
     [("supervised", "party_member", "count", 8479), ("supervised", "party_member", "share_pct", 100)]),
])
def test_mass_organisations_admissions_training_and_rates_of_members(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # people after a scale word are no money
    ("Vùng có khoảng 1,4 triệu đồng bào dân tộc thiểu số.", [(1400000, "count", "đồng bào")]),
    ("Tỉnh chi 287 triệu đồng tổ chức hoạt động.", [(287000000, "vnd", None)]),
    # a health class, two days closing on a date with '&' or a dash, a list of months: no quantity
    ("Năm 2024, ưu tiên gọi công dân có sức khỏe loại 1, loại 2.", []),
    ("Năm 2024, Ban Thường vụ đã xếp loại 120 đảng viên.", [(120, "count", "đảng viên")]),
    ("Ngày 4 & 5.3, Đảng bộ xã tổ chức Đại hội.", []),
    ("Trong 2 ngày (28 và 29-5), Đảng bộ xã tổ chức Đại hội.", []),
    ("Riêng trong tháng 8 và 9, Công an tỉnh báo cáo 30 trường hợp.", [(30, "count", "trường hợp")]),
    # 'năm' after 'tổng kết' is the year, not five
    ("Điểm tổng kết năm lớp 12 của em là 9,3.", [(9.3, "count", None)]),
])
def test_people_classes_day_pairs_and_month_lists(text: str, expected: list[tuple]) -> None:
    assert [(q["value"], q["unit"], q["noun"]) for q in run(text).quantities] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a level, a question's, a round's, a cluster's and a picture's number are labels
    ("Năm 2023, huyện có 3 trường đạt chuẩn quốc gia mức độ 1.", [(3, "trường")]),
    ("Câu 1: Đảng viên dự bị có những quyền gì?", []),
    ("Vòng 1 diễn ra từ ngày 10 đến 20/11 có 320 đại biểu.", [(320, "đại biểu")]),
    ("Theo đó, cụm 1 gồm các xã Tân Hòa, Tân Trung.", []),
    ("Slideshow Image 1 Slideshow Image 2", []),
    # a document's number names it, unless a counted noun follows ('(Nghị quyết 500 đảng viên)' states a target)
    ("Qua 10 năm thực hiện Nghị quyết 14, cấp ủy kiểm tra 5 tổ chức đảng.", [(5, "tổ chức đảng")]),
    ("Theo đúng Quy định 69 và Kết luận 21 của Trung ương.", []),
    ("Năm 2023 kết nạp 520 đảng viên (Nghị quyết 500 đảng viên).", [(520, "đảng viên"), (500, "đảng viên")]),
    ("Năm 2023 đã giải quyết theo quy định 474 đơn thư.", [(474, "đơn")]),
    # a bracketed item number inside a quotation, a note's number after a closing quote
    ("Quy định nêu: “(1). Cấp ủy kiểm tra 5 tổ chức đảng.", [(5, "tổ chức đảng")]),
    ("Ở chỗ nào có quần chúng”(1). Sinh thời, Bác rất quan tâm.", []),
    ("Số tín đồ tăng nhanh (theo khai báo của các hội thánh)(2). Như vậy, công tác vận động càng quan trọng.", []),
    # a picture's index closing a caption or a line that repeats the headline
    ("Người nghỉ hưu vẫn phải kê khai tài sản - Anh 1\n\nHội nghị kết nạp 3 đảng viên.", [(3, "đảng viên")]),
    ("Hơn 1.800 đảng viên bị kỷ luật\n\nHơn 1.800 đảng viên bị kỷ luật 1\n\nNăm 2023 đã kết nạp 5 đảng viên.",
     [(1800, "đảng viên"), (1800, "đảng viên"), (5, "đảng viên")]),
])
def test_levels_questions_rounds_and_picture_indexes_are_labels(text: str, expected: list[tuple]) -> None:
    assert [(q["value"], q["noun"]) for q in run(text).quantities] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the denominator of admissions whose ratio the percentage after it restates is the target
    ("Năm 2021, quận đã kết nạp 186/240 (đạt 77,5%) quần chúng ưu tú vào Đảng.",
     [("admitted", "party_member", "count", 186), ("admitted", "party_member", "target", 240),
      ("admitted", "party_member", "attainment_pct", 77.5)]),
    # … of an inspection, a share of a whole
    ("Năm 2021, UBKT kiểm tra 200/255 đảng viên, đạt 78,4%.", [("inspected", "party_member", "count", 200)]),
    # a passive verb's destination past a long qualifier of the people counted
    ("Năm 2023, 5 đoàn viên ưu tú là học sinh, sinh viên tại Quận Đồ Sơn (TP. Hải Phòng) đã vinh dự được kết nạp "
     "Đảng.", [("admitted", "party_member", "count", 5)]),
    # the owner named after the acting body of a passive belongs to it
    ("Năm 2023 có 7 đảng viên của đơn vị bị Ban Thường vụ Thành ủy thành phố Hồ Chí Minh kỷ luật khai trừ Đảng.",
     [("disciplined_expulsion", "party_member", "count", 7)]),
    # the topic of a finding is no act; a name's closing number is no figure
    ("Năm 2023, Đảng bộ tỉnh kết nạp 500 đảng viên. Qua đó, phát hiện sai phạm về tài chính tại 227 đơn vị.",
     [("admitted", "party_member", "count", 500)]),
    ("Năm 2017, Chi bộ Truyền tải điện miền Đông 2 được thành lập gồm 21 đảng viên.", []),
])
def test_restated_ratios_long_passives_findings_and_names(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(("text", "url", "province"), [
    # a Central Committee member's title before the local office held names a person, not a national body
    ("Sáng 20/12, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Phan Văn A chủ trì hội nghị với các huyện. Dự hội nghị "
     "có lãnh đạo Ban Nội chính Trung ương. Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Phan Văn A phát biểu.",
     "https://qrt.vn/chinh-tri/hoi-nghi/", "quang-nam"),
    # … while a text on the country's bodies stays national
    ("Ủy ban Kiểm tra Trung ương đã thi hành kỷ luật 12 đảng viên. Ban Bí thư kỷ luật cảnh cáo 3 đảng viên.",
     "https://qrt.vn/chinh-tri/ky-luat/", None),
    # a district's host label written with y, as the district's key folds it to i (Đồng Hỷ)
    ("Đại hội Đảng bộ xã Tân Lợi nhiệm kỳ 2020 - 2025 diễn ra ngày 29/6/2020.", "http://thtanloi.donghy.edu.vn/x",
     "thai-nguyen"),
    # a provincial paper's world section is about another country, not its province
    ("Ngày 31-7, cơ quan kiểm tra kỷ luật của nước bạn khai trừ ba quan chức.", "http://www.sggp.org.vn/thegioi/2015/8/1/",
     None),
])
def test_titles_of_central_members_and_district_hosts(text: str, url: str, province: str | None) -> None:
    province_slug = run(text, url).document["province"]
    assert (None if province_slug == "unknown" else province_slug) == province


@pytest.mark.parametrize(("text", "expected"), [
    # the term a congress the text holds opens, named again, is the new term's plan, and 'trước năm 2025' a goal's
    # horizon: the figures are the closing term's
    ("Ngày 5-6, Đảng bộ Khối cơ quan huyện đã tổ chức Đại hội lần thứ II, nhiệm kỳ 2020-2025.\n\nNhiệm kỳ qua, Đảng "
     "bộ đã chỉ đạo tốt. Trong nhiệm kỳ kết nạp được 73 đảng viên mới.\n\nNhiệm kỳ 2020-2025, Đảng bộ tập trung "
     "lãnh đạo nhằm xây dựng huyện nông thôn mới trước năm 2025.", (2020, "TERM")),
    # 'trước năm' in a sentence that sets no goal is the past, no horizon
    ("Từ trước năm 2004, toàn Đảng bộ tỉnh chỉ kết nạp được 677 đảng viên là người có đạo.", (2004, "FY")),
    # … but a term counted from its start to date runs
    ("Đại hội Đảng bộ tỉnh lần thứ 20, nhiệm kỳ 2020-2025 đã đề ra mục tiêu.\n\nTính từ đầu nhiệm kỳ 2020-2025 đến "
     "nay, tỉnh đã kết nạp 184 đảng viên.", (2025, "TERM")),
])
def test_the_term_a_held_congress_opens_is_its_plan(text: str, expected: tuple) -> None:
    assert [(f["year"], f["period"]) for f in run(text).facts] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a window of years a review spans ('Qua 4 năm triển khai …'): TERM, over the years its figures name
    ("Sau ba năm triển khai Nghị quyết Trung ương 4, 41.000 đảng viên bị xử lý kỷ luật.\n\nNăm 2019, xử lý kỷ luật "
     "12.000 đảng viên. Năm 2020, xử lý kỷ luật 14.000 đảng viên. Năm 2021, xử lý kỷ luật 15.000 đảng viên.",
     (2021, "TERM")),
    ("Qua 4 năm triển khai thực hiện Chương trình hành động, công tác kiểm tra có chuyển biến rõ nét.\n\n"
     "Năm 2015, các cấp ủy xem xét xử lý kỷ luật 96 đảng viên.", (2015, "TERM")),
])
def test_a_window_of_years_a_review_spans_is_a_term_of_its_last_year(text: str, expected: tuple) -> None:
    document = run(text).document
    assert (document["year"], document["period"]) == expected


def test_a_year_and_a_term_a_review_closes_together_make_a_term_review() -> None:
    text = ("Ngày 20-11, Ban Bí thư tổ chức hội nghị toàn quốc tổng kết công tác kiểm tra, giám sát năm 2025 và nhiệm "
            "kỳ Đại hội XIII. Trong nhiệm kỳ, cấp ủy các cấp thi hành kỷ luật 210 tổ chức đảng.")
    document = run(text, published="2025-11-21").document
    assert (document["year"], document["period"]) == (2026, "TERM")


def test_a_congress_opening_the_next_term_in_a_congress_year_reviews_the_term_it_closes() -> None:
    text = ("Hôm nay, Đại hội đại biểu Đảng bộ quận chính thức khai mạc.\n\nTheo chương trình, ĐH lần thứ XII, nhiệm "
            "kỳ 2020-2025 làm việc trong hai ngày.")
    document = run(text, published="2020-07-09").document
    assert (document["year"], document["period"]) == (2020, "TERM")


def test_a_congress_resolution_carried_out_makes_no_congress_text() -> None:
    text = ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025-2030 đặt chỉ tiêu kết nạp đảng viên mới hằng "
            "năm đạt 3% tổng số đảng viên.\n\nThành lập ngày 1-7-2025, Đảng bộ xã đã kết nạp 31 đảng viên.")
    document = run(text, published="2025-12-02").document
    assert (document["year"], document["period"]) == (2025, "FY")


def test_years_a_congress_looks_back_on_are_the_term_it_closes() -> None:
    text = ("Trong hai ngày 23-24/2, Đảng bộ xã Tân Lập, huyện Mộc Châu tổ chức Đại hội lần thứ XXII, nhiệm kỳ "
            "2020-2025. Đồng chí Phó Bí thư Tỉnh ủy dự chỉ đạo Đại hội.\nNhiệm kỳ 2015 - 2020, nghị quyết của Đại hội "
            "đại biểu Đảng bộ tỉnh lần thứ XIV đã đề ra các chương trình hành động. Nổi bật, 5 năm qua, tỷ lệ hộ nghèo "
            "giảm từ 30% (năm 2015) xuống còn 12% (năm 2020).")
    document = run(text).document
    assert (document["year"], document["period"]) == (2020, "TERM")


@pytest.mark.parametrize("text", [
    ("Huyện ủy tổng kết công tác đại hội các tổ chức cơ sở Đảng (nhiệm kỳ 2020-2025)\n\nSáng ngày 03/07/2020, Huyện "
     "ủy tổ chức hội nghị tổng kết công tác đại hội các tổ chức cơ sở Đảng trực thuộc.\n\nQuang cảnh hội nghị\n\nThực "
     "hiện Chỉ thị số 35 của Bộ Chính trị, Ban Thường vụ Huyện ủy đã thành lập tổ chỉ đạo đại hội điểm. Toàn Đảng bộ "
     "có 12 tổ chức cơ sở Đảng tổ chức đại hội đại biểu. Đến ngày 18/06/2020, Đảng bộ huyện có 100% tổ chức cơ sở "
     "Đảng hoàn thành đại hội."),
    ("Chia sẻ:\n\nTổng kết đại hội\n\nChiều 26-8, Ban Thường vụ Thành ủy tổng kết đại hội đảng bộ cấp trên cơ sở "
     "nhiệm kỳ 2020-2025.\n\nĐến cuối tháng 7-2020, 12 đảng bộ cấp trên cơ sở đã tổ chức thành công đại hội."),
])
def test_the_progress_of_congresses_in_a_congress_year_reviews_the_term_they_close(text: str) -> None:
    document = run(text, published="2020-08-27").document
    assert (document["year"], document["period"]) == (2020, "TERM")


def test_a_month_whose_party_work_a_report_reviews_takes_its_quarter() -> None:
    text = ("Chiều 2/12, Đảng ủy phường họp giao ban với bí thư các chi bộ. Đồng chí Phó Bí thư Thường trực trình bày "
            "báo cáo tình hình công tác Đảng tháng 11/2025, nêu rõ kết quả lãnh đạo trên các lĩnh vực.\n\nThu ngân "
            "sách ước đạt 43 tỷ đồng.")
    document = run(text).document
    assert (document["year"], document["period"]) == (2025, "Q4")


def test_a_month_opening_the_lede_after_a_newspapers_tag_takes_its_quarter() -> None:
    text = ("(BTB) - Trong tháng 5/2023, Ủy ban Kiểm tra các cấp triển khai 42 nhiệm vụ; đồng thời chuẩn bị Kế hoạch "
            "kiểm tra năm 2024.")
    document = run(text).document
    assert (document["year"], document["period"]) == (2023, "Q2")


def test_the_term_of_a_state_bodys_party_group_is_no_period() -> None:
    text = ("Ngày 19/1, Thủ tướng quyết định kỷ luật cảnh cáo ông A, Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026.\n\n"
            "Đầu tháng 11/2022, Ủy ban Kiểm tra Trung ương khiển trách Ban cán sự đảng UBND tỉnh nhiệm kỳ 2021-2026 "
            "và hai cán bộ.")
    document = run(text, published="2023-01-19").document
    assert (document["year"], document["period"]) == (2023, "FY")


def test_a_body_formed_by_merging_others_counts_none_founded_and_its_clause_keeps_the_subject() -> None:
    # the bodies merged into one founded are its make-up, not bodies founded; a clause opening on its verb after
    # another such clause keeps the subject named before both
    text = ("Năm 2016, Đảng ủy Khối doanh nghiệp tỉnh đã tiếp nhận 12 tổ chức cơ sở đảng; thành lập Đảng bộ Khu công "
            "nghiệp trên cơ sở hợp nhất 4 chi bộ cơ sở; thành lập 2 đảng bộ và 6 chi bộ cơ sở.")
    assert facts(text, "indicator", "value", "actor") == [("established", 2, "committee"),
                                                          ("established", 6, "committee")]


@pytest.mark.parametrize(("text", "expected"), [
    # a form's figure whose aside splits it into forms with bare numbers that add up to it is their total
    ("Năm 2022, Ủy ban Kiểm tra đã khiển trách 3 tổ chức đảng và 30 đảng viên (khiển trách 12, cảnh cáo 11, cách "
     "chức 7).", [("disciplined_reprimand", "party_org", "count", 3), ("disciplined", "party_member", "count", 30),
                  ("disciplined_reprimand", "party_member", "count", 12),
                  ("disciplined_warning", "party_member", "count", 11),
                  ("disciplined_dismissal", "party_member", "count", 7)]),
    # … not when the aside restates its own form only, nor when the parts do not add up
    ("Năm 2022, Ủy ban Kiểm tra đã khiển trách 30 đảng viên (khiển trách 12 đảng viên ở cấp huyện).",
     [("disciplined_reprimand", "party_member", "count", 30), ("disciplined_reprimand", "party_member", "count", 12)]),
    # the state's discipline in the paragraph's next sentence leaves the Party's figures before it as they are
    ("Năm 2022, Ủy ban Kiểm tra đã thi hành kỷ luật 25 đảng viên (khiển trách 14, cảnh cáo 11). Về mặt chính quyền đã "
     "xử lý 16 trường hợp.", [("disciplined", "party_member", "count", 25),
                              ("disciplined_reprimand", "party_member", "count", 14),
                              ("disciplined_warning", "party_member", "count", 11)]),
])
def test_a_forms_figure_split_by_bare_numbers_in_its_aside_is_their_total(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a number of years, then the two years it counts: one span, TERM of the last
    ("Trong hai năm 2021 và 2022, Ủy ban Kiểm tra Huyện ủy đã kiểm tra 9 tổ chức đảng.", (2022, "TERM")),
    ("Trong 2 năm 2021, 2022, Ủy ban Kiểm tra Huyện ủy đã kiểm tra 9 tổ chức đảng.", (2022, "TERM")),
    # … not two years apart, nor years with no count before them
    ("Trong hai năm 2015 và 2020, Ủy ban Kiểm tra Huyện ủy đã kiểm tra 9 tổ chức đảng.", (2015, "FY")),
    ("Trong năm 2021 và 2022, Ủy ban Kiểm tra Huyện ủy đã kiểm tra 9 tổ chức đảng.", (2021, "FY")),
])
def test_a_number_of_years_then_the_two_years_it_counts_is_a_span(text: str, expected: tuple) -> None:
    assert [(f["year"], f["period"]) for f in run(text).facts] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a phone number after its area code in brackets is page furniture
    ("Tòa soạn: (08) 38.123.456 - (08)39.654.321. Năm 2021 huyện kết nạp 12 đảng viên.", [(12, "đảng viên")]),
    # a list of named models after a colon: the first quote is a name as much as the next
    ("Xã nhân rộng các mô hình: “3 gương mẫu trong sinh hoạt chi bộ”, “Đảng viên 2 tốt”. Xã kết nạp 6 đảng viên.",
     [(6, "đảng viên")]),
    # … but one quote after a colon is speech, whose figures count
    ("Bí thư xã chia sẻ: “Năm nay xã kết nạp 6 đảng viên”.", [(6, "đảng viên")]),
])
def test_phones_after_an_area_code_and_listed_quoted_names_hold_no_count(text: str, expected: list[tuple]) -> None:
    assert [(q["value"], q["noun"]) for q in run(text).quantities] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the planned size of a commission names no planned inspection
    ("Dự kiến số lượng Ủy ban kiểm tra Huyện ủy khóa mới là 09 đồng chí.", []),
    # … while a target still takes a nominal cue, and a commission's own target stays
    ("Năm 2024, chỉ tiêu kết nạp 35 đảng viên.", [("admitted", "party_member", "target", 35)]),
    ("Ủy ban Kiểm tra Huyện ủy phấn đấu kiểm tra 14 đảng viên.", [("inspected", "party_member", "target", 14)]),
])
def test_a_plan_for_a_commissions_size_is_no_inspection_target(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


def test_seven_months_so_far_close_the_third_quarter() -> None:
    assert [(f["value"], f["period"]) for f in run("Trong 7 tháng qua, huyện đã kết nạp 23 đảng viên.").facts] == [
        (23, "M9")]


@pytest.mark.parametrize(("text", "expected"), [
    # a clause's sub-item, a scanned book's page and volume, a picture's label written without marks
    ("Căn cứ Tiết 2.3, Khoản 2, Điều 32 của Quy định, huyện kiểm tra 6 đảng viên.", [(6, "đảng viên")]),
    ("Page 57 - Tap 2\nP. 57\nHuyện kết nạp 6 đảng viên.", [(6, "đảng viên")]),
    ("HOI NGHI LAN THU 151\n\nHuyện kết nạp 6 đảng viên.", [(6, "đảng viên")]),
    # an air unit's number names it
    ("Chi bộ thuộc Đảng bộ Đoàn bay 927 kết nạp 6 đảng viên.", [(6, "đảng viên")]),
    # a section's number opening its line before a capitalised word; a count's thousands stay
    ("Nhiệm vụ:\n3.2 Ban Thường vụ chỉ đạo kiểm tra.\n1.500 Đảng viên được tặng huy hiệu.", [(1500, "đảng viên")]),
    # a picture's index after a dash, on a line repeating the headline
    ("Huyện ủy kỷ luật đảng viên vi phạm\n\nNội dung tin.\n\nHuyện ủy kỷ luật đảng viên vi phạm - 2\nHuyện kỷ luật 4 "
     "đảng viên.", [(4, "đảng viên")]),
    # a month abbreviated 'T.' (also 'P.' for a page, with no space after its dot); a prize's rank
    ("Báo cáo từ T.01/2021 đến hết T.6/2021: trong T.02, T.3 chi bộ kết nạp 4 đảng viên.", [(4, "đảng viên")]),
    ("Sách trang P.57: huyện kết nạp 6 đảng viên.", [(6, "đảng viên")]),
    # a guide's sub-item, its 'mục' cut off; sub-items listed after one label
    ("Theo Tiểu 4.3, Mục 4 Hướng dẫn, chi bộ kết nạp 6 đảng viên.", [(6, "đảng viên")]),
    ("Hướng dẫn bỏ điểm 3.1 và 3.2 mục II; chi bộ kết nạp 6 đảng viên.", [(6, "đảng viên")]),
    # a badge's years, a town quarter's number and a comment box's limit; a badge's rounds still count
    ("Chi bộ tiểu khu 7 trao Huy hiệu Đảng 55 cho 6 đảng viên.\n\nBạn vui lòng nhập từ 5 ký tự trở lên.",
     [(6, "đảng viên")]),
    ("Huyện trao Huy hiệu Đảng 3 đợt cho 120 đảng viên.", [(3, "đợt"), (120, "đảng viên")]),
    # a numbered target named in quotes; a bare target's number stays a quantity
    ("Năm 2022, chi bộ hoàn thành chỉ tiêu 5 “Mỗi đảng viên một việc làm”, kết nạp 4 đảng viên.",
     [(4, "đảng viên")]),
    ("Năm 2022, huyện giao chỉ tiêu 85, kết nạp được 103 đảng viên.", [(85, None), (103, "đảng viên")]),
    # a flattened table of contents: page numbers after dot leaders, and the numbered section after one
    ("MỤC LỤC MỞ ĐẦU .......... 1 Chương 1 TỔNG QUAN .......... 6 1.1. Các công trình trong nước .......... 24 "
     "Năm 2016, huyện kết nạp 310 đảng viên.", [(310, "đảng viên")]),
    ("Năm 2022, 5 đoàn viên đạt giải nhì, em Lan đạt giải ba cấp huyện.", [(5, "đoàn viên")]),
])
def test_sub_items_book_pages_section_numbers_and_dashed_picture_indexes_are_labels(
        text: str, expected: list[tuple]) -> None:
    assert [(q["value"], q["noun"]) for q in run(text).quantities] == expected


def test_an_object_marker_typed_twice_still_aims_the_check_at_the_figures() -> None:
    text = "Năm 2016, Ủy ban Kiểm tra thực hiện 05 kế hoạch kiểm tra tài chính đối với đối với 17 cấp ủy cấp xã."
    assert facts(text) == [("inspected_finance", "party_org", "count", 17)]


def test_a_mistyped_term_after_its_label_is_no_count() -> None:
    text = "Ban Thường vụ kiểm tra công tác chuẩn bị Đại hội Đảng bộ xã lần thứ Nhất, nhiệm kỳ 2025-20230."
    result = run(text)
    assert (result.quantities, result.facts) == ([], [])


@pytest.mark.parametrize(("text", "province"), [
    # a province's name and a capitalised direction after it name a commune of another province
    ("Đảng bộ xã mới được thành lập trên cơ sở hợp nhất Đảng bộ 2 xã: Hưng Yên Nam và Hưng Yên Bắc. Tỉnh ủy Nghệ An "
     "chỉ đạo tổ chức đại hội.", "nghe-an"),
    # … not a direction that opens the next province of a list
    ("Tỉnh ủy Hưng Yên Nam Định và Hà Nam cùng tổ chức hội nghị; tỉnh Hưng Yên kết nạp 12 đảng viên.", "hung-yen"),
])
def test_a_province_name_before_a_direction_is_a_communes_name(text: str, province: str) -> None:
    assert run(text).document["province"] == province


@pytest.mark.parametrize(("text", "expected"), [
    # an excerpt cut short on a bare figure: its digits, unit and noun may be lost
    ("Năm 2022, huyện kết nạp 120 đảng viên, đạt 1", [("admitted", "party_member", "count", 120)]),
    ("Năm 2022, kỷ luật 30 đảng viên, giảm 4", [("disciplined", "party_member", "count", 30)]),
    # … a figure with its noun, or followed by a full stop, is whole
    ("Năm 2022, huyện kết nạp 120 đảng viên", [("admitted", "party_member", "count", 120)]),
    ("Năm 2022, kỷ luật 30 đảng viên, giảm 4.", [("disciplined", "party_member", "count", 30),
                                                ("disciplined", "party_member", "change_abs", -4)]),
])
def test_a_bare_figure_the_text_is_cut_on_is_no_statistic(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


def test_candidates_whose_files_are_being_prepared_are_not_admitted() -> None:
    text = "Năm 2024, chi bộ trường đã kết nạp 5 học sinh và đang hoàn thiện hồ sơ cho 3 quần chúng ưu tú khác."
    assert facts(text) == [("admitted", "party_member", "count", 5)]


@pytest.mark.parametrize("text", [
    "Năm 2024, xã có 12 quần chúng đã được kết nạp, 3 quần chúng chờ quyết định và 7 quần chúng đang được thẩm tra.",
    "Năm 2024, chi bộ kết nạp 12 đảng viên, 4 quần chúng đang được xem xét kết nạp.",
])
def test_candidates_still_waiting_or_vetted_are_not_admitted(text: str) -> None:
    assert facts(text) == [("admitted", "party_member", "count", 12)]


def test_an_opening_date_dates_its_figure_in_a_text_with_no_year_of_its_own() -> None:
    text = "Lịch sử Đảng bộ huyện.\n\nNgày 3-2-1940, thay mặt Tỉnh ủy, đồng chí A kết nạp 5 quần chúng ưu tú vào Đảng."
    assert [(f["value"], f["year"]) for f in run(text).facts] == [(5, 1940)]


@pytest.mark.parametrize(("text", "expected"), [
    # items after a cue and its colon, each opening on its figure after a semicolon, are that cue's objects
    ("Năm 2022, Ủy ban Kiểm tra các cấp kiểm tra: 4 đảng viên khi có dấu hiệu vi phạm; 9 tổ chức đảng trong việc "
     "thực hiện nhiệm vụ kiểm tra, giám sát; 2 tổ chức đảng trong việc thi hành kỷ luật.",
     [("inspected_violation_signs", "party_member", "count", 4), ("inspected", "party_org", "count", 9),
      ("inspected", "party_org", "count", 2)]),
    # … unless an item names an act of its own
    ("Năm 2022, Ủy ban Kiểm tra các cấp kiểm tra: 4 đảng viên khi có dấu hiệu vi phạm; 9 tổ chức đảng được biểu "
     "dương.", [("inspected_violation_signs", "party_member", "count", 4)]),
    # a check 'trong việc thu …' is a check of Party finance
    ("Năm 2022, Ủy ban Kiểm tra Huyện ủy kiểm tra 3 tổ chức đảng trong việc thu, chi ngân sách.",
     [("inspected_finance", "party_org", "count", 3)]),
    # … also past a figure after 'với' giving the members of the bodies checked
    ("Năm 2022, Ủy ban Kiểm tra Huyện ủy kiểm tra 6 tổ chức đảng với 140 đảng viên trong việc thu nộp đảng phí.",
     [("inspected_finance", "party_org", "count", 6), ("inspected_finance", "party_member", "count", 140)]),
])
def test_a_colon_list_of_checks_and_checks_of_collections(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Party discipline with removal from posts beside it: the Party's own form is not named
    ("Năm 2021, Huyện ủy đã thi hành kỷ luật về mặt Đảng và cách hết các chức vụ đối với 4 cán bộ xã.",
     [("disciplined", "party_member", "count", 4)]),
    ("Năm 2021, Huyện ủy thống nhất xử lý kỷ luật về Đảng và cách chức 3 cán bộ này.",
     [("disciplined", "party_member", "count", 3)]),
    # a list of Party forms still counts their total, and a form alone stays that form
    ("Năm 2021, Huyện ủy thi hành kỷ luật khiển trách và cách chức 2 đảng viên.",
     [("disciplined", "party_member", "count", 2)]),
    ("Năm 2021, Huyện ủy thi hành kỷ luật cách chức 2 đảng viên.",
     [("disciplined_dismissal", "party_member", "count", 2)]),
])
def test_party_discipline_beside_a_removal_from_posts_is_discipline_of_no_named_form(
        text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a target the term's congress set, named after the figure, is the term's
    ("Năm 2023, xã kết nạp 3 đảng viên. Đến hết năm nay xã sẽ vượt mục tiêu kết nạp 30 đảng viên mà Nghị quyết Đại "
     "hội nhiệm kỳ 2020-2025 đề ra.", ("target", 30, 2025, "TERM")),
    # a year named after the figure is the plan's year
    ("Năm 2023, xã kết nạp 3 đảng viên. Xã phấn đấu kết nạp 10 đảng viên trong năm 2024.", ("target", 10, 2024, "FY")),
])
def test_a_target_dated_by_the_term_named_after_it_is_the_terms(text: str, expected: tuple) -> None:
    assert [f for f in facts(text, "measure", "value", "year", "period") if f[0] == "target"] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # the Confederation of Labour's own inspection commission handles workers' letters, no Party statistic
    ("6 tháng đầu năm 2022, Văn phòng UBKT Tổng LĐLĐVN đã tiếp nhận 45 đơn khiếu nại, 12 đơn tố cáo.", []),
    ("Năm 2022, Ủy ban Kiểm tra Tổng Liên đoàn đã tiếp nhận 40 đơn tố cáo.", []),
    # the Party's commission stays
    ("Năm 2022, Ủy ban Kiểm tra Tỉnh ủy đã tiếp nhận 12 đơn tố cáo đảng viên.",
     [("denunciations", "party_member", "count", 12)]),
])
def test_the_labour_confederations_commission_states_no_party_figure(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what the people are mobilised to register is theirs: the admissions after it were done
    ("Năm 2022, huyện vận động nhân dân đăng ký thực hiện 120 mô hình; kết nạp 40 đảng viên mới.",
     [("admitted", "party_member", "count", 40)]),
    # the Party's own registration is still a plan
    ("Năm 2022, các chi bộ đăng ký thực hiện 120 mô hình; kết nạp 40 đảng viên mới.",
     [("admitted", "party_member", "target", 40)]),
])
def test_what_the_people_are_mobilised_to_register_is_no_plan_of_the_party(text: str, expected: list[tuple]) -> None:
    assert facts(text) == expected
