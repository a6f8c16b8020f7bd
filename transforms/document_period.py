"""The document's own year and period: resolved from its period mentions, title, dates and publication."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from transforms.alternation import trie_alternation
from transforms.periods import NOT_NUMBER, PART_YEAR_PERIODS, YEAR, PeriodMention, mentions_between, words_pattern
from transforms.text import Sentence, ends_with_phrase, skip_spaces
from transforms.vocab import number_vocab, period_vocab

ANNIVERSARY_TAIL_CHARS = 80  # an anniversary's words, length and bracketed dates besides its name
REVIEW_OPENING_CHARS = 600  # a review's year names the report in the opening, headline lines however many
HISTORY_YEARS = 1  # a year named more years before the publication than this is history, not the report's


@dataclass(frozen=True)
class DocumentPeriod:
    """The main reporting year and period of a document, and the year used when a phrase gives none."""

    year: int | None
    period: str | None


def resolve_year(mention: PeriodMention, mentions: Sequence[PeriodMention], sentence: Sentence | None,
                 default: int | None, report_year: int | None = None) -> int | None:
    """A mention's own year; for 'từ đầu nhiệm kỳ' the end year of the term the text names, or its first year
    when the report is not later than that (a congress opening 'nhiệm kỳ 2020 - 2025' reviews the term that
    ends in 2020; `report_year`, the publication's, else `default`), or for a phrase running up to the report the
    end of the next term when the named one ended before the report; else a year named in the same sentence (not
    the term of a congress, an election or an office), else the document's."""
    if mention.year is not None:
        return mention.year
    if mention.last_year:
        base = report_year if report_year is not None else default
        return base - 1 if base else None
    if mention.to_date or mention.up_to_now:  # 'Từ đầu năm đến nay … so với cuối năm 2017': the report's year
        reported = report_year if report_year is not None else default
        opened = mention.first_year  # 'Từ năm 2015 đến nay' in 2018: from a congress, the term it opened
        stated = next((m.year for m in mentions if opened is not None and m.first_year == opened and not m.to_date
                       and m.year is not None and m.year > opened and not m.congress), None)
        if mention.to_date and stated is not None:  # '… trong ba năm qua (2020-2022)': the end the text states
            return stated
        if mention.to_date and opened is not None and reported is not None and running_term_end(opened) == opened and (
                opened < reported < opened + period_vocab()["term_years"]):
            return running_term_end(reported)
        return reported
    terms = [m for m in mentions if m.term] if mention.period == "TERM" else []  # yearless terms are few
    if terms:
        before = [m for m in terms if m.start < mention.start]
        term = before[-1] if before else terms[0]
        reported = report_year if report_year is not None else default
        opening = term.first_year is not None and reported is not None and reported <= term.first_year
        if opening:
            return term.first_year
        if (mention.running and term.first_year is not None and term.year is not None and reported is not None
                and reported > term.year):
            return term.year + (term.year - term.first_year)  # the term after the one named, still running
        return term.year
    reported = report_year if report_year is not None else default
    if mention.running and reported is not None:  # 'Từ đầu nhiệm kỳ đến nay' in 2019, no term named: the local term
        return running_term_end(reported)  # 2015 - 2020
    if sentence is not None:
        near = [m.year for m in mentions_between(mentions, sentence.start, sentence.end)  # not a named term's:
                if m.year is not None and not m.comparison and not (m.term and m.period is None)]  # 'bầu … nhiệm kỳ'
        if near:
            return near[0]
    if mention.period == "FY" and not (mention.up_to_now or mention.past_year) and mention.prior_year is not None:
        return mention.prior_year  # 'Năm 2016, … Trong năm, …'
    return default


def running_term_end(year: int) -> int:
    """The end year of the local Party term running in `year` (congresses sit every `term_years`, in years
    ≡ `term_end_remainder`)."""
    vocab = period_vocab()
    length, remainder = vocab["term_years"], vocab["term_end_remainder"]
    return year + (remainder - year) % length


def congress_target_term(plan_key: str, year: int | None) -> int | None:
    """'Đại hội … đề ra các chỉ tiêu phấn đấu: … kết nạp 20 đảng viên' in a congress year: the end of the term the
    congress opens (a congress's resolution quoted in a review, 'Nghị quyết Đại hội', set the closing term's)."""
    vocab = period_vocab()
    if any(w in plan_key for w in vocab["congress_not_after"]):
        return None
    if not any(w in plan_key for w in vocab["congress_words"]):
        return None
    return opened_term_end(year)


def opened_term_end(year: int | None) -> int | None:
    """The end of the term a congress of `year` opens (2020 -> 2025), if `year` ends a term."""
    if year is None or running_term_end(year) != year:
        return None
    return running_term_end(year + 1)


def document_period(
    mentions: Sequence[PeriodMention], local: Sequence[PeriodMention], lede_end: int,
    fallback_year: int | None, published_month: int | None = None, least_year: int | None = None,
    congress: bool = False,
) -> DocumentPeriod:
    """Main period: the first part-year or term period the title or lede names ('6 tháng đầu năm'), else
    the most common period of the figures, else any period phrase; a phrase without a year takes the
    lede's year. A bare 'Năm 2024' in a lede is often the plan, so the figures outvote it. `least_year` (the
    latest year the text's cited documents are dated, else its first full date past the lede) is the year of last
    resort, never a publication year, before a school year's end ('năm học 2022 - 2023'). 'Năm ngoái' looks back
    from the report and says nothing of its own period. A `congress` text of a congress year that names no period
    reviews the term that ends as the congress opens. A dated text's bare past years, or a period phrase no Party
    figure takes, are its past: it is of its publication year."""
    mentions = [m for m in mentions if not m.last_year]
    local = [m for m in local if not m.last_year]
    if fallback_year is not None:
        mentions = [m for m in mentions if not _history(m, fallback_year)]
        local = [m for m in local if not _history(m, fallback_year)]
    dated = [m for m in mentions if m.year is not None and not (m.comparison or m.school_year)]
    # a congress's, a plan's term, a stage's or the new term a held congress opens is not the report's year, unless
    # no other
    own = [m for m in dated if not (m.term and (m.period is None or m.stage or m.new_term))]
    lede_years = [m.year for m in own if m.start < lede_end]
    congresses = Counter(m.first_year for m in dated if m.congress)
    # a body's term ('chỉ định Ban Chấp hành … nhiệm kỳ 2015-2020') dates a text of no congress only when no date does
    dates = not congress and (fallback_year is not None or least_year is not None)
    # a congress text naming no period but terms ('Ban Chấp hành … khóa XVII, nhiệm kỳ 2020 - 2025') sits in the first
    # year of the latest, the term it opens (the year the term before it ends)
    terms_only = congress and all(m.term and m.period is None and m.first_year and not m.goals_set for m in dated)
    named_years = Counter([max(m.first_year or 0 for m in dated)] if terms_only and dated else [m.year for m in dated])
    all_years = Counter(m.year for m in own) or congresses or (Counter() if dates else named_years)
    after_base = _year_after_base(mentions)  # 'so với cùng kỳ năm 2023' outranks a plan stage's end ('giai đoạn
    only_terms = not any(not m.term for m in own)  # 2021-2025'), never a year the text gives as its own
    # 'năm học 2022 - 2023' dates a text that names no other year, by the school year's end
    school_year = max((m.year for m in mentions if m.school_year and m.year is not None), default=None)
    # a congress text comparing its new committee with the term before ('giảm 4 người so với nhiệm kỳ 2015-2020')
    # sits in the year that term ends, when it names no other
    compared_term = max((m.year for m in mentions if congress and m.comparison and m.term and m.year is not None),
                        default=None)
    default_year = lede_years[0] if lede_years else (after_base if after_base and only_terms else (
        all_years.most_common(1)[0][0] if all_years else after_base or fallback_year or least_year or compared_term
        or school_year))
    usable = [m for m in mentions if m.period is not None and not (m.local or m.new_term)]
    lede = [m for m in usable if m.start < lede_end]
    named = [m for m in lede if m.period != "FY"]

    # the last year named, a year of a period before a bare one ('… đạt chuẩn nông thôn mới vào năm 2023' heads a
    # review 'trong năm 2022')
    last_named = max((m.year for m in own if m.period is not None and m.year is not None),
                     default=max((y for y in all_years if y is not None), default=None))

    def past_of_dated_text(y: int | None) -> bool:
        """A year before a dated text's own that names no comparison base and is not last year reviewed early on."""
        return (y is not None and fallback_year is not None and y < fallback_year and after_base is None
                and not _reviews_last_year(y, fallback_year, published_month))

    def year(m: PeriodMention) -> int | None:
        if m.up_to_now and fallback_year is not None:  # 'Từ đầu năm đến ngày 5.9' in a 2022 article: 2022; 'ngay từ
            # đầu năm' in a text of early January that names the year before (… 'năm 2017'): that year
            early = published_month is not None and published_month <= period_vocab()["past_year_early_months"]
            return fallback_year - 1 if early and fallback_year - 1 in all_years else fallback_year
        if m.window and m.year is None and fallback_year is None and last_named is not None:  # 'Sau ba năm triển
            return last_named  # khai …' over 'Năm 2012, … Năm 2013, … Năm 2014, …' undated: the last year named
        if m.past_year and fallback_year is not None:  # 'Năm qua' in a January review: the year before
            early = published_month is not None and published_month <= period_vocab()["past_year_early_months"]
            return fallback_year - 1 if early else fallback_year
        return resolve_year(m, mentions, None, default_year, report_year=fallback_year)

    # a year opening the lede outranks a term named after it ('Trong năm 2023, … Từ đầu nhiệm kỳ đến nay, …'), not
    # a part of itself ('Năm 2024, sáu tháng đầu năm …')
    term_after_year = bool(named) and named[0].period == "TERM" and lede[0].period == "FY" and (
        lede[0].year is not None and lede[0].start < named[0].start)
    # a year-end rating in the opening names the report's year when no part of a year is named before it ('nhiệm
    # vụ quý I … Công tác … xếp loại … năm 2023' reports the first quarter after it)
    reviews = [m for m in mentions if m.start < max(lede_end, REVIEW_OPENING_CHARS) and not m.local and (
        (m.review and m.period is not None) or m.rating) and not any(
            o.period not in ("FY", "TERM") and o.start < m.start for o in usable)]
    if reviews:  # 'tổng kết công tác năm 2021 và triển khai nhiệm vụ năm 2022' under a headline of 2022's plan
        term = next((m for m in reviews if m.period == "TERM"), None)  # '… năm 2025 và nhiệm kỳ Đại hội XIII'
        return DocumentPeriod(term.year, "TERM") if term else DocumentPeriod(reviews[0].year, "FY")
    opened = [m.first_year for m in dated if m.congress and m.start < lede_end and m.first_year is not None]
    if congress and not opened:  # 'Đại hội Đảng bộ TP … đã bầu Ban Chấp hành … Nhiệm kỳ 2020 - 2025, Đảng bộ phấn
        # đấu …': a congress text's latest term that opens in a congress year is the one the congress opens
        opened = sorted({m.first_year for m in dated if m.term and m.first_year is not None and not m.stage
                         and not m.goals_set and running_term_end(m.first_year) == m.first_year}, reverse=True)[:1]
    # a text naming no year but a congress's term ('… tại đại hội … Trong nhiệm kỳ 2025-2030, phường đề ra 11 chỉ
    # tiêu') sits in the congress's year too
    only_congress_terms = bool(dated) and all(m.congress for m in dated)
    if fallback_year is not None and any(
            m.congress and m.first_year == fallback_year for m in dated):  # of the terms elections open, the one
        opened = [fallback_year]  # opening as the text is dated ('Bầu cử … nhiệm kỳ 2016-2021', a stale section line
        # above a congress of 2020; a related link's 'Đại hội … lần thứ III, nhiệm kỳ 2020 – 2025' opening a text
        # on the IV congress of 2025)
    held = (congress or only_congress_terms) and bool(opened) and (fallback_year is None or fallback_year == opened[0])

    def congress_progress(m: PeriodMention) -> bool:
        """'Tính đến hết ngày 04/6/2010, … đại hội … nhiệm kỳ 2010-2015': a cut-off in the year congresses open a
        term dates their progress, which reviews the term they close."""
        return m.cutoff and any(c.congress and c.first_year == year(m) for c in dated)

    if named and not term_after_year:
        if congress_progress(named[0]):
            return DocumentPeriod(year(named[0]), "TERM")
        if held and named[0].period == "TERM" and (named[0].year is None or named[0].congress):  # 'Đại hội lần
            return DocumentPeriod(opened[0], "TERM")  # thứ XXII, nhiệm kỳ 2020-2025 … 5 năm qua': the term closing
            # as it opens, not the one it opens
        return DocumentPeriod(year(named[0]), named[0].period)
    if held:
        return DocumentPeriod(opened[0], "TERM")  # 'Đại hội … lần thứ I, nhiệm kỳ 2025 - 2030' reviews the
        # term ending as it opens, whatever single years its figures name (a lede naming a quarter keeps it)
    if lede and not local:
        first = year(lede[0])
        # an undated text's year to date ('Từ đầu năm đến nay, …') is the part of a year it later names with a year
        # ('… xảy ra trong 6 tháng đầu năm 2018'): the window the figures run to
        part = next((m for m in usable if m.start >= lede_end and m.year is not None
                     and m.period in PART_YEAR_PERIODS), None)
        if lede[0].up_to_now and lede[0].year is None and fallback_year is None and part is not None:
            return DocumentPeriod(part.year, part.period)
        # an undated text placed by its own event ('kỷ niệm 90 năm … (3/2/1930 – 3/2/2020)') whose lede names an
        # earlier year that no Party figure takes recalls that year: it is of the event's year; so is a dated text
        # whose lede recalls a year long before it ('Ngày đăng: 21/01/2020 … Năm 2002, trung tâm đổi tên …')
        recalled = published_month is None or (first is not None and fallback_year is not None
                                               and first < fallback_year - HISTORY_YEARS)
        if lede[0].period == "FY" and past_of_dated_text(first) and recalled:
            return DocumentPeriod(fallback_year, "FY")
        return DocumentPeriod(first, lede[0].period)
    if local:
        counts = Counter((year(m), m.period) for m in local)  # a tie goes to the publication year, else the latest
        best_year, period = max(counts, key=lambda k: (counts[k], k[0] == fallback_year, k[0] or 0))
        progress = any(congress_progress(m) and (year(m), m.period) == (best_year, period) for m in local)
        return DocumentPeriod(best_year, "TERM" if progress else period)
    if usable:  # a period phrase past the lede that no Party figure takes, of a year before a dated text's: the past
        first = year(usable[0])
        if congress_progress(usable[0]):
            return DocumentPeriod(first, "TERM")
        if past_of_dated_text(first):
            return DocumentPeriod(fallback_year, "FY")
        return DocumentPeriod(first, usable[0].period)
    if congress and fallback_year is not None and congresses and all(
            y is not None and y > fallback_year for y in congresses) and all(
            m.period is None and m.year is not None and m.year <= fallback_year for m in own):
        return DocumentPeriod(fallback_year, "FY")  # 'ngày 22/8/2019 … quán triệt kế hoạch … tổ chức Đại hội …
        # nhiệm kỳ 2020 – 2025': a text dated before the congress it prepares, naming no later year nor a period of
        # its own, is of its own year
    if not own and any(m.congress and m.first_year == default_year for m in dated):
        return DocumentPeriod(default_year, "TERM")  # a congress's text reviews the term that ends as it opens
    if opened and all(m.period is None for m in own):  # 'bầu vào BCH Đảng bộ tỉnh lần thứ XIV, nhiệm kỳ 2020 - 2025'
        return DocumentPeriod(opened[0], "TERM")  # … and only a goal's year ('đô thị loại II vào năm 2025')
    if congress and not own and fallback_year is not None and running_term_end(fallback_year) == fallback_year:
        return DocumentPeriod(fallback_year, "TERM")  # 'Khai mạc Đại hội … nhiệm kỳ 2020-2025' dated 2020: the
        # term it closes, not the one it opens
    if congress and default_year is not None and running_term_end(default_year) == default_year:
        return DocumentPeriod(default_year, "TERM")  # 'Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV khai mạc' in 2020
    if past_of_dated_text(default_year):
        default_year = fallback_year  # bare years name the past of a text that names no period of its own
    return DocumentPeriod(default_year, "FY" if default_year is not None else None)  # a year and nothing finer


def _reviews_last_year(year: int | None, published_year: int, published_month: int | None) -> bool:
    """A text of the first months that names last year ('đến hết năm 2019' on 13/01/2020) reviews that year."""
    early = published_month is not None and published_month <= period_vocab()["past_year_early_months"]
    return early and year == published_year - 1


OPENING_DATE = re.compile(r"\d{1,2}\s*[/.\-]\s*(?:\d{1,2}\s*[/.\-]\s*)?((?:19|20)\d{2})(?!\d)")


def opening_date_year(key: str, start: int, pos: int) -> int | None:
    """The year of a date that opens a sentence before pos ('Cuối tháng 8/1959, Đảng bộ … kết nạp được 12', 'Từ
    tháng 9/1960 đến ngày 16/12/1960 kết nạp được 93'): the year of an event the sentence reports."""
    reach = min(pos, start + period_vocab()["opening_date_reach"])
    m = OPENING_DATE.search(key, start, reach)
    return int(m.group(1)) if m else None


def _history(m: PeriodMention, published_year: int) -> bool:
    """'chỉ đạo từ năm 2005' or 'các nhiệm kỳ 2005 - 2010' in a 2021 article: a bare year or a term years before the
    publication is history, not the report's period."""
    return m.period in (None, "TERM") and m.year is not None and m.year < published_year - HISTORY_YEARS


def _year_after_base(mentions: Sequence[PeriodMention]) -> int | None:
    """'so với cùng kỳ năm 2018' alone: the figures are of the year after the comparison base; so are they after
    'so với năm 2012' in a text counting from the start of its year ('Từ đầu năm đến nay, … giảm 79 người so với
    năm 2012')."""
    bases = [m.year for m in mentions if m.comparison and m.same_period and m.year is not None]
    if not bases and any(m.up_to_now and not m.cutoff for m in mentions):
        bases = [m.year for m in mentions if m.comparison and not m.term and m.year is not None]
    return max(bases) + 1 if bases else None


@functools.cache
def _elapsed_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """'từ (tháng 6/)2022 đến nay' (the window's first year) and 'sau hơn 2 năm' (its length in years)."""
    vocab = period_vocab()
    since = (r"(?<!\w)(?:" + "|".join(re.escape(w) for w in vocab["elapsed_since_open"]) + r")\s+(?:"
             + re.escape(vocab["month_word"]) + r"\s+\d{1,2}\s*[/.-]\s*)?" + YEAR + r"\s+(?:"
             + "|".join(re.escape(w) for w in vocab["elapsed_since_close"]) + r")(?!\w)")
    words = sorted(number_vocab().words, key=len, reverse=True)
    length = (r"(?<!\w)(?:" + "|".join(re.escape(w) for w in vocab["elapsed_length_before"]) + r")\s+(\d{1,2}|"
              + "|".join(re.escape(w) for w in words) + r")\s+" + re.escape(vocab["year_word"]) + r"(?!\w)")
    return re.compile(since), re.compile(length)


@functools.cache
def _document_date_pattern() -> re.Pattern[str]:
    """'ngày 2/2/2008': a document's full date, its year captured."""
    word = re.escape(period_vocab()["elapsed_document_date_word"])
    return re.compile(r"(?<!\w)" + word + r"\s+\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*" + YEAR + NOT_NUMBER)


WINDOW_RANGE = re.compile(r"\(?\s*" + YEAR + r"\s*[-–]\s*" + YEAR + NOT_NUMBER)


def _elapsed_length(m: re.Match[str]) -> int:
    """The years a length match gives: 'sau 10 năm' -> 10, 'qua mười năm' -> 10."""
    token = m.group(1)
    return int(token) if token.isdigit() else int(number_vocab().words[token][0])


@functools.cache
def _anniversary_pattern() -> re.Pattern[str]:
    """An anniversary and the years it spans ('kỷ niệm 133 năm ngày sinh … (19/5/1890 - 19/5/2023)', folded): its
    length (group 1), the first year (3) and the closing year (5), each after an optional day and month."""
    vocab = period_vocab()
    day_month = r"(\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*)?"
    return re.compile(r"(?<!\w)(?:" + trie_alternation(vocab["anniversary_words"]) + r")\s+(\d{1,3})\s+"
                      + re.escape(vocab["year_word"]) + r"(?!\w)[^()\n]{0," + str(vocab["anniversary_name_chars"])
                      + r"}?\(\s*" + day_month + r"(\d{4})\s*-\s*" + day_month + r"(\d{4})\s*\)")


def anniversary_year(key: str, reach: int) -> int | None:
    """The year of the anniversary an undated text opens on ('Ngày 14/5, nhân kỷ niệm 133 năm ngày sinh Chủ tịch Hồ
    Chí Minh (19/5/1890 – 19/5/2023)', '… 20 năm thành lập nhà trường (2004 - 2024)'): the event it reports falls
    then. Only a span as long as the years it counts, starting before `reach`, dates it."""
    for m in _anniversary_pattern().finditer(key, 0, reach + ANNIVERSARY_TAIL_CHARS + period_vocab()[
            "anniversary_name_chars"]):
        if m.start() >= reach:
            break
        if int(m.group(5)) - int(m.group(3)) == int(m.group(1)):
            return int(m.group(5))
    return None


def closed_window_year(key: str) -> int | None:
    """The year a text says it writes in when it gives a window's length and its years right after, the two
    agreeing: 'Sau 15 năm (2010-2025) nỗ lực' -> 2025; None unless exactly one such year."""
    _, length = _elapsed_patterns()
    closed = {int(w.group(2)) for m in length.finditer(key)
              if (w := WINDOW_RANGE.match(key, skip_spaces(key, m.end())))
              and int(w.group(2)) - int(w.group(1)) == _elapsed_length(m)}
    return closed.pop() if len(closed) == 1 else None


def elapsed_year(key: str) -> int | None:
    """The year an undated text is of when it opens a window and gives its length: 'Từ năm 2008 đến nay … tổng
    kết 10 năm' or 'Sau 10 năm triển khai Nghị quyết số 22, ngày 2/2/2008' -> 2018, or a closed window's
    ('Sau 15 năm (2010-2025)' -> 2025); None unless the text gives exactly one of each, or the sum falls after
    this year (the length counted from another document's date)."""
    closed = closed_window_year(key)
    if closed is not None:
        return closed
    since, length = _elapsed_patterns()
    reach = period_vocab()["elapsed_document_reach"]
    lengths = list(length.finditer(key))
    dated = {m.start(): int(d.group(2)) for m in lengths
             if (d := _document_date_pattern().search(key, m.end(), m.end() + reach))}
    starts = {int(m.group(1)) for m in since.finditer(key)}
    if starts:  # a length counted from its own document of another year is not the window's
        lengths = [m for m in lengths if m.start() not in dated or dated[m.start()] in starts]
    else:
        starts = set(dated.values())
    spans = {value for m in lengths if (value := _elapsed_length(m)) >= 1}
    if len(starts) != 1 or len(spans) != 1:
        return None
    year = next(iter(starts)) + next(iter(spans))
    return year if year <= dt.datetime.now(dt.UTC).year else None  # a window that has passed ends by now


def names_congress(lede_key: str) -> bool:
    """Whether a lede names a Party organisation's congress ('Đại hội đại biểu Đảng bộ tỉnh … lần thứ XIV'), not
    a congress's resolution carried out or a congress being prepared ('Nghị quyết Đại hội Đảng bộ tỉnh …')."""
    vocab = period_vocab()
    return any(not ends_with_phrase(lede_key, m.start(), vocab["congress_not_after"])
               for m in words_pattern("party_congress_phrases").finditer(lede_key))


def title_year(title_key: str) -> int | None:
    """'Tổng kết công tác kiểm tra, giám sát năm 2023': the year a title names, for a document whose text
    names no reporting period of its own (then FY of that year)."""
    m = re.search(r"(?<!\w)" + re.escape(period_vocab()["year_word"]) + r"\s+" + YEAR + NOT_NUMBER, title_key)
    return int(m.group(1)) if m else None
