"""Whether a figure is a target: plans, allocations, yearly norms and attained targets ('chỉ tiêu', 'phấn đấu')."""

from __future__ import annotations

import functools
import re

from transforms.alternation import trie_alternation
from transforms.cues import Cue, words
from transforms.periods import mentions_between
from transforms.quantities import Quantity
from transforms.reader import SentenceReader, cue_before, names_any
from transforms.text import LOOKBACK, ends_with_phrase, holds_word, skip_spaces, starts_with_phrase
from transforms.vocab import mask_vocab

RESTATED_REACH = 12  # '186/240 (đạt 77,5%)': the percentage restating a ratio right after it and its noun
RESTATED_TOLERANCE = 0.6  # percentage points a rounded restatement may differ by
TARGET_ASIDE_WORDS = 2  # words between a target word and an aside that counts it after its cue ('chỉ tiêu cả năm')
PLAN_NAME_WORDS = 6  # "(Nghị quyết Đại hội XV: 1.300 …)": the words naming the plan an aside opens on


def target_in_parentheses(r: SentenceReader, q: Quantity) -> bool:
    """'đạt 61,2% chỉ tiêu cả nhiệm kỳ (1.000 đảng viên)', '… chỉ tiêu năm (kết nạp 930 ĐV)': the first figure of
    an aside after a target word, alone or after the cue it counts."""
    paren = r.enclosing(q.start)
    if paren is None:
        return False
    opening = skip_spaces(r.key, paren[0] + 1)
    after_cue = opening < q.context_start
    if after_cue and not any(
            c.kind == "cue" and not r.key[c.end:q.context_start].strip() for c in r.cues_at(opening)):
        return False
    lower = r.region_start(paren[0])
    text = r.key[lower:paren[0]]
    last, word = max((text.rfind(t), t) for t in words("target_words"))
    if last < 0 or any(lower + last <= o.start < paren[0] for o in r.quantities) or r.aside(lower + last, paren[0]):
        return False
    # an aside opening on its cue restates the target word right before it ('chỉ tiêu năm (kết nạp 930 ĐV)'), not
    # one a clause back ('có chỉ tiêu vượt so với cùng kỳ năm trước (kiểm tra 44 đảng viên …)')
    return not after_cue or len(text[last + len(word):].split()) <= TARGET_ASIDE_WORDS


def opens_on_plan(r: SentenceReader, q: Quantity) -> bool:
    """'chiếm 65,51% (Nghị quyết 490 đảng viên)', '(Nghị quyết Đại hội XV: 1.300 đảng viên/năm; Nghị quyết Đại hội
    XVI: 1.350 …)': the figure of an aside (or of its clause) that opens on the plan it is set by, named or not, then
    a colon."""
    paren = r.enclosing(q.start)
    if paren is None:
        return False
    opening = max(paren[0], r.key.rfind(";", paren[0], q.context_start)) + 1
    gap = r.key[opening:q.context_start].strip()
    if gap in words("percent_target_words"):
        return True
    named = gap.endswith(":") and len(gap.split()) <= PLAN_NAME_WORDS and ":" not in gap[:-1]
    return named and bool(starts_with_phrase(gap, 0, words("percent_target_words")))


def ratio_names_target(r: SentenceReader, q: Quantity) -> bool:
    """'kết nạp được 312/300 đảng viên, đạt 104% chỉ tiêu': a target word later in the clause makes the
    denominator of a ratio the target; so does one opening the sentence ('Nhiều chỉ tiêu đạt cao như … phát triển
    đảng viên mới 8.793/6.500'), but not one of an earlier clause ('đạt 100% chỉ tiêu; kiểm tra 200/255 đảng
    viên' checks 200 of the 255 members)."""
    end = r.s.end
    semicolon = r.key.find(";", q.end, end)
    stop = semicolon if semicolon >= 0 else end
    start = r.key.rfind(";", r.s.start, q.start) + 1 or r.s.start
    return any(r.key.find(t, q.end, stop) >= 0 or r.key.find(t, start, q.start) >= 0
               for t in words("target_words"))


def exceeded(r: SentenceReader, q: Quantity) -> bool:
    """'kết nạp 5.742/5.000 đảng viên': a denominator its numerator exceeds is no whole but a target."""
    numerators = [o for o in r.quantities if o.ratio == "numerator" and o.end <= q.start]
    return bool(numerators) and numerators[-1].value > q.value


def restated_attainment(r: SentenceReader, q: Quantity) -> bool:
    """'kết nạp 186/240 (đạt 77,5%) quần chúng ưu tú': the denominator of an admission or a founding whose ratio the
    percentage right after it restates is the target, the percentage its attainment (for an inspection, '200/255
    đảng viên, đạt 78,4%' is the share of a whole)."""
    numerators = [o for o in r.quantities if o.ratio == "numerator" and o.end <= q.start]
    percents = [o for o in r.quantities if o.start > q.start and o.unit == "percent"]
    if not numerators or not q.value or not percents or percents[0].start - q.tail_end > RESTATED_REACH:
        return False
    if abs(percents[0].value - 100 * numerators[-1].value / q.value) > RESTATED_TOLERANCE:
        return False
    cue = cue_before(r, numerators[-1].context_start, allow_nominal=True)
    return cue is not None and any(c in words("target_denominator_codes", "") for c in cue.codes)


def is_plan(r: SentenceReader, q: Quantity) -> bool:
    """'Phấn đấu năm 2024 kết nạp từ 4.000 đảng viên; thành lập ít nhất 05 …': a plan word opening the
    sentence makes its figures targets; so does a yearly norm."""
    if is_yearly_norm(r, q) or continues_plan(r, q) or in_aims(r, q):
        return True
    return names_any(r, "plan_words") and any(_plan_word_at(r, w, q.context_start) for w in words("plan_words"))


def in_aims(r: SentenceReader, q: Quantity) -> bool:
    """'Nghị quyết Đại hội … đề ra một số chỉ tiêu như: … Trong nhiệm kỳ thành lập mới ít nhất 10 tổ chức đảng': a
    figure of the aims a congress sets, with nothing said done since they opened."""
    return r.aims_from is not None and r.aims_from <= q.context_start and not _done_between(
        r.key, r.aims_from, q.context_start)


def continues_plan(r: SentenceReader, q: Quantity) -> bool:
    """'Phấn đấu kết nạp 550 đảng viên. … mỗi huyện ủy thành lập được 2 - 3 tổ chức đảng': a sentence that goes on
    with a paragraph whose figures so far are all targets, naming no period and nothing done, sets targets too."""
    if not r.prior or any(f.measure != "target" for _, f in r.prior):
        return False
    if mentions_between(r.ctx.period_mentions, r.s.start, r.s.end):
        return False
    return not _done_between(r.key, r.region_start(q.context_start), q.context_start)


def is_yearly_norm(r: SentenceReader, q: Quantity) -> bool:
    """'Hàng năm kết nạp mới từ 25 đảng viên trở lên', 'Phát triển mới từ 02 đảng viên trở lên', 'giao … kết nạp 120
    đảng viên trở lên': a floor ('từ … trở lên', or '… trở lên' alone) in a clause that says nothing achieved
    ('được', 'đã') and is no average of past years ('Trung bình mỗi năm … kết nạp từ 300 …') is a norm or an aim, a
    target; 'hàng năm kết nạp được từ 25 …' counts."""
    floor = starts_with_phrase(r.key, skip_spaces(r.key, q.tail_end), words("norm_floor_after"))
    if not floor and not (names_any(r, "norm_floor_before", LOOKBACK) and ends_with_phrase(
            r.key, q.context_start, words("norm_floor_before"))) and not _floor_range(r, q):
        return False
    opener = starts_with_phrase(r.key, skip_spaces(r.key, r.s.start), words("norm_openers"))
    if not (floor or (opener and (q.approx == "over" or _floor_range(r, q)))):
        return False
    start = skip_spaces(r.key, r.s.start) + len(opener) if opener else r.region_start(q.context_start)
    said = r.key[start:q.context_start].split()
    return not set(said) & set(words("achieved_markers")) and not holds_word(
        r.key, start, q.context_start, words("norm_average_words"))


RANGE_REACH = 20  # characters looked back for a range's first end


@functools.cache
def _range_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A range's second end after its first ('7-10', '7 đến 10'), and its first end before the second."""
    joiner = r"(?:[-–]|" + trie_alternation(words("range_joiners")) + r")"
    return re.compile(r"\s*" + joiner + r"\s*\d"), re.compile(r"\d+(?:[.,]\d+)*\s*" + joiner + r"\s*\Z")


def _floor_range(r: SentenceReader, q: Quantity) -> bool:
    """Either end of a range a floor word opens ('mỗi năm kết nạp từ 7-10 đảng viên')."""
    key, floor = r.key, words("norm_floor_before")
    range_next, range_before = _range_patterns()
    if range_next.match(key, q.end):
        return ends_with_phrase(key, q.context_start, floor) is not None
    first = range_before.search(key[max(0, q.start - RANGE_REACH):q.start])
    return first is not None and ends_with_phrase(key, q.start - len(first.group()), floor) is not None


def _plan_word_at(r: SentenceReader, word: str, end: int) -> bool:
    """A plan word in the sentence before end that names no activity ('việc đăng ký, quản lý công dân') and is not
    followed by what was done ('phấn đấu, … đã có 65 đoàn viên được kết nạp')."""
    not_after = words("plan_words_not_after")
    at = r.key.find(word, r.s.start, end)
    while at >= 0:
        if (not ends_with_phrase(r.key, at, not_after) and not _done_between(r.key, at + len(word), end)
                and not _plan_clause_closed(r, at, end)):
            return True
        at = r.key.find(word, at + 1, end)
    return False


def _plan_clause_closed(r: SentenceReader, at: int, end: int) -> bool:
    """'Đã hoàn thành 2/8 nhiệm vụ …, phấn đấu hoàn thành theo tiến độ; đạt 72% kế hoạch …': a plan word inside a
    clause (not opening it) plans that clause only, so a later clause opening on what was achieved reports it."""
    if skip_spaces(r.key, r.region_start(at)) == at:
        return False
    openers = words("plan_closing_clause_openers")
    semicolon = r.key.find(";", at, end)
    while semicolon >= 0:
        if starts_with_phrase(r.key, skip_spaces(r.key, semicolon + 1), openers):
            return True
        semicolon = r.key.find(";", semicolon + 1, end)
    return False


def _done_between(key: str, start: int, end: int) -> bool:
    """A word saying something was done ('đã') between start and end."""
    return holds_word(key, start, end, words("plan_done_markers"))


def is_target(r: SentenceReader, q: Quantity) -> bool:
    """'chỉ tiêu 2.200', '… kế hoạch kết nạp năm 2022 là 2.200': a target word, a link, the number."""
    if opens_on_plan(r, q):
        return True
    if not names_any(r, "target_words", LOOKBACK):
        return False
    if met_target(r, q):
        return False
    lower = r.region_start(q.context_start)
    if ends_with_phrase(r.key, q.context_start, words("target_words")) or target_in_parentheses(r, q):
        return True
    text = r.key[lower:q.context_start]
    hits = [text.rfind(t) for t in words("target_words")]
    last = max(hits)
    if last < 0:
        return False
    if any(o.unit == "count" and skip_spaces(r.key, o.end) == lower + last for o in r.quantities
           if o.end <= lower + last):
        return False  # 'thực hiện 08 kế hoạch kiểm tra … đối với 23 cấp ủy': plans counted, not a target
    tail = text[last:]
    word_end = lower + last + len(next(t for t in words("target_words") if text.startswith(t, last)))
    cue = cue_before(r, q.context_start, allow_nominal=True)  # 'chỉ tiêu giám sát chuyên đề ít nhất 20 …'
    between = [o for o in r.quantities if lower + last <= o.start < q.start and not range_partner(r, o, q)
               and not _counts_recipients(r, o, word_end, cue)]
    if between or r.breaker_positions(lower + last, q.context_start):  # '… chỉ tiêu, nâng tổng số đảng viên lên 408'
        return False
    spaced = f" {tail} ".replace(":", " ")  # 'mục tiêu … đã đề ra: trong nhiệm kỳ kết nạp từ 600 …'
    if any(f" {m} " in spaced.replace(",", " ") for m in words("subset_markers")):
        return False  # 'đạt 131,5% chỉ tiêu, trong đó, lực lượng đoàn viên là 121': a part of the count, no target
    if any(f" {link} " in spaced for link in words("target_links")):
        return True
    return cue is not None and cue.start >= word_end and (
        _only_period_between(r, word_end, cue.start) or _recipient_between(r, word_end, cue.start)
        or _topic_between(r, word_end, cue.start))


def met_target(r: SentenceReader, q: Quantity) -> bool:
    """'hoàn thành chỉ tiêu thành lập được 2 tổ chức đảng': a target said met in the figure's clause, the figure right
    after an achieved word, is what was done (the act after the target word is a verb), not the target."""
    if not ends_with_phrase(r.key, q.context_start, words("target_met_figure_before")):
        return False
    lower = r.region_start(q.context_start)
    text = r.key[lower:q.context_start]
    return any(ends_with_phrase(r.key, lower + at, words("target_met_before"))
               for at in (text.rfind(t) for t in words("target_words")) if at >= 0)


def _topic_between(r: SentenceReader, start: int, end: int) -> bool:
    """Only the target's rank in a list and the word naming its topic between the target word and the act:
    'Chỉ tiêu thứ 8 về phát triển 20 đảng viên' (target_rank_words, target_topic_links)."""
    gap = r.key[start:end].split()
    if len(gap) >= 2 and gap[0] in words("target_rank_words") and gap[1].isdigit():
        gap = gap[2:]
    return " ".join(gap) in words("target_topic_links")


def _counts_recipients(r: SentenceReader, o: Quantity, word_end: int, cue: Cue | None) -> bool:
    """'giao chỉ tiêu cho 22 cơ sở đảng kết nạp 170 đảng viên': a figure counting the bodies a target is given to,
    between the target word and the act (its cue) the target's figure is of."""
    return cue is not None and word_end <= o.start < cue.start and _recipient_between(r, word_end, cue.start)


def _recipient_between(r: SentenceReader, start: int, end: int) -> bool:
    """Only the body a target is given to between the target word and the act: 'giao chỉ tiêu cho Đảng bộ nhà
    trường kết nạp 75 đảng viên' (target_recipient_openers, then no clause break)."""
    gap = r.key[start:end].strip()
    opener = starts_with_phrase(gap, 0, words("target_recipient_openers"))
    return bool(opener) and not any(mark in gap for mark in ",;:")


def range_partner(r: SentenceReader, first: Quantity, q: Quantity) -> bool:
    """'phát triển 1-2 đảng viên': the first end of a range closing on q is part of q's figure."""
    return r.key[first.end:q.context_start].strip() in mask_vocab().unit_range_joiners


def _only_period_between(r: SentenceReader, start: int, end: int) -> bool:
    """Nothing but a period phrase (and a colon opening the list) between start and end: 'chỉ tiêu trong nhiệm kỳ
    2020 - 2025 kết nạp 40 …', 'các chỉ tiêu nhiệm kỳ 2022 - 2025: kết nạp 1 …'."""
    gap = r.key[start:end]
    for m in r.ctx.period_mentions:
        if start <= m.start and m.end <= end:
            gap = gap[:m.start - start] + " " * (m.end - m.start) + gap[m.end - start:]
    gap = gap.strip().removesuffix(":").strip()
    return not gap or gap in words("period_gap_words")
