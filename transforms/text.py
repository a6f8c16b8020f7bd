"""Segmentation with offsets kept: paragraphs, numbered headings, sentences, clause words."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from transforms.alternation import trie_alternation
from transforms.vocab import mask_vocab

HEADING = re.compile(r"^[ \t]*(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)][ \t]+\S")
# '1.', 'II.', '2.1)', an outline's '1.1- Ban Thường vụ …' and, in tables, '1 - Tổng số đảng viên', 'I - Đảng viên'
# (a dash, then a word)
# ('1.Đối với …': an item's number glued to its capitalised first word), and '(1)' in brackets, whatever follows it
# ('(1) 100% đảng viên được học tập …')
LINE_NUMBER = re.compile(r"^[ \t]*(?:(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*)"
                         r"(?:[.)](?=[ \t]|[A-ZĐÀ-Ỹ])|[ \t]*[-–](?=[ \t]+(?:[^\W\d_]|\()))|\(\d{1,2}\)(?=[ \t]))",
                         re.MULTILINE)
MAX_SENTENCE = 2000  # characters; longer runs without a sentence end are cut (see _bounded)
SENTENCE_END = re.compile(r"[.!?…]+[\"”’)»]*(?=\s+[\"“(«\-–•A-ZĐÀ-ỸÁ-Ỹ0-9]|[A-ZĐ][a-zà-ỹ])")
WORD = re.compile(r"[^\W\d_]+(?:[/.][^\W\d_]+)?", re.UNICODE)
TERMINAL = ".!?:;…\"”)"
MAX_HEADING = 160


@dataclass(frozen=True)
class Heading:
    """A heading line: its span, its text and its level (1 = roman or capitals)."""

    start: int
    end: int
    text: str
    level: int


@dataclass(frozen=True)
class Sentence:
    """A sentence span with the paragraph it sits in and the heading it sits under."""

    start: int
    end: int
    paragraph: int
    section: str | None


def _is_heading(line: str) -> int:
    """Heading level of a line, 0 when it is prose."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_HEADING or stripped[-1] in ".;,":
        return 0
    if HEADING.match(stripped):
        head = stripped.split(None, 1)[0].rstrip(".)")
        return 1 if re.fullmatch(r"[IVXLC]+", head) else 2 + head.count(".")
    letters = [c for c in stripped if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters) and not re.search(r"\d{1,2}:\d{2}", stripped):
        return 1
    return 0


def find_headings(text: str) -> list[Heading]:
    """Numbered or all-capital heading lines, in order."""
    out, pos = [], 0
    for line in text.split("\n"):
        level = _is_heading(line)
        if level:
            lead = len(line) - len(line.lstrip())
            out.append(Heading(pos + lead, pos + len(line.rstrip()), line.strip(), level))
        pos += len(line) + 1
    return out


def line_number_spans(text: str) -> list[tuple[int, int]]:
    """Spans of section numbers that open a line ('1.', 'II.', '2.1)', '(1)', '1 - Tổng số', '1.1- Ban'): never
    quantities."""
    return [m.span() for m in LINE_NUMBER.finditer(text)]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: lines, re-joined where a line was broken mid-sentence (next starts lower case)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + len(line) - len(line.lstrip())
            end = pos + len(line.rstrip())
            prev = text[spans[-1][0]:spans[-1][1]] if spans else ""
            if prev and prev[-1] not in TERMINAL and stripped[0].islower() and not _is_heading(prev):
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
        pos += len(line) + 1
    return spans


def _is_abbreviation(key: str, dot: int) -> bool:
    """True when the '.' at `dot` closes an abbreviation such as 'TP.' or 'v.v.'."""
    m = re.search(r"([^\s(]+)$", key[max(0, dot - 8):dot])
    return m is not None and m.group(1).lower().rstrip(".") in mask_vocab().abbreviations


def split_sentences(text: str, key: str) -> list[Sentence]:
    """Sentences of the text with paragraph index and section heading; offsets into `text`."""
    headings = find_headings(text)
    out: list[Sentence] = []
    h = 0
    section: str | None = None
    for p_index, (p_start, p_end) in enumerate(_paragraphs(text)):
        while h < len(headings) and headings[h].start <= p_start:
            section = headings[h].text
            h += 1
        start = p_start
        for m in SENTENCE_END.finditer(text, p_start, p_end):
            if m.group(0).startswith(".") and _is_abbreviation(key, m.start()):
                continue
            out += [Sentence(a, b, p_index, section) for a, b in _bounded(text, start, m.end())]
            start = m.end()
            while start < p_end and text[start].isspace():
                start += 1
        if start < p_end:
            out += [Sentence(a, b, p_index, section) for a, b in _bounded(text, start, p_end)]
    return out


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence cut into pieces of at most MAX_SENTENCE characters, at a ';', ',' or space when one is near:
    real sentences are far shorter, and a text with no sentence end must not make one sentence of a megabyte."""
    pieces = []
    while end - start > MAX_SENTENCE:
        window = text[start + MAX_SENTENCE // 2:start + MAX_SENTENCE]
        cut = max(window.rfind(";"), window.rfind(","))
        if cut < 0:
            cut = window.rfind(" ")
        stop = start + MAX_SENTENCE // 2 + cut + 1 if cut >= 0 else start + MAX_SENTENCE
        pieces.append((start, stop))
        start = stop
    pieces.append((start, end))
    return pieces


def holds_word(key: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether key[start:end] holds one of words as whole words ('đã' in 'đã bầu', not in 'đầu')."""
    between = f" {key[start:end]} "
    return any(f" {w} " in between for w in words)


def skip_spaces(key: str, pos: int) -> int:
    """The first position at or after pos that is not a space."""
    if pos < len(key) and key[pos] == " ":  # most positions hold no space
        end = len(key)
        pos += 1
        while pos < end and key[pos] == " ":
            pos += 1
    return pos


@functools.cache
def _start_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One trie regex for a phrase list: the longest phrase, with a word boundary after alphanumeric ends."""
    return re.compile(trie_alternation(phrases, lambda p: r"(?!\w)" if p[-1].isalnum() else ""))


@functools.cache
def _end_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One trie regex of the reversed phrases, matched on the reversed text before a position: an optional final
    newline, spaces, then the longest phrase (group 1) with a word boundary before alphanumeric starts."""
    reversed_phrases = {p[::-1]: p for p in phrases}
    body = trie_alternation(reversed_phrases, lambda r: r"(?!\w)" if r[-1].isalnum() else "")
    return re.compile(r"\n? *(" + body + ")")


LOOKBACK = 80
MAX_PATTERNS_BY_ID = 4096  # phrase lists built on the fly (a sum of two lists) get a new id per call: start afresh
# pattern per phrase list, looked up by the list's identity: the lists are the vocabulary's cached tuples, and hashing
# a tuple of a hundred phrases on every call cost more than the match (each entry keeps its tuple, so no id is reused)
_STARTS_BY_ID: dict[int, tuple[tuple[str, ...], re.Pattern[str]]] = {}
_ENDS_BY_ID: dict[int, tuple[tuple[str, ...], re.Pattern[str]]] = {}


def _remember(table: dict[int, tuple[tuple[str, ...], re.Pattern[str]]], phrases: tuple[str, ...],
              build: Callable[[tuple[str, ...]], re.Pattern[str]]) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """Enter the pattern `build` makes of a phrase list under the list's identity (looked up inline by callers)."""
    if len(table) >= MAX_PATTERNS_BY_ID:
        table.clear()
    hit = table[id(phrases)] = (phrases, build(phrases))
    return hit


def starts_with_phrase(key: str, pos: int, phrases: tuple[str, ...]) -> str | None:
    """The longest phrase that key[pos:] starts with, ending at a word boundary."""
    hit = _STARTS_BY_ID.get(id(phrases))
    if hit is None or hit[0] is not phrases:
        hit = _remember(_STARTS_BY_ID, phrases, _start_pattern)
    m = hit[1].match(key, pos)
    return m.group(0) if m else None


def ends_with_phrase(key: str, pos: int, phrases: tuple[str, ...]) -> str | None:
    """The longest phrase that key[:pos] ends with (spaces before pos skipped), at a word boundary."""
    begin = pos - LOOKBACK if pos > LOOKBACK else 0
    window = key[pos - 1:begin - 1 if begin else None:-1] if pos > 0 else ""  # key[begin:pos] reversed, one copy
    hit = _ENDS_BY_ID.get(id(phrases))
    if hit is None or hit[0] is not phrases:
        hit = _remember(_ENDS_BY_ID, phrases, _end_pattern)
    m = hit[1].match(window)
    if not m:
        return None
    found = m.group(1)[::-1]
    if m.end() == len(window) and begin > 0 and found[0].isalnum() and key[begin - 1].isalnum():
        return None
    return found


SNIPPET_CHARS = 300


def snippet(text: str, sentence: Sentence, start: int, end: int, limit: int = SNIPPET_CHARS) -> str:
    """The sentence around text[start:end], cut to at most `limit` characters centred on the span ('…' marks a cut):
    rows quote their context without copying a long sentence once per number."""
    if sentence.end - sentence.start <= limit:
        return text[sentence.start:sentence.end]
    room = max(0, limit - 2 - (end - start))
    lo = max(sentence.start, start - room // 2)
    hi = min(sentence.end, lo + limit - 2)
    lo = max(sentence.start, min(lo, hi - (limit - 2)))
    return ("…" if lo > sentence.start else "") + text[lo:hi] + ("…" if hi < sentence.end else "")
