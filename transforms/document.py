"""One pure entry point per document: raw bytes in, the document row, its quantities and facts out."""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from transforms.checks import run_checks
from transforms.decode import decode_bytes
from transforms.errors import DecodeError
from transforms.fact import Fact
from transforms.ids import ID_LENGTH, stable_id
from transforms.indicators import find_facts
from transforms.keys import fold_key
from transforms.metadata import (
    choose_province,
    district_provinces,
    find_published,
    find_title,
    is_national,
    province_from_url,
    province_mentions,
    province_names,
    published_from_url,
    resolve_province,
)
from transforms.numbers import detect_style
from transforms.periods import DocumentPeriod, document_period, find_period_mentions, local_mention, title_year
from transforms.quantities import PARTY_SUBJECTS, Quantity, find_quantities
from transforms.repeats import merge_repeats
from transforms.schema import UNKNOWN_PERIOD, UNKNOWN_PROVINCE, UNKNOWN_YEAR
from transforms.text import Sentence, snippet, split_sentences

LEDE_PARAGRAPHS = 3
MAX_REPORT_LAG_YEARS = 20
TERM_YEARS = 5


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


@dataclass(frozen=True)
class TextContext:
    """A decoded document's text with everything the extractors share."""

    text: str
    key: str
    sentences: list[Sentence]
    paragraphs: list[tuple[int, int]]
    starts: list[int]

    def sentence_at(self, pos: int) -> Sentence:
        """The sentence holding position pos."""
        i = max(0, bisect.bisect_right(self.starts, pos) - 1)
        return self.sentences[i]

    def paragraph_of(self, sentence: Sentence) -> tuple[int, int]:
        """Span of the paragraph a sentence belongs to."""
        return self.paragraphs[sentence.paragraph]


def build_context(text: str) -> TextContext:
    """Key, sentences and paragraph spans of an NFC text."""
    key = fold_key(text)
    sentences = split_sentences(text, key)
    paragraphs: dict[int, tuple[int, int]] = {}
    for s in sentences:
        first = paragraphs.get(s.paragraph, (s.start, s.end))
        paragraphs[s.paragraph] = (min(first[0], s.start), max(first[1], s.end))
    spans = [paragraphs[i] for i in sorted(paragraphs)]
    return TextContext(text, key, sentences, spans, [s.start for s in sentences])


def _doc_period(ctx: TextContext, quantities: list[Quantity], published: str | None) -> tuple[DocumentPeriod, list]:
    """Main period from the periods of the Party figures, the lede, or any period phrase."""
    mentions = find_period_mentions(ctx.key)
    local = []
    for q in quantities:
        if q.subject in PARTY_SUBJECTS:
            s = ctx.sentence_at(q.start)
            m = local_mention(mentions, s, ctx.paragraph_of(s), q.start)
            if m is not None:
                local.append(m)
    lede_end = ctx.paragraphs[min(LEDE_PARAGRAPHS, len(ctx.paragraphs)) - 1][1] if ctx.paragraphs else 0
    fallback = int(published[:4]) if published else None
    return document_period(mentions, local, lede_end, fallback), mentions


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
        "year": f.year if f.year is not None else UNKNOWN_YEAR,
        "period": f.period or UNKNOWN_PERIOD,
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
        "province": UNKNOWN_PROVINCE, "year": UNKNOWN_YEAR, "period": UNKNOWN_PERIOD,
    }
    row.update(values)
    return row


def _published(text: str, sidecar: Mapping[str, str]) -> tuple[str | None, str | None]:
    """(date, source): a sidecar's date, else a dateline in the text, else the year-month in the source URL."""
    for source, value in (("sidecar", sidecar.get("published")), ("text", find_published(text)),
                          ("url", published_from_url(sidecar.get("source_url")))):
        if value:
            return value, source
    return None, None


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


def _province(ctx: TextContext, sidecar: Mapping[str, str]) -> tuple[str | None, str | None]:
    """(slug, source): a sidecar's province, else the text's own, its districts', or its publisher's."""
    given = sidecar.get("province")
    if given:
        slug = resolve_province(given)
        if slug is not None:
            return slug, "sidecar"
    mentions = province_mentions(ctx.text)
    by_district = district_provinces(ctx.key)
    if is_national(ctx.text, ctx.key, mentions, by_district):
        return None, None
    named = max(mentions, key=mentions.__getitem__) if mentions else None
    slug, source = choose_province(named, by_district, province_from_url(sidecar.get("source_url")))
    return slug, (source or None)


def process_document(raw: bytes, source: SourceInfo) -> DocumentResult:
    """Decode, segment, extract quantities, metadata and facts of one file; never raises on bad input."""
    try:
        decoded = decode_bytes(raw)
    except DecodeError as exc:
        return failed_result(raw, source, exc.status, str(exc))
    ctx = build_context(decoded.text)
    style = detect_style(ctx.key)
    quantities = find_quantities(ctx.text, ctx.key, style)
    published, published_source = _published(ctx.text, source.sidecar)
    title = find_title(ctx.text)
    period, mentions = _doc_period(ctx, quantities, published)
    if period.period is None and title and title_year(fold_key(title)):
        period = DocumentPeriod(title_year(fold_key(title)), "FY")
    period = within_publication(period, published)
    slug, province_source = _province(ctx, source.sidecar)
    name, current, current_name = province_names(slug)
    base = _document_row(
        raw, source, encoding=decoded.encoding, title=title, published=published,
        published_source=published_source, province_name=name, province_source=province_source,
        province_current=current, province_current_name=current_name, number_style=style, text=ctx.text,
        province=slug or UNKNOWN_PROVINCE, year=period.year or UNKNOWN_YEAR, period=period.period or UNKNOWN_PERIOD,
    )
    qrows = [_quantity_row(q, ctx, base) for q in quantities]
    by_start = {q.start: row for q, row in zip(quantities, qrows, strict=True)}
    facts = find_facts(ctx, quantities, mentions, period, lambda q: by_start[q.start]["quantity_id"], base["title"])
    outcome = run_checks(
        facts, quantities,
        paragraph_of={f.fact_id: ctx.sentence_at(f.quantity_start).paragraph for f in facts},
        surfaces={f.fact_id: by_start[f.quantity_start]["surface"] for f in facts},
        sentences=_sentence_texts(ctx, quantities),
    )
    facts = merge_repeats(outcome.facts, lambda f: by_start[f.quantity_start]["approx"])
    frows = [_fact_row(f, ctx, base, by_start[f.quantity_start]) for f in facts]
    base.update(n_quantities=len(qrows), n_facts=len(frows), checks_held=outcome.held,
                checks_violated=outcome.violated, checks_not_applicable=outcome.not_applicable)
    return DocumentResult(document=base, quantities=qrows, facts=frows)
