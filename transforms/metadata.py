"""Document metadata from the text: title, publication date, province (gazetteer)."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from urllib.parse import urlsplit

from dateutil import parser as dateparser

from transforms.alternation import Prefiltered, trie_alternation, word_start_matches
from transforms.keys import fold_key, lower_key
from transforms.periods import PART_YEAR_PERIODS, is_birth_date
from transforms.refdir import read_csv
from transforms.text import ends_with_phrase, holds_word, skip_spaces, starts_with_phrase
from transforms.vocab import (
    commune_abbreviations,
    commune_kinds,
    communes_2025,
    district_prefixes,
    districts,
    mask_vocab,
    national_markers,
    period_vocab,
    person_name_words,
    province_variants,
    provinces,
    publishers,
    word_list,
)

MAX_TITLE = 250
MIN_TITLE_WORDS = 5
HEAD_LINES = 6
LABELLED_STAMP_LINES = 20  # a labelled stamp ('Ngày đăng …') may stand below a portal's menu of a dozen lines
STAMP_WORD = "date"  # a scraper's stamp line: 'date 2024-07 …'
STAMP_CHARS = 20
STAMP_LINE_CHARS = 80  # a line this short holding a date is a stamp (a dateline, the page's today)
MAX_NAME_CHARS = 40  # the words of a person's name before a place name fit in this
LUNAR_CYCLE_START = 1984  # Giáp Tý: a lunar name alone is read as a year from here to 2043
MIN_PUBLISHED_YEAR = 1990  # earlier dates near the top are anniversaries or founding dates, not datelines
HEADER_LINES = 10  # an official header (body, number, place and date) may stand above 'BÁO CÁO'
CITED_CODE = re.compile(r"\d ?[-/] ?[A-ZĐ]")  # '14-NQ/TW', '76 - QĐ/TW' right before a date: the document's date
CITED_CHARS = 30
JUST_ISSUED_CHARS = 40  # 'vừa ký ban hành Kết luận số ' before a document's code
BIRTH_CHARS = 12  # 'sinh ngày ' before a date
ISSUED_CODE = re.compile(r"\d ?[-/] ?[A-ZĐ][\w.]*/([A-ZĐƯ][\w]*)")  # '35-CTr/TU' -> 'TU', the issuing body
DATE_DMY = re.compile(r"(?<![\d/])(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((?:19|20)\d{2})(?!\d)")
# DATE_DMY over a whole text: its first digit, then no digit or '/' before it (no lookbehind at every position)
DATE_DMY_SCAN = re.compile(r"(\d(?<![\d/]\d)\d?)" + DATE_DMY.pattern.removeprefix(r"(?<![\d/])(\d{1,2})"))
DATE_ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?(?!\d)")
DATE_WINDOW = re.compile(DATE_DMY.pattern + r"\s*[-–]\s*" + DATE_DMY.pattern.removeprefix(r"(?<![\d/])"))
URL_YEAR_MONTH = re.compile(r"/((?:19|20)\d{2})(0[1-9]|1[0-2])(?:\d{2})?/")  # /201611/ or /20161110/
# "...-20141220211841601.htm": a date, maybe with a time after it
URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=\d{0,9}(?!\d))")
SLUG_NAME_WORDS = 4  # the longest unit name in slug words ('bu-gia-map', 'phan-rang-thap-cham')
# /2019/09/slug.html, /2019/02/11/slug/, /chinhtri/2015/4/381277/
URL_SLASHED_MONTH = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/")
URL_DASHED_DATE = re.compile(r"/((?:19|20)\d{2})-(0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01])/")  # /pages/2022-6-9/
# a slug closing on a day, month and year: '/vu-viec-tai-…-22-02-2012/'
MIN_SLUG_YEAR = 2000
URL_SLUG_DMY = re.compile(r"[-_/]((?:0?[1-9]|[12]\d|3[01]))-(0?[1-9]|1[0-2])-((?:19|20)\d{2})(?=[/._-]|$)")
URL_EPOCH_MS = re.compile(r"(?<!\d)(1[2-9]\d{11})(?!\d)")  # portal ids that are epoch milliseconds
# "...-196240310203459128.htm", "...-188240109112511858.chn": an article id of a site code, then the two-digit year,
# month, day, hour, minute and second of publication and a counter
URL_STAMP_ID = re.compile(r"-\d{3}(\d{2})(0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d{2,3}"
                          r"(?:\.[a-z]+)?$")
NATIONAL_MIN_MENTIONS = 2
VISIT_REACH = 40  # 'làm việc với Ban Thường vụ Tỉnh ủy Cao Bằng': the visited province follows the visit's words
LOCATED_REACH = 40  # 'xã Xuyên Mộc (TPHCM)': the province in brackets right after a commune's name
NATIONAL_DOMINANT_MENTIONS = 3  # this many national bodies, twice as many as provinces named, make a national text
NATIONAL_MIN_PROVINCES = 10  # a text naming this many provinces, none more than NATIONAL_MAX_EACH times, covers the
NATIONAL_MAX_EACH = 2  # country
NATIONAL_TIED_PROVINCES = 3  # this many provinces named most, equally often, after a national body in the lede: a
# central body acting on several provinces, none the story's own
NATIONAL_UNPLACED_MENTIONS = 4  # this many national bodies in a text naming no province or district make it national
LEDE_CHARS = 400
OFFICE_REACH = 40  # ', Bí thư Tỉnh ủy' right after such a title
REGION_MIN_PROVINCES = 2  # '14 tỉnh, thành phố' in a lede: a region's meeting or report, no one province's
NOT_ASCII_LOWER = re.compile("[^a-z]")
COMPACT_MIN = 5  # shortest compact province name trusted inside a host name ('hagiang', not 'hue')
HOST_PREFIX_MIN, HOST_SUFFIX_MIN = 4, 5  # a commune's name before its district's, each this long at least
ANY_KIND = "any"  # district_prefixes.csv: a prefix for a district of any kind ('khu vực Phù Ninh')


@functools.cache
def _date_words() -> re.Pattern[str]:
    """'ngày 15 tháng 7 năm 2022': a date written with its words (data/reference/non_quantities.yaml)."""
    day, month, year = (re.escape(w) for w in mask_vocab().date_words)
    return re.compile(rf"{day}\s+(\d{{1,2}})\s+{month}\s+(\d{{1,2}})\s+{year}\s+((?:19|20)\d{{2}})")


def _lines(text: str, key: str | None = None) -> list[tuple[str, str]]:
    """The non-blank lines, stripped, each with its folded key: a slice of the document's key when given (the key
    has the text's length, so no line is folded again)."""
    key = fold_key(text) if key is None else key
    out, pos = [], 0
    for raw in text.split("\n"):
        start, stop = pos + len(raw) - len(raw.lstrip()), pos + len(raw.rstrip())
        if stop > start:
            out.append((text[start:stop], key[start:stop]))
        pos += len(raw) + 1
    return out


@functools.cache
def _doc_types() -> tuple[str, ...]:
    return tuple(fold_key(r["word"]) for r in read_csv("document_types.csv"))


def is_official(title: str | None) -> bool:
    """An official report, not an article: its title opens with a document type ('BÁO CÁO …', 'THÔNG BÁO …')."""
    if not title:
        return False
    key = fold_key(title).strip()
    return any(key == t or key.startswith(t + " ") for t in _doc_types())


def _is_stamp(line: str, key: str) -> bool:
    """A date/time/byline stamp line: mostly digits and date words."""
    return bool(DATE_DMY.search(key) or DATE_ISO.search(key)) and len(line) <= 80


def find_title(text: str, key: str | None = None) -> str | None:
    """Title: a document-type line joined to the next ('BÁO CÁO' + '…'), even below an official header
    ('ĐẢNG BỘ TỈNH …', 'Số 398-BC/TU', the place and date); else a short headline line. `key`: the text's
    folded key, when already computed."""
    doc_types = _doc_types()
    head = _lines(text, key)[:HEADER_LINES]
    for i, (line, line_key) in enumerate(head[:-1]):
        if line_key.strip(" :") in doc_types:
            return f"{line} {head[i + 1][0]}"[:MAX_TITLE]
    for line, line_key in head[:HEAD_LINES]:
        if _is_stamp(line, line_key) or is_skip_link(line_key):
            continue
        if len(line) > MAX_TITLE or line[-1] in ".;,!?":
            return None
        if len(line.split()) >= MIN_TITLE_WORDS:
            return line
    return None


def is_skip_link(key: str) -> bool:
    """A portal's skip link above an article ('Truy cập nội dung luôn'): none of its prose, not its headline."""
    return key.strip().lower() in _skip_links()


@functools.cache
def _skip_links() -> frozenset[str]:
    """The skip links portals put above a headline (data/reference/skip_links.csv), folded lower-case."""
    return frozenset(fold_key(r["line"]).strip().lower() for r in read_csv("skip_links.csv"))


@functools.cache
def _stamp_date_words() -> re.Pattern[str]:
    """'Thứ Hai, 14 tháng 3, 2022', 'Thứ ba, 13 Tháng 10 2015 09:10': a stamp line's date with the month word and
    no day word (the year word optional), opening the line or after a comma or colon."""
    _, month, year = (re.escape(w) for w in mask_vocab().date_words)
    return re.compile(rf"(?:^|[,:]\s*)(\d{{1,2}})\s+{month}\s+(\d{{1,2}})\s*,?\s+(?:{year}\s+)?"
                      r"((?:19|20)\d{2})(?!\d)")


def _plain_date(day: str, month: str, year: str) -> str | None:
    """The ISO date of a valid day and month (one or two ASCII digits each) of a year 19xx or 20xx, without dateutil
    (slow), which reads these the same way (checked for every such day, month and year); None for anything else."""
    digits = f"{day}{month}{year}"
    if not (digits.isascii() and digits.isdecimal() and len(year) == 4 and year[:2] in ("19", "20")
            and 1 <= len(day) <= 2 and 1 <= len(month) <= 2):
        return None
    d, m, y = int(day), int(month), int(year)
    if 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]:
        return dt.date(y, m, d).isoformat()
    return None


def _iso(day: str | None, month: str, year: str) -> str | None:
    """ISO date (or year-month when the day is missing), parsed day-first by dateutil."""
    if day is None:
        return f"{int(year):04d}-{int(month):02d}" if 1 <= int(month) <= 12 else None
    exact = _plain_date(day, month, year)
    if exact is not None:
        return exact
    try:
        return dateparser.parse(f"{day}/{month}/{year}", dayfirst=True).date().isoformat()
    except (ValueError, OverflowError):
        return None


def find_published(text: str, key: str | None = None) -> str | None:
    """Publication date stated in a stamp line at the top or bottom ('09:07, 02/07/2020', 'date 2024-07'); `key`:
    the text's folded key, when already computed."""
    lines = _lines(text, key)
    content = ((line, line_key) for line, line_key in lines if not _counter_line().fullmatch(line_key.lower()))
    head = [(line, _stamp_date(line, line_key)) for line, line_key in itertools.islice(content, HEAD_LINES)]
    stamps = [found for line, found in head if found and len(line) <= STAMP_LINE_CHARS]
    if len(stamps) > 1:  # 'Thứ Tư, 16/10/2024' (the page's today) above the title, 'Thứ Ba, 20/08/2019' below it:
        return min(stamps)  # the article's own date is the earlier
    for found in [found for _, found in head] + [_labelled_stamp(lines)] + [
            _line_date(line, line_key) for line, line_key in lines[-3:]]:
        if found:
            return found
    return _event_date(lines[0][1]) if lines else None


@functools.cache
def _counter_line() -> re.Pattern[str]:
    """A line of a page's visitor counter (folded, lower case): a label ('Hôm nay:', 'Tất cả: 191693';
    counter_line_labels) or a number alone. It pushes no stamp out of the head lines."""
    labels = trie_alternation(mask_vocab().counter_line_labels)
    return re.compile(r"(?:(?:" + labels + r")[ \t]*:?[ \t]*)?[\d.,]*")


def _labelled_stamp(lines: list[tuple[str, str]]) -> str | None:
    """The date of a short line labelled as the page's stamp ('Được cập nhật lúc : 10/09/2012 4:45 CH', 'Ngày đăng
    19/01/2018 | 10:45'; stamp_labels.csv) below a portal's menu that pushed it out of the head lines."""
    for line, line_key in lines[HEAD_LINES:LABELLED_STAMP_LINES]:
        lower = line_key.lower()
        if len(line) <= STAMP_LINE_CHARS and any(label in lower for label in _stamp_labels()):
            return _line_date(line, line_key)
    return None


@functools.cache
def _stamp_labels() -> tuple[str, ...]:
    """The words that label a page's date stamp (data/reference/stamp_labels.csv), folded lower-case."""
    return tuple(fold_key(r["label"]).lower() for r in read_csv("stamp_labels.csv"))


def _stamp_date(line: str, key: str) -> str | None:
    """The date a head line states, unless it is a window's first date: a headline, not a stamp ('kỷ niệm 25 năm …
    (01/01/1997 - 01/01/2022)')."""
    found = _line_date(line, key)
    window = DATE_WINDOW.search(key) if found else None
    return None if window and found == _iso(*window.group(1, 2, 3)) else found


def opens_on_stamp(key: str) -> bool:
    """Whether a text opens on a scraper's stamp line ('date 2025-08-26 …'): the article's own date, never a
    portal's date bar."""
    head = key.lstrip()
    return head.startswith(STAMP_WORD + " ") and DATE_ISO.match(head, len(STAMP_WORD) + 1) is not None


def _line_date(line: str, key: str) -> str | None:
    """The date a head or foot line states, if any."""
    found = _dated(_date_words(), key, (1, 2, 3)) if len(line) <= 120 else None
    if len(line) <= STAMP_LINE_CHARS:
        found = found or _dated(_stamp_date_words(), key, (1, 2, 3))
    if key.startswith(STAMP_WORD):  # 'date 2024-07 Sáng 2/7, … Nghị quyết … ngày 7/12/2023': the stamp first
        found = found or _dated(DATE_ISO, key[:STAMP_CHARS], (3, 2, 1))
    head = key[:40] if len(line) > 80 and not key.startswith(STAMP_WORD) else key
    first = DATE_DMY.search(head)
    if head is not key and first is not None and _bounds_a_window(head[:first.start()]):
        return found  # 'Đến ngày 12.4.2017, ông … đã ký': a paragraph opening on an event's date, no stamp
    return found or _dated(DATE_DMY, head, (1, 2, 3)) or _dated(DATE_ISO, head, (3, 2, 1))


def _bounds_a_window(before: str) -> bool:
    """Whether the words before a date ('đến ngày', 'tính đến') make it a window's bound."""
    day, _, _ = mask_vocab().date_words
    words = before.split()
    if words and words[-1] == day:  # 'đến ngày 12.4.2017'
        words.pop()
    lead = " ".join(words)
    return bool(lead) and ends_with_phrase(lead, len(lead), mask_vocab().date_before_unless_counted) is not None


@functools.cache
def _event_pattern() -> re.Pattern[str]:
    times = "|".join(re.escape(w) for w in sorted(mask_vocab().event_times, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{times})\s+" + DATE_DMY.pattern)


def first_date_year(text: str) -> int | None:
    """The year of a text's first full date ('họp từ ngày 14 đến ngày 23/3/2011'), else of its first month ('Từ
    tháng 4-2023, tỉnh đã chuyển giao …'): when nothing else dates a text, the event it reports is of that year; not
    a cited document's date ('Nghị quyết số 14-NQ/TW, ngày 30/7/2007') nor a birth date."""
    lower = text.lower()
    full = sorted([*DATE_DMY_SCAN.finditer(text), *_date_words().finditer(lower)], key=lambda m: m.start())
    for dates in (full, list(_month_year().finditer(lower))):
        for i, m in enumerate(dates):  # '23/3/2011', 'ngày 30 tháng 8 năm 2023', 'tháng 4-2023'
            cited = CITED_CODE.search(text, max(0, m.start() - CITED_CHARS), m.start())
            if int(m.group(m.lastindex or 0)) >= MIN_PUBLISHED_YEAR and not cited and not _birth_date(text, m.start()):
                return int(_window_end(lower, m, dates[i + 1:]).group(m.lastindex or 0))
    return None


def _window_end(lower: str, m: re.Match[str], later: list[re.Match[str]]) -> re.Match[str]:
    """The date closing a window the date m opens ('từ tháng 9/2018 tới tháng 5/2019': the figures run to 2019),
    else m."""
    joins = (*period_vocab()["year_span_join"], *period_vocab()["month_span_join"])
    join = starts_with_phrase(lower, skip_spaces(lower, m.end()), joins)
    if not join or not later:
        return m
    gap = lower[skip_spaces(lower, m.end()) + len(join):later[0].start()].strip()
    return later[0] if not gap or gap in mask_vocab().date_words[:2] else m  # '… đến ngày 31/3/2017'



@functools.cache
def _imprint_pattern() -> re.Pattern[str]:
    """A cover's imprint in capitals: a place (imprint_places.csv, or a province's name: 'ĐỒNG THÁP – 2015'), a dash,
    the work's year (group 1)."""
    places = trie_alternation([r["place"].upper() for r in read_csv("imprint_places.csv")]
                              + [p.name.upper() for p in provinces().values()])
    return re.compile(r"(?<!\w)(?:" + places + r")\s*[-–]\s*((?:19|20)\d{2})(?!\d)")


def imprint_year(text: str) -> int | None:
    """The year of a thesis's or a book's cover ('… HÀ NỘI - 2017 LỜI CAM ĐOAN'): the work is of that year, whenever
    a document-sharing site posted it."""
    m = _imprint_pattern().search(text)
    return int(m.group(1)) if m else None


def festival_year(key: str) -> int | None:
    """The year of the first Lunar New Year a folded text names ('trước Tết Nguyên đán Mậu Tuất 2018', 'chào Xuân
    Quý Mão'): an undated text of its run-up or its days is of that year. A lunar name alone gives the one year of
    its sixty-year cycle from LUNAR_CYCLE_START (data/reference/lunar_year_names.csv); no year has a stem and a
    branch of unlike parity ('Giáp Sửu')."""
    m = _festival_pattern().search(key)
    if m is None:
        return None
    if m.group(3) or m.group(4):
        return int(m.group(3) or m.group(4))
    names = _lunar_names()
    stem, branch = names[("stem", m.group(1))], names[("branch", m.group(2))]
    return next((y for y in range(LUNAR_CYCLE_START, LUNAR_CYCLE_START + 60)
                if (y - LUNAR_CYCLE_START) % 10 == stem and (y - LUNAR_CYCLE_START) % 12 == branch), None)


@functools.cache
def _lunar_names() -> dict[tuple[str, str], int]:
    """(stem or branch, folded name) -> its place in its cycle ('giáp' 0, 'tý' 0; Giáp Tý opens a cycle)."""
    return {(r["kind"], fold_key(r["word"])): int(r["index"]) for r in read_csv("lunar_year_names.csv")}


@functools.cache
def _festival_pattern() -> Prefiltered:
    """A festival word (festival_words.csv), then a lunar year's name (stem, branch), its year, or a year alone."""
    names = _lunar_names()
    stems = trie_alternation([w for k, w in names if k == "stem"])
    branches = trie_alternation([w for k, w in names if k == "branch"])
    festivals = trie_alternation([fold_key(r["word"]) for r in read_csv("festival_words.csv")])
    return Prefiltered(r"(?<!\w)", rf"(?:{festivals})\s+(?:({stems})\s+({branches})(?!\w)(?:\s*((?:19|20)\d\d)(?!\d))?"
                       rf"|((?:19|20)\d\d)(?!\d))", starts=festivals)


@functools.cache
def _month_year() -> Prefiltered:
    """'tháng 4-2023', 'tháng 4/2023', 'tháng 4 năm 2023': a month of a year."""
    _, month, year = (re.escape(w) for w in mask_vocab().date_words)
    return Prefiltered(r"(?<!\w)", rf"{month}\s+(\d{{1,2}})\s*(?:[/.\-]|\s+{year})\s*((?:19|20)\d{{2}})(?!\d)")


def _birth_date(text: str, pos: int) -> bool:
    """'(sinh ngày 04/3/2006)': a person's birth date, which dates no text."""
    window = fold_key(text[max(0, pos - BIRTH_CHARS):pos])
    return is_birth_date(window, len(window))


@functools.cache
def _event_day_pattern() -> Prefiltered:
    """'Ngày 17/6', 'Chiều 18-10': an event's day and month without a year."""
    return Prefiltered(r"(?<!\w)", r"(?:" + trie_alternation(period_vocab()["event_day_before"])
                       + r")\s+(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?!\s*[/.\-]?\s*\d)")


@functools.cache
def _opening_date_pattern() -> re.Pattern[str]:
    """'Ngày 19/7/2024', 'Chiều 18-10' opening a sentence (folded): its day, month and year, if written."""
    return re.compile(r"(?:" + trie_alternation(period_vocab()["event_day_before"]) + r")\s+(\d{1,2})\s*[/.\-]\s*"
                      r"(\d{1,2})(?:\s*[/.\-]\s*((?:19|20)\d{2}))?(?!\d)")


def opening_date(key: str, start: int) -> tuple[int, int, int | None] | None:
    """(day, month, year or None) of the date a sentence starting at `start` opens on ('Ngày 19/7/2024 Chi bộ …')."""
    m = _opening_date_pattern().match(key, start)
    return (int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None) if m else None


def event_day(key: str, start: int, end: int) -> tuple[int, int] | None:
    """(month, day) of the first event day written without a year ('Ngày 17/6', 'Chiều 18-10') in key[start:end]."""
    m = _event_day_pattern().search(key, start, end)
    return (int(m.group(2)), int(m.group(1))) if m is not None else None


def cited_date_year(text: str, key: str, lede_end: int) -> int | None:
    """An undated text that cites a local body's dated documents ('Chương trình số 35-CTr/TU ngày 28/11/2023') is of
    no year before the latest of them: of its year, or of the next when the lede's event day ('Ngày 17/6') falls
    before it in the calendar. A central resolution's date ('14-NQ/TW, ngày 30/7/2007') bounds nothing, unless the
    text reports its issue as news ('vừa ký ban hành Kết luận số 34-KL/TW ngày 18/4/2022')."""
    central = set(period_vocab()["central_document_issuers"])
    just = period_vocab()["just_issued_words"]
    cited = []
    for m in DATE_DMY_SCAN.finditer(text):
        code = ISSUED_CODE.search(text, max(0, m.start() - CITED_CHARS), m.start())
        news = code is not None and holds_word(key, max(0, code.start() - JUST_ISSUED_CHARS), code.start(), just)
        if code is not None and (code.group(1) not in central or news) and 1 <= int(m.group(2)) <= 12:
            cited.append((int(m.group(3)), int(m.group(2)), int(m.group(1))))
    if not cited:
        return None
    year, month, day = max(cited)
    event = event_day(key, 0, lede_end)
    if event is not None and event < (month, day):
        return year + 1
    return year


def _event_date(key: str) -> str | None:
    """'…, chiều ngày 14/12/2022, Chi bộ … tổ chức lễ kết nạp': the full date of the event the first line reports,
    for a text without a dateline."""
    m = _event_pattern().search(key)
    return _iso(m.group(1), m.group(2), m.group(3)) if m and int(m.group(3)) >= MIN_PUBLISHED_YEAR else None


def _dated(pattern: re.Pattern[str], key: str, groups: tuple[int, int, int]) -> str | None:
    """The first date of a line (day, month, year groups) that can be a publication date: '3-2-1930' in a Party
    anniversary line is a founding date, not a dateline."""
    for m in pattern.finditer(key):
        day, month, year = (m.group(g) for g in groups)
        if int(year) >= MIN_PUBLISHED_YEAR:
            return _iso(day, month, year)
    return None


@functools.cache
def _gazetteer() -> tuple[re.Pattern[str], dict[str, str]]:
    """One case-sensitive regex over every province variant (longest first) and variant -> slug."""
    pairs = province_variants()
    return re.compile(trie_alternation((v for v, _ in pairs), lambda v: r"(?!\w)")), dict(pairs)


@functools.cache
def _local_unit_words() -> tuple[str, ...]:
    """Words before a district's, commune's or hamlet's name ('huyện', 'thị xã', 'quận', 'xã', 'phường', 'ấp',
    'thôn'); 'thành phố' names a province as often as a town, so it is not one of them."""
    return tuple(w for w, kind in district_prefixes() if kind not in ("thanh_pho", ANY_KIND)) + word_list(
        "commune_prefixes") + word_list("hamlet_prefixes")


UNIT_LIST_REACH = 160  # 'các phường: Bình Thuận, Hòa Thuận Tây, Hòa Cường Bắc và ' before a name
UNIT_LIST_ITEM_WORDS = 4  # the longest name of a list's item, in words


@functools.cache
def _list_joiner() -> re.Pattern[str]:
    """', ', ' và ': what joins the items of a list (periods.yaml term_list_joiners)."""
    joiners = period_vocab()["term_list_joiners"]
    words = trie_alternation([j for j in joiners if j.isalpha()])
    marks = [rf"\s*{re.escape(j)}\s*" for j in joiners if not j.isalpha()]
    return re.compile("|".join([rf"\s+(?:{words})\s+", *marks]))


@functools.cache
def _unit_list_opener() -> re.Pattern[str]:
    """'các phường:', 'các xã ' (lower-cased): a plural word (plural_words.csv) and a district's or commune's word."""
    units = trie_alternation(_local_unit_words(), lambda p: r"(?!\w)")
    return re.compile(rf"(?<!\w)(?:{trie_alternation(word_list('plural_words'))})\s+(?:{units})\s*:?\s+")


def _in_unit_list(key: str, lower: str, start: int) -> bool:
    """'sáp nhập các phường: Bình Thuận, Hòa Thuận Tây, …': a name in a list of capitalised names that a district's or
    commune's plural word opens is one of those units, not a province."""
    openers = list(_unit_list_opener().finditer(lower, max(0, start - UNIT_LIST_REACH), start))
    if not openers:
        return False
    opener = openers[-1]
    parts = _list_joiner().split(key[opener.end():start])
    return parts[-1] == "" and all(
        0 < len(p.split()) <= UNIT_LIST_ITEM_WORDS and all(w[:1].isupper() for w in p.split()) for p in parts[:-1])


def province_mentions(key: str, venues: bool = True, outlets: bool = True) -> Counter[str]:
    """How often a text names each province (pre-2025 gazetteer), in order of first mention, read on its folded key with
    capitals kept (`fold_key(text, lower=False)`); a name ending a person's name ('Đỗ Thị Thu Huế', 'Nguyễn Hòa Bình')
    or a body's or a product's namesake ('Đoàn TNCS HCM', 'sâm Lai Châu', namesake_words.csv), naming a district or
    commune ('huyện Quảng Ninh') or in an illustration's caption ('Lãnh đạo tỉnh Thừa Thiên Huế tiếp công dân (Ảnh minh
    họa)') or in a footer's line ('Địa chỉ: 58 Quán Sứ - Hoàn Kiếm - Hà Nội', footer_line_openers.csv) or a person's
    home ('quê Hà Tĩnh', origin_words.csv) or a building's name ('Chung cư Hòa Bình', building_words.csv) or marked
    former ('Bắc Giang (cũ)', former_markers.csv) is no mention, nor, without `venues`, a meeting's venue ('Hội nghị …
    tổ chức tại Hà Nội'), nor, without `outlets`, the name of the news outlet that relays the text ('Đài tiếng nói nhân
    dân TPHCM', outlet_words.csv), nor the first words of a commune's name ('xã Hưng Yên Nam')."""
    pattern, slugs = _gazetteer()
    lower = lower_key(key)
    counts: Counter[str] = Counter()
    captions = _caption_lines(lower) + _footer_lines(lower)
    marked: bool | None = None  # read once, at the first name written without marks
    for m in word_start_matches(pattern, key):
        if (_ends_person_name(key, m.start()) or ends_with_phrase(lower, m.start(), _local_unit_words())
                or _in_unit_list(key, lower, m.start())
                or ends_with_phrase(lower, m.start(), word_list("origin_words"))
                or ends_with_phrase(lower, m.start(), word_list("building_words"))
                or ends_with_phrase(lower, m.start(), word_list("namesake_words"))):
            continue  # 'Đỗ Thị Thu Huế'; 'huyện Quảng Ninh' (a district of Quảng Bình); 'các phường: Bình Thuận, …';
            # 'cụ bà …, quê Hà Tĩnh': a person's home province (origin_words.csv); 'Chung cư Hòa Bình': a
            # building's name (building_words.csv); 'Đoàn TNCS HCM': a body named after a person (namesake_words.csv)
        if m.group(0) in _unmarked_spellings() and (marked := written_with_marks(key) if marked is None else marked):
            continue  # 'Mỹ Linh - Thanh Hoa' signs a text written with tone marks: a name without them is a person's
        if any(start <= m.start() < end for start, end in captions):
            continue
        if not outlets and ends_with_phrase(lower, m.start(), word_list("outlet_words")):
            continue
        if starts_with_phrase(lower, skip_spaces(lower, m.end()), word_list("former_markers")) and not ends_with_phrase(
                lower, m.start(), _city_words()):  # 'tỉnh Bắc Giang (cũ)' after the 2025 merger: a province that no
            continue  # longer is, the story's past; 'thành phố Hoà Bình cũ', its capital, still places the story
        if _names_commune(key, lower, m.end(), pattern):
            continue
        if venues or not ends_with_phrase(lower, m.start(), word_list("venue_words")):
            counts[slugs[m.group(0)]] += 1
    return counts


def _names_commune(key: str, lower: str, end: int, gazetteer: re.Pattern[str]) -> bool:
    """'Đảng bộ 3 xã: Hưng Yên Nam, Hưng Yên Bắc và Hưng Trung' (Nghệ An): a province's name and a capitalised
    direction after it (commune_name_suffixes.csv) name a commune, unless the direction opens another province's
    name ('Hưng Yên Nam Định' lists two)."""
    after = skip_spaces(key, end)
    return (after > end and key[after:after + 1].isupper()
            and starts_with_phrase(lower, after, word_list("commune_name_suffixes")) is not None
            and gazetteer.match(key, after) is None)


@functools.cache
def _city_words() -> tuple[str, ...]:
    """The district prefixes of a city ('thành phố', 'TP.'; district_prefixes.csv)."""
    return tuple(w for w, kind in district_prefixes() if kind == "thanh_pho")


@functools.cache
def _unmarked_spellings() -> frozenset[str]:
    """Province names written without their tone marks ('Thanh Hoa' for 'Thanh Hóa'); 'TP.HCM' is no such spelling."""
    pairs = province_variants()
    marked = {_without_marks(v) for v, _ in pairs if not v.isascii()}
    return frozenset(v for v, _ in pairs if v.isascii() and v in marked)


def _without_marks(text: str) -> str:
    """The text with its Vietnamese diacritics removed ('Thanh Hóa' -> 'Thanh Hoa', 'Đà' -> 'Da')."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D")


MARKED_SHARE = 0.02  # Vietnamese written with tone marks has about one letter in ten outside ASCII; without, none
LETTER = re.compile(r"[^\W\d_]")
NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")


def written_with_marks(text: str) -> bool:
    """Whether a text is written with Vietnamese tone marks (more than MARKED_SHARE of its letters outside ASCII)."""
    return len(NON_ASCII_LETTER.findall(text)) > MARKED_SHARE * len(LETTER.findall(text))


def _caption_lines(lower: str) -> list[tuple[int, int]]:
    """The lines of an illustration's caption ('… (Ảnh minh họa)'), found once per text."""
    lines = set()
    for word in word_list("illustration_caption_words"):
        at = lower.find(word)
        while at >= 0:
            end = lower.find("\n", at)
            lines.add((lower.rfind("\n", 0, at) + 1, end if end >= 0 else len(lower)))
            at = lower.find(word, at + len(word))
    return sorted(lines)


def _footer_lines(lower: str) -> list[tuple[int, int]]:
    """The lines of a page's footer ('Địa chỉ: 58 Quán Sứ - Hoàn Kiếm - Hà Nội'): the publisher's address."""
    lines = []
    for m in _footer_pattern().finditer(lower):
        end = lower.find("\n", m.end())
        lines.append((m.start(), end if end >= 0 else len(lower)))
    return lines


@functools.cache
def _footer_pattern() -> re.Pattern[str]:
    return re.compile(r"(?m)^[ \t]*(?:" + "|".join(re.escape(w) for w in word_list("footer_line_openers")) + ")")


def _ends_person_name(key: str, start: int) -> bool:
    """The capitalised words right before start (at most three) hold a surname or a middle name."""
    before = key[max(0, start - MAX_NAME_CHARS):start]
    if not before.endswith(" "):
        return False
    words = before.split(" ")[:-1]
    chain = []
    for word in reversed(words[-3:]):
        if not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
            break  # 'Hà Giang, Cao Bằng': a comma ends a name
        chain.append(word)
    return any(word in person_name_words() for word in chain)


def find_province(text: str) -> str | None:
    """Slug of the province the text names most often (first named wins a tie); None when it names none."""
    counts = province_mentions(fold_key(text, lower=False))
    return max(counts, key=counts.__getitem__) if counts else None


@functools.cache
def _national_pattern() -> re.Pattern[str]:
    """National markers at a word end; 'toàn Đảng bộ' (the whole local Party organisation) is not 'toàn Đảng'."""
    local = "|".join(re.escape(w) for w in word_list("national_not_before"))
    return re.compile(trie_alternation(national_markers(), lambda p: r"(?!\w)(?!\s+(?:" + local + r")(?!\w))"))


@functools.cache
def _province_group_pattern() -> re.Pattern[str]:
    """A count of provinces: '14 tỉnh, thành phố', '22 Tỉnh ủy, Thành ủy' (province_group_words.csv)."""
    return re.compile(r"(\d+) (?:" + trie_alternation(word_list("province_group_words"), lambda p: r"(?!\w)") + ")")


@functools.cache
def _region_pattern() -> re.Pattern[str]:
    """A region of several provinces by name: 'khu vực miền Trung - Tây Nguyên' (region_names.csv)."""
    return re.compile(trie_alternation(word_list("region_names"), lambda p: r"(?!\w)"))


def names_region(key: str, title_key: str) -> bool:
    """A text on a region of several provinces: its title names the region ('Kỷ luật hơn 1.000 đảng viên khu vực
    miền Trung - Tây Nguyên') or its lede counts the provinces ('giao ban … 14 tỉnh, thành phố khu vực miền Bắc'),
    and not as the place of one of them ('đầu tiên trong 32 tỉnh, thành', 'tỉnh thuộc khu vực Bắc Trung Bộ')."""
    lede = key[:LEDE_CHARS]
    groups = [m for m in word_start_matches(_province_group_pattern(), lede) if int(m.group(1)) >= REGION_MIN_PROVINCES]
    if any(not ends_with_phrase(lede, m.start(), word_list("region_not_after")) for m in groups):
        return True
    return any(not ends_with_phrase(title_key, m.start(), word_list("region_not_after"))
               and not _one_province_of_region(title_key, m.start())
               for m in word_start_matches(_region_pattern(), title_key))


def _one_province_of_region(title_key: str, start: int) -> bool:
    """A province-group word before a region's name in a title ('tỉnh, thành phố khu vực …') leaves the region to the
    lede's count, unless all of the region's committees are meant ('các tỉnh ủy, thành ủy khu vực …';
    region_all_words.csv)."""
    group = ends_with_phrase(title_key, start, word_list("province_group_words"))
    if group is None:
        return False
    before = title_key.rfind(group, 0, start)
    return ends_with_phrase(title_key, before, word_list("region_all_words")) is None


def _holds_local_office(key: str, m: re.Match[str]) -> bool:
    """'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy …': a Central Committee member's title (national_title_markers.csv)
    before the local office the person holds (national_title_offices.csv) names the person, no national body."""
    if m.group() not in word_list("national_title_markers"):
        return False
    rest = key[m.end():m.end() + OFFICE_REACH].lstrip(" ,-–")
    return starts_with_phrase(rest, 0, word_list("national_title_offices")) is not None


def visits_province(text: str) -> bool:
    """A lede where someone comes to work in a province ('đến thăm và làm việc tại Cao Bằng') or meets its side ('Về
    phía tỉnh Cao Bằng có …'; visit_words.csv): the host province is the story's place, not a venue."""
    cased = fold_key(text[:LEDE_CHARS], lower=False)
    lower = lower_key(cased)
    for word in word_list("visit_words"):
        at = lower.find(word)
        if at >= 0 and province_mentions(cased[at + len(word):at + len(word) + VISIT_REACH]):
            return True
    return False


def _central_guests(key: str) -> bool:
    """A lede listing the central side's guests ('Dự lễ về phía Trung ương có các đồng chí …') or a central leader
    who directs a local congress ('thay mặt Bộ Chính trị … dự và chỉ đạo Đại hội'; central_guest_words.csv): the
    national bodies named are their titles at a local event."""
    lede = key[:LEDE_CHARS]
    return any(word in lede for word in word_list("central_guest_words"))


def _local_title(title_key: str) -> bool:
    """A title that names a local body (local_title_bodies.csv; not as a person's office, office_words.csv), no
    national one, and provinces that make at most one province of the 2025 map ('Đề nghị thi hành kỷ luật Ban Thường
    vụ Tỉnh ủy Hà Giang, Quảng Ngãi' is a central body's act on two provinces; 'Đảng bộ tỉnh Hà Nam, Nam Định, Ninh
    Bình' merge into one), and not at a bridge point of a conference held elsewhere (bridge_point_words.csv)."""
    lower = lower_key(title_key)
    offices = word_list("office_words")  # '3 nguyên Bí thư Tỉnh ủy bị khai trừ': people's offices
    local = any(not ends_with_phrase(lower, m.start(), offices)
                for m in word_start_matches(_local_title_pattern(), lower))
    pattern, slugs = _lower_gazetteer()
    merged = {provinces()[slugs[m.group(0)]].current_slug for m in word_start_matches(pattern, lower)}
    bridge = any(word in lower for word in word_list("bridge_point_words"))  # '… chủ trì tại điểm cầu Đắk Nông':
    # the local body chairs its end of a conference held from elsewhere
    return local and not bridge and len(merged) < 2 and not any(word_start_matches(_national_pattern(), lower))


@functools.cache
def _lower_gazetteer() -> tuple[re.Pattern[str], dict[str, str]]:
    """The gazetteer's variants lower-cased, for a title's key: a regex and variant -> slug."""
    pairs: dict[str, str] = {}
    for variant, slug in province_variants():
        pairs.setdefault(variant.lower(), slug)
    return re.compile(trie_alternation(pairs, lambda v: r"(?!\w)")), pairs


@functools.cache
def _local_title_pattern() -> re.Pattern[str]:
    """The local bodies of local_title_bodies.csv, also without marks: a title taken from a URL slug ('hoan thien du
    thao … dai hoi dai bieu dang bo tinh') writes them so."""
    bodies = word_list("local_title_bodies")
    return re.compile(trie_alternation({*bodies, *map(_without_marks, bodies)}, lambda p: r"(?!\w)"))


def _about_as_often(named: Counter[str], lede: Counter[str]) -> bool:
    """The two provinces the lede names most are named about as often in the whole text too."""
    first, second = (named[slug] for slug, _ in lede.most_common(2))
    return 2 * min(first, second) >= max(first, second)


@functools.cache
def _focus_pattern() -> re.Pattern[str]:
    """The words that single out the place before them ('nói riêng'; focus_after_words.csv)."""
    return re.compile(trie_alternation(word_list("focus_after_words"), lambda p: r"(?!\w)"))


FOCUS_CHARS = 40  # 'Hải Dương nói riêng': how far before the focus word a province's name may start


def _focus_province(text: str, key: str) -> bool:
    """The text singles a province out after the whole ('… ở một số địa phương trong cả nước nói chung, Hải Dương nói
    riêng'; focus_after_words.csv): it is about that province, not the country."""
    return any(province_mentions(fold_key(text[max(0, m.start() - FOCUS_CHARS):m.start()], lower=False))
               for m in word_start_matches(_focus_pattern(), key))


def is_national(text: str, key: str, named: Counter[str], by_district: Counter[str], title_key: str) -> bool:
    """A report on the whole Party or a region of it (names_region): it lists many provinces, none in particular;
    or its lede names a national body and two provinces about as often (a central body acting on both); or its lede
    names a national body ('Ủy ban Kiểm tra Trung ương', 'toàn Đảng') and no province (other than a venue), no
    district is named, and national bodies come up at least half as often as provinces; or, with no district named,
    national bodies come up often and twice as often as provinces (people named with the provinces they led); or
    its lede names a national body and three or more provinces are named most, equally often; or it names no province
    or district and national bodies four times or more."""
    if names_region(key, title_key):
        return True
    if not by_district and (_central_event_in_capital(text, key) or _central_letterhead(key)):
        return True
    if _local_title(title_key) or visits_province(text) or _central_guests(key) or _focus_province(text, key):
        return False  # 'Đảng ủy Quân sự tỉnh quán triệt Chỉ thị của Bộ Chính trị …': a local body's own story;
        # 'đồng chí A, Ủy viên Bộ Chính trị, đến thăm và làm việc tại Cao Bằng': a central leader's visit, the host's;
        # 'Dự lễ về phía Trung ương có các đồng chí …': central guests at a local ceremony
    # 'Quy định số 45 của Ban Chấp hành Trung ương' cites a national document; it is no national report, but 'Theo
    # báo cáo của Ủy ban Kiểm tra Trung ương' gives the national body's figures (national_report_before)
    found = [m.start() for m in word_start_matches(_national_pattern(), key)
             if (ends_with_phrase(key, m.start(), word_list("national_report_before"))
                 or not ends_with_phrase(key, m.start(), word_list("national_not_after")))
             and not _holds_local_office(key, m)]
    hits = len(found)
    lede_hits = sum(1 for start in found if start < LEDE_CHARS)
    if len(named) >= NATIONAL_MIN_PROVINCES and max(named.values()) <= NATIONAL_MAX_EACH:
        return True  # 'Bắc Ninh, Thái Bình, Quảng Ninh, … (26 đảng bộ) tăng so với năm 2009': a list of the country
    lede = province_mentions(fold_key(text[:LEDE_CHARS], lower=False), venues=False, outlets=False)
    counts = sorted(lede.values(), reverse=True)
    if (lede_hits > 0 and len(counts) >= 2 and 2 * counts[1] >= counts[0] and not by_district.keys() & lede.keys()
            and _about_as_often(named, lede)):
        return True  # 'UBKT Trung ương … Ban cán sự đảng UBND tỉnh Hà Giang và tỉnh Quảng Ngãi'
    if lede_hits > 0 and not by_district and hits >= NATIONAL_DOMINANT_MENTIONS and hits >= 2 * sum(named.values()):
        return True  # '5 ủy viên T.Ư bị kỷ luật': Central Committee members, each named with the province they led
    top = max(named.values(), default=0)
    if lede_hits > 0 and sum(1 for n in named.values() if n == top) >= NATIONAL_TIED_PROVINCES:
        return True  # 'UBKT Trung ương … đề nghị kỷ luật … tại các Đảng bộ Bắc Giang, Bắc Ninh, Vĩnh Phúc, Gia Lai'
    if not named and not by_district and hits >= NATIONAL_UNPLACED_MENTIONS:
        return True  # 'cán bộ tại 63 ban tuyên giáo các tỉnh ủy trên cả nước': no place, the country throughout, even
        # when a portal's furniture fills the lede
    return (lede_hits > 0 and not lede and not by_district
            and hits >= NATIONAL_MIN_MENTIONS and 2 * hits >= sum(named.values()))


CAPITAL_EVENT_REACH = 120  # characters after the capital's name in which the body holding the event is named


@functools.cache
def _capital_venue_pattern() -> re.Pattern[str]:
    """'tại Hà Nội', 'tại Thủ đô Hà Nội' (capital_venues.csv, folded)."""
    return re.compile(trie_alternation(word_list("capital_venues")) + r"(?!\w)")


@functools.cache
def _central_name_pattern() -> re.Pattern[str]:
    """The last word of a central body's name ('… T.Ư', '… Trung ương', '… Việt Nam'; central_name_endings.csv)."""
    return re.compile(r"(?<!\w)(?:" + trie_alternation(word_list("central_name_endings")) + r")(?!\w)")


CENTRAL_CASE_MENTIONS = 2  # how often the one province a central body's discipline is about must be named


def central_case_on(cased_key: str, key: str, own: Counter[str]) -> bool:
    """'Tại kỳ họp 24, UBKT Trung ương đã … thi hành kỷ luật … Phó Bí thư Tỉnh ủy … tỉnh Đồng Nai': a central body's
    discipline of the officials of the one province the text names (venues and the relaying outlet's name aside), and
    names more than once, is that province's story (one mention in a national text is often a passing example)."""
    if len(own) != 1 or not any(b in key for b in word_list("central_discipline_bodies")) or not any(
            a in key for a in word_list("discipline_acts")):
        return False
    named = province_mentions(cased_key, venues=False, outlets=False)  # rarely reached: read only here
    return len(named) == 1 and sum(named.values()) >= CENTRAL_CASE_MENTIONS


def _central_letterhead(key: str) -> bool:
    """'BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TỔ CHỨC … Hà Nội, ngày 31 tháng 12 năm 2014': a central body's document, whose
    capital is where it was signed, not a province it is about."""
    lede = key[:LEDE_CHARS]
    return any(h in lede for h in word_list("central_letterheads")) and any(
        line in lede for line in word_list("capital_date_lines"))


def _central_event_in_capital(text: str, key: str) -> bool:
    """'Ngày 17-8, tại Hà Nội, Đảng ủy Khối Doanh nghiệp T.Ư tổ chức …': the lede's event held in the capital by a
    body named as central, with no province named in the lede but as a venue, is a national story, whichever
    provincial outlet printed it."""
    m = _capital_venue_pattern().search(key, 0, LEDE_CHARS)
    if m is None:
        return False
    line_end = key.find("\n", m.end(), m.end() + CAPITAL_EVENT_REACH)
    end = line_end if line_end >= 0 else m.end() + CAPITAL_EVENT_REACH
    return _central_name_pattern().search(key, m.end(), end) is not None and not province_mentions(
        fold_key(text[:LEDE_CHARS], lower=False), venues=False, outlets=False)


def province_names(slug: str | None) -> tuple[str | None, str | None, str | None]:
    """(name, current slug, current name) of a pre-2025 province slug."""
    if slug is None:
        return None, None, None
    p = provinces()[slug]
    return p.name, p.current_slug, p.current_name


def resolve_province(value: str) -> str | None:
    """A province given by name, variant or slug (as in a sidecar) -> its slug, or None if unknown."""
    table = provinces()
    if value in table:
        return value
    key = fold_key(value.strip(), lower=False)
    for slug, p in table.items():  # an exact province name ("Hồ Chí Minh") is no person's name here
        if fold_key(p.name, lower=False).lower() == key.lower():
            return slug
    for variant, slug in province_variants():
        if variant == key or variant.lower() == key.lower():
            return slug
    return None


def _host_labels(url: str) -> list[str]:
    host = (urlsplit(url.strip()).hostname or "").lower()
    return [label for label in host.split(".") if label and label != "www"]


@functools.cache
def _compact_names() -> tuple[tuple[str, str], ...]:
    """(ASCII province name without spaces, slug), longest first: 'quangtri' names Quảng Trị in a host, and so does
    a variant's ('thuathienhue', 'tphcm'; province_variants.csv)."""
    pairs = {(slug.replace("-", ""), slug) for slug in provinces()}
    pairs |= {(NOT_ASCII_LOWER.sub("", _without_marks(r["variant"]).lower()), r["slug"])
              for r in read_csv("province_variants.csv")}
    return tuple(sorted((p for p in pairs if len(p[0]) >= COMPACT_MIN), key=lambda p: (-len(p[0]), p)))


@functools.cache
def _prefixed_province_hosts() -> dict[str, str]:
    """'thanhuyhue' -> Huế: a host label that is a provincial body's word (url_place_words.csv) and a province's
    compact name, however short."""
    words = [r["word"].replace("-", "") for r in read_csv("url_place_words.csv") if r["names"] in ("province", "any")]
    return {word + slug.replace("-", ""): slug for word in words for slug in provinces()}


@functools.cache
def _district_hosts() -> dict[str, frozenset[str]]:
    """ASCII district name without spaces -> the provinces holding such a district ('dienban' -> Quảng Nam)."""
    out: dict[str, set[str]] = {}
    for name, _, slug in districts():
        out.setdefault(_ascii_compact(name), set()).add(slug)
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def _commune_hosts() -> dict[tuple[str, str], frozenset[str]]:
    """(ASCII commune name without spaces, 2025 province slug) -> the pre-2025 provinces of that commune of the 2025
    map ('bacquang', 'tuyen-quang' -> Hà Giang)."""
    out: dict[tuple[str, str], frozenset[str]] = {}
    for (name, province), olds in communes_2025().items():
        key = (_ascii_compact(name), province)
        out[key] = out.get(key, frozenset()) | olds
    return out


def _ascii_compact(name: str) -> str:
    """'Bắc Quang' -> 'bacquang': a name as a host label writes it."""
    return "".join(c for c in _without_marks(name) if c.isascii() and c.isalnum()).lower()


@functools.cache
def _world_sections() -> frozenset[str]:
    """URL path segments of a newspaper's world section (url_world_sections.csv)."""
    return frozenset(r["segment"] for r in read_csv("url_world_sections.csv"))


def _in_world_section(url: str) -> bool:
    """Whether a URL's path passes through a world-news section ('/thegioi/2015/8/391589/')."""
    return any(segment.lower() in _world_sections() for segment in urlsplit(url.strip()).path.split("/"))


def province_from_url(url: str | None) -> str | None:
    """The province a publisher's address names: a known provincial newspaper or portal, a host label holding a
    province's compact name (vinhlinh.quangtri.gov.vn, ubkt.binhthuan.dcs.vn) or made of a provincial body's word and
    one (thanhuyhue.vn), or else a host label that is the compact name of a district only one province holds (a
    district's or town's portal: dienban.gov.vn, cualo.vn). A commune's portal under a province formed by the 2025
    merger (bacquang.tuyenquang.gov.vn) names the old province the commune came from."""
    if not url or _in_world_section(url):
        return None  # 'sggp.org.vn/thegioi/…': a provincial paper's world news is not about its province
    labels = _host_labels(url)
    table = publishers()
    for i in range(len(labels) - 1):
        slug = table.get(".".join(labels[i:]))
        if slug:
            return slug
    for i, label in reversed(list(enumerate(labels[:-1]))):  # the broadest unit first: commune.district.province
        for compact, slug in _compact_names():
            if compact in label:
                # a portal named after one of the province's own old districts (chauthanh.angiang.gov.vn) is that
                # district's, not the 2025 commune of the same name made from another province
                own = i > 0 and slug in _district_hosts().get(labels[i - 1], frozenset())
                olds = _commune_hosts().get((labels[i - 1], slug), frozenset()) if i > 0 and not own else frozenset()
                return next(iter(olds)) if len(olds) == 1 else slug
    for label in labels[:-1]:
        if label in _prefixed_province_hosts():
            return _prefixed_province_hosts()[label]
    for label in labels[:-1]:
        slugs = next((found for name in _district_host_names(label) if (found := _district_hosts().get(name))),
                     frozenset())
        if len(slugs) == 1:
            return next(iter(slugs))
    for label in labels[:-1]:  # 'andienbencat', 'anxuantamky': a commune's portal, its district's name closing it
        slugs = next((found for i in range(HOST_PREFIX_MIN, len(label) - HOST_SUFFIX_MIN + 1)
                      if (found := _district_hosts().get(label[i:]) or _district_hosts().get(
                          label[i:].replace("y", "i")))), frozenset())
        if len(slugs) == 1:
            return next(iter(slugs))
    return province_from_slug(url)


@functools.cache
def _district_host_prefixes() -> tuple[str, ...]:
    """Words a district's body or office puts before the district's name in a host ('huyendamha', 'pgdhaiha'), longest
    first: the district kinds of url_place_words.csv and the offices of district_office_hosts.csv."""
    kinds = [r["word"].replace("-", "") for r in read_csv("url_place_words.csv") if r["names"] in ("district", "any")]
    offices = [r["prefix"] for r in read_csv("district_office_hosts.csv")]
    return tuple(sorted(set(kinds + offices), key=len, reverse=True))


@functools.cache
def _district_host_suffixes() -> tuple[str, ...]:
    """Words a district's portal or office puts after the district's name in its host ('halongcity', 'thanhoaiedu'),
    longest first (data/reference/district_host_suffixes.csv)."""
    return tuple(sorted((r["suffix"] for r in read_csv("district_host_suffixes.csv")), key=len, reverse=True))


def _district_host_names(label: str) -> Iterator[str]:
    """The district names a host label may hold: the label itself, then without a district body's or office's word
    before the name or a city's word after it; each also with its y written i, as the names' keys fold a final y
    ('donghy' -> 'donghi', Đồng Hỷ)."""
    for name in (label, *(label[len(p):] for p in _district_host_prefixes() if label.startswith(p)
                          and len(label) > len(p)),
                 *(label[:-len(x)] for x in _district_host_suffixes() if label.endswith(x) and len(label) > len(x))):
        yield name
        if "y" in name:
            yield name.replace("y", "i")


@functools.cache
def _url_place_words() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(slug words of a unit's kind, which names may follow: province, district or any), longest first
    (data/reference/url_place_words.csv: 'huyen-uy' -> district)."""
    rows = ((tuple(r["word"].split("-")), r["names"]) for r in read_csv("url_place_words.csv"))
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@functools.cache
def _provinces_by_compact_name() -> dict[str, frozenset[str]]:
    """ASCII province name without spaces -> its slug ('hoabinh' -> hoa-binh)."""
    return {compact: frozenset({slug}) for compact, slug in _compact_names()}


def province_from_slug(url: str) -> str | None:
    """The province an article's address names after a unit's kind word, when only one province has a unit of
    that name ('…-cong-an-tp-vinh-yen-…' -> Vĩnh Phúc, '…-lien-doan-lao-dong-tinh-hoa-binh-…' -> Hòa Bình,
    '…/huyen-uy-phu-vang-…' -> Huế)."""
    words = [w for w in re.split(r"[^a-z0-9]+", urlsplit(url.strip()).path.lower()) if w]
    provinces_by_name = _provinces_by_compact_name()
    for i in range(len(words)):
        for kind, names in _url_place_words():
            if tuple(words[i:i + len(kind)]) != kind:
                continue
            start = i + len(kind)
            for stop in range(min(len(words), start + SLUG_NAME_WORDS), start, -1):
                compact = "".join(words[start:stop])
                if compact.isdigit():
                    continue  # '…-cac-tinh-thanh-pho-6-12-…': a date after the kind word, no 'Quận 6'
                found = set(provinces_by_name.get(compact, ())) if names != "district" else set()
                if names != "province" and not found:
                    found = set(_district_hosts().get(compact, ()))
                if len(found) == 1:
                    return found.pop()
            break
    return _province_opening_slug(url)


def _province_opening_slug(url: str) -> str | None:
    """A headline's slug that opens on a province's name ('…/Da-Nang-Tiep-1788-luot-nguoi-…' -> Đà Nẵng), as
    'Đà Nẵng: …' opens its headline, else a section's ('/bac-lieu-doi-moi-va-phat-trien/…', '/ninhthuan/…'); not
    a list of provinces ('ha-noi-quang-binh-tp-hcm-…')."""
    segments = [s for s in urlsplit(url.strip()).path.lower().split("/") if s]
    for segment in reversed(segments):
        words = [w for w in re.split(r"[^a-z0-9]+", segment) if w]
        section = _provinces_by_compact_name().get(segment, ()) if len(words) == 1 else ()
        if len(section) == 1:
            return next(iter(section))  # 'vietnam.vn/ninhthuan/…': a national site's section for one province
        opening = _slug_province(words)
        if opening is not None:
            return opening[0] if _slug_province(words[opening[1]:]) is None else None
    return None


def _slug_province(words: list[str]) -> tuple[str, int] | None:
    """(province, words it takes) when the slug words open on one province's compact name."""
    for stop in range(min(len(words), SLUG_NAME_WORDS), 1, -1):
        found = _provinces_by_compact_name().get("".join(words[:stop]), ())
        if len(found) == 1:
            return next(iter(found)), stop
    return None


@functools.cache
def _source_line_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(period_vocab()["source_line_words"], key=len, reverse=True))
    return re.compile(rf"^[ \t]*(?:{words})\b[^\n]{{0,80}}?(https?://[^\s]+)", re.IGNORECASE | re.MULTILINE)


@functools.cache
def _aggregator_line_pattern() -> re.Pattern[str]:
    """'1 tháng trước www.baodongnai.com.vn': an aggregator's line of how long ago its source published, and where."""
    words = "|".join(re.escape(w) for w in sorted(period_vocab()["aggregator_age_words"], key=len, reverse=True))
    return re.compile(rf"^[ \t]*\d{{1,3}} (?:{words})[ \t]+((?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?)[ \t]*$",
                      re.IGNORECASE | re.MULTILINE)


def cited_source_url(text: str) -> str | None:
    """The original's address on a copy's closing source line ('Nguồn Đồng Nai: http://…') or on an aggregator's
    line of its age ('1 tháng trước www.baodongnai.com.vn'), if any."""
    found = _source_line_pattern().findall(text)
    if found:
        return found[-1]
    bare = _aggregator_line_pattern().search(text)
    if bare is None:
        return None
    address = bare.group(1)
    return address if "://" in address else f"http://{address}"


def published_from_url(url: str | None) -> str | None:
    """Year-month of an article from its address: a /YYYYMM/, /YYYY/MM/ or /YYYY-M-D/ segment, a portal id in
    epoch ms, a slug closing on D-M-YYYY, or an article id holding its publication time (URL_STAMP_ID)."""
    if not url:
        return None
    path = urlsplit(url.strip()).path
    m = URL_YEAR_MONTH.search(path) or URL_SLASHED_MONTH.search(path) or URL_DASHED_DATE.search(path)
    if m:
        return f"{m.group(1)}-{int(m.group(2)):02d}"
    stamps = URL_EPOCH_MS.findall(path)
    if stamps:  # the last id is the article's; earlier ones name its section
        when = dt.datetime.fromtimestamp(int(stamps[-1]) / 1000, dt.UTC)
        if 2005 <= when.year <= dt.datetime.now(dt.UTC).year:
            return f"{when.year:04d}-{when.month:02d}"
    m = URL_DATE.search(path)
    if m and int(m.group(1)) <= dt.datetime.now(dt.UTC).year:
        return f"{m.group(1)}-{m.group(2)}"
    # a slug closing on a day, month and year: '/vu-viec-…-22-02-2012/'; of two, the last (the slug
    # '…-quoc-khanh-2-9-1945-2-9-2014' names the anniversary, then the day)
    m = next(reversed(list(URL_SLUG_DMY.finditer(path))), None)
    if m and int(m.group(3)) <= dt.datetime.now(dt.UTC).year:
        return f"{m.group(3)}-{int(m.group(2)):02d}"
    m = URL_STAMP_ID.search(path)
    if m and 2000 + int(m.group(1)) <= dt.datetime.now(dt.UTC).year:
        return f"{2000 + int(m.group(1))}-{m.group(2)}"
    return None


@functools.cache
def _slug_year_pattern() -> re.Pattern[str]:
    """'…-nam-2019': the year word of periods.yaml without its marks, then a year, as a slug writes 'năm 2019'."""
    word = re.escape(_without_marks(period_vocab()["year_word"]).lower())
    return re.compile(rf"(?<![a-z0-9]){word}-((?:19|20)\d{{2}})(?![0-9])")


@functools.cache
def _slug_congress_term_pattern() -> re.Pattern[str]:
    """'dai-hoi-…-nhiem-ky-20202025': a congress and the term it opens, as a slug writes them (periods.yaml words)."""
    congress, term = ("|".join(re.escape(w) for w in period_vocab()[name])
                      for name in ("slug_congress_words", "slug_term_words"))
    years = r"((?:19|20)\d{2})-?(?:19|20)\d{2}(?![0-9])"
    return re.compile(rf"(?<![a-z0-9])(?:{congress})-.*(?<![a-z0-9])(?:{term})-" + years)


def slug_year(url: str | None) -> int | None:
    """The year a headline's slug names after 'nam' ('…-thanh-lap-chi-bo-nam-2019.html'), as 'năm 2019' would in
    the headline itself, or the first year of the term a congress it names opens ('…-dai-hoi-…-nhiem-ky-20202025',
    the congress's year); None when it names none or more than one."""
    if not url:
        return None
    segments = [s for s in urlsplit(url.strip()).path.lower().split("/") if s]
    years = {int(y) for y in _slug_year_pattern().findall(segments[-1])} if segments else set()
    if not years and segments:
        years = {int(y) for y in _slug_congress_term_pattern().findall(segments[-1])}
    year = years.pop() if len(years) == 1 else None
    return year if year is not None and MIN_SLUG_YEAR <= year <= dt.datetime.now(dt.UTC).year else None


@functools.cache
def _slug_period_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """'…-quy-i-2011-…', '…-6-thang-dau-nam-2018': a part-year phrase of periods.yaml of two words or more, without
    its marks, then perhaps its year, as a folded slug writes them; and each slug phrase's period."""
    periods: dict[str, str] = {}
    for phrase, period in period_vocab()["phrases"].items():
        if period in PART_YEAR_PERIODS and " " in phrase:
            periods.setdefault(_without_marks(phrase).lower().replace(" ", "-"), period)
    word = re.escape(_without_marks(period_vocab()["year_word"]).lower())
    pattern = re.compile(rf"(?<![a-z0-9])({trie_alternation(periods)})(?:-(?:{word}-)?((?:19|20)\d{{2}}))?(?![a-z0-9])")
    return pattern, periods


def slug_period(url: str | None) -> tuple[str, int | None] | None:
    """The part of a year and its year (None if not given) a headline's slug names ('…-tien-giang-quy-i-2011-…' -> Q1
    2011, '…-hoi-nghi-6-thang-dau-nam-528943.html' -> H1), as the headline itself would; None when it names none or
    more than one."""
    if not url:
        return None
    segments = [s for s in urlsplit(url.strip()).path.lower().split("/") if s]
    pattern, periods = _slug_period_pattern()
    slug = fold_key(segments[-1]) if segments else ""  # the phrases are folded keys: 'quy' is read as 'qui'
    found = {(periods[m.group(1)], int(m.group(2)) if m.group(2) else None) for m in pattern.finditer(slug)}
    return found.pop() if len(found) == 1 else None


@functools.cache
def _district_pattern() -> tuple[Prefiltered, dict[tuple[str, str], frozenset[str]]]:
    """One regex 'prefix name' over folded text, and (kind, name) -> the provinces holding such a district."""
    where: dict[tuple[str, str], set[str]] = {}
    for name, kind, slug in districts():
        where.setdefault((kind, name), set()).add(slug)
    names = sorted({name for _, name in where}, key=lambda n: (-len(n), n))
    prefixes = [re.escape(word) for word, _ in district_prefixes()]
    alternatives = "|".join(re.escape(n) for n in names)
    pattern = Prefiltered(r"(?<!\w)", r"(" + "|".join(prefixes) + r")\s+(" + alternatives + r")(?!\w)",
                          starts="(?:" + "|".join(prefixes) + ")")  # tried only after a kind's word
    return pattern, {k: frozenset(v) for k, v in where.items()}


@functools.cache
def district_upgrades() -> dict[str, tuple[str, ...]]:
    """The kinds a district written with a kind may have become since ('huyện Phong Điền' in a text of 2020 is the
    thị xã Phong Điền of Huế on the dataset's map; district_upgrades.csv)."""
    out: dict[str, tuple[str, ...]] = {}
    for r in read_csv("district_upgrades.csv"):
        out[r["written_kind"]] = (*out.get(r["written_kind"], ()), r["later_kind"])
    return out


def district_provinces(key: str) -> Counter[str]:
    """Provinces of the districts a folded text names with their kind ('huyện Krông Pắc', 'Thị ủy Sa Pa');
    a name several provinces share counts for each of them."""
    pattern, where = _district_pattern()
    kinds = dict(district_prefixes())
    upgraded = district_upgrades()
    counts: Counter[str] = Counter()
    for m in pattern.finditer(key):
        kind = kinds[m.group(1)]  # 'khu vực Phù Ninh' (agencies after 2025) names a district of any kind
        if kind == ANY_KIND and m.group(2).isdigit():
            continue  # 'Tòa án khu vực 5' numbers a court's region; only 'quận 5' names a district by number
        if kind == ANY_KIND:
            slugs = frozenset().union(*(v for (k, name), v in where.items() if name == m.group(2)))
        else:  # 'huyện Phong Điền' also names the district that has since become a thị xã
            kinds_then = (kind, *upgraded.get(kind, ()))
            slugs = frozenset().union(*(where.get((k, m.group(2)), frozenset()) for k in kinds_then))
        for slug in slugs:
            counts[slug] += 1
    return counts


@functools.cache
def _commune_pattern() -> re.Pattern[str]:
    """'xã Vĩnh Tường', 'phường Kinh Môn': a commune or ward named after a pre-2025 district (folded text)."""
    names = sorted({name for name, _, _ in districts()}, key=lambda n: (-len(n), n))
    return re.compile(_commune_prefix() + r"(" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


def _commune_prefix() -> str:
    """The words before a commune's name and the space after them ('xã ', 'phường '), or an abbreviation, with or
    without a space ('P.Hội An', folded 'p.hoi an')."""
    prefixes = "|".join(re.escape(w) for w in word_list("commune_prefixes"))
    short = "|".join(re.escape(a) for a in commune_abbreviations())
    return r"(?:(?:" + prefixes + r")\s+|(?<!\w)(?:" + short + r")\s?)"


@functools.cache
def _new_commune_pattern() -> re.Pattern[str]:
    """'xã Toàn Thắng', 'phường Chánh Phú Hòa': a commune or ward of the 2025 map (folded text); 'xã Phú Thành A'
    (a letter or digit after the name) is another commune."""
    names = sorted({name for name, _ in communes_2025()}, key=lambda n: (-len(n), n))
    return re.compile(_commune_prefix() + r"(" + "|".join(re.escape(n) for n in names) + r")(?!\w)(?! \w(?!\w))")


def _new_communes(text: str, key: str) -> Iterator[re.Match[str]]:
    """The communes of the 2025 map a text names, written as names ('phường Thành Công', not 'Đại hội Đảng bộ phường
    thành công tốt đẹp': a congress that went well), and whole ('phường Long Thạnh Mỹ' is not 'xã Long Thạnh')."""
    return (m for m in word_start_matches(_new_commune_pattern(), key)
            if text[m.start(1)].isupper() and not _name_goes_on(text, m.end(1)))


def _name_goes_on(text: str, end: int) -> bool:
    """Whether a capitalised word follows a name ending at `end` on its line: the name is a longer one."""
    after = text[end:end + 2]
    return after[:1] == " " and after[1:].isupper()


@functools.cache
def _communes_by_name() -> dict[str, list[tuple[frozenset[str], frozenset[str]]]]:
    """Folded commune name -> (kinds, pre-2025 provinces) of each commune of the 2025 map so named."""
    out: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = {}
    for (name, province), olds in communes_2025().items():
        out.setdefault(name, []).append((commune_kinds()[(name, province)], olds))
    return out


def new_commune_province(text: str, key: str) -> str | None:
    """'Đảng ủy phường Sơn Trà' in a text naming no province, district or publisher: the pre-2025 province of the
    communes of the 2025 map it names, when each name, of the kind its prefix says ('phường Ba Đình', not 'xã Ba
    Đình'), belongs to one commune made from one old province; a name several communes share ('các phường Hiệp
    Phú, Tăng Nhơn Phú A' listing the wards merged) only has to allow that province."""
    found: set[str] = set()
    shared: list[frozenset[str]] = []
    for m in _new_communes(text, key):
        places = [olds for kinds, olds in _communes_by_name()[m.group(1)] if _named_as(key, m, kinds)]
        if not places:
            return None
        if len(places) == 1 and len(places[0]) == 1:
            found |= places[0]
        else:
            shared.append(frozenset().union(*places))
    if len(found) != 1:
        return None
    (province,) = found
    return province if all(province in olds for olds in shared) else None


def _named_as(key: str, m: re.Match[str], kinds: frozenset[str]) -> bool:
    """Whether a commune's prefix names one of its kinds ('đảng ủy phường Ba Đình': a ward; 'các phường Ngô Mây, Tây
    Sơn' lists wards, which the 2025 map's 'xã Ngô Mây' is not)."""
    prefix = key[m.start():m.start(1)].strip()
    return any(prefix.endswith(k) for k in kinds) or commune_abbreviations().get(prefix) in kinds


def leading_province(mentions: Counter[str], publisher: str | None = None) -> str | None:
    """The province a text names most often. On a tie, the 2025 province all the tied ones were merged into
    ('hợp nhất 3 Đảng bộ TPHCM, Bà Rịa - Vũng Tàu và Bình Dương'), unless the `publisher`'s province is one of them
    (Báo Kiên Giang's item, then its site's teaser on the new An Giang 'hợp nhất hai tỉnh An Giang và Kiên Giang');
    else none ('Hà Nội kết nạp 3 …, Hải Phòng 4': neither is the text's own; the publisher may place it)."""
    if not mentions:
        return None
    best = max(mentions.values())
    top = [slug for slug, n in mentions.items() if n == best]
    if len(top) == 1:
        return top[0]
    table = provinces()
    merged_into = {table[slug].current_slug for slug in top}
    if len(merged_into) != 1:
        return None
    return publisher if publisher in top else next(iter(merged_into))


def merged_commune_province(text: str, key: str, named: str | None, named_times: int = 0,
                            headline: tuple[int, int] = (0, 0)) -> str | None:
    """After the 2025 merger a text may name the new province ('Phú Thọ') and a new commune it is about: one named
    after an old district ('xã Vĩnh Tường') or any commune of the 2025 map ('xã Toàn Thắng', made of communes of
    huyện Tân Lạc). The commune lies in the old province its parts came from (Vĩnh Phúc, Hòa Bình), when that is
    one of the provinces merged into the one named, and the text names such communes at least as often as the
    province (a city's report that mentions two communes is the city's), or its `headline` span names one ('… gửi
    lời chúc xã Bắc Thái Ninh (Hưng Yên)' over a text that also names the province's leaders who came), or its lede
    locates one by the province in brackets (_located_in)."""
    table = provinces()
    if named is None or named not in table:
        return None
    current = table[named].current_slug
    merged = {slug for slug, p in table.items() if p.current_slug == current} - {named}
    if not merged or named != current:  # 'tỉnh Bình Dương' names an old province: its communes are its own
        return None
    hits = [(slug, m.start(), m.end()) for m in word_start_matches(_commune_pattern(), key)
            for name, _, slug in districts() if name == m.group(1) and slug in merged and not _seat(key, m.start())]
    own = 0  # 'P.An Xuyên, P.Bạc Liêu, P.Lý Văn Lâm': a province-wide list names the named province's own too
    for m in _new_communes(text, key):
        if _seat(key, m.start()):
            continue
        olds = communes_2025().get((m.group(1), current), frozenset())
        if not olds or not _named_as(key, m, commune_kinds()[(m.group(1), current)]):
            continue
        if len(olds) == 1 and olds <= merged:
            hits += [(old, m.start(), m.end()) for old in olds]
        own += olds == {named}
    if own >= len(hits):
        return None
    slugs = {slug for slug, _, _ in hits}
    headlined = any(headline[0] <= at < headline[1] or (at < LEDE_CHARS and _located_in(text, end, named))
                    for _, at, end in hits)
    return hits[0][0] if len(slugs) == 1 and (len(hits) >= named_times or headlined) else None


def _seat(key: str, start: int) -> bool:
    """'… hợp nhất hai tỉnh An Giang và Kiên Giang, trung tâm chính trị - hành chính đặt tại phường Rạch Giá': the
    commune that houses the province's offices (seat_words.csv before it) is where they sit, not what the text is
    about."""
    return ends_with_phrase(key, start, word_list("seat_words")) is not None


def _located_in(text: str, end: int, province: str) -> bool:
    """'Đảng bộ xã Xuyên Mộc (TPHCM) tổ chức Đại hội' in the lede: a commune located by the new province in brackets
    right after its name is the story's own place, however often the province's leaders who came are named."""
    after = text[end:end + LOCATED_REACH]
    close = after.find(")")
    return after.startswith(" (") and close > 0 and province in province_mentions(fold_key(after[2:close], lower=False))


DISTRICTS_OVER_NAME = 3  # a province's districts named this many times as often as another province outweigh it


def choose_province(named: str | None, by_district: Counter[str], by_url: str | None,
                    named_times: int = 1) -> tuple[str | None, str]:
    """(slug, source): a province the text names wins, unless the publisher's province is also the one its
    districts name at least as often ('Quảng Ninh:' heading a baoquangbinh story on huyện Quảng Ninh; two hamlets
    'Phú Thọ, Na Sàng' in a thainguyentv story on huyện Phú Lương) or, with no publisher
    against them, one province's districts are named three times as often ('Sau khi Pháp Luật TP.HCM phản ánh' in a
    story on huyện Đức Linh); else its districts' province (the publisher's breaks a tie between provinces sharing a
    district name); else the publisher's."""
    if named and by_url and by_url != named and by_district.get(by_url, 0) >= named_times:
        return by_url, "district"
    if named and by_district:
        best = max(by_district.values())
        top = [s for s, n in by_district.items() if n == best]
        if len(top) == 1 and top[0] != named and by_url in (None, top[0]) and best >= DISTRICTS_OVER_NAME * named_times:
            return top[0], "district"
    if named:
        return named, "text"
    if by_district:
        best = max(by_district.values())
        top = sorted(s for s, n in by_district.items() if n == best)
        if by_url in top:
            return by_url, "district"
        if len(top) == 1:
            return top[0], "district"
    if by_url:
        return by_url, "url"
    return None, ""
