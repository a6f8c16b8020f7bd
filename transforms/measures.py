"""Measures of a figure: count, target, attainment, share or change, and the total it is part of."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from transforms.cues import Cue, noun_cues, specs, words
from transforms.fact import Fact
from transforms.quantities import PARTY_SUBJECTS as PARTY
from transforms.quantities import Quantity, noun_at
from transforms.reader import (
    SentenceReader,
    ancestors,
    aside_anchor,
    cue_before,
    listed_forms_total,
    names_any,
    paragraph_code,
    passive_cue,
    pick,
    post_cue,
    subset_code,
    topic_code,
)
from transforms.subjects import (
    count_subject,
    merged_subjects,
    party_noun_between,
    petition_about,
    phrase_pattern,
    post_codes,
)
from transforms.targets import (
    exceeded,
    is_plan,
    is_target,
    met_target,
    range_partner,
    ratio_names_target,
    restated_attainment,
)
from transforms.text import LOOKBACK, ends_with_phrase, holds_word, skip_spaces, starts_with_phrase

FIRST_WORDS_AFTER = 30
STATE_SUBJECT_REACH = 4  # 'Bộ Công an …': the state body opening a clause, a word of its name before it at most
STATE_NOUN_REACH = 20  # ', công chức' right after the counted noun
CLAUSE_END_MARKS = " .,;:!?…)"  # what may close a clause after its last word
TARGET_CUE_REACH = 60  # '50% chỉ tiêu được giao về công tác kết nạp': the act named after the target words
TARGET_NOUN_REACH = 30  # '… kết nạp đảng viên': the counted noun right after that act
RANGE_END = re.compile(r"\s*[-–]\s*\d+(?:[.,]\d+)?\s*%")  # the second end of a percent range ('3-3,5%')
FULL_SHARE = 100  # a share of a whole never exceeds it: a rate above this is attained against a plan


def change_sign(r: SentenceReader, q: Quantity) -> int | None:
    """+1 after 'tăng' (or a percentage after 'vượt' compared with the same period: 'vượt 88% so với cùng kỳ'), -1
    after 'giảm', None otherwise."""
    if not any(names_any(r, name, LOOKBACK) for name in ("change_up", "change_down", "over_words")):
        return None
    if ends_with_phrase(r.key, q.context_start, words("change_up")):
        return 1
    if q.unit == "percent" and _after_over_word(r, q):
        link = starts_with_phrase(r.key, skip_spaces(r.key, q.tail_end), words("prior_comparison_links"))
        if link and starts_with_phrase(r.key, skip_spaces(r.key, skip_spaces(r.key, q.tail_end) + len(link)),
                                       words("prior_level_bases")):
            return 1
    if ends_with_phrase(r.key, q.context_start, words("change_down")):
        return -1
    return None


@dataclass(frozen=True)
class Draft:
    """A fact before its actor, scope and period are known."""

    indicator: str
    subject: str
    measure: str
    value: float
    cue_start: int
    anchor: tuple[Quantity, Fact] | None = None
    part_of: str | None = None
    named_after: bool = False  # only a cue after the figure names it: 'có 5 đảng viên vi phạm đến mức phải …'


def _after_over_word(r: SentenceReader, q: Quantity) -> bool:
    """Whether 'vượt' opens the figure ('vượt 15 đảng viên', 'vượt 88%')."""
    over = words("over_words")
    return bool(ends_with_phrase(r.key, q.context_start, over)) or r.key[q.context_start:q.start].strip() in over


def is_margin(r: SentenceReader, q: Quantity) -> bool:
    """'vượt 15 đảng viên', 'vượt chỉ tiêu 9 đảng viên', '(vượt chỉ tiêu đặt ra là 50 đảng viên)': by how much a
    target was beaten, neither a count nor the target."""
    if not names_any(r, "over_words", LOOKBACK):
        return False
    if _after_over_word(r, q):
        return True
    lower = r.region_start(q.context_start)
    before = [o for o in r.quantities if lower <= o.start < q.start]
    if before:  # the second end of a range ('từ 10 đến 20') is what its first end is
        if r.key[before[-1].tail_end:q.context_start].strip() in words("range_joiners"):
            return is_margin(r, before[-1])
        lower = before[-1].tail_end  # '… 96 đảng viên, vượt chỉ tiêu 9 đảng viên': only words after the last figure
    text = r.key[lower:q.context_start]
    last = max(text.rfind(t) for t in words("target_words"))
    if last < 0 or not ends_with_phrase(r.key, lower + last, words("over_words")):
        return False
    # 'vượt chỉ tiêu đề ra, kết nạp 32 đảng viên': a verb of its own makes the figure a count, not the margin
    return not any(lower + last < c.start < q.context_start and c.kind == "cue" and not c.nominal for c in r.cues)


def state_employees(r: SentenceReader, q: Quantity) -> bool:
    """'kỷ luật 15 cán bộ, công chức Hạt Kiểm lâm': civil servants disciplined by their agency, not by the Party; so
    are people counted after their clause named civil servants."""
    if q.noun_start < 0 or not names_any(r, "state_employee_nouns", 0, "", STATE_NOUN_REACH):
        return False
    noun = r.key[q.noun_start:q.noun_end]
    rest = r.key[q.noun_end:q.noun_end + STATE_NOUN_REACH].lstrip(" ,")
    state = words("state_employee_nouns", "")
    if any(noun.startswith(w) or rest.startswith(w) for w in state):
        return True
    # 'Trong nhóm cán bộ, công chức, viên chức bị kỷ luật, có 179 cán bộ': a person, no member, of the group its
    # clause named (not in an aside closed before it)
    lower = r.region_start(q.context_start)
    return q.subject not in PARTY and any(
        (at := r.key.find(w, lower, q.start)) >= 0 and not r.aside(at, q.start) for w in state)


def state_discipline(r: SentenceReader, q: Quantity) -> bool:
    """'Về mặt chính quyền, UBND huyện … kỷ luật thêm sáu cán bộ, bốn người bị khiển trách': people counted in a
    paragraph about discipline by the state, not Party members or bodies, are none of the Party's; a state marker
    in a later sentence ('… (khiển trách 19, cảnh cáo 18). Về mặt chính quyền đã xử lý 29 trường hợp') turns the
    paragraph to the state from there on, not before; so does one in a later clause of the sentence, past a semicolon
    ('… 20 trường hợp khiển trách; … kiến nghị xử lý hành chính 453 cá nhân'); a later sentence counting Party
    members or bodies turns it back to the Party ('Về mặt chính quyền, … cảnh cáo 7 người. Cùng với đó, đã xem xét
    trách nhiệm với 82 đảng viên. Trong đó, kỷ luật 38 người')."""
    if q.subject in PARTY or q.subject == "petition":
        return False
    semicolon = r.key.find(";", q.start, r.s.end)
    marker = _last_state_discipline(r.key, r.ctx.paragraphs[r.s.paragraph][0], r.s.end if semicolon < 0 else semicolon)
    if marker < 0:
        return False
    if marker >= r.s.start:
        return True
    after = r.ctx.sentence_at(marker).end
    starts = _party_figure_starts(r.ctx.key, r.ctx.quantities)
    i = bisect.bisect_left(starts, after)
    return not (i < len(starts) and starts[i] < q.start)


_PARTY_FIGURES: dict[int, tuple[str, list[int]]] = {}  # id of a document's key -> (the key, its Party figures' starts)


def _party_figure_starts(key: str, quantities: Sequence[Quantity]) -> list[int]:
    """Where each figure of a Party subject starts in the document of `key`, in order; read once per document."""
    hit = _PARTY_FIGURES.get(id(key))
    if hit is None or hit[0] is not key:
        _PARTY_FIGURES.clear()
        hit = _PARTY_FIGURES[id(key)] = (key, [o.start for o in quantities if o.subject in PARTY])
    return hit[1]


@functools.lru_cache(maxsize=8)
def _last_state_discipline(key: str, start: int, end: int) -> int:
    """Where the last words naming discipline by the state in [start, end) start, or -1; read once per clause."""
    found = -1
    for m in phrase_pattern("state_discipline_markers").finditer(key, start, end):
        found = m.start()
    return found


def petition_outcome(r: SentenceReader, q: Quantity) -> bool:
    """'16 trường hợp tố cáo sai, 18 trường hợp tố cáo đúng': how petitions were found, not petitions received (in
    an aside after their total, '13 đơn tố cáo (04 đơn tố cáo sai, …)', they break it down and stay)."""
    if q.subject != "petition" or q.noun_start < 0 or r.enclosing(q.start) is not None:
        return False
    return bool(starts_with_phrase(r.key, skip_spaces(r.key, q.noun_end), words("petition_outcomes", "")))


def state_petition(r: SentenceReader, q: Quantity) -> bool:
    """'UBND huyện đã tiếp nhận 218 đơn thư khiếu nại, tố cáo': citizens' petitions to a state body the paragraph or
    its neighbours name (a headline's figure and the lede naming the body), with no Party body in the figure's
    sentence, are none of the Party's, nor are petitions in a text that never names the Party; so are units a state
    body's own sentence counts ('Thanh tra tỉnh … thanh tra … giải quyết khiếu nại, tố cáo tại 3 đơn vị')."""
    if q.subject not in ("petition", "party_org_implicit") or r.groups or phrase_pattern(
            "party_petition_words").search(r.key, r.s.start, r.s.end):
        return False
    if q.subject == "party_org_implicit":
        return phrase_pattern("state_petition_bodies").search(r.key, r.s.start, r.s.end) is not None
    if not names_party(r.key):
        return True
    paragraphs = r.ctx.paragraphs
    start = paragraphs[max(r.s.paragraph - 1, 0)][0]
    end = paragraphs[min(r.s.paragraph + 1, len(paragraphs) - 1)][1]
    return phrase_pattern("state_petition_bodies").search(r.key, start, end) is not None


@functools.lru_cache(maxsize=4)
def party_presence(key: str) -> str:
    """Whether a text names the Party or a Party body anywhere (`party_presence_words`): 'party'; else whether it
    names a mass organisation's body of the same name ('Ủy ban Kiểm tra Công đoàn', `party_presence_not_before`):
    'other_body'; else 'none'. Read once per text."""
    others = words("party_presence_not_before", "")
    presence = "none"
    for m in phrase_pattern("party_presence_words").finditer(key):
        if not starts_with_phrase(key, skip_spaces(key, m.end()), others):
            return "party"
        presence = "other_body"
    return presence


def other_body_acts(r: SentenceReader, q: Quantity) -> bool:
    """A mass organisation's or a state inspectorate's body named after any Party body of the sentence and before
    the figure acts for it ('Ủy ban Kiểm tra Liên đoàn Lao động tỉnh tiếp nhận 12 đơn'): no Party figure."""
    found = r.memo.get("non_party_bodies")
    if found is None:  # found once per sentence
        found = r.memo["non_party_bodies"] = [
            m.start() for m in phrase_pattern("non_party_bodies").finditer(r.key, r.s.start, r.s.end)]
    others = [start for start in found if start < q.start]
    if not others:
        return False
    bodies = [g.start for g in r.groups if g.start < q.start and not _in_person_title(r.key, r.s.start, g.start)]
    return others[-1] >= max(bodies, default=-1)


def _in_person_title(key: str, lower: int, start: int) -> bool:
    """'… do ông A – Ủy viên Ban Thường vụ Huyện ủy làm Trưởng đoàn': a body whose clause in its sentence (from
    `lower`, after a comma or a dash) opens on a person's title (person_title_words) names an office, not who acts."""
    lead = max((at + len(mark) for mark in (",", "–", " - ", "(", ";") if (at := key.rfind(mark, lower, start)) >= 0),
               default=lower)
    return bool(starts_with_phrase(key, skip_spaces(key, lead), words("person_title_words", "")))


def state_body_counts(r: SentenceReader, q: Quantity) -> bool:
    """'Công an tỉnh đã kiểm tra 320 cơ sở, xử phạt 45 trường hợp': people or units a state body's own clause
    counts, with no Party body in its sentence, are none of the Party's members or organisations."""
    if q.subject in PARTY or q.subject == "petition":
        return False
    lower = r.region_start(q.context_start)
    party_before = [g for g in r.groups if g.start < q.start]
    if any(g.start >= lower for g in party_before) or (party_before and not _clause_of_its_own(r, lower)):
        return False
    body = phrase_pattern("state_bodies").search(r.key, lower, q.start)
    if body is None or (party_before and body.start() - skip_spaces(r.key, lower) > STATE_SUBJECT_REACH):
        return False  # past a Party body's clause, only a state body opening its own clause acts: 'Bộ Công an …'
    # 'Đảng bộ Cục Hải quan thành phố kết nạp được 6 đồng chí': the state body's own Party body acts
    return phrase_pattern("party_body_prefixes").search(r.key, lower, body.start()) is None


def _clause_of_its_own(r: SentenceReader, lower: int) -> bool:
    """Whether the clause starting at lower follows a semicolon outside any parentheses: 'Bộ Công an xử lý kỷ luật
    cảnh cáo hai trường hợp; Tỉnh ủy … cảnh cáo ba trường hợp' holds a state body's clause and a Party body's."""
    return lower > r.s.start and r.key[lower - 1] == ";" and r.enclosing(lower) is None


def names_party(key: str) -> bool:
    """Whether a text names the Party or a Party body anywhere."""
    return party_presence(key) == "party"


def outside_the_party(r: SentenceReader, q: Quantity) -> bool:
    """Units a text that never names the Party counts ('3 cơ sở') are none of its organisations; people are none
    of its members when the text names a mass organisation's body instead ('Ủy ban Kiểm tra Công đoàn các cấp …
    kỷ luật 5 cán bộ')."""
    if q.subject == "party_org_implicit":
        return not names_party(r.key)
    return q.subject == "person" and party_presence(r.key) == "other_body"


def ranges_other_noun(r: SentenceReader, q: Quantity) -> bool:
    """'thành lập chi bộ ở doanh nghiệp có 300 - 500 lao động': the bare first end of a range counts what its
    second end counts, here workers, not what the cue founded."""
    if q.noun_start >= 0:
        return False
    partner = next((o for o in r.quantities if o.start > q.start), None)
    return (partner is not None and partner.noun_start >= 0 and range_partner(r, q, partner)
            and partner.subject not in PARTY and partner.subject != "person")


def per_unit(r: SentenceReader, q: Quantity) -> bool:
    """'mỗi chi bộ phải kết nạp từ 1 - 2 đảng viên': a norm for each unit, no statistic ('mỗi năm kết nạp 90' is a
    yearly target and stays)."""
    if not names_any(r, "per_unit_words"):
        return False
    start = max(r.region_start(q.context_start), *(r.key.rfind(c, r.s.start, q.context_start) + 1 for c in ",;:"))
    clause = f" {r.key[start:q.context_start]}"
    for word in words("per_unit_words"):
        at = clause.rfind(f" {word} ")
        if at >= 0 and not starts_with_phrase(clause, at + len(word) + 2, words("per_time_words")):
            return True
    return False


@functools.cache
def _prior_level_pattern() -> re.Pattern[str]:
    """A comparison base, an optional year, a link, then the end of the text: 'cùng kỳ năm 2022 là '."""
    bases = "|".join(re.escape(w) for w in words("prior_level_bases"))
    links = "|".join(re.escape(w) for w in words("prior_level_links"))
    year_words = "|".join(re.escape(w) for w in words("prior_level_year_words"))
    return re.compile(rf"(?<!\w)(?:{bases})(?: (?:{year_words}))?(?: \d{{4}})? ?(?:{links}) *$")


def is_prior_level(r: SentenceReader, q: Quantity) -> bool:
    """'thi hành kỷ luật 9 đảng viên, cùng kỳ năm trước là 12 đảng viên': the base's level, no statistic."""
    if not names_any(r, "prior_level_bases"):
        return False
    return bool(_prior_level_pattern().search(r.key, max(r.s.start, q.context_start - LOOKBACK), q.context_start))


def counts_plan_fields(r: SentenceReader, q: Quantity) -> bool:
    """'10 chỉ tiêu về kinh tế, 2 chỉ tiêu về xây dựng Đảng', '18 chỉ tiêu chủ yếu': how many indicators a plan
    sets in a field or of a kind, or how many it met, no target."""
    if q.noun_start < 0 or r.key[q.noun_start:q.noun_end] not in words("target_words"):
        return False
    after = skip_spaces(r.key, q.noun_end)
    return bool(starts_with_phrase(r.key, after, words("field_words"))
                or starts_with_phrase(r.key, after, words("target_set_words")))


def passive_other_act(r: SentenceReader, q: Quantity) -> bool:
    """'thi hành kỷ luật 5 đảng viên, 2 đảng viên bị truy cứu trách nhiệm hình sự': a figure whose own passive verb
    (or active_other_acts right after its noun) names another act belongs to that act, not to the list before it."""
    if q.noun_start < 0:
        return False
    pos = skip_spaces(r.key, q.noun_end)
    if starts_with_phrase(r.key, pos, words("active_other_acts", "")):
        return True  # '… kết nạp tại chỗ là 26 đảng viên, 04 đảng viên chuyển sinh hoạt đảng từ nơi khác đến'
    marker = starts_with_phrase(r.key, pos, words("passive_markers", ""))
    if not marker:
        return False
    return bool(starts_with_phrase(r.key, skip_spaces(r.key, pos + len(marker)), words("breaker_verbs", "")))


def denied_after(r: SentenceReader, q: Quantity) -> bool:
    """'… và 31 tổ chức có vi phạm, nhưng chưa đến mức xử lý kỷ luật': a figure whose own clause, before the next
    figure, says the act was not reached (denial_after_figure) is no figure of the act listed before it."""
    if q.noun_start < 0:
        return False
    end = next((o.context_start for o in r.quantities if o.start > q.start), r.s.end)
    semicolon = r.key.find(";", q.noun_end, end)
    clause = r.key[q.noun_end:semicolon if semicolon >= 0 else end].rstrip(CLAUSE_END_MARKS)  # '… không kỷ luật.'
    denials = words("denial_after_figure", "")
    if semicolon < 0 and end < r.s.end:  # '… 3 đảng viên, không thi hành kỷ luật 20 đảng viên': the next figure's verb
        verb = ends_with_phrase(clause, len(clause), denials)
        clause = clause[:len(clause) - len(verb)] if verb else clause
    return holds_word(clause, 0, len(clause), denials)


def counts_documents(r: SentenceReader, q: Quantity) -> bool:
    """'tham mưu ban hành 5 kế hoạch kiểm tra': the figure counts plans or other papers, not what they act on."""
    return q.noun_start >= 0 and r.key[q.noun_start:q.noun_end] in words("document_nouns", "")


def count_draft(r: SentenceReader, q: Quantity) -> Draft | None:
    """A count, a target or an absolute change of a Party figure; an approximate fraction counting nothing ('khoảng
    2/3 do tổ chức Công đoàn giới thiệu') is a share, none, and so is a number with decimals (members and bodies come
    whole)."""
    if q.ratio is not None and q.approx is not None and q.noun_start < 0:
        return None
    if not float(q.value).is_integer():  # '985 đảng viên (tăng 232,7' cut before its '%': members come whole
        return None
    sign = change_sign(r, q) or continued_sign(r, q, "change_abs")
    if sign is not None:
        return change_draft(r, q, sign, "change_abs")
    if (is_margin(r, q) or per_unit(r, q) or state_employees(r, q) or state_discipline(r, q) or petition_outcome(r, q)
            or state_petition(r, q) or outside_the_party(r, q) or other_body_acts(r, q) or state_body_counts(r, q)
            or counts_plan_fields(r, q) or counts_documents(r, q) or passive_other_act(r, q) or denied_after(r, q)
            or is_prior_level(r, q) or ranges_other_noun(r, q)):
        return None
    target = (q.ratio == "denominator" and (q.noun in words("target_words") or ratio_names_target(r, q)
                                            or exceeded(r, q) or restated_attainment(r, q))) or (
        q.ratio is None and (q.noun in words("target_words") or is_target(r, q) or is_plan(r, q)))  # '85 chỉ tiêu'
    if q.ratio == "denominator" and not target:
        return None
    anchor = aside_anchor(r, q)
    # 'kế hoạch kết nạp 45 đảng viên (trong đó có ít nhất 01 đảng viên là chủ doanh nghiệp)': a share of a plan,
    # which a sum of targets would count twice
    if anchor is not None and anchor[1].measure == "target":
        return None
    cue = passive_cue(r, q) or cue_before(r, q.context_start, allow_nominal=target or met_target(r, q))
    paren = r.enclosing(q.start)
    follows_figure = paren is not None and any(
        not r.key[o.tail_end:paren[0]].strip() for o in r.quantities if o.start < paren[0])
    if cue is None and anchor is None and paren is not None and follows_figure:
        # '38 trường hợp (11 tổ chức đảng, 27 đảng viên)'
        cue = cue_before(r, paren[0], allow_nominal=False)
    if cue is None and anchor is None and continues_across_semicolon(r, q):  # '… 43 tổ chức đảng; 29 đảng viên'
        cue = cue_before(r, r.region_start(q.context_start) - 1, allow_nominal=False)
    if cue is None and anchor is None:
        cue = colon_list_cue(r, q)
    key_noun = r.key[q.noun_start:q.noun_end] if q.noun_start >= 0 else ""
    codes: tuple[str, ...] = ()
    listed: tuple[str, ...] = ()
    if key_noun in noun_cues():
        codes = (noun_cues()[key_noun],)
    elif cue is not None and cue.kind != "blocked":
        listed = listed_forms_total(r, cue) if q.noun_start >= 0 else ()
        codes = noun_listed_code(r, cue.start) or listed or cue.codes
    if anchor is not None and (not codes or any(c in ancestors(anchor[1].indicator) for c in codes)):
        codes = (anchor[1].indicator,)
    if not codes and q.subject == "petition" and not _other_verb(r, q):  # '… đơn tố cáo; đã giải quyết 26 đơn'
        earlier = [f for _, f in r.prior + r.facts if f.indicator in words("petition_indicators", "")]
        codes = (earlier[-1].indicator,) if earlier else ()
        if earlier and not petition_about(r, q):
            return Draft(earlier[-1].indicator, earlier[-1].subject, "count", q.value, q.start, None,
                         total_of(r, q, earlier[-1].indicator, earlier[-1].subject, None))
    if not codes and target and cue is None and not _other_verb(r, q):  # 'Năm 2024, chỉ tiêu huyện giao là 7 đảng
        codes = paragraph_indicator(r, q.subject)  # viên': the paragraph's latest figure of that subject names what
        # the target is for (not across a verb of another act: '… thành lập 3 chi bộ và … sẽ có 14 chi bộ')
    named_after = not codes and cue is None and anchor is None
    if named_after:
        codes = post_codes(r, q)
    if not codes or merged_subjects(r, q):
        return None
    subject = count_subject(r, q, cue, codes, anchor)
    code = pick(codes, subject) if subject else None
    if code is None or subject is None:
        return None
    code = post_cue(r, q, code, subject)
    if specs()[code].breakdown and _broken_down_in_aside(r, q, code):
        code = specs()[code].refines or code
    if code in words("make_up_indicators") and founding_make_up(r, q, cue):
        return None
    if code == "admitted" and r.key[q.noun_start:q.noun_end] in words("membership_status_nouns", ""):
        return None  # '… trong đó có 18 đảng viên chính thức': a stock by status
    if code not in listed:  # 'UBKT khiển trách, cảnh cáo 14 người': the first form is no topic refining the total
        code = subset_code(r, q, paragraph_code(r, topic_code(r, q, code)))
    part_of = None if target else total_of(r, q, code, subject, anchor)
    cue_start = cue.start if cue is not None else (anchor[0].start if anchor else q.start)
    return Draft(code, subject, "target" if target else "count", q.value, cue_start, anchor, part_of, named_after)


def _broken_down_in_aside(r: SentenceReader, q: Quantity, code: str) -> bool:
    """'cảnh cáo 2 tổ chức Đảng, 19 đảng viên (cách chức 5 đảng viên, khai trừ 14 đảng viên)', 'khiển trách … 41 đảng
    viên (khiển trách 19, cảnh cáo 18, cách chức 4)': a figure whose aside right after it splits it into other forms
    (of its noun, or of none) that add up to it is their total, not a count of the form before it."""
    after = skip_spaces(r.key, q.noun_end if q.noun_start >= 0 else q.tail_end)
    close = next((c for o, c in r.parens if o == after), None)
    if close is None:
        return False
    parts = [o for o in r.quantities if after < o.start < close and (o.subject == q.subject or o.noun_start < 0)]
    forms = {form for c in r.cues if after < c.start < close for form in c.codes if specs()[form].breakdown}
    return bool(parts) and bool(forms - {code}) and sum(o.value for o in parts) == q.value


def founding_make_up(r: SentenceReader, q: Quantity, cue: Cue | None) -> bool:
    """'Đảng bộ phường được thành lập theo Quyết định số …, gồm 70 tổ chức đảng': figures after a make-up word
    (make_up_markers) that follows a founding with no figure of its own between them describe the body founded, not
    new bodies ('thành lập 5 chi bộ, gồm 3 chi bộ …' lists the 5)."""
    if cue is None or cue.kind == "blocked" or q.start <= cue.end:
        return False
    marker = next((i for m in words("make_up_markers") if (i := r.key.find(f" {m}", cue.end - 1, q.start)) >= 0
                   and not r.key[i + 1 + len(m)].isalnum()), -1)  # 'gồm 3 chi bộ', 'bao gồm: …'
    return marker >= 0 and not any(cue.end <= o.start < marker for o in r.quantities)


def _other_verb(r: SentenceReader, q: Quantity) -> bool:
    """A verb of another act in the figure's clause: 'đã chuyển … theo thẩm quyền 3 đơn'."""
    clause = f" {r.key[r.region_start(q.context_start):q.context_start]} "
    return any(f" {v} " in clause for v in words("non_subset_verbs") + words("breaker_verbs", ""))


def _semicolon_clause_start(r: SentenceReader, q: Quantity) -> int | None:
    """Where q's clause starts when it opens on q, a figure of a Party subject, right after a semicolon."""
    lower = r.region_start(q.context_start)
    if lower <= r.s.start or r.key[lower - 1] != ";" or r.key[lower:q.context_start].strip() or q.subject not in PARTY:
        return None
    return lower


def continues_across_semicolon(r: SentenceReader, q: Quantity) -> bool:
    """'kiểm tra 43 tổ chức đảng – giảm 6,52%; 29 đảng viên – tăng 11,53%': a clause that opens on a figure of the
    other Party subject, with no cue of its own, goes on with the list of the clause before it."""
    lower = _semicolon_clause_start(r, q)
    if lower is None:
        return False
    # what follows the figure up to its next figure or comma ('29 đảng viên – tăng 11,53%'): no verb of its own
    rest = r.key[q.tail_end:min([*(o.context_start for o in r.quantities if o.start > q.start), r.s.end])]
    end = q.tail_end + len(rest.split(",")[0].split(";")[0])
    passive = any(f" {w} " in f" {r.key[q.tail_end:end]} " for w in words("passive_markers", ""))
    if passive or r.breaker_positions(q.tail_end, end) or any(q.tail_end <= c.start < end for c in r.cues):
        return False  # '…; 29 đảng viên được biểu dương': a clause of its own
    previous = r.region_start(lower - 1)
    return any(previous <= o.start < lower and o.subject in PARTY and o.subject != q.subject for o in r.quantities)


def colon_list_cue(r: SentenceReader, q: Quantity) -> Cue | None:
    """'Ủy ban Kiểm tra các cấp kiểm tra: 7 đảng viên …; 10 tổ chức đảng trong việc …; 3 tổ chức đảng …': items
    after a cue and its colon, each opening on its figure after a semicolon, are that cue's objects, unless an
    item names an act of its own."""
    lower = _semicolon_clause_start(r, q)
    if lower is None:
        return None
    colon = r.key.rfind(":", r.s.start, lower)
    if colon < 0 or not all(item.strip()[:1].isdigit() for item in r.key[colon + 1:lower - 1].split(";")):
        return None
    cue = next((c for c in reversed(r.cues) if c.end <= colon), None)
    if cue is None or cue.nominal or cue.kind == "blocked" or r.key[cue.end:colon].strip():
        return None
    end = r.key.find(";", q.tail_end, r.s.end)
    end = r.s.end if end < 0 else end
    own_act = any(q.tail_end <= c.start < end and not c.nominal and c.kind != "post" for c in r.cues)
    return None if own_act or r.breaker_positions(q.tail_end, end) else cue


def paragraph_indicator(r: SentenceReader, subject: str | None) -> tuple[str, ...]:
    """The indicator of the paragraph's latest count or target of this subject, if any."""
    earlier = [f for _, f in r.prior + r.facts if f.subject == subject and f.measure in ("count", "target")]
    return (earlier[-1].indicator,) if subject in PARTY and earlier else ()


def noun_listed_code(r: SentenceReader, cue_start: int) -> tuple[str, ...]:
    """'giám sát 4.700 đảng viên, giải quyết 45 trường hợp tố cáo đảng viên, hai tổ chức đảng': a figure listed
    right after one whose own noun named its indicator continues that indicator, not the verb before both."""
    if not r.facts or r.facts[-1][0].start < cue_start:
        return ()
    last_q, last = r.facts[-1]
    noun = r.key[last_q.noun_start:last_q.noun_end] if last_q.noun_start >= 0 else ""
    return (last.indicator,) if noun_cues().get(noun) == last.indicator else ()


def total_of(r: SentenceReader, q: Quantity, code: str, subject: str,
             anchor: tuple[Quantity, Fact] | None) -> str | None:
    """The total a figure breaks down: the figure its parenthesis follows (same subject), the total of
    its form of discipline, or the figure a 'trong đó' subset (or the list it opens) belongs to."""
    if anchor is not None:
        paren = r.enclosing(q.start)
        for qq, f in reversed(r.facts):
            if paren and qq.start < paren[0] and f.subject == subject and f.measure == "count" and (
                    f.indicator == code or f.indicator in ancestors(code)):
                return f.fact_id
    parents = ancestors(code) if specs()[code].breakdown else set()
    lower = r.region_start(q.context_start)
    subset = any(r.key.rfind(m, lower, q.context_start) >= 0 for m in words("subset_markers"))
    for _, f in reversed(r.prior + r.facts):  # a total, not a share of it ('cấp ủy xử lý 139, UBKT xử lý 75')
        if f.measure == "count" and f.subject == subject and f.indicator in parents and f.part_of is None:
            return f.fact_id
    if subset:  # '… 5.148 đảng viên, trong đó 602 cán bộ … và 1.264 giáo viên': siblings share the total
        # a sentence opening on 'Trong đó, …' breaks down the total of the sentence before it
        opens = starts_with_phrase(r.key, skip_spaces(r.key, r.s.start), words("subset_markers"))
        for _, f in reversed(r.prior + r.facts if opens else r.facts):
            if f.measure == "count" and f.indicator == code and f.subject == subject and f.part_of is None:
                return f.fact_id
    return _sibling_total(r, lower, code, subject)


def _sibling_total(r: SentenceReader, lower: int, code: str, subject: str) -> str | None:
    """'Trong đó, UBKT tỉnh kỷ luật 1; cấp cơ sở kỷ luật 19': a clause after a semicolon that names its own body
    goes on with the subset list before it and shares its total; not one opening on a verb ('…; kiểm tra 12': a new
    act), nor after a figure in an aside ('309 chi bộ (… 2 chi bộ); … 346 chi bộ')."""
    if lower <= r.s.start or r.key[lower - 1] != ";" or r.cues_at(skip_spaces(r.key, lower)):
        return None
    for qq, f in reversed(r.facts):
        if (qq.start < lower and f.measure == "count" and f.indicator == code and f.subject == subject
                and r.enclosing(qq.start) is None):
            return f.part_of
    return None


def change_draft(r: SentenceReader, q: Quantity, sign: int, measure: str) -> Draft | None:
    """'tăng 26 đảng viên', 'giảm 20%': the change of the latest total with the same subject (its noun, or
    the noun of its clause: 'số tổ chức đảng được kiểm tra tăng 12,5%'); a change in events ('tăng hơn 7.000
    lượt') or with a noun of its own that counts no Party subject is none of a Party figure."""
    if q.subject == "event" or (q.noun_start >= 0 and q.subject is None):
        return None  # '… giảm được 63/181 xóm, tổ dân phố phải sinh hoạt ghép': a noun of its own, no Party one
    subject = q.subject if q.subject in PARTY else "party_org" if q.subject == "party_org_implicit" else (
        _subject_named_after(r, q)[0] or party_noun_between(r, r.region_start(q.context_start), q.context_start))
    clause = r.region_start(q.context_start)
    if holds_word(r.key, clause, q.context_start, words("rating_rate_phrases")) or (
            subject is None and holds_word(r.key, clause, q.context_start, words("change_other_topics"))):
        return None  # '…; thu ngân sách hằng năm tăng 12%', '… hoàn thành tốt nhiệm vụ đạt 100% - tăng 10%': the
        # change of another measure, or of a rating, its clause names
    for qq, f in reversed(r.facts):
        if (f.measure == "count" and (subject is None or f.subject == subject) and not r.aside(qq.start, q.start)
                and (f.part_of is None or subject is not None)):
            if _other_figure_between(r, qq, q, f.subject):
                return None  # '… kỷ luật 68 đảng viên; xóa tên 137 đảng viên, tăng 61 …': the change of the 137
            return Draft(f.indicator, f.subject, measure, sign * q.value, qq.start, (qq, f))
    cue = cue_before(r, q.context_start, allow_nominal=True, whole_sentence=True)
    if cue is None or subject is None:
        return None
    # 'So với quý I/2023, số đảng viên kết nạp tăng 9,4%' after the figure, in the paragraph (or, in a sentence of
    # rates alone, the one before: 'Tỷ lệ phát triển đảng viên tăng 88% so với cùng kỳ')
    rates_only = bool(r.previous) and r.memo.setdefault("rates_only", all(o.unit == "percent" for o in r.quantities))
    for qq, f in reversed((r.previous if rates_only else []) + r.prior):
        if f.measure == "count" and f.subject == subject and f.part_of is None and f.indicator in cue.codes:
            return Draft(f.indicator, f.subject, measure, sign * q.value, qq.start, (qq, f))
    return None


def _other_figure_between(r: SentenceReader, total: Quantity, change: Quantity, subject: str) -> bool:
    """A count of the same subject between a fact's figure and a change that is no fact of its own, nor a part of
    the fact's ('…; trong đó có 1.827 đảng viên là cấp ủy viên (tăng …)'): the change is that figure's."""
    facts = {qq.start for qq, _ in r.facts}
    return any(total.start < o.start < change.context_start and o.start not in facts and o.unit == "count"
               and o.subject == subject and r.last_subset_marker(o.start) < total.start for o in r.quantities)


def _subject_named_after(r: SentenceReader, q: Quantity) -> tuple[str | None, int]:
    """'tăng 17% về số tổ chức đảng': the Party subject a change names after it, and where that name ends (else
    None and the figure's own end)."""
    pos = skip_spaces(r.key, q.tail_end)
    opener = starts_with_phrase(r.key, pos, words("change_subject_openers"))
    if not opener:
        return None, q.tail_end
    hit = noun_at(r.key, r.ctx.text, skip_spaces(r.key, pos + len(opener)), table_only=True)
    if hit is None:
        return None, q.tail_end
    subject = "party_org" if hit[1] == "party_org_implicit" else hit[1]  # 'tăng 61% số tổ chức'
    return (subject, hit[3]) if subject in PARTY else (None, q.tail_end)


def continued_sign(r: SentenceReader, q: Quantity, measure: str = "change_pct") -> int | None:
    """'tăng 18,1% tổ chức đảng và 15,7% đảng viên', '(tăng 214 tổ chức, 54 đảng viên)': a figure listed right
    after a change shares its change word."""
    if not r.facts:
        return None
    last_q, last = r.facts[-1]
    gap = r.key[_subject_named_after(r, last_q)[1]:q.context_start].strip(" ,")
    if last.measure != measure or (gap and gap not in words("list_joiners", "")):
        return None
    return 1 if last.value >= 0 else -1


def _rate_of_change_sign(r: SentenceReader, q: Quantity) -> int | None:
    """'tăng 12.308 đảng viên (6,66%)': a percentage alone in an aside right after a change is its rate."""
    paren = r.enclosing(q.start)
    if paren is None or not r.facts:
        return None
    last_q, last = r.facts[-1]
    if last.measure != "change_abs" or r.key[last_q.tail_end:paren[0]].strip() or r.key[paren[0] + 1:q.start].strip():
        return None
    return 1 if last.value >= 0 else -1


def _after_percent(r: SentenceReader, q: Quantity) -> tuple[str, bool]:
    """The words after a percentage (after the second end of a range), and whether they name a target."""
    key = r.key
    m = RANGE_END.match(key, q.end)  # '3-3,5% tổng số đảng viên': the first end reads what follows the second
    end = m.end() if m else q.end
    after = key[end:end + FIRST_WORDS_AFTER]
    prefixes = words("target_after_prefixes")
    opened = after.lstrip(" ,")
    if opened.startswith("("):  # '64,29% (Nghị quyết là 4.830 đảng viên)': an aside that names the target count
        start = key.index("(", end)  # (an aside naming a target rate, '97,6% (mục tiêu là 90%)', is no plan)
        close = key.find(")", start, start + LOOKBACK)
        aside = key[start + 1:close] if close > 0 else ""
        opened = aside.lstrip() if aside and "%" not in aside else opened
    return after, any(opened.startswith(t) or any(f"{p} {t}" in after for p in prefixes)
                      for t in words("target_words") + words("percent_target_words"))


def percent_kind(r: SentenceReader, q: Quantity) -> str | None:
    """attainment_pct, share_pct, change (signed later) or None for a percentage."""
    key, pos = r.key, q.context_start
    after, target_after = _after_percent(r, q)
    over = words("over_words")  # 'vượt (hơn) 30% so với Nghị quyết': a margin over the target, not attainment
    if ends_with_phrase(key, pos, over + words("over_target_words")) or any(w in key[pos:q.start] for w in over):
        return None
    if ends_with_phrase(key, pos, words("share_before")):  # 'chiếm tỷ lệ 78,2% so với chỉ tiêu' is attainment
        return "attainment_pct" if target_after else "share_pct"
    per_year = starts_with_phrase(after.lstrip(), 0, words("per_year_after"))  # 'đạt 2,86%/năm': a yearly rate
    if per_year or ends_with_phrase(key, pos, words("rate_words")):  # 'đạt tỉ lệ 116,4%' after a count: no share
        return "attainment_pct" if target_after or q.value > FULL_SHARE else "share_pct"
    if ends_with_phrase(key, pos, words("attainment_before")):
        opened = after.lstrip()  # '… so với tổng số đảng viên' is a share, '… so với tổng số chỉ tiêu' attainment
        shared = any(opened.startswith(w) and not starts_with_phrase(opened[len(w):].lstrip(), 0, words("target_words"))
                     for w in words("share_after"))
        lower = r.region_start(pos)  # 'tỷ lệ đảng viên trong dân quân đạt 31%': a rate reached, a share; not a rate
        # named before a count the percentage follows ('tỷ lệ kết nạp cao như: xã A kết nạp 10 đảng viên, đạt 83%')
        lower = max([lower, *(o.tail_end for o in r.quantities if lower <= o.start < q.start and o.unit == "count")])
        # 'tỷ lệ đảng viên mới kết nạp chỉ đạt 1,9%, thấp hơn so với chỉ tiêu': a rate set against the target rate
        compared = starts_with_phrase(after.lstrip(" ,"), 0, words("rate_compared_after"))
        rate = (not target_after or compared) and any(w in key[lower:pos] for w in words("rate_words"))
        return "share_pct" if shared or rate else "attainment_pct"
    if key[:pos].rstrip().endswith("("):
        return "share_pct"
    return "attainment_pct" if target_after else None


def _count_before_stock(r: SentenceReader, previous: list[Quantity]) -> Quantity:
    """'kết nạp 33 đảng viên, nâng tổng số đảng viên lên 155 đồng chí, đạt 110% so với nghị quyết': a stock
    after a breaker verb is no base of attainment, nor a part after a subset marker ('kết nạp 151 đảng viên, trong
    đó có 5 chủ doanh nghiệp, … đạt 155% kế hoạch'); the count before them is."""
    last = previous[-1]
    counted = [o for o in previous[:-1] if (f := r.fact_of(o)) is not None and f.measure == "count"]
    if counted and (r.breaker_positions(counted[-1].tail_end, last.context_start) or any(
            r.key.find(m, counted[-1].tail_end, last.context_start) >= 0 for m in words("subset_markers"))):
        return counted[-1]
    return last


def _cue_after_target(r: SentenceReader, q: Quantity) -> Cue | None:
    """'đã thực hiện 50% chỉ tiêu được giao về công tác kết nạp đảng viên', 'đạt 80% thành lập tổ chức đảng': the act
    whose target a percentage attains, named right after it or after its target words and their link words ('được
    giao về công tác')."""
    reach = min(r.s.end, q.end + TARGET_CUE_REACH)
    for c in r.cues:
        if c.start < q.end or c.start >= reach:
            continue
        between = r.key[q.end:c.start].strip()
        target = starts_with_phrase(between, 0, words("target_words")) or ""
        if c.kind != "cue" or not (target or not between) or not set(
                between[len(target):].split()) <= set(words("target_cue_links")):
            return None
        return c
    return None


def margin_attainment(r: SentenceReader, q: Quantity) -> Draft | None:
    """'kết nạp 208 đảng viên, vượt 15,6% kế hoạch': a count's margin over its target gives its attainment, 115,6
    (a margin of 100% or more, 'vượt 115% kế hoạch', is written for the attainment itself); a margin after a rate
    ('đạt 98% (vượt 0,8% chỉ tiêu)') is in points and gives none."""
    over = words("over_words")  # before the figure, or its approximation word ('vượt 5%' is approx over)
    if not (ends_with_phrase(r.key, q.context_start, over) or any(w in r.key[q.context_start:q.start] for w in over)):
        return None
    if not _after_percent(r, q)[1]:
        return None
    lower = r.region_start(q.context_start)
    before = [o for o in r.quantities if lower <= o.start < q.start]
    fact = r.fact_of(before[-1]) if before and before[-1].unit == "count" else None
    if fact is None or fact.measure != "count":
        return None
    value = q.value if q.value >= 100 else round(100 + q.value, 6)
    return Draft(fact.indicator, fact.subject, "attainment_pct", value, before[-1].start, (before[-1], fact))


QUOTIENT_TOLERANCE = 1.0  # percentage points between a printed rate and a count over its target ('49%' for 138/284)


def _quotient_of_target(r: SentenceReader, base: Quantity, q: Quantity) -> bool:
    """'kết nạp được 138/284 đảng viên mới, đạt tỷ lệ 49%': a rate right after a count over its target that is their
    quotient is the target's attainment, whatever word names it."""
    if base.ratio != "denominator" or not base.value:
        return False
    fact = r.fact_of(base)
    top = next((o for o in reversed(r.quantities) if o.start < base.start and o.ratio == "numerator"), None)
    done = r.fact_of(top) if top is not None else None
    if top is None or fact is None or fact.measure != "target" or done is None or done.measure != "count" or (
            done.indicator != fact.indicator):
        return False
    return abs(100 * top.value / base.value - q.value) <= QUOTIENT_TOLERANCE


def percent_draft(r: SentenceReader, q: Quantity) -> Draft | None:
    """A percentage: attached to the figure it follows, else to the sentence's indicator."""
    sign = change_sign(r, q) or continued_sign(r, q) or _rate_of_change_sign(r, q)
    if sign is not None:
        return change_draft(r, q, sign, "change_pct")
    margin = margin_attainment(r, q)
    if margin is not None:
        return margin
    kind = percent_kind(r, q)
    after = _after_percent(r, q)[0].lstrip()
    if kind is None or starts_with_phrase(after, 0, words("budget_bases")) or starts_with_phrase(
            after, 0, words("population_bases")):
        return None
    lower = r.region_start(q.context_start)
    if holds_word(r.key, lower, q.context_start, words("change_other_topics")) and party_noun_between(
            r, lower, q.context_start) is None:
        return None  # '…, bình quân hằng năm tốc độ tăng trưởng công nghiệp ước đạt 10%': another measure's rate
    clause = r.key[lower:q.context_start]
    if any(w in clause for w in words("member_rate_phrases")):
        return None  # 'tỷ lệ trưởng thôn là đảng viên đạt 54,5%': how many of some people are members, no Party act
    if kind == "attainment_pct" and any(w in clause for w in words("rating_rate_phrases")):
        return None  # 'đảng viên hoàn thành tốt nhiệm vụ trở lên đạt 86%': a year-end rating, no act attained
    if q.subject in PARTY:
        for qq, f in reversed(r.facts):
            if f.subject == q.subject and f.measure == "count":
                return Draft(f.indicator, f.subject, kind, q.value, qq.start, (qq, f))
    paren = r.enclosing(q.start)
    lower = min(lower, r.region_start(paren[0])) if paren else lower
    previous = [o for o in r.quantities if lower <= o.start < q.start and o.unit == "count" and not is_margin(r, o)]
    named = _cue_after_target(r, q) if kind == "attainment_pct" else None
    last_fact = r.fact_of(previous[-1]) if previous else None
    if named is not None and last_fact is not None and last_fact.indicator not in named.codes:
        previous = []  # '… (thành lập được 15 tổ chức đảng) và 83% kế hoạch kết nạp đảng viên': another act's target
    if previous:
        base = previous[-1]
        if r.fact_of(base) is None and kind == "attainment_pct" and _after_percent(r, q)[1]:
            base = _count_before_stock(r, previous)
        fact = r.fact_of(base)
        if fact is None or fact.measure not in ("count", "target"):
            return None
        if kind == "share_pct" and _quotient_of_target(r, base, q):
            kind = "attainment_pct"
        return Draft(fact.indicator, fact.subject, kind, q.value, base.start, (base, fact))
    if kind == "attainment_pct" and is_plan(r, q):
        return None  # 'Phấn đấu kết nạp đảng viên mới đạt trên 3%': a rate aimed at, nothing attained
    cue = cue_before(r, q.context_start, allow_nominal=True, whole_sentence=True)
    # the act named after the percentage, when no act before it is left without its own figure ('đạt 72% kế hoạch
    # kết nạp đảng viên (506 …); đạt 80% thành lập tổ chức đảng (15 …) và 83% kế hoạch kết nạp đảng viên')
    named_after = named is not None and (cue is None or any(cue.end <= o.start < q.start for o in r.quantities))
    cue = named if named_after else cue
    if cue is None or cue.kind == "blocked":
        return None
    for qq, f in reversed(r.prior):  # 'Hình thức khiển trách chiếm 54,55%' after the breakdown
        if f.measure == "count" and f.indicator in cue.codes:
            return Draft(f.indicator, f.subject, kind, q.value, qq.start, (qq, f))
    if kind != "attainment_pct":
        return None
    start, end = (cue.end, min(r.s.end, cue.end + TARGET_NOUN_REACH)) if named_after else (r.s.start, q.start)
    subject = party_noun_between(r, start, end)
    candidates = [subject] if subject else [specs()[c].default_subject for c in cue.codes]
    for subj in candidates:
        code = pick(cue.codes, subj) if subj else None
        if code and subj:
            return Draft(code, subj, kind, q.value, cue.start)
    return None
