"""Whose figure it is: the document's own body, the whole country, or a named sub-unit."""

from __future__ import annotations

import re

from transforms.cues import words
from transforms.keys import fold_key
from transforms.phrases import PhraseMatcher
from transforms.text import ends_with_phrase, skip_spaces, starts_with_phrase

BOUNDARY = ",;:()\n"


def _clause_start(key: str, lower: int, pos: int) -> int:
    """Where the clause holding pos starts: after the last clause break before it, at lower at the latest."""
    return max(lower, *(key.rfind(mark, lower, pos) + 1 for mark in BOUNDARY))


def subject_span(key: str, lower: int, cue_start: int) -> tuple[int, int]:
    """The words that name who acts: from the last clause break before the cue up to the cue; a place named after
    a comma is the address of the place named before it ('xã Ea Tiêu, huyện Cư Kuin kết nạp …'), which acts."""
    start = _clause_start(key, lower, cue_start)
    units = words("needs_name", "scope")
    unit = starts_with_phrase(key, skip_spaces(key, start), units)
    if unit is None or start <= lower or key[start - 1] != ",":
        return start, cue_start
    before = _clause_start(key, lower, start - 1)
    head = skip_spaces(key, before)
    prefix = starts_with_phrase(key, head, words("body_prefixes", "scope"))
    head = skip_spaces(key, head + len(prefix)) if prefix else head
    place = starts_with_phrase(key, head, units)
    name = key[head + len(place):start - 1].split() if place else []
    if place is not None and place != unit and 0 < len(name) <= NAME_WORDS:
        return before, cue_start
    return start, cue_start


_MATCHER: list[PhraseMatcher] = []


def _matcher() -> PhraseMatcher:
    if not _MATCHER:
        _MATCHER.append(PhraseMatcher((w, kind) for kind in ("document", "national", "subunit")
                                      for w in words(kind, "scope")))
    return _MATCHER[0]


def _label(text: str, key: str, start: int, end: int) -> str | None:
    """The body's name as written, without trailing auxiliaries ('… Trung ương đã' -> '… Trung ương')."""
    trailing = words("name_trailing", "scope")
    while True:
        end = len(key[:end].rstrip(" ,.;:-"))
        word = ends_with_phrase(key, end, trailing)
        if not word or end - len(word) <= start:
            break
        end -= len(word)
    return text[start:end].strip(" ,.;:-–") or None


def _named(text: str, pos: int) -> bool:
    """True when a capitalised name follows pos ('huyện Ninh Phước')."""
    rest = text[pos:pos + 3].lstrip()
    return bool(rest) and rest[0].isupper()


NAME_WORDS = 4  # 'xã Sơn Phú', 'huyện Krông Pắc', 'thị xã Buôn Hồ': a place's name is a few capitalised words
WORD = re.compile(r"\s+(\w+)")
NOT_WORD = re.compile(r"\W+")


def _name_after(text: str, pos: int) -> str | None:
    """The capitalised words right after pos ('huyện Ninh Phước đã …' -> 'Ninh Phước'), at most NAME_WORDS."""
    words: list[str] = []
    while len(words) < NAME_WORDS and (m := WORD.match(text, pos)) and m.group(1)[0].isupper():
        words.append(m.group(1))
        pos = m.end()
    return " ".join(words) or None


def _is_home(text: str, phrase: str, end: int, home: str) -> bool:
    """True when a sub-unit is the body the whole document is about (named in its title or lede)."""
    if phrase in words("needs_name", "scope"):  # 'huyện Đức Trọng' under 'Huyện Đức Trọng …' or 'Đức Trọng …'
        name = _name_after(text, end)  # the name alone in the title: 'Đơn Dương: Năm 2018, phát triển 108 đảng viên'
        return name is not None and (fold_key(f"{phrase} {name}") in home
                                     or f" {fold_key(name)} " in f" {NOT_WORD.sub(' ', home)} ")
    for prefix in words("body_prefixes", "scope"):
        if phrase.startswith(prefix + " "):
            phrase = phrase[len(prefix) + 1:]
    return f" {phrase}" in f" {home}"


def named_subunit(text: str, key: str, span: tuple[int, int]) -> str | None:
    """The first sub-unit key[span] names with its kind and name ('Đảng bộ huyện Ninh Giang đã …' -> 'huyện ninh
    giang'), folded; None when it names none."""
    needs_name = set(words("needs_name", "scope"))
    for m in _matcher().find_all(key, span[0], span[1]):
        name = _name_after(text, m.end) if m.payload == "subunit" and m.phrase in needs_name else None
        if name is not None:
            return fold_key(f"{m.phrase} {name}")
    return None


def names_body(key: str, span: tuple[int, int]) -> bool:
    """True when key[span] names a body (the province, a sub-unit, the country) as the one acting."""
    return bool(_matcher().find_all(key, span[0], span[1]))


def scope_of(text: str, key: str, span: tuple[int, int], home: str = "") -> tuple[str, str | None] | None:
    """(scope, scope_name) named in key[span]; None when the span names no body (inherit the clause's).
    `home` is the folded title and lede: the body a document is about is its own scope."""
    start, end = span
    if not key[start:end].strip(" ,"):
        return None
    needs_name = set(words("needs_name", "scope"))
    address_of_home: int | None = None  # where the home unit's name ends: a place after it and a comma is its address
    for m in _matcher().find_all(key, start, end):
        if m.payload == "document":
            continue
        if m.payload == "subunit":
            if ends_with_phrase(key, m.start, words("plural_before", "scope")):
                continue
            if m.phrase in needs_name and not _named(text, m.end):
                continue
            if address_of_home is not None and key[address_of_home:m.start].strip() == ",":
                address_of_home = m.end + len(f" {_name_after(text, m.end) or ''}")  # 'xã A, huyện B': A's address
                continue
            if home and _is_home(text, m.phrase, m.end, home):
                address_of_home = m.end + len(f" {_name_after(text, m.end) or ''}")
                continue
        return m.payload, _label(text, key, start, end)
    return "document", None
