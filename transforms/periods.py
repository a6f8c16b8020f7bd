"""Reporting periods named in a text ('6 tháng đầu năm 2024' -> 2024/H1) and which one a figure belongs to."""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from transforms.alternation import Prefiltered, behind_start, trie_alternation, word_start_matches
from transforms.masks import MaskedSpans
from transforms.text import Sentence, ends_with_phrase, holds_word, skip_spaces, starts_with_phrase
from transforms.vocab import period_vocab

YEAR = r"((?:19|20)\d{2})"
NOT_NUMBER = r"(?!\d|[.,]\d)"
CLAUSE_BREAK = ".,;:!?()\n…"
DASHES = ("-", "–", "—")
NAME_CONTEXT_CHARS = 80
CONGRESS_REACH = 200  # characters of its sentence before a term where the congress electing for it may be named
PRIOR_KEPT = 8  # dated mentions remembered while looking for the one before a mention
HOLDER_CONTEXT_CHARS = 120  # an office's title and its body's name before the term it was held in
GOAL_REACH = 80  # "Nhiệm kỳ 2020 - 2025, Đảng bộ tỉnh đặt ra mục tiêu …": the goal set right after a term
# a date stamp, maybe after a label and before a time: 'date 2026-01-13', 'Cập nhật 13/01/2026 08:15'
STAMP_PREFIX = re.compile(r"(?:[^\W\d_]+\s+){0,3}"
                          r"(?:(?:19|20)\d{2}-\d{2}(?:-\d{2})?|\d{1,2}[/-]\d{1,2}[/-](?:19|20)\d{2})"
                          r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
SENTENCE_BREAKS = (". ", "… ", "! ", "? ", "\n")  # what ends a sentence for a rough look-back in the key
PART_YEAR_PERIODS = frozenset({"Q1", "Q2", "Q3", "Q4", "H1", "M9"})  # periods shorter than a year


@dataclass(frozen=True)
class PeriodMention:
    """A period phrase in the text; period None marks a plan or a comparison base, not a report period.
    A local mention ('Riêng quý I, …') holds for its own sentence only."""

    start: int
    end: int
    period: str | None
    year: int | None
    local: bool = False
    term: bool = False  # a 'nhiệm kỳ 2015 - 2020' phrase: its year is a term's end year
    comparison: bool = False  # 'so cùng kỳ năm 2021': a base of comparison, whose year says nothing
    same_period: bool = False  # the base is the same period of an earlier year ('cùng kỳ năm 2021')
    first_year: int | None = None  # a term's or span's first year ('nhiệm kỳ 2020 - 2025' -> 2020)
    running: bool = False  # a term phrase that runs up to the report ('từ đầu nhiệm kỳ đến nay')
    past_year: bool = False  # 'Năm qua': the year before an early-year report, else the report's year
    last_year: bool = False  # 'Năm ngoái': the year before the report's, whenever it appears
    to_date: bool = False  # 'Từ năm 2010 đến nay': several years up to the report's
    up_to_now: bool = False  # 'từ đầu năm đến nay', 'tính đến ngày 5.9': up to the publication, in its year
    since_year_start: bool = False  # 'Từ đầu năm 2019 đến nay': that year to date, or several years if read later
    congress: bool = False  # 'Đại hội Đảng bộ xã lần thứ XIII, nhiệm kỳ 2020 - 2025': held in the term's first year
    goals_set: bool = False  # '… mà Đại hội … nhiệm kỳ 2010 - 2015 đã đề ra': the term whose goals a text reviews
    review: bool = False  # 'tổng kết công tác năm 2021': the year a review closes, the report's own
    rating: bool = False  # a year-end rating's year ('xếp loại … năm 2018'): the report's if the opening rates it
    stage: bool = False  # 'giai đoạn 2016-2020': a plan's stage, the report's period only once it is over
    prior_year: int | None = None  # the year of the last dated year-long mention before this one
    cutoff: bool = False  # 'tính đến ngày 10-9-2018', 'đến hết tháng 7': the date a report's figures run to
    school_year: bool = False  # 'năm học 2023 – 2024': its sentence's figures only, never the report's year
    national_term: bool = False  # 'nhiệm kỳ Đại hội XIII': the national congress's term, a local text's a year earlier
    new_term: bool = False  # the term a congress the text holds opens, named again: its plans', not the report's
    window: bool = False  # 'Sau ba năm triển khai', 'trong 5 năm gần đây': a number of years up to the report


@functools.cache
def _year_after_pattern() -> re.Pattern[str]:
    return re.compile(r"\s*(?:" + re.escape(period_vocab()["year_word"]) + r"\s+|[/\-–]\s*)?" + YEAR + NOT_NUMBER)


def _year_after(key: str, pos: int) -> tuple[int | None, int]:
    """A year right after a period phrase ('… năm 2024', '… 2024'), and where it ends."""
    m = _year_after_pattern().match(key, pos)
    return (int(m.group(1)), m.end()) if m else (None, pos)


def _clause_prefix(key: str, pos: int) -> str:
    """Words between the last clause break and pos, stripped; the dash after a newspaper's tag ('(QBĐT) - Năm
    2017, …', '(BĐT) - Trong tháng 7/2020') and a date stamp on the text's first line ('date 2026-01-13 Năm 2025, …')
    open a clause too."""
    begin = pos
    while begin > 0 and key[begin - 1] not in CLAUSE_BREAK:
        begin -= 1
    prefix = key[begin:pos].strip()
    if begin > 0 and key[begin - 1] == ")" and prefix.startswith(DASHES):
        return prefix[1:].strip()
    return "" if begin == 0 and STAMP_PREFIX.fullmatch(prefix) else prefix


def _is_comparison(key: str, pos: int) -> bool:
    """A comparison base ('so cùng kỳ năm 2021') or a plan's period ('chỉ tiêu cả năm'): not the figure's."""
    vocab = period_vocab()
    return any(ends_with_phrase(key, pos, vocab[name]) for name in ("comparison_before", "plan_before"))


ASIDE_REACH = 200  # characters back from a term to the '(' of the aside holding it


def _compared_in_aside(key: str, pos: int) -> bool:
    """A term inside an aside that compares ('(giảm 25,3% so với trước khi thực hiện mô hình … nhiệm kỳ 2024-2029)';
    aside_comparison_words): the base a change is measured against, not the text's term."""
    opened = key.rfind("(", max(0, pos - ASIDE_REACH), pos)
    if opened < 0 or key.find(")", opened, pos) >= 0:
        return False
    return holds_word(key, opened, pos, period_vocab()["aside_comparison_words"])


def _plans_ahead(key: str, pos: int) -> bool:
    """Whether the clause after a part of a year goes on to a plan word (plan_after_part) before any digit: 'Trong
    quý II, Cơ quan … sẽ tập trung …' plans the next quarter, it reports none."""
    vocab = period_vocab()
    end = min(len(key), pos + vocab["plan_after_reach"])
    for stop in ".;\n":
        found = key.find(stop, pos, end)
        end = found if found >= 0 else end
    clause = key[pos:end]
    digit = next((i for i, c in enumerate(clause) if c.isdigit()), len(clause))
    return holds_word(clause, 0, digit, vocab["plan_after_part"])


@functools.cache
def _phrase_pattern() -> re.Pattern[str]:
    """A period phrase as whole words (its word start tested where it matched)."""
    word_start = behind_start(r"(?<!\w)")
    return re.compile(trie_alternation(period_vocab()["phrases"], lambda p: r"(?!\w)" + word_start(p)))


def _phrase_mentions(key: str) -> list[PeriodMention]:
    vocab = period_vocab()
    out = []
    for m in _phrase_pattern().finditer(key):
        phrase = m.group(0)
        past_year = phrase in vocab["past_year_phrases"]
        if past_year and _counted(key, m.start()):
            if _numbered(key, m.start()):  # 'Trong 5 năm qua, … đã phát triển 43 đảng viên': the years up to now
                out.append(PeriodMention(m.start(), m.end(), "TERM", None))
            continue  # 'những năm qua': several years, no period
        year, end = _year_after(key, m.end())
        habitual = year is None and starts_with_phrase(key, skip_spaces(key, end), vocab["habitual_after"])
        period = None if habitual or _is_comparison(key, m.start()) else vocab["phrases"][phrase]
        if period not in (None, "FY", "TERM") and _plans_ahead(key, end):
            period = None
        to_date = phrase in vocab["year_to_date_phrases"]
        since = to_date and year is not None and starts_with_phrase(
            key, skip_spaces(key, end), vocab["year_to_date_join"]) is not None
        out.append(PeriodMention(m.start(), end, period, year, running=phrase in vocab["running_term_phrases"],
                                 past_year=past_year and year is None,
                                 last_year=year is None and phrase in vocab["last_year_phrases"],
                                 up_to_now=year is None and to_date, since_year_start=since))
    return out


def _alternatives(name: str) -> str:
    """The phrases of a periods.yaml list as one regex alternation (longest first, as `period_vocab` keeps them)."""
    return "|".join(re.escape(w) for w in period_vocab()[name])


@functools.cache
def _years_window_pattern() -> re.Pattern[str]:
    """A number of years, then a window phrase: '8 năm thực hiện', 'sáu năm thành lập', 'hơn 1 năm triển khai'."""
    numbers, phrases = _alternatives("past_years_numbers"), _alternatives("years_window_phrases")
    more = _alternatives("years_window_more_than")
    return re.compile(rf"(?<!\w)(?:(?:{more}) 0?1|0?[2-9]|[1-9]\d|{numbers}) (?:{phrases})(?!\w)")  # '03 năm' too


def _years_window_mentions(key: str) -> list[PeriodMention]:
    """'Sau 8 năm thực hiện Nghị quyết', 'trong 5 năm gần đây': a window of years up to the report, TERM; not an
    anniversary ('kỷ niệm 40 năm thành lập', 'lễ kết nạp Đảng viên 40 năm thành lập Mỏ')."""
    if not any(phrase in key for phrase in period_vocab()["years_window_phrases"]):
        return []  # every window names one of its phrases: no scan
    anniversary = period_vocab()["years_window_not_after"]
    return [PeriodMention(m.start(), m.end(), "TERM", None, window=True)
            for m in word_start_matches(_years_window_pattern(), key)
            if not ends_with_phrase(key, m.start(), anniversary) and not _beyond_window(m.group())]


def _beyond_window(window: str) -> bool:
    """'90 năm thành lập', '50 năm thực hiện Di chúc': more years than a window of reports spans (years_window_max)."""
    digits = window.split(" ")[0]
    return digits.isdigit() and int(digits) > period_vocab()["years_window_max"]


def _numbered(key: str, pos: int) -> bool:
    """A number of years right before pos ('5 năm qua', 'hai năm qua'), not a vague quantity ('những năm qua')."""
    i = pos
    while i > 0 and key[i - 1].isspace():
        i -= 1
    if i > 0 and key[i - 1].isdigit():
        digits = key[max(0, i - 4):i].split(" ")[-1]
        return not (digits.isdigit() and int(digits) > period_vocab()["years_window_max"])  # 'trong 90 năm qua'
    return ends_with_phrase(key, pos, period_vocab()["past_years_numbers"]) is not None


def _counted(key: str, pos: int) -> bool:
    """A number or a quantity word right before pos ('5 năm qua', 'những năm qua')."""
    i = pos
    while i > 0 and key[i - 1] == " ":
        i -= 1
    if i < pos and i > 0 and key[i - 1].isdigit():
        return True
    return ends_with_phrase(key, pos, period_vocab()["past_year_not_after"]) is not None


@functools.cache
def _to_date_pattern() -> re.Pattern[str]:
    vocab = period_vocab()
    opens = "|".join(re.escape(w) for w in vocab["year_span_open"])
    joins = "|".join(re.escape(w) for w in vocab["year_to_date_join"])
    month = re.escape(vocab["month_word"])  # 'từ tháng 6/2022 đến nay', 'từ tháng 6 năm 2022 đến nay'
    year_word = re.escape(vocab["year_word"])
    since_month = rf"(?:{month}\s+\d{{1,2}}\s*(?:[/.-]|\s+{year_word})\s*)?"
    return re.compile(rf"(?:{opens})\s+{since_month}{YEAR}\s*(?:{joins})(?!\w)")


def _to_date_mentions(key: str) -> list[PeriodMention]:
    """'Từ năm 2010 đến nay': TERM up to the report's year, which the document decides."""
    return [PeriodMention(m.start(), m.end(), "TERM", None, first_year=int(m.group(1)), to_date=True)
            for m in word_start_matches(_to_date_pattern(), key)]


@functools.cache
def _year_pattern() -> re.Pattern[str]:
    return re.compile(re.escape(period_vocab()["year_word"]) + r"\s+" + YEAR + NOT_NUMBER)


@functools.cache
def _review_pattern(verbs_name: str = "review_words") -> Prefiltered:
    """'tổng kết công tác xây dựng Đảng năm 2021', 'tổng kết … nghị quyết (NQ) năm 2014': a review verb (of the
    periods.yaml list named), a few words without figures (an abbreviation in brackets among them), the year."""
    vocab = period_vocab()
    verbs = "|".join(re.escape(w) for w in vocab[verbs_name])
    return Prefiltered(r"(?<!\w)", r"(?:" + verbs + r")(?:,?\s+\(?[^\W\d]+\)?){0," + str(vocab["review_reach"])
                       + r"}?\s+(?=" + re.escape(vocab["year_word"]) + r"\s+" + YEAR + NOT_NUMBER + ")",
                       starts=r"(?:" + verbs + r")")


def _future_year(key: str, pos: int) -> bool:
    """'đến năm 2030', 'đến cuối năm 2025': a horizon, unless counted up to it ('Tính đến cuối năm 2018') or a
    stock reached by then follows in a sentence that sets no goal ('… đến năm 2018 có 30 đảng viên')."""
    vocab = period_vocab()
    word = ends_with_phrase(key, pos, vocab["future_year_before"])
    if not word:
        return False
    start = key.rfind(word, 0, pos)
    if ends_with_phrase(key, start, vocab["future_year_not_after"]):
        return False
    if word in vocab["goal_only_horizon_words"]:  # 'nhằm xây dựng … trước năm 2025', not 'Từ trước năm 2004, …'
        return bool(words_pattern("future_year_goal_words").search(key, _sentence_start(key, start), start))
    year_end = pos + len(m.group(0)) if (m := _year_pattern().match(key, pos)) else pos
    if starts_with_phrase(key, skip_spaces(key, year_end), vocab["future_year_stock_after"]):
        return bool(words_pattern("future_year_goal_words").search(key, _sentence_start(key, start), start))
    return True


def is_birth_date(key: str, pos: int) -> bool:
    """'(sinh năm 2003)', 'sinh ngày 04/3/2006' before pos in a folded key: a person's birth, which dates no text;
    'Giáng sinh năm 2023' is Christmas."""
    vocab = period_vocab()
    word = ends_with_phrase(key, pos, vocab["birth_date_before"])
    return word is not None and not ends_with_phrase(key, key.rfind(word, 0, pos), vocab["birth_date_not_after"])


def _year_mentions(key: str, taken: MaskedSpans) -> list[PeriodMention]:
    """'Năm 2023, …' (FY) where the year opens a clause, or a year a review closes ('tổng kết công tác năm
    2023'); other 'năm 2023' only lend their year."""
    vocab = period_vocab()
    reviewed, rated = ({m.end() for m in _review_pattern(name).finditer(key)
                        if not ends_with_phrase(key, m.start(), vocab["review_not_after"])}
                       for name in ("review_words", "rating_review_words"))
    out = []
    for m in word_start_matches(_year_pattern(), key):
        if taken.overlaps(m.start(), m.start() + 1) or _future_year(key, m.start()):
            continue
        if is_birth_date(key, m.start()):
            continue  # '(sinh năm 2003)': a person's birth year, no period of the text
        prefix = _clause_prefix(key, m.start())
        topic = prefix == "" or prefix in vocab["year_topic_before"]
        review, compared = m.start() in reviewed, _is_comparison(key, m.start())
        period = "FY" if (topic or review) and not compared else None
        out.append(PeriodMention(m.start(), m.end(), period, int(m.group(1)), review=review,
                                 rating=m.start() in rated and not compared))
    return out


@dataclass(frozen=True)
class Horizon:
    """A goal's horizon ('phấn đấu đến năm 2025'): figures after it in its sentence are planned, not done."""

    start: int
    end: int
    year: int
    year_end: bool = False  # 'đến cuối năm 2023': the end of one year, not a term's horizon


def find_horizons(key: str) -> list[Horizon]:
    """Every 'đến năm 2025' of a text that names a goal's horizon, in order."""
    vocab = period_vocab()
    out = []
    for m in word_start_matches(_year_pattern(), key):
        if _future_year(key, m.start()):
            word = ends_with_phrase(key, m.start(), vocab["future_year_before"]) or ""
            out.append(Horizon(key.rfind(word, 0, m.start()), m.end(), int(m.group(1)),
                               word in vocab["year_end_horizon_words"]))
    return out


def horizon_before(horizons: Sequence[Horizon], sentence: Sentence, pos: int) -> Horizon | None:
    """The last horizon named in the sentence before pos."""
    i = bisect.bisect_left(horizons, pos, key=lambda h: h.start)
    return horizons[i - 1] if i and horizons[i - 1].start >= sentence.start else None


@functools.cache
def words_pattern(name: str) -> Prefiltered:
    """Any word of a periods.yaml list, as a whole word ('sẽ', 'bí thư')."""
    return Prefiltered(r"(?<!\w)", r"(?:" + _alternatives(name) + r")(?!\w)")


def _sentence_start(key: str, pos: int) -> int:
    """Roughly where the sentence holding pos starts: after the last '. ', '… ', '! ', '? ' or line break (an
    abbreviation such as 'TP. ' only shortens the look-back)."""
    return max(0, *(key.rfind(end, 0, pos) + len(end) for end in SENTENCE_BREAKS))


def _object_of_clause(key: str, pos: int) -> bool:
    """'Đối với Đảng ủy CDC nhiệm kỳ 2020-2025, UBKT … cảnh cáo': a term in a clause about whom an act concerns is
    that body's term, no period."""
    clause = key[max(_sentence_start(key, pos), *(key.rfind(c, 0, pos) + 1 for c in ",;:")):pos]
    return bool(words_pattern("term_object_before").search(clause))


def _clause_end(key: str, pos: int) -> int:
    """Where the clause running on from pos ends: its sentence's end or a semicolon, at most GOAL_REACH on."""
    stops = [i for i in (key.find(c, pos, pos + GOAL_REACH) for c in ".;\n") if i >= 0]
    return min(stops, default=min(len(key), pos + GOAL_REACH))


def _term_mentions(key: str) -> list[PeriodMention]:
    """'nhiệm kỳ 2015 - 2020' -> TERM 2020, unless it names a congress, a plan or the term of an office held."""
    vocab = period_vocab()
    joiners = "|".join(re.escape(w) for w in vocab["term_list_joiners"])
    term = re.escape(vocab["term_word"])
    # 'nhiệm kỳ 2015 - 2020 và 2020 - 2025': terms listed together sum to the last one's end
    bare = r"(?:19|20)\d{2}"  # a parenthesis is read only when it holds just the term: 'nhiệm kỳ (2010 - 2015)'
    pattern = (rf"{term}\s+(?:\(\s*(?={bare}\s*-\s*{bare}\s*\)))?{YEAR}\s*-\s*{YEAR}\)?"
               rf"(?:\s*(?:{joiners})\s*(?:{term}\s+)?(?:19|20)\d{{2}}\s*-\s*((?:19|20)\d{{2}}))?")
    out = []
    found = list(re.finditer(pattern, key))
    first_years = {int(m.group(1)) for m in found}
    for m in found:
        before = key[max(0, m.start() - NAME_CONTEXT_CHARS):m.start()]
        # 'Trong nhiệm kỳ 2015-2020, …' is the period, whatever an earlier clause or the line before named ('Theo
        # đánh giá tại Đại hội, …'); so is a term opening its sentence before a comma when the text names the term
        # after it ('Nhiệm kỳ 2015 - 2020, Đảng bộ …' at the congress of 2020 - 2025: the term it reviews)
        period_word = ends_with_phrase(key, m.start(), vocab["term_period_before"]) or (
            not key[_sentence_start(key, m.start()):m.start()].strip()
            and key[m.end():m.end() + 2].lstrip().startswith(",") and int(m.group(3) or m.group(2)) in first_years)
        own = _clause_prefix(key, m.start()) if period_word else before
        named = any(word in own for word in vocab["term_name_context"]) or (
            not period_word and _object_of_clause(key, m.start()))
        goals_set = bool(starts_with_phrase(key, skip_spaces(key, m.end()), vocab["congress_set_after"]))
        # a congress named earlier in the sentence holds the election ('Đại hội … lần thứ XVII đã bầu 49 đồng chí
        # vào Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2020-2025')
        electing = key[max(0, min(m.start() - NAME_CONTEXT_CHARS,
                                  max(_sentence_start(key, m.start()), m.start() - CONGRESS_REACH))):m.start()]
        congress = any(word in electing for word in vocab["congress_words"]) and not any(
            word in before for word in vocab["congress_not_after"]) and not goals_set
        planned = bool(words_pattern("term_plan_before").search(key, _sentence_start(key, m.start()), m.start())
                       or words_pattern("term_goal_after").search(key, m.end(), _clause_end(key, m.end())))
        office = key[max(0, m.start() - HOLDER_CONTEXT_CHARS):m.start()]
        held = bool(words_pattern("term_holder_words").search(office[office.rfind(";") + 1:])) and not (
            ends_with_phrase(key, m.start(), vocab["term_period_before"]))
        period = None if named or planned or held or _is_comparison(key, m.start()) or _compared_in_aside(
            key, m.start()) else "TERM"
        out.append(PeriodMention(m.start(), m.end(), period, int(m.group(3) or m.group(2)), term=True,
                                 first_year=int(m.group(1)), congress=congress, goals_set=goals_set))
    return out


@functools.cache
def _national_term_pattern() -> re.Pattern[str]:
    """'nhiệm kỳ Đại hội XIII', 'từ sau Đại hội Đảng XII', 'nhiệm kỳ Đại hội khóa XIII': a word before, a congress,
    the national ordinal."""
    before, congress = _alternatives("national_congress_before"), _alternatives("national_congress_words")
    ordinals = "|".join(sorted(period_vocab()["national_congress_terms"], key=len, reverse=True))
    between = _alternatives("national_congress_ordinal_before")
    return re.compile(rf"(?<!\w)(?:{before}) (?:{congress}) (?:(?:{between}) )?({ordinals})(?!\w)")


def _national_term_mentions(key: str) -> list[PeriodMention]:
    """The term of a national congress named by its ordinal: TERM of the term's end year."""
    vocab = period_vocab()
    out: list[PeriodMention] = []
    if not any(word in key for word in vocab["national_congress_words"]):
        return out  # no congress named: no scan
    for m in _national_term_pattern().finditer(key):
        if starts_with_phrase(key, skip_spaces(key, m.end()), vocab["national_congress_not_after"]):
            continue  # 'nhiệm kỳ Đại hội XII của BCH Đảng bộ tỉnh': a local congress
        if ends_with_phrase(key, m.start(), vocab["national_congress_moment_before"]):
            continue  # 'Ngay sau Đại hội XIV, …': the days after it, no term
        first, last = vocab["national_congress_terms"][m.group(1)]
        out.append(PeriodMention(m.start(), m.end(), "TERM", last, term=True, first_year=first, national_term=True))
    return out


def as_local_terms(mentions: list[PeriodMention]) -> list[PeriodMention]:
    """A provincial or lower text's 'nhiệm kỳ Đại hội XIII' is its own term, which its congresses opened the year
    before the national one ('nhiệm kỳ Đại hội XII' in a 2020 provincial review is TERM 2020, not 2021)."""
    return [replace(m, year=m.year - 1, first_year=m.first_year - 1, national_term=False)
            if m.national_term and m.year is not None and m.first_year is not None else m for m in mentions]


@functools.cache
def _span_pattern() -> re.Pattern[str]:
    vocab = period_vocab()
    opens = "|".join(re.escape(w) for w in vocab["year_span_open"])
    joins = "|".join(re.escape(w) for w in vocab["year_span_join"])
    year_word = re.escape(vocab["year_word"])
    back = "|".join(re.escape(w) for w in vocab["year_span_lookback"])
    first = rf"(?:(?:{opens})\s+{YEAR}|{year_word}(?:\s+(?:{back}))?\s*\(\s*{YEAR}|{year_word}\s+{YEAR})"
    month = rf"(?:{re.escape(vocab['month_word'])}\s+\d{{1,2}}\s*(?:[./-]|\s{year_word}\s)\s*)?"  # 'đến tháng 6.2016'
    return re.compile(rf"{first}\s*(?:{joins})\s*{month}{YEAR}{NOT_NUMBER}")


@functools.cache
def _year_pair_pattern() -> re.Pattern[str]:
    """'trong hai năm 2018 và 2019', '2 năm 2020, 2021': a number of years, then the years it counts."""
    vocab = period_vocab()
    numbers, joins = _alternatives("past_years_numbers"), _alternatives("year_pair_joins")
    return re.compile(rf"(?<!\w)(?:0?[2-9]|{numbers}) {re.escape(vocab['year_word'])} {YEAR}\s*(?:{joins})\s*{YEAR}"
                      rf"{NOT_NUMBER}")


@functools.cache
def _month_span_pattern() -> re.Pattern[str]:
    """'từ tháng 1.2014 đến tháng 12.2016', 'từ tháng 1 năm 2014 đến hết tháng 6 năm 2016': a window of months."""
    vocab = period_vocab()
    opens = "|".join(re.escape(w) for w in vocab["year_span_open"])
    joins = "|".join(re.escape(w) for w in vocab["year_span_join"] + vocab["month_span_join"])
    month = rf"{re.escape(vocab['month_word'])}\s+(\d{{1,2}})\s*(?:[./-]|\s{re.escape(vocab['year_word'])}\s)\s*"
    return re.compile(rf"(?:{opens})\s+{month}{YEAR}\s*(?:{joins})\s*{month}{YEAR}{NOT_NUMBER}")


COUNTED_YEARS_REACH = 8  # characters before a span's 'năm' that hold its number of years


@functools.cache
def _counted_years_end() -> re.Pattern[str]:
    """A number of years right before a span ('kế hoạch … 5 năm 2021 - 2025', 'Chiến lược 10 năm 2011 - 2020'): the
    span names a plan's stage, as 'giai đoạn 2021 - 2025' does."""
    return re.compile(rf"(?<!\w)(?:\d{{1,2}}|{_alternatives('past_years_numbers')}) $")


def _span_mentions(key: str) -> list[PeriodMention]:
    """'từ năm 2016 đến 2019', '10 năm (2008 - 2018)', '50 năm qua (1969 - 2019)', 'trong 2 năm 2011-2012', 'trong
    hai năm 2018 và 2019', 'từ tháng 1.2014 đến tháng 12.2016': several years summed, TERM of the last year."""
    out = []
    for m in word_start_matches(_span_pattern(), key):
        first, last = int(m.group(1) or m.group(2) or m.group(3)), int(m.group(4))
        if first < last and not is_birth_date(key, m.start()):  # '(sinh từ năm 1971-1981)': an age band
            stage = starts_with_phrase(key, m.start(), period_vocab()["year_span_stage"]) is not None or (
                _counted_years_end().search(key, max(0, m.start() - COUNTED_YEARS_REACH), m.start()) is not None)
            out.append(PeriodMention(m.start(), m.end(), "TERM", last, term=True, first_year=first, stage=stage))
    for m in word_start_matches(_year_pair_pattern(), key):
        first, last = int(m.group(1)), int(m.group(2))
        if last == first + 1:  # two years in a row, summed: 'hai năm 2018 và 2019' (not '2015 và 2020')
            out.append(PeriodMention(m.start(), m.end(), "TERM", last, term=True, first_year=first))
    windows = period_vocab()["month_windows"]
    for m in word_start_matches(_month_span_pattern(), key):
        first, last = int(m.group(2)), int(m.group(4))
        months = 12 * (last - first) + int(m.group(3)) - int(m.group(1)) + 1
        if first < last and months >= 12:  # a window of a year or more; 'tháng 9/2021 đến tháng 4/2022' is none
            out.append(PeriodMention(m.start(), m.end(), "TERM", last, term=True, first_year=first))
        elif first == last and (period := windows.get(f"{int(m.group(1))}-{int(m.group(3))}")):
            out.append(PeriodMention(m.start(), m.end(), period, last))  # 'từ tháng 1 đến tháng 6/2016': H1
    return sorted(out, key=lambda p: p.start)


@functools.cache
def _school_year_pattern() -> re.Pattern[str]:
    vocab = period_vocab()
    words = "|".join(re.escape(w) for w in vocab["school_year_words"])
    joins = "|".join(re.escape(w) for w in vocab["year_span_join"])
    return re.compile(rf"(?:{words})\s+{YEAR}\s*(?:{joins}|/)\s*{YEAR}{NOT_NUMBER}")


def _school_year_mentions(key: str) -> list[PeriodMention]:
    """'năm học 2023 – 2024': FY of the year the school year ends in, for its own sentence (a school year names an
    award or a class more often than the report's period)."""
    return [PeriodMention(m.start(), m.end(), "FY", int(m.group(2)), local=True, school_year=True)
            for m in word_start_matches(_school_year_pattern(), key) if int(m.group(2)) == int(m.group(1)) + 1]


def without_future_stages(mentions: Sequence[PeriodMention], report_year: int | None) -> list[PeriodMention]:
    """The mentions that can be a report's period in a report of this year (else of the year a congress it names
    opens its term, else the latest year a part of a year it names is of: 'quý II/2021'): a stage ending after it is
    a plan."""
    if report_year is None:
        report_year = min((m.first_year for m in mentions if m.congress and m.first_year), default=None)
    if report_year is None:
        report_year = max((m.year for m in mentions if m.period in PART_YEAR_PERIODS and m.year is not None
                           and not m.comparison), default=None)
    kept = [m for m in mentions if not (m.stage and report_year is not None and m.year is not None
                                        and m.year > report_year)]
    return [_years_to_date(m, report_year) if m.since_year_start else m for m in kept]


def _years_to_date(m: PeriodMention, report_year: int | None) -> PeriodMention:
    """'Từ đầu năm 2019 đến nay' in a report of 2022: the years 2019 - 2022, TERM up to the report's year (of 2019,
    that year to date, FY)."""
    if report_year is None or m.year is None or report_year <= m.year:
        return m
    return replace(m, period="TERM", year=report_year, first_year=m.year, since_year_start=False)


@functools.cache
def _month_pattern() -> re.Pattern[str]:
    return re.compile(re.escape(period_vocab()["month_word"]) + r"\s+(\d{1,2})" + NOT_NUMBER)


def _month_mentions(key: str, taken: MaskedSpans) -> list[PeriodMention]:
    """'Trong tháng 5/2023, …' -> Q2 2023: a month that opens its clause after 'trong', or whose results the clause
    reviews ('Kết quả thực hiện nhiệm vụ tháng 7 năm 2022'), as the quarter it falls in (a bare 'Tháng 11/2009, …'
    dates an event)."""
    vocab = period_vocab()
    out = []
    for m in word_start_matches(_month_pattern(), key):
        month = int(m.group(1))
        prefix = _clause_prefix(key, m.start())
        if month not in vocab["month_quarter"] or taken.overlaps(m.start(), m.start() + 1) or (
                prefix not in vocab["month_opening_before"]
                and not ends_with_phrase(prefix, len(prefix), vocab["month_review_before"])):
            continue
        year, end = _year_after(key, m.end())
        period = None if _is_comparison(key, m.start()) else vocab["month_quarter"][month]
        out.append(PeriodMention(m.start(), end, period, year))
    return out


def _cutoff_mentions(key: str) -> list[PeriodMention]:
    """'tính đến 30/6/2024' -> the period that month closes (H1)."""
    vocab = period_vocab()
    out: list[PeriodMention] = []
    for phrase in vocab["cutoff_phrases"]:
        pattern = re.escape(phrase) + r"\s+(\d{1,2})\s*[/\-.]\s*(\d{1,2})(?:\s*[/\-.]\s*" + YEAR + ")?"
        for m in re.finditer(pattern, key):
            month = int(m.group(2))
            prefix = _clause_prefix(key, m.start())  # 'họp từ ngày 14 đến ngày 23/3/2011': a span, no cut-off
            if 1 <= month <= 12 and not any(o.start <= m.start() < o.end for o in out) and not any(
                    w in prefix for w in vocab["cutoff_not_after"]):
                year = int(m.group(3)) if m.group(3) else None
                out.append(PeriodMention(m.start(), m.end(), vocab["cutoff_month_period"][month], year,
                                         up_to_now=year is None, cutoff=True))
    return out


@functools.cache
def _cutoff_month_pattern() -> re.Pattern[str]:
    phrases = "|".join(re.escape(p) for p in period_vocab()["cutoff_month_phrases"])
    return re.compile(rf"(?:{phrases})\s+(\d{{1,2}})" + NOT_NUMBER)


def _cutoff_month_mentions(key: str) -> list[PeriodMention]:
    """'tính đến hết tháng 7-2022' -> the period that month closes (M9); not the end of a span ('từ tháng 4/2019
    đến hết tháng 3/2021') nor of a plan ('từ nay đến cuối tháng 2')."""
    vocab = period_vocab()
    out = []
    for m in word_start_matches(_cutoff_month_pattern(), key):
        month = int(m.group(1))
        prefix = _clause_prefix(key, m.start())
        if month not in vocab["cutoff_month_period"] or any(w in prefix for w in vocab["cutoff_not_after"]):
            continue
        year, end = _year_after(key, m.end())
        out.append(PeriodMention(m.start(), end, vocab["cutoff_month_period"][month], year, up_to_now=year is None,
                                 cutoff=True))
    return out


def find_period_mentions(key: str) -> list[PeriodMention]:
    """Every period phrase of a text, in order."""
    terms = _term_mentions(key) + _national_term_mentions(key)
    terms += [s for s in _span_mentions(key) + _to_date_mentions(key) + _school_year_mentions(key)
              if not any(t.start <= s.start < t.end for t in terms)]
    phrases = [p for p in _phrase_mentions(key) + _years_window_mentions(key)  # 'trong nhiệm kỳ 2015 - 2020': the
               if not any(p.start <= t.start < p.end or t.start <= p.start < t.end for t in terms)]  # term says it
    taken = MaskedSpans([(p.start, p.end) for p in phrases + terms])  # a binary search per year, not a scan
    # 'từ đầu nhiệm kỳ đến ngày 30/6/2018', 'nhiệm kỳ 2020-2025 đến hết tháng 10/2023': the date a term's figures run to
    term_spans = [p for p in phrases if p.running] + [t for t in terms if t.term and t.period is not None]
    cutoffs = [c for c in _cutoff_mentions(key) + _cutoff_month_mentions(key)
               if not any(t.end <= c.start and not key[t.end:c.start].strip() for t in term_spans)]
    found = phrases + terms + _year_mentions(key, taken) + _month_mentions(key, taken) + cutoffs
    ordered = sorted((_with_flags_before(key, m) for m in _as_congress_terms(key, found)),
                     key=lambda p: (p.start, p.end))
    return _with_prior_years(_with_reviewed_terms(key, ordered))


def _with_reviewed_terms(key: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """'tổng kết công tác kiểm tra năm 2025 và nhiệm kỳ Đại hội XIII': a term joined to a reviewed year is reviewed
    too, and the review closes it."""
    joiners = period_vocab()["term_list_joiners"]
    out = list(mentions)
    for i in range(1, len(out)):
        before, m = out[i - 1], out[i]
        if (before.review and m.period == "TERM" and m.year is not None
                and key[before.end:m.start].strip() in joiners):
            out[i] = replace(m, review=True)
    return out


def _as_congress_terms(key: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """'Đại hội lần thứ II, nhiệm kỳ 2020-2025 … Nhiệm kỳ 2020-2025, Đảng bộ tập trung …': the term a congress the
    text holds opens, named again, is the new term (its plans' period, not the report's), unless counted from its
    start to date ('tính từ đầu nhiệm kỳ 2020-2025 đến nay')."""
    # held: 'đã tổ chức Đại hội lần thứ II, nhiệm kỳ 2020-2025'; not 'mà Đại hội … nhiệm kỳ 2010 - 2015 đã đề ra'
    held = words_pattern("congress_held_words")
    opened = {(m.first_year, m.year) for m in mentions
              if m.congress and m.term and held.search(key, _sentence_start(key, m.start), m.start)}
    if not opened:
        return mentions
    since = period_vocab()["term_start_words"]
    return [replace(m, new_term=True) if m.term and not (m.congress or m.running) and m.period == "TERM"
            and (m.first_year, m.year) in opened and not ends_with_phrase(key, m.start, since) else m
            for m in mentions]


def _with_flags_before(key: str, m: PeriodMention) -> PeriodMention:
    """A mention marked local, a comparison base or the same period of an earlier year by the words before it
    (a copy only when a flag changes: most mentions keep theirs)."""
    vocab = period_vocab()
    local = m.local or bool(ends_with_phrase(key, m.start, vocab["local_only_before"]))
    comparison = bool(ends_with_phrase(key, m.start, vocab["comparison_before"]))
    same_period = bool(ends_with_phrase(key, m.start, vocab["same_period_before"]))
    if (local, comparison, same_period) == (m.local, m.comparison, m.same_period):
        return m
    return replace(m, local=local, comparison=comparison, same_period=same_period)


def _with_prior_years(mentions: list[PeriodMention]) -> list[PeriodMention]:
    """Each mention with the year of the last dated year-long mention ending before it ('Năm 2016, … Trong năm,
    …'), found in one pass instead of a scan per figure."""
    out: list[PeriodMention] = []
    dated: list[tuple[int, int]] = []  # (end, year) of dated FY mentions, by start
    cutoff: PeriodMention | None = None
    for m in mentions:
        prior = [year for end, year in dated if end <= m.start]  # a handful at most: the last few dated mentions
        if prior:
            m = replace(m, prior_year=prior[-1])
        if m.up_to_now and not m.cutoff and cutoff is not None and cutoff.end <= m.start:
            m = replace(m, period=cutoff.period, year=cutoff.year)  # 'Tính đến ngày 10-9, … Từ đầu năm đến nay'
        out.append(m)
        if m.period == "FY" and m.year is not None and not (m.comparison or m.local):
            dated = [*dated[-(PRIOR_KEPT - 1):], (m.end, m.year)]
        if m.cutoff and m.period is not None and not (m.comparison or m.local):
            cutoff = m
    return out


_start = operator.attrgetter("start")  # a mention's start, read in C by bisect


def mentions_between(mentions: Sequence[PeriodMention], lo: int, hi: int) -> Sequence[PeriodMention]:
    """The mentions (sorted by start) starting in [lo, hi): a binary search, so a figure costs no scan of the
    whole text's mentions (a text of thousands of them took quadratic time)."""
    return mentions[bisect.bisect_left(mentions, lo, key=_start):bisect.bisect_left(mentions, hi, key=_start)]


def local_mention(
    mentions: Sequence[PeriodMention], sentence: Sentence, paragraph: tuple[int, int], pos: int,
    look_after: bool = True, key: str = "", figures: Sequence[int] = (),
) -> PeriodMention | None:
    """The report period a figure at `pos` sits in: nearest before it in its sentence (or after it, before a
    semicolon, unless the figure is a rate whose later period names its target, or the period opens a clause of its
    own figures), then in its paragraph. `figures` are the text's quantity starts, sorted."""
    before = [m for m in mentions_between(mentions, sentence.start, pos) if m.period is not None and m.end <= pos]
    if before:
        return before[-1]
    after = [m for m in mentions_between(mentions, pos, sentence.end) if m.period is not None and m.end <= sentence.end]
    if after and key and key.find(";", pos, after[0].start) >= 0:  # '… 88 đảng viên, …; sơ kết giữa nhiệm kỳ …':
        after = []  # a period past a semicolon belongs to the next statement
    if after and look_after and not _opens_own_clause(after[0], key, figures, sentence.end):
        return after[0]
    earlier = [m for m in mentions_between(mentions, paragraph[0], sentence.start)
               if m.period is not None and m.end <= sentence.start and not m.local]
    return earlier[-1] if earlier else None


def _opens_own_clause(m: PeriodMention, key: str, figures: Sequence[int], end: int) -> bool:
    """'… kết nạp 200 đảng viên mới, quý 1/2017, kết nạp được 63': a period after a clause break that has a figure
    of its own after it dates that figure, not the ones before the break."""
    if not figures:
        return False
    at = min(m.start, len(key))
    while at > 0 and key[at - 1].isspace():
        at -= 1
    if at == 0 or key[at - 1] not in ",;":
        return False
    i = bisect.bisect_left(figures, m.end)
    return i < len(figures) and figures[i] < end
