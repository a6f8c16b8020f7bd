"""Document metadata from the text: title, publication date, province (gazetteer)."""

from __future__ import annotations

import functools
import re
from collections import Counter

from dateutil import parser as dateparser

from transforms.keys import fold_key
from transforms.refdir import read_csv
from transforms.vocab import mask_vocab, province_variants, provinces

MAX_TITLE = 250
MIN_TITLE_WORDS = 5
HEAD_LINES = 6
DATE_DMY = re.compile(r"(?<![\d/])(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((?:19|20)\d{2})(?!\d)")
DATE_ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?(?!\d)")


@functools.cache
def _date_words() -> re.Pattern[str]:
    """'ngày 15 tháng 7 năm 2022': a date written with its words (data/reference/non_quantities.yaml)."""
    day, month, year = (re.escape(w) for w in mask_vocab().date_words)
    return re.compile(rf"{day}\s+(\d{{1,2}})\s+{month}\s+(\d{{1,2}})\s+{year}\s+((?:19|20)\d{{2}})")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _doc_types() -> tuple[str, ...]:
    return tuple(fold_key(r["word"]) for r in read_csv("document_types.csv"))


def _is_stamp(line: str) -> bool:
    """A date/time/byline stamp line: mostly digits and date words."""
    key = fold_key(line)
    return bool(DATE_DMY.search(key) or DATE_ISO.search(key)) and len(line) <= 80


def find_title(text: str) -> str | None:
    """Title: a document-type line joined to the next ('BÁO CÁO' + '…'), or a short headline line."""
    lines = _lines(text)[:HEAD_LINES]
    doc_types = _doc_types()
    for i, line in enumerate(lines):
        if _is_stamp(line):
            continue
        if fold_key(line).strip(" :") in doc_types and i + 1 < len(lines):
            return f"{line} {lines[i + 1]}"[:MAX_TITLE]
        if len(line) > MAX_TITLE or line[-1] in ".;,!?":
            return None
        if len(line.split()) >= MIN_TITLE_WORDS:
            return line
    return None


def _iso(day: str | None, month: str, year: str) -> str | None:
    """ISO date (or year-month when the day is missing), parsed day-first by dateutil."""
    if day is None:
        return f"{int(year):04d}-{int(month):02d}" if 1 <= int(month) <= 12 else None
    try:
        return dateparser.parse(f"{day}/{month}/{year}", dayfirst=True).date().isoformat()
    except (ValueError, OverflowError):
        return None


def find_published(text: str) -> str | None:
    """Publication date stated in a stamp line at the top or bottom ('09:07, 02/07/2020', 'date 2024-07')."""
    lines = _lines(text)
    candidates = lines[:HEAD_LINES] + lines[-3:]
    for line in candidates:
        key = fold_key(line)
        m = _date_words().search(key)
        if m and len(line) <= 120:
            return _iso(m.group(1), m.group(2), m.group(3))
        head = key[:40] if len(line) > 80 and not key.startswith("date") else key
        m = DATE_DMY.search(head)
        if m:
            return _iso(m.group(1), m.group(2), m.group(3))
        m = DATE_ISO.search(head)
        if m:
            return _iso(m.group(3), m.group(2), m.group(1))
    return None


@functools.cache
def _gazetteer() -> tuple[re.Pattern[str], dict[str, str]]:
    """One case-sensitive regex over every province variant (longest first) and variant -> slug."""
    pairs = province_variants()
    pattern = "|".join(re.escape(v) for v, _ in pairs)
    return re.compile(r"(?<!\w)(?:" + pattern + r")(?!\w)"), dict(pairs)


def find_province(text: str) -> str | None:
    """Slug of the province the text names most often (pre-2025 gazetteer); None when it names none."""
    pattern, slugs = _gazetteer()
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in pattern.finditer(fold_key(text, lower=False)):
        slug = slugs[m.group(0)]
        counts[slug] += 1
        first.setdefault(slug, m.start())
    if not counts:
        return None
    return max(counts, key=lambda s: (counts[s], -first[s]))


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
    for variant, slug in province_variants():
        if variant == key or variant.lower() == key.lower():
            return slug
    return None
