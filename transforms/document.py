"""One pure entry point per document: raw bytes in, the document row, its quantities and facts out."""

from __future__ import annotations

import hashlib
import itertools
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from transforms.checks import run_checks
from transforms.context import TextContext, build_context
from transforms.dating import (
    cited_date_year,
    event_day,
    festival_year,
    find_published,
    first_date_year,
    imprint_year,
    opening_date,
    opens_on_stamp,
)
from transforms.decode import decode_bytes
from transforms.document_period import (
    DocumentPeriod,
    anniversary_year,
    closed_window_year,
    document_period,
    elapsed_year,
    names_congress,
    title_year,
)
from transforms.errors import DecodeError
from transforms.fact import Fact
from transforms.ids import ID_LENGTH, stable_id
from transforms.indicators import find_facts
from transforms.keys import fold_key
from transforms.national import central_case_on, is_national, visits_province
from transforms.periods import as_local_terms, local_mention, without_future_stages
from transforms.places import (
    choose_province,
    district_provinces,
    leading_province,
    merged_commune_province,
    new_commune_province,
    province_mentions,
    province_names,
    resolve_province,
)
from transforms.quantities import NUM, PARTY_SUBJECTS, Quantity
from transforms.repeats import date_headline_figures, merge_repeats
from transforms.schema import FACT_FALLBACK_PERIOD, UNKNOWN_PERIOD, UNKNOWN_PROVINCE
from transforms.text import snippet
from transforms.title import find_title, is_skip_link
from transforms.urls import cited_source_url, province_from_url, published_from_url, slug_period, slug_year
from transforms.vocab import period_vocab

LEDE_PARAGRAPHS = 3
# A report states a few hundred figures; a text with more numbers than this is a table dump or a flood. It gets a
# documents row with status too_large instead of a million quantity rows that would not fit in memory.
MAX_NUMBERS = 20_000
NUMBER = re.compile(NUM)
MAX_REPORT_LAG_YEARS = 20
TERM_YEARS = 5
DATE_BAR_GAP = 3  # years between a congress and a first-line date that make the date a page's date bar
EVENT_DAY_REACH = 600  # characters after a first-line date where the lede's own event day is looked for
YEAR_END_EVENT_DAYS = 10  # an event this many days before a January dateline, in December, is of the year before
DECEMBER, DAYS_IN_DECEMBER = 12, 31
MERGER_YEAR = 2025  # provinces and communes were merged on 1 July 2025


@dataclass(frozen=True)
class SourceInfo:
    """Where a file came from and what its sidecar (if any) says about it."""

    source_path: str
    sidecar: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class DocumentResult:
    """The rows one document contributes to each dataset (run columns are added by the flow)."""

    document: dict[str, Any]
    quantities: list[dict[str, Any]]
    facts: list[dict[str, Any]]


def _lede_end(ctx: TextContext) -> int:
    """Where the lede ends: after its first LEDE_PARAGRAPHS paragraphs, a portal's skip link not counted."""
    counted = 0
    for start, end in ctx.paragraphs:
        counted += not is_skip_link(ctx.key[start:end])
        if counted == LEDE_PARAGRAPHS:
            return end
    return ctx.paragraphs[-1][1] if ctx.paragraphs else 0


def _doc_period(ctx: TextContext, published: str | None, lede_end: int, congress: bool,
                body_start: int = 0) -> DocumentPeriod:
    """Main period from the periods of the Party figures, the lede, or any period phrase (past a date bar that
    ends at `body_start`)."""
    last_year = published is not None and _last_year_event(
        event_day(ctx.key, body_start, body_start + EVENT_DAY_REACH), published)
    fallback = int(published[:4]) - (1 if last_year else 0) if published else (
        elapsed_year(ctx.key) or first_date_year(ctx.text[body_start:lede_end])
        or anniversary_year(ctx.key, period_vocab()["anniversary_reach"]))
    imprint = imprint_year(ctx.text)
    if imprint is not None and (fallback is None or imprint < fallback):
        fallback = imprint  # a thesis of 2017 that a site posted in 2022
    mentions = without_future_stages(ctx.period_mentions, fallback)
    local = []
    for q in ctx.quantities:
        if q.subject in PARTY_SUBJECTS:
            s = ctx.sentence_at(q.start)
            m = local_mention(mentions, s, ctx.paragraph_of(s), q.start, key=ctx.key, figures=ctx.quantity_starts)
            if m is not None:
                local.append(m)
    month = int(published[5:7]) if published and len(published) >= 7 else None
    least = (cited_date_year(ctx.text, ctx.key, lede_end) or first_date_year(ctx.text[body_start:])
             or festival_year(ctx.key)) if fallback is None else None
    return document_period(mentions, local, lede_end, fallback, month, least, congress)


def _headline_span(ctx: TextContext, title: str | None) -> tuple[int, int]:
    """Where the headline stands in the text; (0, 0) when there is none."""
    start = ctx.text.find(title) if title else -1
    return (start, start + len(title)) if title and start >= 0 else (0, 0)


def _undated_headline_end(ctx: TextContext, headline: tuple[int, int]) -> int:
    """Where the headline ends when it names no period of its own, else 0 (its figures keep their periods)."""
    end = headline[1]
    return 0 if any(m.start < end and m.period is not None for m in ctx.period_mentions) else end


def _sentence_texts(ctx: TextContext, quantities: list[Quantity]) -> dict[int, str]:
    """Each quantity's sentence, one string per sentence however many numbers it holds."""
    texts: dict[int, str] = {}
    out = {}
    for q in quantities:
        s = ctx.sentence_at(q.start)
        out[q.start] = texts.setdefault(s.start, ctx.text[s.start:s.end])
    return out


def _quantity_row(q: Quantity, ctx: TextContext, base: dict[str, Any]) -> dict[str, Any]:
    s = ctx.sentence_at(q.start)
    return {
        "quantity_id": stable_id(base["source_path"], base["doc_id"], q.start, q.end),
        "doc_id": base["doc_id"],
        "source_path": base["source_path"],
        "surface": ctx.text[q.start:q.end],
        "char_start": q.start,
        "char_end": q.end,
        "snippet": snippet(ctx.text, s, q.start, q.end),
        "sentence_start": s.start,
        "sentence_end": s.end,
        "section": s.section,
        "value": float(q.value),
        "unit": q.unit,
        "approx": q.approx,
        "noun": q.noun,
        "noun_class": q.subject,
        "ratio": q.ratio,
        "ambiguous": q.ambiguous,
        "parse_note": q.note,
        "province": base["province"],
        "year": base["year"],
        "period": base["period"],
    }


def _fact_row(f: Fact, ctx: TextContext, base: dict[str, Any], qrow: dict[str, Any]) -> dict[str, Any]:
    return {
        "fact_id": f.fact_id,
        "quantity_id": qrow["quantity_id"],
        "doc_id": base["doc_id"],
        "source_path": base["source_path"],
        "indicator": f.indicator,
        "subject": f.subject,
        "measure": f.measure,
        "actor": f.actor,
        "scope": f.scope,
        "scope_name": f.scope_name,
        "value": float(f.value),
        "unit": f.unit,
        "approx": qrow["approx"],
        "part_of": f.part_of,
        "checks": list(f.checks),
        "mentions": f.mentions,
        "mention_starts": list(f.mention_starts),
        "province_current": base["province_current"],
        "surface": qrow["surface"],
        "char_start": qrow["char_start"],
        "char_end": qrow["char_end"],
        "snippet": qrow["snippet"],
        "sentence_start": qrow["sentence_start"],
        "sentence_end": qrow["sentence_end"],
        "section": qrow["section"],
        "province": base["province"],
        "year": f.year or None,
        "period": f.period or FACT_FALLBACK_PERIOD,
    }


def failed_result(raw: bytes, source: SourceInfo, status: str, error: str) -> DocumentResult:
    """The result of a file that could not be read or processed: a documents row only."""
    return DocumentResult(document=_document_row(raw, source, status=status, error=error), quantities=[], facts=[])


def _document_row(raw: bytes, source: SourceInfo, **values: Any) -> dict[str, Any]:
    digest = hashlib.sha256(raw).hexdigest()
    row: dict[str, Any] = {
        "doc_id": digest[:ID_LENGTH], "source_path": source.source_path, "sha256": digest, "bytes": len(raw),
        "encoding": None, "status": "ok", "error": None, "title": None, "published": None,
        "published_source": None, "province_name": None, "province_source": None, "province_current": None,
        "province_current_name": None, "source_url": source.sidecar.get("source_url") or None,
        "number_style": None, "n_quantities": 0, "n_facts": 0, "checks_held": 0, "checks_violated": 0,
        "checks_not_applicable": 0, "text": None,
        "province": UNKNOWN_PROVINCE, "year": None, "period": UNKNOWN_PERIOD,
    }
    row.update(values)
    return row


def _published(ctx: TextContext, sidecar: Mapping[str, str], text: bool = True) -> tuple[str | None, str | None]:
    """(date, source): a sidecar's date, else a dateline in the text (unless `text` is False: the first line was the
    page's date bar), else the year-month in the source URL."""
    finders = (("sidecar", lambda: sidecar.get("published")),
               ("text", lambda: _text_published(ctx) if text else None),
               ("url", lambda: published_from_url(sidecar.get("source_url"))),
               ("url", lambda: published_from_url(cited_source_url(ctx.text))))
    for source, find in finders:
        value = find()
        if value:
            return value, source
    return None, None


def _text_published(ctx: TextContext) -> str | None:
    """A dateline in the text, unless it comes before the years the text says have gone by: 'Ngày 20/4/2010, … ban
    hành Kết luận' closing an excerpt that says 'Sau 15 năm (2010-2025)' dates the decision, not the page."""
    found = find_published(ctx.text, ctx.key)
    closed = closed_window_year(ctx.key) if found else None
    return None if found and closed and int(found[:4]) < closed else found


def _date_bar_end(ctx: TextContext, published: str, lede_end: int) -> int | None:
    """Where the first line ends when it is a portal's date bar: 'Chủ nhật, 28/05/2023' above a congress held
    'Trong 2 ngày 18 và 19 tháng 6 năm 2010' is the day the page was read, not the article's, when the congress
    opened its term at least DATE_BAR_GAP years before and nothing after the first line names a year within a year
    of it; so is 'Thứ Tư, ngày 1 tháng 4 năm 2020' above 'Ngày 11/10, Huyện ủy … họp', an event later in the year."""
    year = int(published[:4])
    first_line_end = ctx.text.find("\n", len(ctx.text) - len(ctx.text.lstrip()))
    if first_line_end < 0 or str(year) not in ctx.text[:first_line_end] or opens_on_stamp(ctx.key):
        return None  # a scraper's 'date 2025-08-26' stamp is the article's own date, whatever day its lede names
    opened = [m.first_year for m in ctx.period_mentions
              if m.congress and m.first_year and first_line_end < m.start < lede_end]
    later = [m.year for m in ctx.period_mentions if m.start > first_line_end and m.year is not None]
    bar = bool(opened) and year - opened[0] >= DATE_BAR_GAP and max(later, default=0) < year - 1
    return first_line_end if bar or _event_after(ctx.key, first_line_end, published) else None


def _event_after(key: str, first_line_end: int, published: str) -> bool:
    """The lede's first event day falls later in the year than a first line's full date: that date is when the page
    was read, not when the article appeared; unless the event is the last year's, days before ('01/01/2016' above
    'Sáng 31-12, …')."""
    if len(published) < len("2020-01-01"):
        return False
    event = event_day(key, first_line_end, first_line_end + EVENT_DAY_REACH)
    if event is None or not (1 <= event[0] <= 12 and 1 <= event[1] <= 31):
        return False
    return event > (int(published[5:7]), int(published[8:10])) and not _last_year_event(event, published)


def _last_year_event(event: tuple[int, int] | None, published: str) -> bool:
    """The lede's event day (month, day) falls in the last days of December before a dateline of early January: the
    event, and the text, are of the year before ('01/01/2016' above 'Sáng 31-12, Ban thường vụ Thành ủy tổ chức hội
    nghị tổng kết …')."""
    if event is None or len(published) < len("2020-01-01") or event[0] != DECEMBER or published[5:7] != "01":
        return False
    return DAYS_IN_DECEMBER - event[1] + int(published[8:10]) <= YEAR_END_EVENT_DAYS


def within_publication(period: DocumentPeriod, published: str | None) -> DocumentPeriod:
    """A report cannot cover a year after its publication nor one decades before it (an anniversary's year):
    such a year gives way to the publication year. A term still running ends later ('nhiệm kỳ 2020 - 2025' in
    a 2022 mid-term review is TERM 2025); a term that starts when the article appears ('nhiệm kỳ 2025 - 2030'
    in a 2025 congress report) is a plan."""
    if not published or period.year is None:
        return period
    year = int(published[:4])
    ahead = period.year - year
    if (ahead >= TERM_YEARS if period.period == "TERM" else ahead > 0) or ahead < -MAX_REPORT_LAG_YEARS:
        return DocumentPeriod(year, "FY" if ahead < 0 or period.period == "TERM" else period.period)
    return period


def _province(ctx: TextContext, sidecar: Mapping[str, str], year: int | None, title_key: str,
              places: tuple[Counter[str], Counter[str]], headline: tuple[int, int]) -> tuple[str | None, str | None]:
    """(slug, source): a sidecar's province, else the text's own, its districts', or its publisher's. A text of a
    year before the 2025 merger names its communes on the old map, whatever the 2025 map calls them."""
    given = sidecar.get("province")
    if given:
        slug = resolve_province(given)
        if slug is not None:
            return slug, "sidecar"
    mentions, by_district = places
    own = province_mentions(ctx.cased_key, venues=False) if mentions else Counter()
    if mentions and not own and not visits_province(ctx.text):
        mentions = Counter()  # 'Hội nghị … diễn ra tại Hà Nội' and no other name: a venue, not the text's province
    national = is_national(ctx.text, ctx.key, mentions, by_district, title_key)
    if national and not central_case_on(ctx.cased_key, ctx.key, own, title_key):
        return None, None
    by_url = province_from_url(sidecar.get("source_url")) or province_from_url(cited_source_url(ctx.text))
    named = leading_province(mentions, by_url)
    # 'xã Vĩnh Tường' in Phú Thọ (2025) lies in Vĩnh Phúc before the merger
    old = None if year is not None and year < MERGER_YEAR else merged_commune_province(
        ctx.text, ctx.key, named or by_url, mentions[named] if named else 0, headline)
    if old is not None:
        return old, "commune"
    slug, source = choose_province(named, by_district, by_url, mentions[named] if named else 0)
    if slug is None and (slug := new_commune_province(ctx.text, ctx.key)) is not None:
        source = "commune"
    return slug, (source or None)


def _places(ctx: TextContext) -> tuple[Counter[str], Counter[str]]:
    """The provinces a text names and those its districts lie in, read once for every metadata rule."""
    return province_mentions(ctx.cased_key), district_provinces(ctx.key, ctx.cased_key)


def _with_local_terms(ctx: TextContext, title_key: str, places: tuple[Counter[str], Counter[str]]) -> TextContext:
    """The context with a national congress's term read as the local one, unless the text is national."""
    if not any(m.national_term for m in ctx.period_mentions):
        return ctx
    if is_national(ctx.text, ctx.key, *places, title_key):
        return ctx
    return replace(ctx, period_mentions=as_local_terms(ctx.period_mentions))


def process_document(raw: bytes, source: SourceInfo) -> DocumentResult:
    """Decode, segment, extract quantities, metadata and facts of one file; never raises on bad input."""
    try:
        decoded = decode_bytes(raw)
    except DecodeError as exc:
        return failed_result(raw, source, exc.status, str(exc))
    numbers = sum(1 for _ in itertools.islice(NUMBER.finditer(decoded.text), MAX_NUMBERS + 1))
    if numbers > MAX_NUMBERS:
        return failed_result(raw, source, "too_large", f"holds more than {MAX_NUMBERS} numbers (a table dump or a "
                             "flood, not a report): no quantity is read from it")
    ctx = build_context(decoded.text)
    title = find_title(ctx.text, ctx.key)
    title_key = fold_key(title) if title else ""
    headline = _headline_span(ctx, title)
    places = _places(ctx)
    ctx = _with_local_terms(ctx, title_key, places)
    quantities = ctx.quantities
    published, published_source = _published(ctx, source.sidecar)
    lede_end = _lede_end(ctx)
    congress = names_congress(ctx.key[:lede_end])
    bar_end = _date_bar_end(ctx, published, lede_end) if published and published_source == "text" else None
    if bar_end is not None:  # the page's date bar: neither the publication date nor a period of the text
        published, published_source = _published(ctx, source.sidecar, text=False)
        ctx = replace(ctx, period_mentions=[m for m in ctx.period_mentions if m.start > bar_end])
    period = _doc_period(ctx, published, lede_end, congress, bar_end or 0)
    year_of_title = title_year(title_key) if title and period.period is None else None
    if year_of_title:
        period = DocumentPeriod(year_of_title, "FY")
    elif period.year is None and (year_of_slug := slug_year(source.sidecar.get("source_url"))):
        period = DocumentPeriod(year_of_slug, period.period)  # '…-nam-2019.html': the headline's year
    # '…-quy-i-2011-…' over a text naming no period of its own: the headline's part of the year
    by_slug = None if any(m.period for m in ctx.period_mentions) else slug_period(source.sidecar.get("source_url"))
    if by_slug is not None and (by_slug[1] is None or period.year in (None, by_slug[1])):
        period = DocumentPeriod(by_slug[1] or period.year, by_slug[0])
    period = within_publication(period, published)
    slug, province_source = _province(ctx, source.sidecar, int(published[:4]) if published else period.year,
                                      title_key, places, headline)
    name, current, current_name = province_names(slug)
    base = _document_row(
        raw, source, encoding=decoded.encoding, title=title, published=published,
        published_source=published_source, province_name=name, province_source=province_source,
        province_current=current, province_current_name=current_name, number_style=ctx.style, text=ctx.text,
        province=slug or UNKNOWN_PROVINCE, year=period.year or None, period=period.period or UNKNOWN_PERIOD,
    )
    qrows = [_quantity_row(q, ctx, base) for q in quantities]
    by_start = {q.start: row for q, row in zip(quantities, qrows, strict=True)}
    facts = find_facts(ctx, period, lambda q: by_start[q.start]["quantity_id"], base["title"], congress)
    outcome = run_checks(
        facts, quantities,
        paragraph_of={f.fact_id: ctx.sentence_at(f.quantity_start).paragraph for f in facts},
        surfaces={f.fact_id: by_start[f.quantity_start]["surface"] for f in facts},
        sentences=_sentence_texts(ctx, quantities),
    )
    def approx_of(f: Fact) -> str | None:
        return by_start[f.quantity_start]["approx"]

    dated = date_headline_figures(outcome.facts, _undated_headline_end(ctx, headline), approx_of)
    def clause_of(f: Fact) -> tuple[int, int]:
        sentence = ctx.sentence_at(f.quantity_start)
        return sentence.start, ctx.text.count(";", sentence.start, f.quantity_start)

    def opening_date_of(f: Fact) -> tuple[int, int, int | None] | None:
        return opening_date(ctx.key, ctx.sentence_at(f.quantity_start).start)

    facts = merge_repeats(dated, approx_of, clause_of, opening_date_of)
    frows = [_fact_row(f, ctx, base, by_start[f.quantity_start]) for f in facts]
    base.update(n_quantities=len(qrows), n_facts=len(frows), checks_held=outcome.held,
                checks_violated=outcome.violated, checks_not_applicable=outcome.not_applicable)
    return DocumentResult(document=base, quantities=qrows, facts=frows)
