"""What a figure counts (members, organisations, petitions) and the act a word after it names ("… vào Đảng")."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from transforms.alternation import behind_start, trie_alternation
from transforms.cues import Cue, actor_words, discipline_forms, specs, words
from transforms.fact import Fact
from transforms.quantities import PARTY_SUBJECTS as PARTY
from transforms.quantities import Quantity, noun_at
from transforms.reader import SentenceReader, cue_after_list
from transforms.scope import subject_span
from transforms.text import ends_with_phrase, skip_spaces, starts_with_phrase
from transforms.vocab import noun_vocab

DESTINATION_REACH = 60  # 'kết nạp 50 đoàn viên ưu tú của các chi đoàn vào Đảng': the destination ends a short phrase


def party_noun_between(r: SentenceReader, start: int, end: int) -> str | None:
    """The last Party noun between start and end, not one inside a breakdown aside closed before end ('136 đảng viên
    (có 29 cấp ủy viên), tăng 142,9%' names members; 'kết nạp 10.027 so với chỉ tiêu (9.744 đảng viên)' members)."""
    found = None
    pos = start
    while pos < end:
        aside = next(((o, c) for o, c in r.parens if o <= pos < c < end), None) if (
            pos == start or r.key[pos] == "(") else None  # an aside is entered at its bracket or at the start
        if aside and starts_with_phrase(r.key, skip_spaces(r.key, aside[0] + 1), words("breakdown_aside_openers")):
            pos = aside[1] + 1
            continue
        if not r.key[pos - 1].isalnum():
            hit = noun_at(r.key, r.ctx.text, pos, table_only=True)
            if hit and hit[3] <= end:
                if hit[1] in PARTY:
                    found = hit[1]
                pos = hit[3]
                continue
        pos += 1
    return found


def petition_about(r: SentenceReader, q: Quantity) -> str | None:
    """'38 đơn tố cáo đảng viên', '7 đơn tố cáo đối với đảng viên': whom a petition is about."""
    pos = skip_spaces(r.key, q.noun_end)
    link = starts_with_phrase(r.key, pos, words("petition_about", ""))
    if link:
        pos = skip_spaces(r.key, pos + len(link))
    hit = noun_at(r.key, r.ctx.text, pos, table_only=True)
    return hit[1] if hit and hit[1] in PARTY else None


def subset_total(r: SentenceReader, q: Quantity) -> Fact | None:
    """The count a 'trong đó' breakdown that holds q belongs to: the last count of the sentence before q when a
    subset marker stands between them, or the total that count itself breaks down."""
    for qq, f in reversed(r.facts):
        if qq.start < q.start and f.measure == "count":
            if any(m in r.key[qq.tail_end:q.start] for m in words("subset_markers")):
                return f
            return next((g for _, g in r.facts if g.fact_id == f.part_of), None) if f.part_of else None
    return None


def lists_members_posts(r: SentenceReader, q: Quantity, cue: Cue | None) -> bool:
    """'39 đảng viên bị khiển trách gồm: ba bí thư xã, 11 cán bộ …': posts listed after a subset marker that follows
    a count of members, with no act named after the marker, say who those members were."""
    marker = r.last_subset_marker(q.start)
    return marker >= 0 and (cue is None or cue.start < marker) and any(
        qq.tail_end <= marker and f.measure == "count" and f.subject == "party_member" for qq, f in r.facts)


def admission_destination(r: SentenceReader, q: Quantity, cue: Cue | None = None) -> str | None:
    """Where the people a figure counts were admitted, named after its noun in the same phrase or before it: 'party'
    ('50 đoàn viên ưu tú vào Đảng', 'lễ kết nạp Đảng cho 10 đoàn viên'), 'other' ('300 thanh niên vào Đoàn', '…
    vào Hội', or made full members: '4 đồng chí đảng viên dự bị được công nhận đảng viên chính thức'; a bare number
    too: '1.211 được kết nạp vào các tổ chức hội'), or None when no destination is named."""
    if ends_with_phrase(r.key, q.context_start, words("destination_before_links", "")) and phrase_pattern(
            "party_destinations_before").search(r.key, r.region_start(q.context_start), q.context_start):
        return "party"  # 'tổ chức lễ kết nạp Đảng "Lớp …" cho 10 ĐVTN ưu tú'
    after = q.noun_end if q.noun_start >= 0 else q.tail_end  # '1.211 được kết nạp vào các tổ chức hội'
    end = min([o.context_start for o in r.quantities if o.start > q.start] + [r.s.end, after + DESTINATION_REACH])
    phrase = re.split(r"[,;:().!?]", r.key[after:end], maxsplit=1)[0]
    tables = (("other", "other_destinations"), ("other", "full_membership_after"), ("party", "party_destinations"))
    denied = any(c.kind == "blocked" and after <= c.start < after + len(phrase) for c in r.cues)
    for kind, table in tables if q.noun_start >= 0 else tables[:1]:  # a bare number only ever goes elsewhere
        if phrase_pattern(table).search(phrase):
            return None if kind == "party" and denied else kind  # '5 trường hợp không được xét kết nạp lại vào Đảng'

    # '5 đoàn viên … là học sinh, sinh viên … đã được kết nạp Đảng': a passive verb's own destination, past a long
    # qualifier of the people counted
    if cue is not None and q.noun_start >= 0 and cue.start > q.noun_end:
        passive = r.key[max(q.noun_end, cue.start - DESTINATION_REACH):min(r.s.end, cue.end + DESTINATION_REACH)]
        if phrase_pattern("party_destinations").search(passive):
            return "party"
    return None


def admitting_body(r: SentenceReader, cue: Cue) -> str | None:
    """Who the subject of an admission is when it names one kind of body only: 'party' ('Đảng bộ thành phố mới kết
    nạp được 17 học sinh'), 'mass' for a mass organisation ('Hội LHPN phường đã kết nạp được 21 hội viên danh dự'),
    else None."""
    start, end = subject_span(r.key, r.region_start(cue.start), cue.start)
    party = phrase_pattern("party_body_prefixes").search(r.key, start, end) is not None
    mass = phrase_pattern("mass_organisation_bodies").search(r.key, start, end) is not None
    return None if party == mass else "party" if party else "mass"


@functools.cache
def phrase_pattern(table: str) -> re.Pattern[str]:
    """A phrase of an indicators.yaml list as whole words ('vào Đảng', not 'vào Đảng bộ'), longest first."""
    word_start = behind_start(r"(?<!\w)")
    return re.compile(trie_alternation(words(table, ""), lambda p: r"(?!\w)" + word_start(p)))


def inspected_places(r: SentenceReader, q: Quantity, codes: Sequence[str]) -> bool:
    """'Ban Thường vụ Tỉnh ủy kiểm tra đối với 02 địa phương', 'UBKT giám sát … tại 11 xã': places a Party body
    inspects or supervises are counted by their Party organisations."""
    if not r.groups or q.noun not in words("inspected_place_nouns", "") or not codes:
        return False
    return bool(ends_with_phrase(r.key, q.context_start, words("place_inspection_before", ""))) and all(
        c in words("place_inspection_indicators", "") for c in codes)


def founding_places(r: SentenceReader, q: Quantity, codes: Sequence[str]) -> bool:
    """'32 phường và 22 xã đã thành lập chi bộ công an', 'thành lập chi bộ ở cả 6 thôn': places that founded a Party
    cell, or where one was founded, each count one."""
    if "established" not in codes or q.noun is None:
        return False
    if q.noun in words("inspected_place_nouns", "") and cue_after_list(r, q) is not None:
        return True
    if founding_after(r, q) is not None:
        return True
    before = ends_with_phrase(r.key, q.context_start, words("founded_in_before", ""))
    if not before or not _founding_place(q):
        return False
    return party_noun_between(r, r.region_start(q.start), q.context_start - len(before)) == "party_org"


def count_subject(r: SentenceReader, q: Quantity, cue: Cue | None, codes: Sequence[str],
                   anchor: tuple[Quantity, Fact] | None) -> str | None:
    """Subject of a count: its noun; else a noun between cue and number, the next figure's, the anchor's. A
    committee member given a form of discipline ('cách chức 1 chi ủy viên') or counted alone ('kỷ luật 2 tỉnh ủy
    viên') is a member like any other; within a count of members they are a subset ('kiểm tra 1.947 đảng viên (có
    638 cấp ủy viên)')."""
    member = "party_member" if not codes or discipline_forms(tuple(codes)) or not _within_members(r, q) else (
        "committee_member")
    destination = admission_destination(r, q, cue) if "admitted" in codes else None
    if destination is not None:  # 'kết nạp 50 đoàn viên ưu tú vào Đảng', '… 300 thanh niên ưu tú vào Đoàn'
        return "party_member" if destination == "party" else None
    admitter = admitting_body(r, cue) if "admitted" in codes and cue is not None else None
    noun = r.key[q.noun_start:q.noun_end] if q.noun_start >= 0 else ""
    if admitter == "party" and noun in words("admitted_people_nouns", ""):
        return "party_member"  # people a Party body admits join the Party, whatever noun counts them
    if admitter == "mass" and q.subject not in PARTY:
        return None  # people a mass organisation admits, named by no Party noun, join it, not the Party
    if q.subject == "committee_member":
        return None if lists_members_posts(r, q, cue) else member
    if q.subject in PARTY:
        return q.subject
    if q.subject == "party_org_implicit":
        return "party_org"
    if q.noun_start >= 0 and r.key[q.noun_start:q.noun_end] in words("member_nouns", ""):
        if r.key[q.noun_start:q.noun_end] in words("role_nouns", "") and lists_members_posts(r, q, cue):
            return None
        total = subset_total(r, q) if r.key[q.noun_start:q.noun_end] in words("case_nouns", "") else None
        if total is not None:
            return total.subject
        return None if split_by_aside(r, q) else "party_member"
    if q.subject == "petition":
        about = petition_about(r, q)
        if about:
            return about
    if inspected_places(r, q, codes) or founding_places(r, q, codes):
        return "party_org"
    named_by_cue = cue is not None and cue.start == q.noun_start  # '(6 khiển trách, 3 cảnh cáo)'
    if q.noun is not None and not named_by_cue and q.noun not in words("target_words") and q.subject != "petition":
        return None
    if q.subject != "petition":
        if cue is not None:
            between = party_noun_between(r, cue.end, q.start)
            if between:
                return between
        region, paren = r.region_start(q.start), r.enclosing(q.start)
        for other in r.quantities:
            if (other.start > q.start and other.subject in PARTY and r.region_start(other.start) == region
                    and r.enclosing(other.start) == paren):
                return member if other.subject == "committee_member" else other.subject
    if anchor is not None:
        return anchor[1].subject
    parents = {specs()[c].refines for c in codes} - {None}
    for _, f in reversed(r.prior + r.facts):  # the total, or a form listed before ('khiển trách 28, cảnh cáo 21')
        if f.indicator in parents or (f.measure == "count" and specs()[f.indicator].refines in parents):
            return f.subject
    defaults = [specs()[c].default_subject for c in codes if specs()[c].default_subject]
    if defaults:
        return defaults[0]
    return noun_right_before(r, cue.start) if cue is not None and q.subject != "petition" else None


def _within_members(r: SentenceReader, q: Quantity) -> bool:
    """Whether a figure of committee members sits inside a count of members: in an aside, or after a members'
    figure in its sentence ('kiểm tra 1.947 đảng viên, trong đó có 638 cấp ủy viên'); alone ('thi hành kỷ luật 2
    tỉnh ủy viên') they are the members counted."""
    return r.enclosing(q.start) is not None or any(
        o.subject == "party_member" and o.start < q.start for o in r.quantities)


def split_by_aside(r: SentenceReader, q: Quantity) -> bool:
    """'38 trường hợp (11 tổ chức đảng, 27 đảng viên)': an aside right after the figure splits it by subject."""
    pos = skip_spaces(r.key, q.noun_end)
    paren = next((p for p in r.parens if p[0] == pos), None)
    return paren is not None and any(paren[0] < o.start < paren[1] and o.subject in PARTY for o in r.quantities)


def noun_right_before(r: SentenceReader, cue_start: int) -> str | None:
    """'Tổng số đảng viên bị thi hành kỷ luật là 45': the counted noun just before a (passive) cue."""
    pos = cue_start
    while True:
        end = len(r.key[:pos].rstrip())
        marker = ends_with_phrase(r.key, end, words("passive_markers", ""))
        if not marker:
            break
        pos = end - len(marker)
    end = len(r.key[:pos].rstrip(" :"))  # 'Hình thức kỷ luật đảng viên: khiển trách 28'
    for noun, (_, subject) in noun_vocab().nouns.items():
        begin = end - len(noun)
        if subject in PARTY and r.key.endswith(noun, 0, end) and (begin == 0 or not r.key[begin - 1].isalnum()):
            return subject
    return None


def merged_subjects(r: SentenceReader, q: Quantity) -> bool:
    """'80 ngàn lượt tổ chức Đảng và đảng viên': one number for two subjects is no Party fact ('09 đơn vị, tổ chức
    đảng' names one; '75 đảng viên, Đảng bộ kết nạp được 125': a capital after the comma opens the next clause)."""
    if q.subject not in PARTY | {"party_org_implicit"}:
        return False
    pos = skip_spaces(r.key, q.noun_end)
    joiner = starts_with_phrase(r.key, pos, words("merged_subject_joiners", ""))
    if not joiner:
        return False
    second = skip_spaces(r.key, pos + len(joiner))
    hit = noun_at(r.key, r.ctx.text, second, table_only=True)
    subject = "party_org" if q.subject == "party_org_implicit" else q.subject
    if hit and hit[1] == "party_org_implicit" and subject == "party_member":
        return _bare_org_ends_list(r, hit[3])  # '21 đảng viên, tổ chức có dấu hiệu vi phạm'
    if not (hit and hit[1] in PARTY and hit[1] != subject):
        return False
    after = skip_spaces(r.key, hit[3])  # 'Đảng bộ kết nạp được …': the next clause's subject and its act
    opens_clause = r.ctx.text[second:second + 1].isupper() and (
        bool(r.cues_at(after)) or starts_with_phrase(r.key, after, actor_words("predicate_openers")))
    return not (joiner.strip() == "," and opens_clause)


def _bare_org_ends_list(r: SentenceReader, end: int) -> bool:
    """A bare 'tổ chức' after '21 đảng viên,' is the second subject when the list ends with it (a clause mark or a
    cue after the list: '… đảng viên, tổ chức có dấu hiệu vi phạm'), not the verb 'organise' ('… 25 đảng viên, tổ
    chức 3 lớp bồi dưỡng')."""
    after = skip_spaces(r.key, end)
    return after >= len(r.key) or r.key[after] in ".,;:)" or any(c.kind == "post" for c in r.cues_at(after))


FOUNDING_STOP = re.compile(r"[;:().!?]")  # what ends the qualifier between counted units and their founding


def _founding_place(q: Quantity) -> bool:
    """Whether a figure counts places or units that may each found a Party body ('6 thôn', '23 doanh nghiệp')."""
    return q.noun is not None and any(q.noun == n or q.noun.startswith(n + " ")
                                      for n in words("founded_in_place_nouns", ""))


def founding_after(r: SentenceReader, q: Quantity) -> Cue | None:
    """'23 doanh nghiệp vốn đầu tư nước ngoài trên địa bàn huyện thành lập được chi bộ', '40 xã, phường mới của tỉnh
    đều vừa được thành lập đảng bộ': places or units that each founded a Party body, told past a short qualifier of
    what is counted (up to the next figure or a stop, DESTINATION_REACH characters at most)."""
    if not _founding_place(q):
        return None
    end = min([o.context_start for o in r.quantities if o.start > q.start] + [r.s.end, q.noun_end + DESTINATION_REACH])
    stop = FOUNDING_STOP.search(r.key, q.noun_end, end)
    end = stop.start() if stop else end
    cue = next((c for c in r.cues if q.noun_end <= c.start < end and c.kind == "post" and "established" in c.codes),
               None)
    # '5 doanh nghiệp chưa thành lập được chi bộ', '… và 3 xã không …': a denial or another clause in between
    if cue is None or set(r.key[q.noun_end:cue.start].split()) & set(words("qualifier_breakers", "")):
        return None
    return cue


def post_codes(r: SentenceReader, q: Quantity) -> tuple[str, ...]:
    """'có 23 đảng viên vi phạm đến mức phải thi hành kỷ luật': a post cue that names an indicator of its own (one
    that refines none) is the figure's cue when no verb comes before it."""
    cue = cue_after_list(r, q)
    if cue is None and founding_after(r, q) is not None:
        return ("established",)
    if cue is None:  # 'đã có 147 sinh viên dân sự vào Đảng'
        return ("admitted",) if admission_destination(r, q) == "party" else ()
    return tuple(c for c in cue.codes if specs()[c].refines is None)
