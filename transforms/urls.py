"""What a page's address says: the publisher's province, the publication date, and a slug's year and period."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from transforms.alternation import trie_alternation
from transforms.keys import fold_key, without_marks
from transforms.periods import PART_YEAR_PERIODS
from transforms.refdir import read_csv
from transforms.vocab import (
    communes_2025,
    districts,
    period_vocab,
    provinces,
    publishers,
)

URL_YEAR_MONTH = re.compile(r"/((?:19|20)\d{2})(0[1-9]|1[0-2])(?:\d{2})?/")  # /201611/ or /20161110/
# "...-20141220211841601.htm": a date, maybe with a time after it
URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=\d{0,9}(?!\d))")
SLUG_NAME_WORDS = 4  # the longest unit name in slug words ('bu-gia-map', 'phan-rang-thap-cham')
# /2019/09/slug.html, /2019/02/11/slug/, /chinhtri/2015/4/381277/
URL_SLASHED_MONTH = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/")
URL_DASHED_DATE = re.compile(r"/((?:19|20)\d{2})-(0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01])/")  # /pages/2022-6-9/
# a slug closing on a day, month and year: '/vu-viec-tai-…-22-02-2012/'
MIN_SLUG_YEAR = 2000
MIN_WEB_YEAR = 1997  # no Vietnamese news page is older: an address's earlier "date" is some other number
URL_SLUG_DMY = re.compile(r"[-_/]((?:0?[1-9]|[12]\d|3[01]))-(0?[1-9]|1[0-2])-((?:19|20)\d{2})(?=[/._-]|$)")
URL_EPOCH_MS = re.compile(r"(?<!\d)(1[2-9]\d{11})(?!\d)")  # portal ids that are epoch milliseconds
# "...-196240310203459128.htm", "...-188240109112511858.chn": an article id of a site code, then the two-digit year,
# month, day, hour, minute and second of publication and a counter
URL_STAMP_ID = re.compile(r"-\d{3}(\d{2})(0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d{2,3}"
                          r"(?:\.[a-z]+)?$")
NOT_ASCII_LOWER = re.compile("[^a-z]")
COMPACT_MIN = 5  # shortest compact province name trusted inside a host name ('hagiang', not 'hue')
HOST_PREFIX_MIN, HOST_SUFFIX_MIN = 4, 5  # a commune's name before its district's, each this long at least


def _host_labels(url: str) -> list[str]:
    host = (urlsplit(url.strip()).hostname or "").lower()
    return [label for label in host.split(".") if label and label != "www"]


@functools.cache
def _compact_names() -> tuple[tuple[str, str], ...]:
    """(ASCII province name without spaces, slug), longest first: 'quangtri' names Quảng Trị in a host, and so does
    a variant's ('thuathienhue', 'tphcm'; province_variants.csv)."""
    pairs = {(slug.replace("-", ""), slug) for slug in provinces()}
    pairs |= {(NOT_ASCII_LOWER.sub("", without_marks(r["variant"]).lower()), r["slug"])
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
    return "".join(c for c in without_marks(name) if c.isascii() and c.isalnum()).lower()


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
    """(slug words of a unit's kind, which names may follow: province, district or any; 'slug': any, and only in a
    path, never in a host), longest first (data/reference/url_place_words.csv: 'huyen-uy' -> district)."""
    rows = ((tuple(r["word"].split("-")), r["names"]) for r in read_csv("url_place_words.csv"))
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@functools.cache
def _url_list_joiners() -> frozenset[str]:
    """Slug words joining two places of a list ('va' for 'và'; data/reference/url_list_joiners.csv)."""
    return frozenset(r["word"] for r in read_csv("url_list_joiners.csv"))


@functools.cache
def _provinces_by_compact_name() -> dict[str, frozenset[str]]:
    """ASCII province name without spaces -> its slug ('hoabinh' -> hoa-binh)."""
    return {compact: frozenset({slug}) for compact, slug in _compact_names()}


def province_from_slug(url: str) -> str | None:
    """The province an article's address names after a unit's kind word, when only one province has a unit of
    that name ('…-cong-an-tp-vinh-yen-…' -> Vĩnh Phúc, '…-lien-doan-lao-dong-tinh-hoa-binh-…' -> Hòa Bình,
    '…/huyen-uy-phu-vang-…' -> Huế, '…-diem-sang-thi-dua-o-pleiku-…' -> Gia Lai); not a list of provinces
    ('…-o-quang-binh-ha-tinh-…')."""
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
                    joined = stop < len(words) and words[stop] in _url_list_joiners()
                    rest = words[stop + 1:] if joined else words[stop:]
                    other = _slug_province(rest)  # '…-o-quang-binh-ha-tinh-…' lists two; '…-tinh-dien-bien' is its own
                    return None if other is not None and other[0] not in found else found.pop()
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
    if m and int(m.group(1)) >= MIN_WEB_YEAR:  # '/249/194901/' is a section's number, no page of 1949
        return f"{m.group(1)}-{int(m.group(2)):02d}"
    stamps = URL_EPOCH_MS.findall(path)
    if stamps:  # the last id is the article's; earlier ones name its section
        when = dt.datetime.fromtimestamp(int(stamps[-1]) / 1000, dt.UTC)
        if 2005 <= when.year <= dt.datetime.now(dt.UTC).year:
            return f"{when.year:04d}-{when.month:02d}"
    m = URL_DATE.search(path)
    if m and MIN_WEB_YEAR <= int(m.group(1)) <= dt.datetime.now(dt.UTC).year:
        return f"{m.group(1)}-{m.group(2)}"
    # a slug closing on a day, month and year: '/vu-viec-…-22-02-2012/'; of two, the last (the slug
    # '…-quoc-khanh-2-9-1945-2-9-2014' names the anniversary, then the day)
    m = next(reversed(list(URL_SLUG_DMY.finditer(path))), None)
    if m and MIN_WEB_YEAR <= int(m.group(3)) <= dt.datetime.now(dt.UTC).year:
        return f"{m.group(3)}-{int(m.group(2)):02d}"
    m = URL_STAMP_ID.search(path)
    if m and 2000 + int(m.group(1)) <= dt.datetime.now(dt.UTC).year:
        return f"{2000 + int(m.group(1))}-{m.group(2)}"
    return None


@functools.cache
def _slug_year_pattern() -> re.Pattern[str]:
    """'…-nam-2019': the year word of periods.yaml without its marks, then a year, as a slug writes 'năm 2019'."""
    word = re.escape(without_marks(period_vocab()["year_word"]).lower())
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
            periods.setdefault(without_marks(phrase).lower().replace(" ", "-"), period)
    word = re.escape(without_marks(period_vocab()["year_word"]).lower())
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
