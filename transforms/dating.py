"""When a document was written, from its text: datelines, stamps, event days, cited dates and imprints."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
import re

from dateutil import parser as dateparser

from transforms.alternation import Prefiltered, trie_alternation
from transforms.keys import fold_key
from transforms.periods import is_birth_date
from transforms.refdir import read_csv
from transforms.text import ends_with_phrase, holds_word, skip_spaces, starts_with_phrase
from transforms.vocab import (
    mask_vocab,
    period_vocab,
    provinces,
)

CITING_LINE_FROM = 2  # lines before this index may open on the document they report
HEAD_LINES = 6
LABELLED_STAMP_LINES = 20  # a labelled stamp ('Ngày đăng …') may stand below a portal's menu of a dozen lines
STAMP_WORD = "date"  # a scraper's stamp line: 'date 2024-07 …'
STAMP_CHARS = 20
STAMP_LINE_CHARS = 80  # a line this short holding a date is a stamp (a dateline, the page's today)
LUNAR_CYCLE_START = 1984  # Giáp Tý: a lunar name alone is read as a year from here to 2043
MIN_PUBLISHED_YEAR = 1990  # earlier dates near the top are anniversaries or founding dates, not datelines
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


@functools.cache
def _date_words() -> re.Pattern[str]:
    """'ngày 15 tháng 7 năm 2022': a date written with its words (data/reference/non_quantities.yaml)."""
    day, month, year = (re.escape(w) for w in mask_vocab().date_words)
    return re.compile(rf"{day}\s+(\d{{1,2}})\s+{month}\s+(\d{{1,2}})\s+{year}\s+((?:19|20)\d{{2}})")


def nonblank_lines(text: str, key: str | None = None) -> list[tuple[str, str]]:
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


def is_stamp_line(line: str, key: str) -> bool:
    """A date/time/byline stamp line: mostly digits and date words."""
    return bool(DATE_DMY.search(key) or DATE_ISO.search(key)) and len(line) <= 80


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
    lines = nonblank_lines(text, key)
    content = ((line, line_key) for line, line_key in lines if not _counter_line().fullmatch(line_key.lower()))
    head = [(line, _stamp_date(line, line_key, foot=i >= CITING_LINE_FROM))
            for i, (line, line_key) in enumerate(itertools.islice(content, HEAD_LINES))]
    stamps = [found for line, found in head if found and len(line) <= STAMP_LINE_CHARS]
    if len(stamps) > 1:  # 'Thứ Tư, 16/10/2024' (the page's today) above the title, 'Thứ Ba, 20/08/2019' below it:
        return min(stamps)  # the article's own date is the earlier
    for found in [found for _, found in head] + [_labelled_stamp(lines)] + [
            _line_date(line, line_key, foot=True) for line, line_key in lines[-3:]]:
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


def _stamp_date(line: str, key: str, foot: bool = False) -> str | None:
    """The date a head line states, unless it is a window's first date: a headline, not a stamp ('kỷ niệm 25 năm …
    (01/01/1997 - 01/01/2022)')."""
    found = _line_date(line, key, foot)
    window = DATE_WINDOW.search(key) if found else None
    return None if window and found == _iso(*window.group(1, 2, 3)) else found


def opens_on_stamp(key: str) -> bool:
    """Whether a text opens on a scraper's stamp line ('date 2025-08-26 …'): the article's own date, never a
    portal's date bar."""
    head = key.lstrip()
    return head.startswith(STAMP_WORD + " ") and DATE_ISO.match(head, len(STAMP_WORD) + 1) is not None


def _line_date(line: str, key: str, foot: bool = False) -> str | None:
    """The date a head or foot line states, if any; `foot`: a line past the title and the line after it, where a
    cited document's date is no stamp (the first lines of an explainer date it by the rule it explains)."""
    found = _dated(_date_words(), key, (1, 2, 3)) if len(line) <= 120 else None
    if len(line) <= STAMP_LINE_CHARS:
        found = found or _dated(_stamp_date_words(), key, (1, 2, 3))
    if key.startswith(STAMP_WORD):  # 'date 2024-07 Sáng 2/7, … Nghị quyết … ngày 7/12/2023': the stamp first
        found = found or _dated(DATE_ISO, key[:STAMP_CHARS], (3, 2, 1))
    head = key[:40] if len(line) > 80 and not key.startswith(STAMP_WORD) else key
    first = DATE_DMY.search(head)
    if first is not None and foot and _cites_document(head[:first.start()]):
        return None  # 'Căn cứ Quy định số 69 ngày 6-7-2022 …': a cited document's date, no stamp
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


def _cites_document(before: str) -> bool:
    """Whether the words before a date ('Căn cứ Quy định số 69 ngày') make it a cited document's date."""
    day, _, _ = mask_vocab().date_words
    words = before.split()
    return len(words) >= 3 and words[-1] == day and words[-2][:1].isdigit() and (
        words[-3] in period_vocab()["cited_number_words"])


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
