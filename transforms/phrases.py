"""Longest-first phrase matching on a folded key, at word boundaries, with a payload per phrase.

Each table compiles to one trie-shaped regular expression, so the regex engine scans the key once in C instead
of Python trying every phrase at every word start.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from transforms.alternation import behind_start, trie_alternation, word_start_matches
from transforms.keys import fold_key

ALNUM_END = r"(?![^\W_])"  # a phrase ending in a letter or digit may not run into another one


def _alnum_end(phrase: str) -> str:
    return ALNUM_END if phrase[-1].isalnum() else ""


_WORD_START = behind_start(r"(?<!\w)")


def _bounded_phrase(phrase: str) -> str:
    """A phrase's end test and its start's: a phrase opening on a letter, digit or '_' starts a word (tested where
    it matched); one opening on a symbol needs no boundary (word_start_matches with symbols)."""
    start = _WORD_START(phrase) if phrase[0].isalnum() or phrase[0] == "_" else ""
    return _alnum_end(phrase) + start


class Match(NamedTuple):
    """A phrase found in the key: span, phrase and its payload (a named tuple: thousands are made per text)."""

    start: int
    end: int
    phrase: str
    payload: Any


class PhraseMatcher:
    """Finds non-overlapping phrases left to right, preferring the longest at each word start."""

    def __init__(self, entries: Iterable[tuple[str, Any]]) -> None:
        self._payload: dict[str, Any] = {}
        for phrase, payload in entries:
            key = fold_key(phrase).strip()
            if key and key not in self._payload:
                self._payload[key] = payload
        self._pattern = re.compile(trie_alternation(self._payload, _bounded_phrase))  # word starts, as find_all reads
        self._bounded = re.compile(trie_alternation(self._payload))
        self._longest = max(map(len, self._payload), default=0)

    def find_all(self, key: str, start: int = 0, end: int | None = None) -> list[Match]:
        """Matches in key[start:end], left to right; a phrase must end by `end`, and its word boundary is judged
        on the whole key."""
        whole = end is None or end >= len(key)
        stop = len(key) if end is None else end
        payload = self._payload
        out: list[Match] = []
        for m in self._pattern.finditer(key, start, stop):
            at, after = m.span()
            phrase = m.group()
            if whole or after < stop or not (key[stop].isalnum() and phrase[-1].isalnum()):
                out.append(Match(at, after, phrase, payload[phrase]))
                continue
            slow = self._match_within(key, at, stop)  # the key runs on past `end`: judge it there
            if slow:
                out += [slow, *self.find_all(key, slow.end, stop)]
            break
        return out

    def find_all_in(self, key: str, spans: Sequence[tuple[int, int]]) -> list[list[Match]]:
        """find_all(key, start, end) for each (start, end) of sorted, disjoint spans, read from one scan of the whole
        key: a span's matches are the scan's that start in it, unless a match of the scan runs across one of its
        ends or a letter or digit follows it (where find_all judges a phrase's end by the span), which is read on
        its own."""
        found = self.find_all(key)
        starts = [m.start for m in found]
        out = []
        for start, end in spans:
            lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
            if ((end < len(key) and key[end].isalnum()) or (lo > 0 and found[lo - 1].end > start)
                    or (hi > 0 and found[hi - 1].end > end)):
                out.append(self.find_all(key, start, end))
            else:
                out.append(found[lo:hi])
        return out

    def _match_within(self, key: str, pos: int, end: int) -> Match | None:
        """The first match starting at or after pos that ends by `end` (the key beyond `end` decides boundaries)."""
        while pos < end:
            m = next(word_start_matches(self._bounded, key, pos, end, symbols=True), None)
            if m is None:
                return None
            for length in sorted({len(p) for p in self._prefixes(key, m.start(), end)}, reverse=True):
                phrase = key[m.start():m.start() + length]
                stop = m.start() + length
                if stop == len(key) or not (key[stop].isalnum() and phrase[-1].isalnum()):
                    return Match(m.start(), stop, phrase, self._payload[phrase])
            pos = m.start() + 1
        return None

    def _prefixes(self, key: str, pos: int, end: int) -> list[str]:
        """Every phrase of the table that key[pos:end] starts with."""
        stop = min(end, pos + self._longest)
        return [key[pos:i] for i in range(pos + 1, stop + 1) if key[pos:i] in self._payload]
