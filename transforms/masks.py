"""Spans that hold digits but no quantity: URLs, times, full dates, codes, year ranges, quotes, labels."""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from transforms.alternation import Prefiltered, trie_alternation, word_start_matches
from transforms.text import ends_with_phrase, line_number_spans, skip_spaces, starts_with_phrase
from transforms.vocab import mask_vocab, noun_vocab, number_vocab

WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
# an e-mail address is found from its '@': the local part is read backwards from there (at most 64 characters), so
# the engine does not try a run of word characters at every position of the text
EMAIL_LOCAL = re.compile(r"[\w.+-]{1,64}$")
EMAIL_DOMAIN = re.compile(r"@[\w-]{1,63}(?:\.[\w-]{1,63})+")
# Digit-led patterns start with \d and look behind it afterwards, so the regex engine skips ahead to the next digit.
TIME = re.compile(r"\d(?<![\d,.]\d)\d?(?::\d{2}(?::\d{2})?|[hg]\d{2}|h(?!\w))(?![\d])")  # '8:30', '8h30', '8h sáng'
GMT = re.compile(r"gmt\s*[+-]\s*\d{1,2}")
FULL_DATE = re.compile(r"\d(?<![\d.,/]\d)\d?\s*([/.\-])\s*\d{1,2}\s*\1\s*\d{2,4}(?![\d])")
ISO_DATE = re.compile(r"[12][09](?<=19|20)(?<![\d.,/]..)\d{2}-\d{1,2}(?:-\d{1,2})?(?![\d])")
MONTH_YEAR = re.compile(r"\d(?<![\d.,/]\d)(?:(?<=[1-9])|(?<=0)[1-9]|(?<=1)[0-2])[/.\-](?:19|20)\d{2}(?![\d/]|[.,]\d)")
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
QUOTE_OPEN, QUOTE_CLOSE = "[\"\u201c\u2018'\u00ab]", "[\"\u201d\u2019'\u00bb]"  # straight, curly and angle quotes
# a day (1-31) led by its first digit, for a lookbehind placed after it: '(?<![\d.,]\d)' + DAY_REST
DAY_REST = r"(?:(?<=0)[1-9]|(?<=[12])\d?|(?<=3)[01]?|(?<=[4-9]))"
# '(11 - 14/10/2015)', 'từ 20 - 21/11': a rising day range closing on a day and month written with a slash
SLASHED_DAY_RANGE = re.compile(
    rf"(\d(?<![\d.,/]\d){DAY_REST})\s*[-–]\s*({DAY})/(?:0?[1-9]|1[0-2])(?:/(?:19|20)\d{{2}})?(?![\d/])")
# '2015 - 2020', '2020-25': a range of years, its second end on the same line or the next, not past a blank line
YEAR_RANGE = re.compile(r"[12][09](?<=19|20)(?<![\d.,]..)\d{2}\s*-[ \t]*(?:\n[ \t]*)?(?:(?:19|20)\d{2}|\d{2})"
                        r"(?![\d])")
# 'Hôm nay (22.9)', 'Ngày làm việc thứ nhất (6.8)': a day and month written with a dot, alone in brackets after a
# word, is a date (a decimal in brackets comes with its unit or percent sign)
BRACKETED_DOTTED_DATE = re.compile(r"\((?:(?<=[^\W\d] \()|(?<=[^\W\d]\())" + DAY
                                   + r"\.(?:0?[1-9]|1[0-2])(?:\.(?:19|20)\d{2})?\)")
# 'Điểm 3 (3.3a) Hướng dẫn số 01': a sub-item's number glued to its letter (a to e, not a unit such as 'm' or 'g'), or
# spaced from it before the bracket closes ('Điểm 4 (4.2 b)')
SUB_ITEM = re.compile(r"\d(?<![\d.,]\d)\d?(?:\.\d{1,2})+(?:[a-eđ](?!\w)| [a-e](?=\)))")
# Party and State document codes: 06-NQ/TW, 1470/QĐ-UBND, 202/2025/QH15, 07-QĐi/TW, 'Quy định 126- QĐ/TW'
DOC_CODE = re.compile(r"\d(?<![\w.,]\d)\d*(?:/\d+)*(?:[-/][A-ZĐ][\wĐđ]*|\s*[-–]\s*[A-ZĐ]{2,}(?=[-/][A-ZĐ]))"
                      r"(?:[-/.][\wĐđ]+)*")
# Image and file names: IMG_20231205_172007.jpg, Dzung.00_00_03_11.Still611.jpg
FILE_NAME = re.compile(r"[\w.\-()]{1,120}\.(?:jpe?g|png|gif|webp|pdf|docx?)(?!\w)")  # 'anh-(1).png' too
FILE_EXTENSIONS = (".jp", ".png", ".gif", ".webp", ".pdf", ".doc")  # no file name without one: no scan
YEARISH = re.compile(r"(?:19|20)\d{2}(?:-(?:19|20)?\d{2})?")
# 'nhiệm kỳ 2025-22030': a year range mistyped (its end a digit short or long) after a year label is still a label
MISTYPED_YEAR_RANGE = re.compile(r"(?:19|20)\d{2}-\d{3,5}")
# 'ngân sách Nhà nước năm 2107': a year with two digits swapped (2017) after a year label, unless it counts a noun
MISTYPED_YEAR = re.compile(r"21\d{2}")
# 'riêng năm 2', '… trong năm 201' closing an excerpt: the first digits of a year the cut left, no quantity
CUT_YEAR = re.compile(r"(?:1|19|19\d|2|20|20\d)\s*\Z")
PHONE = re.compile(r"0(?<![\d.,]0)\d{2,3}[.\s]?\d{3,4}[.\s]?\d{3,4}(?![\d])"
                   r"|0(?<![\d.,]0)\d{3}[.\s]\d{2}[.\s]\d{4}(?![\d])"  # '0967 77 1010'
                   r"|0(?<![\d.,]0)\d{4}[.\s]\d{6}(?![\d]|[.,]\d)"  # '02763.822322': area code and number run on
                   r"|0(?<![\d.,]0)\d{2}[.\s]\d{3}[.\s]\d{2}[.\s]\d{2}(?![\d]|[.,]\d)"  # '096 446 77 88'
                   # '1900 9095', '1900 54 54 81': a hotline
                   r"|1(?<![\d.,]1)[89]00(?:[.\s]?\d{4}|[.\s]\d{2}[.\s]\d{2}[.\s]\d{2})(?![\d]|[.,]\d)"
                   r"|\(0\d{2,3}\)\s*\d{3,4}[.\s]?\d{3,4}(?![\d])"  # '(0257) 3841519'
                   r"|\(0\d{1,3}\)\s*\d{2}[.\s]?\d{3}[.\s]?\d{3}(?![\d]|[.,]\d)"  # '(04) 38.228.302'
                   # '(84-4) 33560788', '+84 28 3822 1235': the country code first
                   r"|(?:\(\+?84[-\s]?\d{1,3}\)|\+84[-.\s]?\d{1,3})[-.\s]?\d{3,4}[.\s]?\d{3,4}(?![\d])")
# 'intNumViewTotal=447': a script's variable and its value; 'width="640"': a markup attribute's; page furniture
ASSIGNMENT = re.compile(r"[a-z](?<![\w.][a-z])[a-z0-9]{2,}=[\"']?\d+")

# '… chi bộ tốt thì mọi việc tốt”3.', '(mốc thời gian …)3 và': a note's number glued to a closing quotation mark (a
# straight quote closes when it follows a word) or bracket, unless a counted noun follows it
QUOTE_FOOTNOTE = re.compile(r'(?:”|"(?<=[^\s(\[]")|\)(?<=[^\s(\d]\)))(\d{1,2})(?![\d]|[.,]\d)')
# A line that holds a number and nothing else is page furniture on a web page (a view counter, a visitor-count
# digit, a picture's number): a statistic always comes with words around it, except in a table (_lone_number_spans).
LONE_NUMBER_LINE = re.compile(r"^[ \t]*\d[\d.,]*[ \t]*$", re.MULTILINE)
DOWNLOAD_TYPES = ("pdf", "docx", "doc", "pptx", "ppt")  # a document site's download line: '(.pdf) (27 trang)'
WEATHER_PLACE_CHARS = 40  # a weather widget's place name before its temperatures ('Thành phố Hồ Chí Minh, ')
# "03/01/2019 | 35", "10:51 08-11-2019 | :316": a number closing a line after a date or time and a bar is a page's
# counter (comments, views).
DATELINE_COUNTER = re.compile(r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}|\d{1,2}:\d{2})[^\n|]{0,40}\|[ \t]*:?[ \t]*"
                              r"(\d[\d.,]*)[ \t]*$", re.MULTILINE)
# "(1) Theo nghề nghiệp: …; (2) Về tuổi đời, …": a bracketed item number opening a part of a list, not a count.
# … also inside a quotation ('“(1). Cấp ủy …'), or a note's number in brackets right after a closing quote ('…”(1).').
ENUMERATOR = Prefiltered("", r"(?<![^\s:;.,“«])\((\d{1,2})\)(?=[.:]?[ \t]+[^\W\d_])|(?<=[”»])\((\d{1,2})\)",
                         starts=r"\(\d{1,2}\)")  # both branches open on a lookbehind, then '(' and a number
# A token joined by an underscore is an identifier (a picture's file name '5bua1257-450_1'), whatever digits it holds.
IDENTIFIER = re.compile(r"(?<![\w-])[\w-]*_[\w-]*")
# A run of hex digits holding letters and digits is a hash or an id ('4028eaa46735a261…' in a page's furniture).
HEX_RUN = re.compile(r"[0-9a-f]{12,}+(?!\w)")  # the word start is checked on each match: no lookbehind per position
MIN_QUOTED_CLAUSE_WORDS = 8  # a quoted finding of a report is a clause, longer than most titles
COUNTED_IN_STATEMENTS = frozenset({"party_member", "party_org", "person"})
DIGITS = re.compile(r"\d+")
SPEAKER_REACH = 60  # '”-Phó Bí thư Thường trực Huyện ủy Nguyễn Văn A cho biết' fits
QUOTED = re.compile(r"[“\"«]([^“”\"«»\n]{1,150})[”\"»]")
QUOTE_OPENERS = ("“", '"', "«")
LISTED_QUOTE = re.compile(r"\s*,\s*[“\"«]")  # '”, “': one quote of a list of names after the next
NUMBER_TOKEN = r"(?:\d+(?:[.,/\-]\d+)*|[ivxlc]+\b)"


@functools.cache
def _dotted_day_range() -> re.Pattern[str]:
    """'(10 - 11.8)', 'ngày 11 và 12.3;', 'từ 12 - 14.10.': two days closing on a day and month written with a dot,
    before a bracket, a clause break or the sentence's end (joiners in non_quantities.yaml)."""
    joiners = trie_alternation(mask_vocab().dotted_day_joiners, lambda s: r"(?!\w)" if s[-1].isalnum() else "")
    return re.compile(rf"\d(?<![\d.,]\d){DAY_REST}\s*{joiners}\s*{DAY}\.(?:0?[1-9]|1[0-2])(?=\s*[),;]|\.(?:\s|$))")


@functools.cache
def _slashed_day_pair() -> re.Pattern[str]:
    """'(8 và 9/8)', '(28 và 29-5)': two days joined by a word and closing on one day and month written with a slash
    or a dash, before a bracket, a clause break or the sentence's end (the word joiners of dotted_day_joiners)."""
    words = [w for w in mask_vocab().dotted_day_joiners if w.isalpha()]
    return re.compile(rf"(\d(?<![\d.,/]\d){DAY_REST})\s+(?:{trie_alternation(words)})\s+({DAY})[/-](?:0?[1-9]|1[0-2])"
                      r"(?=\s*[),;]|\.(?:\s|$))")


@functools.cache
def _day_before_dated_day() -> re.Pattern[str]:
    """'chiều 16 và sáng 17.7', 'ngày (29&30/6)', 'từ 6 đến 8-9': a day after a date word (group 1 the day, group 2
    the closing day), joined to a day and month (a date word may come before it), is a day of that month (date_before,
    date_before_unless_counted, dotted_day_joiners, unit_range_joiners)."""
    vocab = mask_vocab()
    words = trie_alternation(vocab.date_before + vocab.date_before_unless_counted)
    joiners = trie_alternation(vocab.dotted_day_joiners + vocab.unit_range_joiners,
                               lambda s: r"(?!\w)" if s[-1].isalnum() else "")
    return re.compile(rf"(?:{words})\s+\(?({DAY})\s*(?:{joiners})\s*(?:(?:{words})\s+)?({DAY})[./-](?:0?[1-9]|1[0-2])"
                      r"(?![\d%]|[.,/]\d)")


def _days_before_dated_day(key: str) -> list[tuple[int, int]]:
    """The first days of rising day ranges closing on a day and month, with no counted noun, scale or unit after them
    ('từ 3-4 đến 5/12 chỉ tiêu' is no date)."""
    return [m.span(1) for m in word_start_matches(_day_before_dated_day(), key)
            if int(m.group(1)) < int(m.group(2)) and not starts_with_phrase(
                key, skip_spaces(key, m.end()), noun_vocab().noun_keys + number_vocab().scale_keys)]


@functools.cache
def _title_number_pattern() -> re.Pattern[str]:
    """'chi bộ bốn tốt', '5 không 3 sạch', 'phương châm 4 "không"' (folded): the numbers of an emulation title or a
    motto (title_number_after; a joiner alone when quoted), each group 1 of a match."""
    vocab = mask_vocab()
    number = r"(\d{1,2}|" + trie_alternation(number_vocab().words) + r")(?![\w.,])"
    titles, joiners = trie_alternation(vocab.title_number_after), trie_alternation(vocab.title_number_joiner)
    return re.compile(rf"{number}\s+(?:{titles}|(?:{joiners})(?=\s+\d{{1,2}}\s+(?:{titles})(?!\w))"
                      rf"|{QUOTE_OPEN}(?:{titles}|{joiners}){QUOTE_CLOSE})(?!\w)")


@functools.cache
def _quoted_joiner() -> re.Pattern[str]:
    """A joiner in quotes ('"không"', folded): what every quoted motto's match of _title_number_pattern holds."""
    return re.compile(rf"{QUOTE_OPEN}(?:{trie_alternation(mask_vocab().title_number_joiner)}){QUOTE_CLOSE}")


def _may_hold_title_number(key: str) -> bool:
    """Whether key holds a title's word or a quoted joiner, as every match of _title_number_pattern does."""
    return any(title in key for title in mask_vocab().title_number_after) or _quoted_joiner().search(key) is not None


@functools.cache
def _english_date() -> re.Pattern[str]:
    """'15 january 2011', 'january 15, 2011' (folded): a date written in English, day and year included."""
    months = trie_alternation(mask_vocab().english_months)
    return re.compile(rf"(?<![\w.,])\d{{1,2}}(?:st|nd|rd|th)? (?:{months}),? (?:19|20)\d{{2}}(?!\d)"
                      rf"|(?<!\w)(?:{months}) \d{{1,2}}(?:st|nd|rd|th)?,? (?:19|20)\d{{2}}(?!\d)")


@functools.cache
def _spaced_day_month() -> re.Pattern[str]:
    """'Ngày 28- 5', 'sáng 2 - 7': a day and month with a space around their dash or slash after a date word, with no
    counted noun or percent sign after them (a pair written without spaces is judged with the number after it)."""
    words = mask_vocab().date_before + mask_vocab().date_before_unless_counted
    return re.compile(rf"(?:{trie_alternation(words)})\s+({DAY}(?: [-/]\s*|[-/] )(?:0?[1-9]|1[0-2]))"
                      r"(?![\d/%]|[.,]\d|\s%)")  # 'từ 3 - 4%' is a range of percentages


@functools.cache
def _some_pattern() -> re.Pattern[str]:
    """'1 số tồn tại', '1 vài chi bộ': a digit one for 'một' before a word of some (article_not_before), no count."""
    words = trie_alternation(mask_vocab().article_not_before)
    return re.compile(r"1(?<![\d.,]1)\s+(?:" + words + r")(?!\w)(?!\s*[\d.:])")


@functools.cache
def _footnote_pattern() -> re.Pattern[str]:
    """'[12]', a source cited with its pages ('[75, tr. 53-54]', '[3; 8]'; citation_page_words), and '(3)' glued to the
    word, closing quotation mark or bracket before it ('590 xã(3). Các tỉnh …', '“… Muôn năm”(1);', '… tổ chức Tin
    lành)(2).'): a note's number."""
    pages = trie_alternation(mask_vocab().citation_page_words)
    return re.compile(rf"\[\d{{1,3}}(?:\s*[,;]\s*(?:(?:{pages})\s*)?\d{{1,4}}(?:\s*[-–]\s*\d{{1,4}})?)*\]"
                      r"|\((?<=[^\W\d]\(|[\"”)]\()\d{1,3}\)")  # bracket first: the engine skips to one


@functools.cache
def _date_line_counters() -> re.Pattern[str]:
    """'21/02/2024 782 0', 'Thứ tư - 21/02/2024 15:00 828 0', '14:16 16/12/2018 10702' (folded): a line of a date
    (after its weekday, weekday_words, and with a time before or after it) and bare numbers is the page's date and
    counters (views, comments)."""
    weekdays = trie_alternation(mask_vocab().weekday_words, lambda p: r"(?!\w)")
    return re.compile(rf"^[ \t]*(?:(?:{weekdays})[ \t]*[,\-–]?[ \t]*)?(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?[ \t]+)?"
                      r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?"
                      r"((?:[ \t]+\d[\d.,]*)+)[ \t]*$", re.MULTILINE)


@functools.cache
def _label_pattern(counters: bool = True) -> re.Pattern[str]:
    """A label word, then a number token or a run of number words ('điều 30', 'lần thứ hai'); without `counters`,
    for a text holding no counter label, the counter branch (group 2) is one that never matches."""
    vocab = mask_vocab()
    number_words = "|".join(re.escape(w) for w in sorted(number_vocab().words, key=len, reverse=True))
    token = NUMBER_TOKEN + r"|(?:(?:" + number_words + r")(?!\w)(?:\s+|$))+"
    counter = trie_alternation(vocab.counter_labels) if counters else r"(?!x)x"
    label = (r"(?:(" + trie_alternation(vocab.label_before) + r")(?:\s*:\s*|\s+|(?<=[-–.]))|("  # 'Covid -19', 'T.3'
             + counter + r")\s*[:(]?\s*)")
    # at a word start: the lookbehind, tried first, fails at once inside words, which here costs less than searching
    # for the label words and testing where each starts (word_start_matches; measured on the bench corpus)
    return re.compile(r"(?<!\w)" + label + "(" + token + ")")


@functools.cache
def _label_list_more() -> re.Pattern[str]:
    """', 32' or ' và 32' after 'Điều 30', ' và 8.2' after 'điểm 8.1': one more number or sub-item of a label's list
    (joiners in non_quantities.yaml)."""
    joiners = trie_alternation(mask_vocab().range_joiners, lambda s: r"(?!\w)" if s[-1].isalnum() else "")
    return re.compile(rf"\s*{joiners}\s*(\d+(?:\.\d{{1,2}}(?!\d))?)(?![\d.,/]?\d)")


@functools.cache
def _counter_more() -> re.Pattern[str]:
    """' 0' after 'tặng sao cho bài viết 0': one more of a page widget's counters, on the same line."""
    return re.compile(r"[ \t]+(\d+)(?![\d.,/%]?\d)(?![ \t]*%)")


@functools.cache
def _label_range_end() -> re.Pattern[str]:
    """' - 30' after 'tuổi đời từ 18': the second end of a range a label's number opens (joiners in
    non_quantities.yaml)."""
    joiners = trie_alternation(mask_vocab().unit_range_joiners, lambda s: r"(?!\w)" if s[-1].isalnum() else "")
    return re.compile(rf"\s*{joiners}\s*(\d+)(?![\d.,/%]?\d)(?!\s*%)")


@functools.cache
def _counter_after_pattern() -> re.Pattern[str]:
    """'235 Lượt xem', '(0) Bình luận': a page counter written after its number."""
    counters = "|".join(re.escape(w) for w in mask_vocab().counter_labels)
    return re.compile(r"(\d(?<![\w.,]\d)\d*(?:[.,]\d+)*)\)?\s+(?:" + counters + r")(?!\w)")


@functools.cache
def _counter_label() -> re.Pattern[str]:
    """Any counter label (counter_labels), wherever it stands: a cheap test before _counter_after_pattern."""
    return re.compile(trie_alternation(mask_vocab().counter_labels))


COLON_DIGIT = re.compile(r":[ \t]*\d")  # in every counter and widget line: a cheap test before their patterns


@functools.cache
def _counter_line_pattern() -> re.Pattern[str]:
    """'Hôm nay: 295' alone on its line or between bullets ('• Trong tuần: 6.318 •', '• Trong tuần: 12 901', folded): a
    visitors' counter (non_quantities.yaml counter_line_labels); its label may be written twice, an icon's text
    glued to it ('Hôm nayHôm nay : 729')."""
    labels = trie_alternation(mask_vocab().counter_line_labels)
    number = r"\d{1,3}(?:[ \t]\d{3})+|\d[\d.,]*"
    return re.compile(r"(?:^|•)[ \t]*(?P<label>" + labels + r")(?P=label)?[ \t]*:[ \t]*(" + number + r")[ \t]*(?=$|•)",
                      re.MULTILINE)


@functools.cache
def _comment_box_pattern() -> re.Pattern[str]:
    """A comment box's limits (non_quantities.yaml): 'tối thiểu 10 chữ', '0 / 500 ký tự' (folded)."""
    vocab = mask_vocab()
    limits, units = trie_alternation(vocab.comment_box_limits), trie_alternation(vocab.comment_box_units)
    return re.compile(rf"(?:{limits}) \d+ (?:{units})(?!\w)|\d+ ?/ ?\d+ (?:{units})(?!\w)")


@functools.cache
def _comment_box_limit() -> re.Pattern[str]:
    """Any comment box limit word, wherever it stands: a match of _comment_box_pattern's first branch holds one."""
    return re.compile(trie_alternation(mask_vocab().comment_box_limits))


@functools.cache
def _comment_box_tail() -> re.Pattern[str]:
    """'/ 500 ký tự': what a match of _comment_box_pattern's second branch ends on."""
    return re.compile(rf"/ ?\d+ (?:{trie_alternation(mask_vocab().comment_box_units)})(?!\w)")


@functools.cache
def _widget_pattern() -> re.Pattern[str]:
    """A page widget's line (non_quantities.yaml widget_templates, '#' for each number), folded: 'tổng số điểm của
    bài viết là: 0 trong 0 đánh giá'."""
    return re.compile("|".join(re.escape(t).replace(re.escape("#"), r"\d[\d.,]*")
                               for t in mask_vocab().widget_templates))


@functools.cache
def _file_size_pattern() -> re.Pattern[str]:
    """'10mb', '2 gb' (folded): a file's size, page furniture (non_quantities.yaml file_size_units), with the page
    count a download line gives after it ('361.85 kb, 50 trang')."""
    vocab = mask_vocab()
    return re.compile(r"\d(?<![\w.,]\d)[\d.,]*\s?(?:" + trie_alternation(vocab.file_size_units) + r")(?!\w)"
                      r"(?:\s*,\s*\d+\s*(?:" + trie_alternation(vocab.file_page_words) + r")(?!\w))?")


@functools.cache
def _weather_line_pattern() -> re.Pattern[str]:
    """'cà mau, 32°c/ 32°c - 33°c icon thời tiết nắng', '23°c / 22-25°c' (folded): a weather widget's line, a place's
    words and then only temperatures or their ranges (non_quantities.yaml temperature_units), page furniture; words
    may follow a row of two or more (the widget's icon), which prose never writes."""
    degree = r"(?:\d{1,2}[ \t]?[–-][ \t]?)?\d{1,2}[ \t]?(?:" + trie_alternation(mask_vocab().temperature_units) + r")"
    words = rf"[^\d\n]{{0,{WEATHER_PLACE_CHARS}}}"
    row = rf"{degree}(?:[ \t]*[/–-]?[ \t]*{degree})+{words}"
    return re.compile(rf"^{words}(?:{row}|{degree}[ \t]*)$", re.MULTILINE)


@functools.cache
def _download_pages_pattern() -> re.Pattern[str]:
    """'tải bản đầy đủ (.pdf) (27 trang)' (folded): a document site's download line gives the file's page count
    (non_quantities.yaml file_page_words) after its type, page furniture."""
    pages = trie_alternation(mask_vocab().file_page_words)
    types = "|".join(DOWNLOAD_TYPES)
    return re.compile(rf"\(\.(?:{types})\)[ \t]*\((\d+)[ \t]*(?:{pages})\)")


@functools.cache
def _clock_minutes_pattern() -> re.Pattern[str]:
    """'8 giờ 30' (folded): the minutes (group 1) of a clock time whose hour is written with a word, unless a percent
    sign follows."""
    words = trie_alternation(mask_vocab().clock_hour_words)
    return re.compile(r"(?<![\d.,])(?:[01]?\d|2[0-4])\s+(?:" + words + r")\s+([0-5]\d)(?![\d.,/]?\d)(?!\s*%)")


@functools.cache
def _plenum_pattern() -> re.Pattern[str]:
    """'4 khóa xii', '4 (khóa xii)' (folded): a plenum's number within a term, led by its digits."""
    words = trie_alternation(mask_vocab().plenum_term_words)
    return re.compile(r"(\d(?<![\w.,]\d)\d?)\s*\(?\s*(?:" + words + r")\s+[ivxl]+(?!\w)")


@functools.cache
def _term_list_pattern() -> re.Pattern[str]:
    """'ba khóa (11, 12, 13)' (folded): the numbers of the terms a count of terms lists in brackets (group 1)."""
    words = trie_alternation(mask_vocab().plenum_term_words)
    return re.compile(r"(?:" + words + r")\s*\(((?:\d{1,2}\s*[,;]\s*)+\d{1,2})\)")


LABEL_YEAR = re.compile(r"\d{1,4}/(?:19|20)\d\d")


def _label_spans(key: str, counters: bool = True) -> list[tuple[int, int]]:
    """Numbers right after a label word ('Điều 30', 'lần thứ 20', 'năm 2023'), digits or words; `counters` False
    says the key holds no counter label, so the pattern need not try one at every position."""
    vocab = mask_vocab()
    spans = []
    for m in _label_pattern(counters).finditer(key):
        label, token = m.group(1) or m.group(2), m.group(3).rstrip()
        if LABEL_YEAR.fullmatch(token):  # 'Nghị quyết 57/2024', 'Kế hoạch 12/2023': a document's number and year
            spans.append((m.start(3), m.start(3) + len(token)))
            continue
        if label in vocab.year_labels and not YEARISH.fullmatch(token):
            if CUT_YEAR.match(key, m.start(3)) or MISTYPED_YEAR_RANGE.fullmatch(token) or (
                    MISTYPED_YEAR.fullmatch(token) and not starts_with_phrase(
                        key, skip_spaces(key, m.start(3) + len(token)), _counted_after_number())):
                spans.append((m.start(3), m.start(3) + len(token)))
            continue
        if ends_with_phrase(key, m.start(), vocab.label_except_after.get(label, ())):
            continue
        after = skip_spaces(key, m.start(3) + len(token))
        if starts_with_phrase(key, after, vocab.multiplier_nouns) and not starts_with_phrase(
                key, after, vocab.multiplier_ordinals):
            continue  # 'định kỳ 6 tháng 1 lần': a count of times, not January
        if key.startswith("%", after) or (starts_with_phrase(key, after, number_vocab().scale_keys)
                                          and not starts_with_phrase(key, after, number_vocab().scale_false_friends)):
            continue  # 'dưới 5 tuổi 9,57%', 'công nghiệp 1.540 tỷ đồng': a percentage or an amount is no label's
        if label in vocab.ordinal_labels and (len(token) > 2 or starts_with_phrase(key, after, noun_vocab().noun_keys)):
            continue  # 'Đại hội 13' is the 13th congress; 'Đại hội 300 đại biểu' counts delegates
        if label in vocab.quoted_name_labels and not key.startswith(QUOTE_OPENERS, after):
            continue  # 'giao chỉ tiêu 85, đạt 121%' states a target; 'chỉ tiêu 16 “Mỗi chi bộ …”' names one
        if label in vocab.name_labels and ("/" in token or key.startswith("/", after)
                                           or starts_with_phrase(key, after, noun_vocab().noun_keys)):
            continue  # 'Kế hoạch 170 của …' names a plan; 'kế hoạch 200 đảng viên', '… kế hoạch 14/15 chỉ tiêu' count
        if "/" in token and starts_with_phrase(key, after, (label,)):
            continue  # 'trưởng thôn 27/27 thôn': a part of a whole of the label's own units names no hamlet
        spans.append((m.start(3), m.start(3) + len(token)))
        year = YEARISH.match(key, after) if token.rsplit(" ", 1)[-1] in vocab.year_labels else None
        if year is not None and not key[year.end():year.end() + 1].isdigit():  # '9 tháng năm 2023': the number
            spans.append(year.span())  # word "năm" (five) is the label of the year after it
        if label in vocab.list_labels or label in vocab.code_labels or m.group(2):  # 'Điều 30, 32 của Điều lệ':
            end = m.start(3) + len(token)  # the list goes on labelling, up to a number a counted noun follows ('chi
            # bộ 7, 26 đảng viên'); a widget's counters ('… 0 0 0') and a code's groups ('mã số 62 31 02') are spaced
            more_pattern = _label_list_more() if label in vocab.list_labels else _counter_more()
            previous = token
            while (more := more_pattern.match(key, end)) is not None and (_next_in_run(previous, more.group(1))
                                                                          or not starts_with_phrase(
                    key, skip_spaces(key, more.end()), noun_vocab().noun_keys)):
                spans.append(more.span(1))
                end, previous = more.end(), more.group(1)
        elif (more := _label_range_end().match(key, m.start(3) + len(token))) is not None and not starts_with_phrase(
                key, skip_spaces(key, more.end()), noun_vocab().noun_keys):
            spans.append(more.span(1))  # 'tuổi đời từ 18 - 30': both ends of the range are ages
    return spans


def _next_in_run(previous: str, number: str) -> bool:
    """'Nghị quyết 6, 7, 8, 9 Hội nghị Trung ương': a list item one above the item before it goes on numbering,
    whatever noun follows it ('chi bộ 7, 26 đảng viên' counts members)."""
    return previous.isdigit() and number.isdigit() and int(number) == int(previous) + 1


# A short number (group 1) after a word and a space, not a percentage, a decimal or a fraction: the end of a numbered
# name? The match opens on the space, so the engine skips to one and looks behind it (no lookbehind at every position).
NAME_NUMBER = re.compile(r" (?<=[^\W\d_] )(\d{1,2})(?![\d%/]|[.,]\d|\s*%)")
NAME_WORDS = 3  # a numbered name's words before its number, at most
NAME_REACH = 40  # characters looked back for them


@functools.cache
def _place_name_pattern() -> re.Pattern[str]:
    """A place word, one to three words, then a short number ending the name: 'ấp nhơn thọ 2' (folded text)."""
    return re.compile(r"(?:" + trie_alternation(mask_vocab().place_words) + r")\s+((?:[^\W\d_]+\s+){1,3})(\d{1,2})"
                      r"(?![\d%/]|[.,]\d|\s*%)")  # 'thôn Triệu Xuyên 2, …' ends the name; '2,5' is a number


@functools.cache
def _counted_after_number() -> tuple[str, ...]:
    """A counted noun or a unit (nouns table, units table): after a name's number, it makes the number a count."""
    return noun_vocab().noun_keys + number_vocab().unit_keys


def _counted_after(key: str, pos: int) -> bool:
    """A counted noun or a unit at pos makes a name's number a count, unless it opens an ordinal ('phường Móng Cái 2
    lần thứ I': the ward's first congress, not two times)."""
    return starts_with_phrase(key, pos, _counted_after_number()) is not None and starts_with_phrase(
        key, pos, mask_vocab().multiplier_ordinals) is None


def _place_name_spans(text: str, key: str) -> list[tuple[int, int]]:
    """Numbers closing a place's capitalised name ('ấp Nhơn Thọ 2', 'thôn Tân Lập 1'): part of the name, unless a
    counted noun or a unit follows ('thôn Tân Lập 3 đảng viên', 'cách thị xã Hồng Lĩnh 15 km')."""
    spans = []
    names: set[tuple[str, ...]] = set()
    for m in word_start_matches(_place_name_pattern(), key):
        words = text[m.start(1):m.end(1)].split()
        if all(w[0].isupper() for w in words) and not _counted_after(key, skip_spaces(key, m.end(2))):
            spans.append(m.span(2))
            names.add((*words, m.group(2)))
    if names:  # 'bản Huồi Giảng 1 … Một góc bản Mông, Huồi Giảng 1': the name again, without its place word
        for m in NAME_NUMBER.finditer(text):
            words = text[max(0, m.start(1) - NAME_REACH):m.start(1)].split()[-NAME_WORDS:]
            if any((*words[i:], m.group(1)) in names for i in range(len(words))) and not _counted_after(
                    key, skip_spaces(key, m.end(1))):
                spans.append(m.span(1))
    return spans


def _numbered_series_spans(text: str, key: str) -> list[tuple[int, int]]:
    """One capitalised name numbered twice in a row ('Bích Thái 1, Bích Thái 2', 'Đoàn 1 … Đoàn 2'): a series of
    names, each number part of its name, unless a counted noun or a unit follows it."""
    by_name: dict[tuple[str, ...], dict[int, list[tuple[int, int]]]] = {}
    for m in NAME_NUMBER.finditer(text):
        words = text[max(0, m.start(1) - NAME_REACH):m.start(1)].split()[-NAME_WORDS:]
        name = tuple(itertools.takewhile(lambda w: w[:1].isupper() and w.isalpha(), reversed(words)))
        if name:
            by_name.setdefault(name, {}).setdefault(int(m.group(1)), []).append(m.span(1))
    spans = []
    for numbers in by_name.values():
        series = [n for n in numbers if n + 1 in numbers or n - 1 in numbers]
        spans += [span for n in series for span in numbers[n]
                  if not starts_with_phrase(key, skip_spaces(key, span[1]), _counted_after_number())]
    return spans


# A line repeating another one with a picture's index after it ('Hơn 1.800 đảng viên … bị kỷ luật 1' under the
# headline).
LINE_INDEX = re.compile(r"(?<=\S)(?:[ \t]+[-–])?[ \t]+(\d{1,2})[ \t]*$", re.MULTILINE)  # '… Gia Lai - 1' too


@functools.cache
def _caption_index_pattern() -> re.Pattern[str]:
    """A picture's caption taken from its file name: a line closing on 'Anh 1' or 'Ảnh 2' (caption_index_words)."""
    words = trie_alternation(mask_vocab().caption_index_words)
    return re.compile(r"[ \t]+(?:[-–][ \t]*)?(?:" + words + r")[ \t]+(\d{1,2})[ \t]*$", re.MULTILINE)


@functools.cache
def _shorthand_pattern() -> re.Pattern[str]:
    """'(gọi tắt là đảng viên 76)': a bracketed name the text defines (group 1) ending in a number (group 2)."""
    openers = trie_alternation(mask_vocab().shorthand_openers)
    return re.compile(r"\((?:" + openers + r")\s+([^()\n\d]{1,40}?\s(\d{1,4}))\s*\)")


@functools.cache
def _average_age_pattern() -> re.Pattern[str]:
    """'Bình quân tuổi của đảng viên mới kết nạp là 32,4': an average age (group 1) later in its clause."""
    words, links = trie_alternation(mask_vocab().average_age_words), trie_alternation(mask_vocab().average_age_links)
    return re.compile(r"(?:" + words + r")(?!\w)[^.;:\n\d]{0,60}?(?:\s(?:" + links + r")\s+|:\s*|\s)"
                      r"(\d{1,2}(?:,\d{1,2})?)(?![\d.,]*\s*%)(?!\d)")


def _shorthand_name_spans(key: str) -> list[tuple[int, int]]:
    """The number of a name the text defines in brackets, there and wherever the name is used again ('đánh giá hoạt
    động của đảng viên 76'): a name, no count."""
    if not any(opener in key for opener in mask_vocab().shorthand_openers):
        return []
    spans = []
    for m in _shorthand_pattern().finditer(key):
        name, number_at = m.group(1), m.start(2) - m.start(1)
        at = key.find(name)
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not key[at - 1].isalnum()) and (end == len(key) or not key[end].isalnum()):
                spans.append((at + number_at, end))
            at = key.find(name, end)
    return spans


def _caption_index_spans(key: str) -> list[tuple[int, int]]:
    """Pictures' indexes closing a caption line or a repeated line: no quantities."""
    lines = key.split("\n")
    spans: list[tuple[int, int]] = []
    closing: list[re.Match[str]] = []
    start = 0
    for line in lines:  # both patterns end on a digit then spaces or tabs at a line's end: only such lines are read
        end = start + len(line)
        tail = line.rstrip(" \t")
        if tail and tail[-1].isdecimal():
            spans += [m.span(1) for m in _caption_index_pattern().finditer(key, start, end)]
            closing += LINE_INDEX.finditer(key, start, end)
        start = end + 1
    if not closing:
        return spans
    stripped = {line.strip() for line in lines}
    return spans + [m.span(1) for m in closing if key[key.rfind("\n", 0, m.start()) + 1:m.start()].strip() in stripped]


def _quote_footnote_spans(key: str) -> list[tuple[int, int]]:
    """Notes' numbers glued to a closing quotation mark or bracket ('“…mọi việc tốt”3.', '(mốc thời gian …)3 và'),
    unless a counted noun follows."""
    nouns = noun_vocab().noun_keys
    return [m.span(1) for m in QUOTE_FOOTNOTE.finditer(key)
            if not starts_with_phrase(key, skip_spaces(key, m.end(1)), nouns)]


def _quoted_spans(text: str, key: str) -> list[tuple[int, int]]:
    """Short quoted titles ('“01 triệu sáng kiến…”', '“81 năm Đội ta…”'): numbers in them are names; a quoted
    statement's figures count.
    A quote after a colon ('chia sẻ: “… kết nạp năm đảng viên”') or before its speaker ('“… kết nạp 47 đảng viên
    mới”-ông Luận cho hay') is reported speech: its figures count."""
    return [(m.start(), m.end()) for m in QUOTED.finditer(text) if is_quoted_name(key, m)]


def is_quoted_name(key: str, m: re.Match[str]) -> bool:
    """A quotation that names something (a title, a class, a slogan): neither reported speech after a colon or before
    its speaker nor a quoted statement of a report; a quote after a colon that another quote follows opens a list of
    names ('các mô hình: “5 chủ động …”, “Đơn vị 3 nhất”'), no speech."""
    before = key[max(0, m.start() - SPEAKER_REACH):m.start()].rstrip()
    spoken = before.endswith(":") and LISTED_QUOTE.match(key, m.end()) is None
    return not spoken and not _speaker_after(key, m.end()) and not _quoted_statement(key, m)


def _quoted_statement(key: str, m: re.Match[str]) -> bool:
    """A quote of MIN_QUOTED_CLAUSE_WORDS words or more that counts members or bodies ('“có 8 trường hợp có khuyết
    điểm, vi phạm nhưng chưa đến mức phải xử lý kỷ luật”') or holds a percentage: a report's finding or target
    quoted, not a title or slogan ('“5 xung kích phát triển kinh tế - xã hội và bảo vệ Tổ quốc”')."""
    if len(m.group(1).split()) < MIN_QUOTED_CLAUSE_WORDS:
        return False
    nouns = noun_vocab()
    for number in DIGITS.finditer(key, m.start(1), m.end(1)):
        if key.startswith("%", skip_spaces(key, number.end())):
            return True  # '“Tỷ lệ trường đạt chuẩn quốc gia đến năm 2020: Mầm non: 35%, …”': a target quoted
        noun = starts_with_phrase(key, skip_spaces(key, number.end()), nouns.noun_keys)
        if noun and nouns.nouns[noun][1] in COUNTED_IN_STATEMENTS:
            return True
    return False


@functools.cache
def _speech_pattern() -> re.Pattern[str]:
    """A speech verb as whole words, then no sentence end, semicolon or colon before it: searched in the clause after
    a quote (after a semicolon a new item begins: 'chi bộ “3 tốt, 3 không”; công tác thông tin …'; after a colon the
    quote's words are explained: '"5 không": không biết, không nói …')."""
    verbs = "|".join(re.escape(w) for w in mask_vocab().speech_after_quote)
    return re.compile(rf"[^.!?;:\n“\"«]*?(?<!\w)(?:{verbs})(?!\w)")


def _speaker_after(key: str, end: int) -> bool:
    """A speech verb in the clause right after a closing quote ('”, ông Luận cho hay')."""
    return _speech_pattern().match(key, end, end + SPEAKER_REACH) is not None


COUNTER = r"\d{1,6}(?:[.,]\d{1,2}k|k)?"  # a counter may round its thousands: '4.8k' (folded '4.8K') views
PAGE_STRIP = re.compile(rf"^[ \t]*{COUNTER}(?:[ \t]+{COUNTER})+[ \t]*$", re.MULTILINE)
DIGIT_RUN = re.compile(r"\d+")
PAGER_MIN_PAGES = 3


def _number_line_spans(key: str, reach: int) -> list[tuple[int, int]]:
    """A line holding only numbers: a pager's page numbers, each one more than the one before ('178   179   180'),
    or a page's counters right under the headline, up to `reach` ('23 415 0', '88 4.8k 17': views, downloads,
    comments); no figures."""
    spans = []
    for m in PAGE_STRIP.finditer(key):
        numbers = list(DIGIT_RUN.finditer(key, m.start(), m.end()))
        pager = len(numbers) >= PAGER_MIN_PAGES and all(
            int(b.group()) == int(a.group()) + 1 for a, b in itertools.pairwise(numbers))
        if pager or m.start() <= reach:
            spans += [n.span() for n in numbers]
    return spans


def _lone_number_spans(key: str, reach: int) -> list[tuple[int, int]]:
    """Lines holding only a number, as page furniture, except the cells of a table flattened one cell a line: a run
    of such lines with only blank lines between them, one of them of two digits or more (a run of single digits is
    a visitor counter's digits or a table's column numbers), that does not stand right under the headline (the
    page's view and comment counters: 'Tổ chức đại hội các chi bộ\n\n0\n351'; `reach`: _headline_reach)."""
    runs: list[list[re.Match[str]]] = []
    for m in LONE_NUMBER_LINE.finditer(key):
        if runs and not key[runs[-1][-1].end():m.start()].strip():
            runs[-1].append(m)
        else:
            runs.append([m])
    return [m.span() for run in runs
            if len(run) < 2 or all(len(m.group().strip()) == 1 for m in run) or run[0].start() <= reach
            for m in run]


@functools.cache
def _breadcrumb_pattern() -> re.Pattern[str]:
    """A page's numbered breadcrumb opening the text ('1. Trang chủ\n  2. » Luận Văn', folded): the home link
    (breadcrumb_home), then links each led by '»'."""
    home = trie_alternation(mask_vocab().breadcrumb_home)
    return re.compile(rf"\s*1\.[ \t]+(?:{home})[ \t]*(?:\n[ \t]*\d{{1,2}}\.[ \t]+»[^\n]*)*(?=\n)")


def _headline_reach(key: str) -> int:
    """The first position past the headline that is not blank: at most one line with words (the headline) stands
    before a position up to it, a breadcrumb opening the text aside. Found once per text, so that testing many
    lines costs linear time."""
    crumbs = _breadcrumb_pattern().match(key)
    start = crumbs.end() if crumbs else 0
    first = key.find("\n", len(key) - len(key[start:].lstrip()))
    if first < 0:
        return len(key)
    reach = first
    while reach < len(key) and key[reach].isspace():
        reach += 1
    return reach


# "09:58 +07", "10:15 GMT+7": a clock time's offset from UTC (group 1), no count
UTC_OFFSET = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:gmt|utc)?[ \t]*\+(\d{1,2}(?::?\d{2})?)"
                        r"(?![\d.,:/])")
# A latitude or longitude in degrees and minutes ('18°31’00’’', '18 0 31’00’’' with the degree sign lost as a 0).
COORDINATE = re.compile(r"\d{1,3}(?:\s*°|\s+0)?\s*\d{1,2}\s*[’′']\s*(?:\d{1,2}\s*(?:’’|''|″|\"))?")
# A table of contents: a page number after a dot leader, and the numbered section that follows it on a flattened line
# ('MỞ ĐẦU ........ 1 Chương 1 …', '… ngoài nước ........ 24 1.3. Khái quát …')
# (found from the digit back to its leader, so that a long run of dots with no number costs linear time)
TOC_ENTRY = re.compile(r"(\d(?:(?<=\.{4}\d)|(?<=\.{4} \d)|(?<=…{2}\d)|(?<=…{2} \d))\d{0,3})(?!\d|[.,]\d)"
                       r"(?:[ \t]+(\d{1,2}(?:\.\d{1,2}){1,3})\.?(?=[ \t]+[^\W\d_]))?")
TOC_LEADER = ("....", "……")
# "2.5 Uỷ ban kiểm tra giúp cấp uỷ …": a section's number opening its line, parts of one or two digits joined by
# dots, before a capitalised word (a count's thousands have three digits: "1.200 Đảng viên" stays a count), or
# closed by a dash at the end of its line, its heading on the next ("1.2-\n\nThực trạng …" in a table of contents)
SECTION_NUMBER = re.compile(r"^[ \t]*(\d{1,2}(?:\.\d{1,2}){1,3})(?:\.?[ \t]+|-[ \t]*\n\s*)(?=[^\W\d_])", re.MULTILINE)
# "… vi phạm. 1. Tổ chức đảng vi phạm …": a numbered heading run into the text after a sentence's end (a capital
# letter follows); not after a colon, which a count may close ("Đảng viên mới: 45. Trong đó …")
INLINE_SECTION_NUMBER = re.compile(r"(?<=[.!?] )(\d{1,2})\.[ \t]+(?=[^\W\d_])")
# "Ý kiến 1: …", "Phương án 2: …": a capitalised word or two opening a line, then a short number and a colon: the
# number names a heading
HEADING_LABEL = re.compile(r"^[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]+(\d{1,2})[ \t]*:", re.MULTILINE)
ITEM_NUMBER = re.compile(r"(\d(?<![\w.,/]\d)\d?) +(?=[^\W\d_])")  # its first digit, then no word or '.,/' before it
ITEM_GAP_CHARS = 300  # the longest step of a flattened table's rows, from one item number to the next
MIN_ITEMS = 3


def _item_number_spans(text: str, key: str) -> list[tuple[int, int]]:
    """A table flattened into prose numbers its rows '1 Chào cờ … 2 Bầu Đoàn chủ tịch … 3 Thông qua …': a run of
    MIN_ITEMS or more numbers from 1 up, each before a capitalised word, holds row numbers, not counts (a number
    before a Party noun counts: '1 Chi bộ, 2 Tổ đảng và 3 Đảng bộ bộ phận')."""
    spans: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    nouns = noun_vocab()
    for m in ITEM_NUMBER.finditer(text):
        if not text[m.end()].isupper():
            continue
        noun = starts_with_phrase(key, m.end(), nouns.noun_keys)
        if noun and nouns.nouns[noun][1] in COUNTED_IN_STATEMENTS:
            continue
        value = int(m.group(1))
        if run and value == int(run[-1].group(1)) + 1 and m.start() - run[-1].end() <= ITEM_GAP_CHARS:
            run.append(m)
            continue
        if len(run) >= MIN_ITEMS:
            spans += [r.span(1) for r in run]
        run = [m] if value == 1 else []
    if len(run) >= MIN_ITEMS:
        spans += [r.span(1) for r in run]
    return spans


class MaskedSpans(list):
    """Sorted masked spans with the running maximum of their ends, so an overlap test is a binary search."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        super().__init__(sorted(spans))
        self.starts = [s for s, _ in self]
        self.max_end = list(itertools.accumulate((e for _, e in self), max))

    def overlaps(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps one of the spans."""
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.max_end[i - 1] > start


@functools.cache
def _abbreviated_month_date() -> re.Pattern[str]:
    """'Đã đăng vào 25 Th5, 2019': a day, a month abbreviated (abbreviated_month_words), a year; on a folded key."""
    words = trie_alternation(mask_vocab().abbreviated_month_words)
    return re.compile(r"\d(?<![\d.,]\d)\d?\s+(?:" + words + r")\s?(?:0?[1-9]|1[0-2]),?\s+(?:19|20)\d{2}(?!\d)")


@functools.cache
def _contents_heading() -> re.Pattern[str]:
    """A line holding only a table of contents' heading ('MỤC LỤC'; contents_headings in non_quantities.yaml)."""
    return re.compile(r"^[ \t]*(?:" + trie_alternation(mask_vocab().contents_headings) + r")[ \t]*:?[ \t]*$",
                      re.MULTILINE)


CONTENTS_PAGE = re.compile(r"[ \t](\d{1,3})[ \t]*$")  # searched with its line's end as endpos
CONTENTS_LINE_MAX = 150  # characters: a longer line is prose, past the table's end
CONTENTS_GAP_MAX = 2  # lines in a row without a page number: an entry wrapped over two or three lines


def _contents_page_spans(key: str) -> list[tuple[int, int]]:
    """Page numbers ending the entries of a table of contents after its heading line ('MỤC LỤC / MỞ ĐẦU 1 /
    Chương 1: … 6'), up to a long line or more than CONTENTS_GAP_MAX lines in a row without one; each line is read
    once, however many headings the text repeats."""
    spans: list[tuple[int, int]] = []
    done = 0
    for heading in _contents_heading().finditer(key):
        pos, gap = max(heading.end() + 1, done), 0
        while pos < len(key) and gap <= CONTENTS_GAP_MAX:
            end = key.find("\n", pos)
            end = len(key) if end < 0 else end
            if end - pos > CONTENTS_LINE_MAX:
                break
            page = CONTENTS_PAGE.search(key, pos, end)
            if page is not None:
                spans.append(page.span(1))
            gap = 0 if page is not None else gap + bool(key[pos:end].strip())
            pos = end + 1
        done = max(done, pos)
    return spans


def find_masked_spans(text: str, key: str) -> MaskedSpans:
    """All spans where a digit is not a quantity, sorted; offsets shared by text and key."""
    spans: list[tuple[int, int]] = []
    counters = _counter_label().search(key) is not None  # a page counter's label anywhere
    patterns: tuple[re.Pattern[str], ...] = (TIME, GMT, _some_pattern(), FULL_DATE, ISO_DATE, MONTH_YEAR,
                                             _dotted_day_range(), YEAR_RANGE, PHONE, _footnote_pattern(),
                                             BRACKETED_DOTTED_DATE, SUB_ITEM, _abbreviated_month_date())
    if any(ext in key for ext in FILE_EXTENSIONS):
        patterns += (FILE_NAME,)
    if "_" in key:
        patterns += (IDENTIFIER,)
    if "=" in key:
        patterns += (ASSIGNMENT,)
    for pattern in patterns:
        spans += [m.span() for m in pattern.finditer(key)]
    spans += [m.span() for m in HEX_RUN.finditer(key) if not m.group().isdigit() and not m.group().isalpha()
              and not (m.start() and key[m.start() - 1].isalnum())]
    spans += _address_spans(key)
    spans += [m.span() for pattern in (SLASHED_DAY_RANGE, _slashed_day_pair()) for m in pattern.finditer(key)
              if int(m.group(1)) < int(m.group(2))]
    spans += [m.span() for m in DOC_CODE.finditer(text)]
    spans += _quoted_spans(text, key)
    spans += line_number_spans(text)
    reach = _headline_reach(key)
    spans += _lone_number_spans(key, reach)
    spans += _number_line_spans(key, reach)
    spans += _item_number_spans(text, key)
    spans += [m.span(1) for m in SECTION_NUMBER.finditer(text) if text[m.end()].isupper()]
    spans += [m.span(1) for m in INLINE_SECTION_NUMBER.finditer(text) if text[m.end()].isupper()]
    spans += [m.span(1) for m in HEADING_LABEL.finditer(text) if text[m.start():m.start(1)].lstrip()[:1].isupper()]
    if any(heading in key for heading in mask_vocab().contents_headings):  # every table opens on one
        spans += _contents_page_spans(key)
    if any(leader in key for leader in TOC_LEADER):  # every match holds a dot leader
        spans += [span for m in TOC_ENTRY.finditer(key) for span in (m.span(1), m.span(2)) if span[0] >= 0]
    spans += [m.span() for m in COORDINATE.finditer(key)] if "’" in key or "′" in key or "'" in key else []
    spans += [m.span(1) for m in UTC_OFFSET.finditer(key)] if "+" in key else []
    spans += _label_spans(key, counters)
    spans += _place_name_spans(text, key)
    spans += _numbered_series_spans(text, key)
    spans += _quote_footnote_spans(key)
    spans += _caption_index_spans(key)
    spans += _shorthand_name_spans(key)
    if any(word in key for word in mask_vocab().average_age_words):  # every match holds one of them
        spans += [m.span(1) for m in _average_age_pattern().finditer(key)]
    if counters:  # every match holds a counter label
        spans += [m.span(1) for m in _counter_after_pattern().finditer(key)]
    if COLON_DIGIT.search(key):  # every match holds a colon, then a digit
        spans += [m.span(2) for m in _counter_line_pattern().finditer(key)]
        spans += [m.span() for m in _widget_pattern().finditer(key)]
    if any(word in key for word in mask_vocab().plenum_term_words):  # no term word, no plenum: no scan
        spans += [m.span(1) for m in _plenum_pattern().finditer(key)]
        spans += [n.span() for m in _term_list_pattern().finditer(key)
                  for n in DIGIT_RUN.finditer(key, m.start(1), m.end(1))]
    spans += [m.span(1) if m.group(1) else m.span(2) for m in ENUMERATOR.finditer(key)] if "(" in key else []
    spans += [m.span(1) for m in DATELINE_COUNTER.finditer(key)] if "|" in key else []
    spans += [m.span(1) for m in _date_line_counters().finditer(key)]
    if _comment_box_limit().search(key) or _comment_box_tail().search(key):  # every match holds one or the other
        spans += [m.span() for m in _comment_box_pattern().finditer(key)]
    if _may_hold_title_number(key):
        spans += [m.span(1) for m in word_start_matches(_title_number_pattern(), key)]
    if any(month in key for month in mask_vocab().english_months):  # no English month, no scan
        spans += [m.span() for m in _english_date().finditer(key)]
    if any(f".{kind})" in key for kind in DOWNLOAD_TYPES):  # every download line names its file's type
        spans += [m.span(1) for m in _download_pages_pattern().finditer(key)]
    if any(unit in key for unit in mask_vocab().file_size_units):
        spans += [m.span() for m in _file_size_pattern().finditer(key)]
    if any(unit in key for unit in mask_vocab().temperature_units):
        spans += [m.span() for m in _weather_line_pattern().finditer(key)]
    if any(word in key for word in mask_vocab().clock_hour_words):  # every match holds an hour's word
        spans += [m.span(1) for m in _clock_minutes_pattern().finditer(key)
                  if not starts_with_phrase(key, skip_spaces(key, m.end()), noun_vocab().noun_keys)]
    spans += _days_before_dated_day(key)
    spans += [m.span(1) for m in word_start_matches(_spaced_day_month(), key)  # 'từ 3 - 5 đảng viên' counts, and
              if not starts_with_phrase(key, skip_spaces(key, m.end()),  # 'từ 1 - 2 tỷ đồng' is an amount
                                        noun_vocab().noun_keys + number_vocab().scale_keys)]
    return MaskedSpans(spans)


def _address_spans(key: str) -> list[tuple[int, int]]:
    """Web addresses ('https://…', 'www.…') and e-mail addresses: every digit in them belongs to a name."""
    spans = [m.span() for m in WEB_ADDRESS.finditer(key)] if "http" in key or "www." in key else []
    at = key.find("@")
    while at >= 0:
        local, domain = EMAIL_LOCAL.search(key, max(0, at - 64), at), EMAIL_DOMAIN.match(key, at)
        if local is not None and domain is not None:
            spans.append((local.start(), domain.end()))
            at = domain.end()
        at = key.find("@", at + 1)
    return spans


def is_masked(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) overlaps a masked span."""
    if isinstance(spans, MaskedSpans):
        return spans.overlaps(start, end)
    return any(s < end and start < e for s, e in spans)
