"""Find every quantity in a text: value, unit, approximation and the noun it counts.

Non-quantities are masked first (transforms.masks); the rest of the rules look at the words
right around each number: approximation before, scale, unit and noun after, durations.
"""

from __future__ import annotations

import bisect
import functools
import re
import string
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from transforms.alternation import behind_start, trie_alternation
from transforms.errors import NumberFormatError
from transforms.masks import DAY, find_masked_spans, is_masked
from transforms.numbers import ParsedNumber, Style, detect_style, parse_digits, parse_number_words
from transforms.text import WORD, ends_with_phrase, holds_word, skip_spaces, starts_with_phrase
from transforms.vocab import mask_vocab, noun_vocab, number_vocab

NUM = r"\d+(?:[.,]\d+)*"
PAIR = re.compile(rf"({NUM})(?:([/\-])({NUM}))?")
DAY_LIST = re.compile(r"(?:0?[1-9]|[12]\d|3[01])(?:,(?:0?[1-9]|[12]\d|3[01]))*")
PARTY_SUBJECTS = frozenset({"party_member", "party_org", "committee_member"})
MAX_NOUN_WORDS = 2
MAX_NUMBER_WORDS = 40  # longest run of number words read as one number
NAME_WORD_CHARS = 30  # reach back for the capitalised word a number word ends a name with ('Bình Ba')
FALSE_FRIEND_REACH = 60  # characters after a unit word where a false friend ("đồng chí") may end
WHITESPACE_RUN = re.compile(r"\s+")
YEAR_MIN, YEAR_MAX = 1800, 2100  # a bare year: 'Năm 1889, thực dân Pháp …' is a history's date
YEAR_LIST_CHARS = 16  # 'năm 2015 và ' before a number: the years of a list
MONEY_REACH = 200  # characters of the paragraph before a bare amount where money written in full ('tỷ đồng') may be
CLAUSE_MARKS = ",;.!?()\n"
COMPOUND_PART = re.compile(r" *(\d{1,3})(?![\d.,/\-])")  # the lower part of '4 tỷ 500 triệu đồng'


@dataclass(frozen=True)
class Quantity:
    """One quantity: the number's span (with scale and unit), its value and what it counts."""

    start: int
    end: int
    value: float
    unit: str
    approx: str | None = None
    noun: str | None = None
    subject: str | None = None
    noun_start: int = -1
    noun_end: int = -1
    ambiguous: bool = False
    note: str | None = None
    ratio: str | None = None
    approx_start: int = -1
    words: bool = False

    @functools.cached_property  # read a dozen times per figure: computed once, then an attribute
    def context_start(self) -> int:
        """Start of the quantity including its approximation word."""
        return self.approx_start if self.approx_start >= 0 else self.start

    @functools.cached_property
    def tail_end(self) -> int:
        """End of the quantity including the noun it counts."""
        return self.end if self.end >= self.noun_end else self.noun_end


ABBREVIATION = re.compile(r"[A-ZĐ]{2,5}(?!\w)(?!\.\w)")


class _Tail(NamedTuple):
    """What follows a number: scale, unit, noun, 'trở lên' (a named tuple: one per number, made cheaply)."""

    scale: float = 1.0
    unit: str = "count"
    unit_end: int = 0
    noun: str | None = None
    subject: str | None = None
    noun_start: int = -1
    noun_end: int = -1
    approx: str | None = None
    glued_ok: bool = False


@functools.cache
def _unit_pattern() -> re.Pattern[str]:
    """The longest unit word at a position; one ending in a letter or digit may not run into another one."""
    return re.compile(trie_alternation(number_vocab().unit_keys, lambda s: r"(?![^\W_])" if s[-1].isalnum() else ""))


def _false_friend_at(key: str, pos: int, people_only: bool = False) -> bool:
    """A word that starts like a currency but is none ('đồng chí', 'đồng tổ chức') at pos; with `people_only`, one
    that names people ('1,4 triệu đồng bào'), which no scale word makes money."""
    window = WHITESPACE_RUN.sub(" ", key[pos:pos + FALSE_FRIEND_REACH])
    vocab = number_vocab()
    friends = vocab.people_false_friends if people_only else vocab.currency_false_friends
    return starts_with_phrase(window, 0, friends) is not None


def _unit_at(key: str, pos: int, scaled: bool = False) -> tuple[str, float, int] | None:
    """(unit, multiplier, end) of a unit word starting at pos; 'đồng chí' is no money, even split by a line break
    and a run of spaces ('303 đồng\n      chí' in text taken from a PDF); after a scale word only a word naming
    people is none ('1,4 triệu đồng bào'; '287 triệu đồng tổ chức hoạt động' is money to hold activities)."""
    vocab = number_vocab()
    m = _unit_pattern().match(key, pos)
    if m is None and scaled:
        return _cut_unit(key, pos)
    if m is None or _false_friend_at(key, pos, people_only=scaled):
        return None
    if len(m.group()) == 1 and not scaled and key[pos - 1:pos].isspace() and CUT_END.match(key, m.end()):
        return None  # '… có 3 chi bộ trực thuộc với 41 đ' ending the excerpt: a word cut at its first letter
    unit, mult = vocab.units[m.group()]
    return unit, mult, m.end()


CUT_WORD = re.compile(r"[^\W\d_]+(?=\s*\Z)")  # a word the excerpt's cut ends on


def _cut_unit(key: str, pos: int) -> tuple[str, float, int] | None:
    """A unit after a scale word that an excerpt's cut left unfinished ('438,608 tỷ đồn' ending the text): the one
    reading of the units table it can begin."""
    word = CUT_WORD.match(key, pos)
    if word is None:
        return None
    readings = {v for k, v in number_vocab().units.items() if k.startswith(word.group()) and k != word.group()}
    if len(readings) != 1:
        return None
    unit, mult = readings.pop()
    return unit, mult, word.end()


OPENING_QUOTES = ("“", '"')  # a counted noun of the nouns table may open a quoted name after its number
CUT_END = re.compile(r"\s*\Z")  # nothing but spaces left: the excerpt was cut there


@functools.cache
def _cut_noun_starts() -> frozenset[str]:
    """The first words of the nouns table's nouns of several words ('đảng' of 'đảng viên'), not nouns themselves."""
    keys = noun_vocab().noun_keys
    starts = {" ".join(k.split(" ")[:n]) for k in keys for n in range(1, len(k.split(" ")))}
    return frozenset(starts - set(keys))


def _cut_noun(noun: tuple[str, str | None, int, int]) -> tuple[str, str | None, int, int] | None:
    """A noun an excerpt's cut left unfinished: the one reading of the nouns table it can begin ('4 đảng vi' ->
    'đảng viên'); none when it may begin nouns of several ('25 đảng': 'đảng viên' or 'đảng bộ')."""
    nouns = noun_vocab()
    readings = {nouns.nouns[k] for k in nouns.noun_keys if k.startswith(noun[0]) and k != noun[0]}
    if len(readings) == 1:
        canonical, subject = readings.pop()
        return canonical, subject, noun[2], noun[3]
    return None if noun[0] in _cut_noun_starts() else noun


def noun_at(key: str, text: str, pos: int, table_only: bool) -> tuple[str, str | None, int, int] | None:
    """(noun, subject, start, end) of the counted noun at pos: the nouns table, else up to two words."""
    nouns = noun_vocab()
    found = starts_with_phrase(key, pos, nouns.noun_keys)
    if found:
        canonical, subject = nouns.nouns[found]
        return canonical, subject, pos, pos + len(found)
    if table_only:
        return None
    abbreviation = ABBREVIATION.match(text, pos)
    if abbreviation:  # '2 CCN', '4 KCN': an abbreviation the table lacks counts things of its own, no Party noun
        return abbreviation.group().lower(), None, pos, abbreviation.end()
    words: list[tuple[str, int, int]] = []
    for m in WORD.finditer(key, pos, min(len(key), pos + 40)):  # one word at a time: the loop stops in two
        word, w_start, w_end = m.group(), m.start(), m.end()
        gap = key[(words[-1][2] if words else pos):w_start]
        if gap.strip() or (not words and w_start != pos):
            break
        if word in nouns.stop_words or word in number_vocab().words or not text[w_start].islower():
            break
        words.append((word, w_start, w_end))
        if len(words) == MAX_NOUN_WORDS:
            break
    if not words:
        return None
    return " ".join(w for w, _, _ in words), None, words[0][1], words[-1][2]


def _tail(key: str, text: str, end: int) -> _Tail:
    """Scale, unit, noun and trailing approximation after a number ending at `end`."""
    vocab = number_vocab()
    glued = end < len(key) and key[end].isalpha()
    pos = skip_spaces(key, end)
    scale, unit, mult, unit_end = 1.0, "count", 1.0, end
    found = starts_with_phrase(key, pos, vocab.scale_keys)
    if found and starts_with_phrase(key, pos, vocab.scale_false_friends):
        found = None
    if found:
        scale, pos = vocab.scales[found], pos + len(found)
        unit_end = pos
        pos = skip_spaces(key, pos)
    unit_hit = _unit_at(key, pos, scaled=found is not None)
    friend = unit_hit is not None and _false_friend_at(key, pos)  # '287 triệu đồng tổ chức …': what the money
    if unit_hit:  # is for, no counted noun
        unit, mult, unit_end = unit_hit
        pos = unit_end
    noun = None if friend else noun_at(key, text, skip_spaces(key, pos), table_only=unit != "count")
    if noun is None and not friend and key.startswith(OPENING_QUOTES, skip_spaces(key, pos)):
        noun = noun_at(key, text, skip_spaces(key, pos) + 1, table_only=True)  # '1 “Tổ công nghệ số”': the noun
    if noun is not None and noun[1] is None and CUT_END.match(key, noun[3]):
        noun = _cut_noun(noun)
    after = noun[3] if noun else unit_end
    approx = starts_with_phrase(key, skip_spaces(key, after), vocab.approx_after_keys)
    # a lone Latin letter glued to the number is a code's ('huyện 30a', 'lô 5b'), unless it is a unit, a size's sign
    # ('13x19cm') or an abbreviation's ('625đ/c'); a word is one whose space was lost in copying ('03đại biểu')
    code_letter = (glued and key[end] in string.ascii_lowercase and key[end] not in mask_vocab().dimension_signs
                   and not key[end + 1:end + 2].isalpha() and not key.startswith("/", end + 1))
    glued_ok = bool(found or unit_hit or (noun and noun[2] == end and not code_letter))
    return _Tail(
        scale=scale * mult,
        unit=unit,
        unit_end=unit_end,
        noun=noun[0] if noun else None,
        subject=noun[1] if noun else None,
        noun_start=noun[2] if noun else -1,
        noun_end=noun[3] if noun else -1,
        approx=vocab.approx_after[approx] if approx else None,
        glued_ok=glued_ok or not glued,
    )


def _approx_before(key: str, start: int) -> tuple[str | None, int]:
    """Approximation word right before a number ('hơn', 'gần', 'khoảng') and where it starts."""
    vocab = number_vocab()
    found = ends_with_phrase(key, start, vocab.approx_before_keys)
    if not found:
        return None, -1
    pos = start
    while pos > 0 and key[pos - 1] == " ":
        pos -= 1
    return vocab.approx_before[found], pos - len(found)


def _is_duration(key: str, text: str, tail: _Tail, start: int, end: int) -> bool:
    """True for '2 ngày', '60 năm', '6 tháng': a duration, age or period, not a count ('Tỉnh ủy Vĩnh Phúc 2 nhiệm
    kỳ' counts the terms a body is judged for)."""
    if tail.scale != 1.0 or tail.unit != "count":
        return False
    vocab = mask_vocab()
    pos = skip_spaces(key, end)
    word = starts_with_phrase(key, pos, vocab.duration_after)
    if not word or (word in vocab.duration_counted_after_name and _capitalised_before(text, start, 2)):
        return False
    nxt = skip_spaces(key, pos + len(word))
    return not starts_with_phrase(key, nxt, vocab.duration_except_next.get(word, ()))


RANGE_OPENING_REACH = 24  # '8.9 - ', 'rạng sáng 19 và ' before a range's closing date


@functools.cache
def _range_opening_pattern() -> re.Pattern[str]:
    """'8.9 - ', '8/9 và ', 'ngày 19 và ' closing the text before a pair: a day and month, or a date word (group 1) and
    a day, then a joiner (non_quantities.yaml)."""
    vocab = mask_vocab()
    joiners = trie_alternation(vocab.dotted_day_joiners, lambda s: r"(?!\w)" if s[-1].isalnum() else "")
    return re.compile(rf"(?:(?<![\d.,/]){DAY}[./-](?:0?[1-9]|1[0-2])|(?<!\w)({trie_alternation(vocab.date_before)})\s+"
                      rf"{DAY})\s*(?:{joiners})\s*$")


def _closes_dated_range(key: str, start: int) -> bool:
    """'từ ngày 8.9- 24.9', 'Trong hai ngày 19 và 20/5': a pair after a dated day and a joiner closes the range of
    dates that day opens."""
    m = _range_opening_pattern().search(key, max(0, start - RANGE_OPENING_REACH), start)
    return m is not None and (m.group(1) is not None
                              or ends_with_phrase(key, m.start(), mask_vocab().date_before) is not None)


def _date_word_and_comma(key: str, start: int) -> bool:
    """'Sáng nay, 10.1': a date word, then a comma, right before the pair (date_before_comma)."""
    pos = start
    while pos > 0 and key[pos - 1] == " ":
        pos -= 1
    if pos == 0 or key[pos - 1] != ",":
        return False
    return ends_with_phrase(key, pos - 1, mask_vocab().date_before_comma) is not None


def _date_like(key: str, x: str, y: str, start: int, tail: _Tail, named_only: bool = False) -> bool:
    """A 'd/m' or 'd-m' pair that is a date: plausible day and month, and a date word before it ('Sáng 2-7')
    or (unless named_only) no counted noun after."""
    if not (x.isdigit() and y.isdigit()):
        return False
    if not (1 <= int(x) <= 31 and 1 <= int(y) <= 12):
        return False
    # 'chiều 1.6 xác định …': a verb is no counted noun; 'từ ngày 8.9- 24.9' closes a range of dates
    if ends_with_phrase(key, start, mask_vocab().date_before) or _closes_dated_range(key, start):
        return tail.unit == "count" and tail.subject is None if named_only else True
    if ends_with_phrase(key, start, mask_vocab().date_before_unless_counted) or _date_word_and_comma(key, start):
        # not 'từ 3-4 đơn vị', 'từ 3-4%', 'từ 2-3 xã'
        return tail.subject is None and tail.noun is None and tail.unit == "count"
    if named_only or tail.unit != "count" or tail.noun is not None:
        return False
    return not ends_with_phrase(key, start, mask_vocab().fraction_before)  # 'khoảng 2/3', 'đạt và vượt 10/11'


def _build(
    key: str, span: tuple[int, int], parsed: ParsedNumber, tail: _Tail, approx: tuple[str | None, int],
    ratio: str | None = None, words: bool = False,
) -> Quantity:
    return Quantity(
        start=span[0],
        end=max(span[1], tail.unit_end),
        value=parsed.value if tail.scale == 1.0 else  # 68,4 tỷ is 68 400 000 000 exactly
        float(Decimal(repr(parsed.value)) * Decimal(repr(tail.scale))),
        unit=tail.unit,
        approx=approx[0] or tail.approx,
        noun=tail.noun,
        subject=tail.subject,
        noun_start=tail.noun_start,
        noun_end=tail.noun_end,
        ambiguous=parsed.ambiguous,
        note=parsed.note,
        ratio=ratio,
        approx_start=approx[1],
        words=words,
    )


def _parse(surface: str, style: Style, tail: _Tail, approximate: bool = False) -> ParsedNumber | None:
    """A digit surface read as a whole count when it counts a noun or is approximated ('hơn 38,519;' of members named
    before); a bare cell ('97,685' in a table of scores) keeps the Vietnamese decimal comma."""
    try:
        whole = tail.unit == "count" and tail.scale == 1.0 and (tail.noun is not None or approximate)
        return parse_digits(surface, style, whole=whole)
    except NumberFormatError:
        return None


def _glued_to_name(key: str, start: int) -> bool:
    """'Covid-19', 'QH15', 'F0': a number stuck to letters before it is part of a name, unless the letters are a word
    whose space was lost in copying ('thêm15 đảng viên': glued_word_before)."""
    if start == 0:
        return False
    prev = key[start - 1]
    if prev.isalpha():
        word_start = start - 1
        while word_start > 0 and key[word_start - 1].isalpha():
            word_start -= 1
        letters = key[word_start:start]
        if letters in mask_vocab().dimension_signs and word_start > 0 and key[word_start - 1].isdigit():
            end = start
            while end < len(key) and (key[end].isdigit() or key[end] in ".,"):
                end += 1
            return not (end < len(key) and key[end].isalpha())  # 'khổ 13x19cm': a size's second side; 'đá 0x4': a name
        return letters not in mask_vocab().glued_word_before
    return prev == "-" and start > 1 and key[start - 2].isalpha()


@functools.cache
def _closing_date() -> re.Pattern[str]:
    """A list joiner (non_quantities.yaml), then a full date: '… 3,4 và 5/8/2020', '… 12, 13 - 14-10-2021'."""
    joiners = trie_alternation(mask_vocab().range_joiners, lambda s: r"(?!\w)" if s[-1].isalnum() else "")
    return re.compile(rf"\s*{joiners}\s*(?:0?[1-9]|[12]\d|3[01])([/.\-])(?:0?[1-9]|1[0-2])\1(?:19|20)\d{{2}}(?!\d)")


def _days_before_date(key: str, token: str, tail: _Tail, end: int) -> bool:
    """'Trong 03 ngày, 3,4 và 5/8/2020': days listed before the full date that closes the list ('3,4' is two days,
    not 3.4), with nothing counted after them."""
    return tail.noun is None and DAY_LIST.fullmatch(token) is not None and _closing_date().match(key, end) is not None


def _joins_range(key: str, prev: Quantity, start: int) -> bool:
    """True when `prev` is an earlier end of a range or list ('từ 3 đến 5 năm', '30, 40 và 50 năm', '65; 60; 55 tuổi
    Đảng') whose next end starts at `start`."""
    if prev.noun is not None or prev.unit != "count":
        return False
    gap = key[prev.end:start].strip()
    return gap in mask_vocab().range_joiners or gap in mask_vocab().duration_list_joiners


def _as_multiplier(key: str, start: int, tail: _Tail) -> _Tail:
    """'tăng 1,9 lần so với đầu nhiệm kỳ': a number of times is a ratio (unit other), not a count of occasions."""
    vocab = mask_vocab()
    if tail.noun not in vocab.multiplier_nouns or tail.scale != 1.0:
        return tail
    after = starts_with_phrase(key, skip_spaces(key, tail.noun_end), vocab.multiplier_after)
    if not after and not ends_with_phrase(key, start, vocab.multiplier_before):
        return tail
    return tail._replace(unit="other", unit_end=tail.noun_end, noun=None, subject=None, noun_start=-1, noun_end=-1)


def _compound_part(key: str, text: str, value: float, tail: _Tail,
                   masked: list[tuple[int, int]]) -> tuple[float, _Tail, int] | None:
    """'4 tỷ 500 triệu đồng', '2 triệu 500 nghìn', '68 tỷ 097 tr.đ': a whole amount under a scale word, then the rest
    of it with a smaller scale word or a unit carrying one: (the whole value, the rest's tail without its scale, where
    the rest's digits end)."""
    if tail.scale == 1.0 or tail.unit != "count" or tail.noun is not None or value != int(value):
        return None
    m = COMPOUND_PART.match(key, tail.unit_end)
    if m is None or m.end() == tail.unit_end or is_masked(masked, m.start(1), m.end(1)):
        return None
    scale = starts_with_phrase(key, skip_spaces(key, m.end()), number_vocab().scale_keys)
    rest = _tail(key, text, m.end())
    factor = number_vocab().scales[scale] if scale else rest.scale  # '68 tỷ 097 tr.đ': a unit with its own multiplier
    if factor == 1.0 or factor >= tail.scale or rest.scale != factor:
        return None
    whole = Decimal(repr(value)) * Decimal(repr(tail.scale)) + Decimal(m.group(1)) * Decimal(repr(rest.scale))
    return float(whole), rest._replace(scale=1.0), m.end()


def _digit_quantities(text: str, key: str, style: Style, masked: list[tuple[int, int]]) -> list[Quantity]:
    out: list[Quantity] = []
    consumed = 0
    for m in PAIR.finditer(key):
        start, end = m.span()
        if start < consumed:
            continue  # the lower part of a compound amount read with its upper part
        if end < len(key) and (key[end].isdigit() or key[end] in "/"):
            continue
        if m.group(2) == "/" and ends_with_phrase(key, start, mask_vocab().rank_before):
            out += _rank_whole(key, text, style, m)  # 'xếp thứ 6/14 tỉnh': the rank is no quantity, the whole is
            continue
        if is_masked(masked, start, end) or _glued_to_name(key, start):
            continue
        if start >= 2 and key[start - 1] == "/" and key[start - 2].isdigit():
            continue  # 'từ 12-14/10': the month of a day range skipped above
        tail = _tail(key, text, end)
        if not tail.glued_ok:
            continue
        approx = _approx_before(key, start)
        tail = _as_multiplier(key, approx[1] if approx[1] >= 0 else start, tail)
        x, sep, y = m.group(1), m.group(2), m.group(3)
        if sep:
            if _date_like(key, x, y, start, tail):
                continue
            if sep != "/" and _is_duration(key, text, tail, start, end):
                continue  # 'từ 30-45 năm tuổi Đảng': both ends of a range of durations
            px, py = _parse(x, style, tail, approx[0] is not None), _parse(y, style, tail)
            if px is None or py is None:
                continue
            role = ("numerator", "denominator") if sep == "/" else (None, None)
            bare = _Tail(unit=tail.unit, scale=tail.scale, unit_end=m.end(1), noun=tail.noun, subject=tail.subject,
                         noun_start=tail.noun_start, noun_end=tail.noun_end)
            out.append(_build(key, (m.start(1), m.end(1)), px, bare, approx, role[0]))
            out.append(_build(key, (m.start(3), m.end(3)), py, tail, (None, -1), role[1]))
            continue
        if _is_duration(key, text, tail, start, end) or _days_before_date(key, x, tail, end):
            first = start  # 'từ 3 đến 5 năm', 'huy hiệu 30, 40, 45 và 50 năm tuổi Đảng': every end is a duration
            while out and _joins_range(key, out[-1], first):
                first = out.pop().start
            continue
        day, dot, month = x.partition(".")
        if dot and "." not in month and _date_like(key, day, month, start, tail, named_only=True):
            continue  # 'Sáng 22.9, tại …': a day and month written with a dot
        parsed = _parse(x, style, tail, approx[0] is not None)
        if parsed is None:
            continue
        if x.isdigit() and len(x) == 4 and YEAR_MIN <= int(x) <= YEAR_MAX and _year_list_before().search(
                key, max(0, start - YEAR_LIST_CHARS), start):
            continue  # 'Năm 2015 và 2017 đơn vị đạt …': the second year of a list of years
        if (x.isdigit() and len(x) == 4 and YEAR_MIN <= int(x) <= YEAR_MAX and tail.unit == "count"
                and tail.scale == 1.0 and tail.subject is None and not (approx[0] and tail.noun)
                and not (tail.noun and ends_with_phrase(key, start, mask_vocab().year_not_after))):
            continue  # a bare year; 'gần 2000 đoàn viên ưu tú' is about two thousand of them, 'tăng 2036 hợp tác xã'
        if tail.unit != "count" and out and _range_start(key, out[-1], start):
            # 'từ 500 nghìn đến 1 triệu đồng': a first end with a scale word of its own takes only the unit
            scaled = any(ch.isalpha() for ch in key[out[-1].start:out[-1].end])
            out[-1] = _build(key, (out[-1].start, out[-1].end), ParsedNumber(out[-1].value, out[-1].ambiguous,
                             out[-1].note), _Tail(unit=tail.unit, scale=1.0 if scaled else tail.scale,
                                                  unit_end=out[-1].end), (out[-1].approx, out[-1].approx_start))
        compound = _compound_part(key, text, parsed.value, tail, masked)
        if compound is not None:
            whole, tail, consumed = compound
            parsed = ParsedNumber(whole)
        tail = _bare_money(key, approx[1] if approx[1] >= 0 else start, tail)
        tail = _bare_percent(key, approx[1] if approx[1] >= 0 else start, parsed.value, tail)
        out.append(_build(key, (start, end), parsed, tail, approx))
    return out


def _rank_whole(key: str, text: str, style: Style, m: re.Match[str]) -> list[Quantity]:
    """The whole a rank is among ('xếp thứ 6/14 tỉnh' -> 14 provinces), read with the noun after it."""
    tail = _tail(key, text, m.end())
    whole = _parse(m.group(3), style, tail)
    return [] if whole is None else [_build(key, (m.start(3), m.end(3)), whole, tail, (None, -1))]


def _bare_percent(key: str, start: int, value: float, tail: _Tail) -> _Tail:
    """'(tăng 232,7' cut by the excerpt's end, 'tăng 5,28, chiếm 12,3%': a bare number with decimals after a word of
    change, attainment or share (bare_percent_after) is a percentage whose sign was left off; a threshold ('đạt 9,01
    trở lên', a grade) is not."""
    if tail.unit != "count" or tail.noun is not None or tail.scale != 1.0 or float(value).is_integer() or tail.approx:
        return tail
    return tail._replace(unit="percent") if ends_with_phrase(key, start, mask_vocab().bare_percent_after) else tail


def _bare_money(key: str, start: int, tail: _Tail) -> _Tail:
    """'doanh thu 260 tỷ', '… 74 tỷ đồng, đến năm 2014, tăng lên gần 143,3 tỷ': an amount ending on 'triệu' or 'tỷ'
    with no unit is money when a word of money follows it ('28 triệu tiền ngân sách', money_after_words.csv) or, with
    no noun either, when its clause names money (money_words.csv) or its paragraph has just written such an amount
    with its currency."""
    vocab = number_vocab()
    if tail.unit != "count" or tail.scale not in vocab.money_scales:
        return tail
    if starts_with_phrase(key, skip_spaces(key, tail.unit_end), vocab.money_after_words):
        return tail._replace(unit="vnd", noun=None, subject=None, noun_start=-1, noun_end=-1)
    if tail.noun is not None:
        return tail
    clause = max(key.rfind(c, max(0, start - MONEY_REACH), start) for c in CLAUSE_MARKS) + 1
    paragraph = max(key.rfind("\n", 0, start) + 1, start - MONEY_REACH)
    if holds_word(key, clause, start, vocab.money_words) or _money_in_full().search(key, paragraph, start):
        return tail._replace(unit="vnd")
    return tail


@functools.cache
def _money_in_full() -> re.Pattern[str]:
    """A scale word of money written with its currency ('74 tỷ đồng', '5 triệu đ')."""
    vocab = number_vocab()
    scales = [w for w, mult in vocab.scales.items() if mult in vocab.money_scales]
    currencies = [u for u, (unit, mult) in vocab.units.items() if unit == "vnd" and mult == 1.0]
    return re.compile(r"(?<!\w)(?:" + trie_alternation(scales) + r") *(?:" + trie_alternation(currencies) + r")(?!\w)")


@functools.cache
def _year_list_before() -> re.Pattern[str]:
    """'năm 2015 và ', 'năm 2019, ': a year after the year word and a joiner, right before a number."""
    year_word = mask_vocab().date_words[2]
    joiners = trie_alternation(mask_vocab().range_joiners, lambda s: r"(?!\w)" if s[-1].isalnum() else "")
    return re.compile(rf"(?<!\w){re.escape(year_word)} (?:19|20)\d\d *(?:{joiners}) *$")


def _range_start(key: str, prev: Quantity, start: int) -> bool:
    """'13 - 14%', '2.100 - 2.300 tấn', 'từ 25 đến trên 30%': a bare first end of a range takes the unit written after
    the second (an approximation word may open it); so do the first side of a size ('20 x 30 cm') and the first level
    of a rise ('từ 21,8 tỷ lên 31,5 tỷ đồng') and of a list of two ('0,4 và 0,6 điểm phần trăm')."""
    vocab = mask_vocab()
    approx, approx_start = _approx_before(key, start)
    joiner = key[prev.end:approx_start if approx and approx_start >= prev.end else start].strip()
    if joiner in vocab.dimension_signs:  # the sign read as the first side's noun
        return prev.unit == "count" and prev.noun in (None, joiner)
    if prev.unit != "count":
        return False
    if joiner in vocab.unit_rise_joiners:  # the joiner read as the first level's noun
        return prev.noun in (None, joiner) and ends_with_phrase(key, prev.start, vocab.rise_openers) is not None
    return prev.noun is None and (joiner in vocab.unit_range_joiners or joiner in vocab.unit_list_joiners)


@functools.cache
def _number_word_pattern() -> re.Pattern[str]:
    """A whole number word: no letter before it (tested where a word matched), and neither a letter nor a 'x.y'/'x/y'
    joint after it."""
    body = trie_alternation(number_vocab().words, behind_start(r"(?<![^\W\d_])"))
    return re.compile(r"(?:" + body + r")(?![^\W\d_])(?![/.][^\W\d_])")


def _number_word_spans(key: str) -> list[tuple[int, int]]:
    """Spans of the words that are number words; 'đ/c.hai' is one word, not 'hai'."""
    return [m.span() for m in _number_word_pattern().finditer(key)
            if not (m.start() >= 2 and key[m.start() - 1] in "/." and key[m.start() - 2].isalpha())]


def _run_tokens(key: str, start: int) -> list[tuple[str, int, int]]:
    """The words from `start` up to and including the first one that is not a number word; a run also ends at
    punctuation ('các năm; tỷ lệ …') and before a scale word's false friend ('năm tỷ lệ')."""
    vocab = number_vocab()
    out: list[tuple[str, int, int]] = []
    for m in WORD.finditer(key, start):
        if out and (key[out[-1][2]:m.start()].strip() or starts_with_phrase(key, m.start(), vocab.scale_false_friends)):
            break
        out.append((m.group(0), m.start(), m.end()))
        if m.group(0) not in vocab.words or len(out) > MAX_NUMBER_WORDS:
            break
    return out


def _word_quantities(text: str, key: str, masked: list[tuple[int, int]], digits: list[Quantity]) -> list[Quantity]:
    """Quantities written in words ('bảy đảng viên'); only the number words of the key are visited; `digits`, the
    figures in digits, sorted, tell an article listed with a count."""
    spans = _number_word_spans(key)
    out: list[Quantity] = []
    digit_starts = [q.start for q in digits]
    consumed = 0
    for k, (start, _) in enumerate(spans):
        if start < consumed:
            continue
        prev_end = spans[k - 1][1] if k else -1
        if prev_end >= 0 and prev_end < start and not key[prev_end:start].strip():
            continue  # 'Năm 2021, bảy người' starts a run after the comma; 'hai ba' inside a run does not
        words = _run_tokens(key, start)
        parsed = parse_number_words([w for w, _, _ in words], 0)
        if parsed is None or parsed.value <= 0:
            continue
        first = words[0][0]
        end = words[parsed.n_words - 1][2]
        consumed = end
        tail = _tail(key, text, end)
        single_ok = tail.noun is not None or bool(ends_with_phrase(key, start, mask_vocab().single_after_forms))
        if first in mask_vocab().single_needs_table_noun:
            single_ok = tail.subject not in (None, "other", "party_org_implicit") and (
                not ends_with_phrase(key, start, mask_vocab().single_not_after)
                or bool(ends_with_phrase(key, start, mask_vocab().single_among)))
        if first in mask_vocab().article_words and not parsed.compound:
            after_form = bool(ends_with_phrase(key, start, mask_vocab().single_after_forms)
                              or ends_with_phrase(key, start, mask_vocab().article_after_acts))
            generic = tail.noun_end >= 0 and starts_with_phrase(key, skip_spaces(key, tail.noun_end),
                                                                mask_vocab().article_generic_after)
            counted = (tail.subject in PARTY_SUBJECTS or after_form or _opens_word_range(key, end)
                       or _listed_with_count(key, start, tail, (digits, digit_starts), out))
            single_ok = counted and not ends_with_phrase(
                key, start, mask_vocab().article_not_after) and not starts_with_phrase(
                key, skip_spaces(key, end), mask_vocab().article_not_before) and not generic and (
                tail.noun not in mask_vocab().article_not_nouns)
        keep = (parsed.compound or single_ok) and not is_masked(masked, start, end) and not _is_a_name(text, key, start)
        keep = keep and not ends_with_phrase(key, start, mask_vocab().word_compound_heads)  # 'ngã ba', 'đòn bẩy'
        keep = keep and not starts_with_phrase(key, skip_spaces(key, end), mask_vocab().indefinite_after)  # 'mười mấy'
        keep = keep and not _follows_digits(key, start)  # 'kỷ niệm 70 năm Đảng bộ xã': years of an age, not five
        if keep and not _is_duration(key, text, tail, start, end):
            out.append(_build(key, (start, end), ParsedNumber(parsed.value), tail, _approx_before(key, start),
                              words=True))
    return out


def _follows_digits(key: str, start: int) -> bool:
    """Whether a number in digits stands right before `start` (spaces between): the word after it is its unit."""
    i = start
    while i > 0 and key[i - 1] == " ":
        i -= 1
    return i > 0 and key[i - 1].isdigit()


def _opens_word_range(key: str, end: int) -> bool:
    """'một đến hai đảng viên', '(một hoặc hai con)': a number word ending at `end` opens a range of number words."""
    joiner = starts_with_phrase(key, skip_spaces(key, end), mask_vocab().article_range_joiners)
    if not joiner:
        return False
    after = skip_spaces(key, skip_spaces(key, end) + len(joiner))
    words = _run_tokens(key, after)
    return bool(words) and parse_number_words([w for w, _, _ in words], 0) is not None


LIST_GAP_WORDS = 4  # words a count's noun may take before the joiner that lists an article after it


def _listed_with_count(key: str, start: int, tail: _Tail, digits: tuple[list[Quantity], list[int]],
                       words: list[Quantity]) -> bool:
    """An article before a noun, joined by a list joiner to a count of things right before it ('24 xã và một thị
    trấn', '12 đại biểu chính thức và một đại biểu dự khuyết') or right after its noun ('một tập thể và 12 cán bộ')."""
    if tail.noun_end < 0:
        return False
    joiners = mask_vocab().article_list_joiners
    figures, starts = digits
    k = bisect.bisect_left(starts, start)
    before = [q for q in (figures[k - 1] if k else None, words[-1] if words else None) if q is not None]
    for q in before:
        gap = key[q.tail_end:start]
        if (q.noun_end >= 0 and ends_with_phrase(key, start, joiners) and not any(c in gap for c in ".;:()")
                and not any(c.isdigit() for c in gap) and len(gap.split()) <= LIST_GAP_WORDS):
            return True
    after = figures[k] if k < len(figures) else None
    return (after is not None and after.noun_end >= 0
            and key[tail.noun_end:after.start].strip() in joiners)


def _capitalised_before(text: str, start: int, count: int) -> bool:
    """`count` capitalised words right before start, single spaces and nothing else between them ('Bình Ba', 'Vĩnh
    Phúc' before a number): a name the number ends or follows."""
    words = text[max(0, start - NAME_WORD_CHARS):start].split(" ")
    return len(words) > count and words[-1] == "" and all(w[:1].isupper() and w.isalpha() for w in words[-count - 1:-1])


def _is_a_name(text: str, key: str, start: int) -> bool:
    """A capitalised number word right after a capitalised word is part of a name ('xã Bình Ba tổ chức …'), and
    after an honorific (name_honorifics) a person's ('ông Bảy')."""
    if not text[start].isupper():
        return False
    if ends_with_phrase(key, start, mask_vocab().name_honorifics):
        return True
    return _capitalised_before(text, start, 1)


def _drop_spelled_repeats(key: str, quantities: list[Quantity]) -> list[Quantity]:
    """'38.012.000đ (Ba mươi tám triệu … đồng)': the words repeat the digits; keep the digits."""
    out: list[Quantity] = []
    for q in quantities:
        prev = out[-1] if out else None
        if (q.words and prev is not None and not prev.words and prev.value == q.value
                and key[prev.end:q.start].strip(" ") in mask_vocab().spelled_repeat_openers):
            continue
        out.append(q)
    return out


def find_quantities(text: str, key: str, style: Style | None = None) -> list[Quantity]:
    """Every quantity of an NFC text (with its matching key), in order of appearance."""
    style = style or detect_style(key)
    masked = find_masked_spans(text, key)
    digits = _digit_quantities(text, key, style, masked)
    found = digits + _word_quantities(text, key, masked, sorted(digits, key=lambda q: q.start))
    return _drop_spelled_repeats(key, sorted(found, key=lambda q: (q.start, q.end)))
