"""Whether a text reports on the country or a central body rather than on one province."""

from __future__ import annotations

import functools
import re
from collections import Counter

from transforms.alternation import trie_alternation, word_start_matches
from transforms.keys import fold_key, lower_key, without_marks
from transforms.places import LEDE_CHARS, province_mentions
from transforms.text import ends_with_phrase, starts_with_phrase
from transforms.vocab import (
    national_markers,
    province_variants,
    provinces,
    word_list,
)

NATIONAL_MIN_MENTIONS = 2
VISIT_REACH = 40  # 'làm việc với Ban Thường vụ Tỉnh ủy Cao Bằng': the visited province follows the visit's words
NATIONAL_DOMINANT_MENTIONS = 3  # this many national bodies, twice as many as provinces named, make a national text
NATIONAL_MIN_PROVINCES = 10  # a text naming this many provinces, none more than NATIONAL_MAX_EACH times, covers the
NATIONAL_MAX_EACH = 2  # country
NATIONAL_TIED_PROVINCES = 3  # this many provinces named most, equally often, after a national body in the lede: a
# central body acting on several provinces, none the story's own
NATIONAL_UNPLACED_MENTIONS = 4  # this many national bodies in a text naming no province or district make it national
OFFICE_REACH = 40  # ', Bí thư Tỉnh ủy' right after such a title
REGION_LEDE_CHARS = 600  # a region's count may close a long opening sentence ('… 13 địa phương, đơn vị vùng ĐBSCL
# gồm 12 tỉnh, thành')
REGION_LIST_MIN_PROVINCES = 3  # '7 tỉnh …: A, B, …': a list of at least this many provinces
REGION_LIST_REACH = 60  # characters between the count and the colon opening its list
REGION_MIN_PROVINCES = 2  # '14 tỉnh, thành phố' in a lede: a region's meeting or report, no one province's


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
def _province_list_pattern() -> re.Pattern[str]:
    """A count of provinces whose list follows a colon: '7 tỉnh Trung du miền núi phía Bắc: Bắc Kạn, …'
    (province_list_words.csv)."""
    words = trie_alternation(word_list("province_list_words"), lambda p: r"(?!\w)")
    return re.compile(r"(\d+) (?:" + words + r")[^.:;\n]{0," + str(REGION_LIST_REACH) + r"}:")


@functools.cache
def _region_pattern() -> re.Pattern[str]:
    """A region of several provinces by name: 'khu vực miền Trung - Tây Nguyên' (region_names.csv)."""
    return re.compile(trie_alternation(word_list("region_names"), lambda p: r"(?!\w)"))


def names_region(key: str, title_key: str) -> bool:
    """A text on a region of several provinces: its title names the region ('Kỷ luật hơn 1.000 đảng viên khu vực
    miền Trung - Tây Nguyên') or its lede counts the provinces ('giao ban … 14 tỉnh, thành phố khu vực miền Bắc'),
    and not as the place of one of them ('đầu tiên trong 32 tỉnh, thành', 'tỉnh thuộc khu vực Bắc Trung Bộ')."""
    lede = key[:REGION_LEDE_CHARS]
    groups = [m for m in word_start_matches(_province_group_pattern(), lede) if int(m.group(1)) >= REGION_MIN_PROVINCES]
    if any(not ends_with_phrase(lede, m.start(), word_list("region_not_after")) for m in groups):
        return True
    if any(int(m.group(1)) >= REGION_LIST_MIN_PROVINCES for m in word_start_matches(_province_list_pattern(), lede)):
        return True  # 'Thanh tra 7 tỉnh Trung du miền núi phía Bắc: Bắc Kạn, Thái Nguyên, …': a region's list
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
    return re.compile(trie_alternation({*bodies, *map(without_marks, bodies)}, lambda p: r"(?!\w)"))


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


def central_case_on(cased_key: str, key: str, own: Counter[str], title_key: str) -> bool:
    """'Tại kỳ họp 24, UBKT Trung ương đã … thi hành kỷ luật … Phó Bí thư Tỉnh ủy … tỉnh Đồng Nai': a central body's
    discipline of the officials of the one province the text names (venues and the relaying outlet's name aside), and
    names more than once, is that province's story (one mention in a national text is often a passing example); a
    title counting several Central Committee members ('5 Ủy viên Trung ương Đảng … bị kỷ luật') makes it a roundup."""
    if len(own) != 1 or not any(b in key for b in word_list("central_discipline_bodies")) or not any(
            a in key for a in word_list("discipline_acts")) or _counts_central_members(title_key):
        return False
    named = province_mentions(cased_key, venues=False, outlets=False)  # rarely reached: read only here
    return len(named) == 1 and sum(named.values()) >= CENTRAL_CASE_MENTIONS


@functools.cache
def _central_members_count_pattern() -> re.Pattern[str]:
    """A count of Central Committee members: '5 ủy viên trung ương đảng' (national_title_markers.csv)."""
    return re.compile(r"(\d+) (?:" + trie_alternation(word_list("national_title_markers"), lambda p: r"(?!\w)") + ")")


def _counts_central_members(title_key: str) -> bool:
    """A title counting several Central Committee members ('5 Ủy viên Trung ương Đảng đương nhiệm bị kỷ luật')."""
    return any(int(m.group(1)) > 1 for m in word_start_matches(_central_members_count_pattern(), title_key))


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
