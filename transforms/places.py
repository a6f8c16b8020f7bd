"""Which province a text is about, from the places it names: provinces, districts, communes and seats."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator

from transforms.alternation import Prefiltered, trie_alternation, word_start_matches
from transforms.keys import fold_key, lower_key, without_marks
from transforms.refdir import read_csv
from transforms.text import ends_with_phrase, skip_spaces, starts_with_phrase
from transforms.vocab import (
    commune_abbreviations,
    commune_kinds,
    communes_2025,
    district_prefixes,
    districts,
    period_vocab,
    person_name_words,
    province_variants,
    provinces,
    word_list,
)

MAX_NAME_CHARS = 40  # the words of a person's name before a place name fit in this
LOCATED_REACH = 40  # 'xã Xuyên Mộc (TPHCM)': the province in brackets right after a commune's name
LEDE_CHARS = 400
ANY_KIND = "any"  # district_prefixes.csv: a prefix for a district of any kind ('khu vực Phù Ninh')


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


HOME_ADDRESS_REACH = 100  # 'quê quán: Xã Nam Giang, Huyện Nam Đàn, Tỉnh ' before a province's name


@functools.cache
def _origin_pattern() -> re.Pattern[str]:
    """The words that open a person's home ('quê quán', origin_words.csv), lower-cased, at a word's start."""
    return re.compile(r"(?<!\w)(?:" + trie_alternation(word_list("origin_words")) + r")(?!\w)")


@functools.cache
def _address_words() -> frozenset[str]:
    """The single words an address's parts open with ('xã', 'huyện', 'tỉnh'; address_words.csv)."""
    return frozenset(w for phrase in word_list("address_words") for w in phrase.split())


def _in_home_address(key: str, lower: str, start: int, end: int) -> bool:
    """'quê Hà Tĩnh', 'quê quán: Xã Nam Giang, Huyện Nam Đàn, Tỉnh Nghệ An': a name in key[start:end] closing a person's
    home address, whose parts after the origin word (origin_words.csv), the name's own words included, are capitalised
    names and the address's own words (address_words.csv), is the person's home, not the story's place ('Đảng bộ tỉnh
    …' is a body's name)."""
    opened = list(_origin_pattern().finditer(lower, max(0, start - HOME_ADDRESS_REACH), start))
    if not opened:
        return False
    address = key[opened[-1].end():end]
    if any(mark in address for mark in ".;\n"):
        return False
    return all(w[:1].isupper() or w.lower() in _address_words() for w in re.split(r"[\s:,\-–]+", address) if w)


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
                or _in_home_address(key, lower, m.start(), m.end())
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
    marked = {without_marks(v) for v, _ in pairs if not v.isascii()}
    return frozenset(v for v, _ in pairs if v.isascii() and v in marked)


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


def district_provinces(key: str, cased_key: str | None = None) -> Counter[str]:
    """Provinces of the districts a folded text names with their kind ('huyện Krông Pắc', 'Thị ủy Sa Pa');
    a name several provinces share counts for each of them. With the key's capitals (`cased_key`), a district in a
    person's home address ('quê quán: …, Huyện Nam Đàn, …') is no mention."""
    pattern, where = _district_pattern()
    kinds = dict(district_prefixes())
    upgraded = district_upgrades()
    counts: Counter[str] = Counter()
    for m in pattern.finditer(key):
        kind = kinds[m.group(1)]  # 'khu vực Phù Ninh' (agencies after 2025) names a district of any kind
        if kind == ANY_KIND and m.group(2).isdigit():
            continue  # 'Tòa án khu vực 5' numbers a court's region; only 'quận 5' names a district by number
        if cased_key is not None and _in_home_address(cased_key, key, m.start(), m.end()):
            continue
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
    """'Đảng bộ xã Xuyên Mộc (TPHCM) tổ chức Đại hội', 'Đảng bộ phường Hòa Lợi, TPHCM tổ chức …' in the lede: a
    commune located by the new province in brackets or after a comma right after its name is the story's own place,
    however often the province's leaders who came are named."""
    after = text[end:end + LOCATED_REACH]
    close = after.find(")")
    if after.startswith(" (") and close > 0:
        return province in province_mentions(fold_key(after[2:close], lower=False))
    if not after.startswith(", "):
        return False
    pattern, slugs = _gazetteer()
    m = pattern.match(fold_key(after[2:], lower=False))
    return m is not None and slugs[m.group(0)] == province


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
