"""Phrase lists as one trie-shaped regular expression: shared prefixes factored out, longest phrase first."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator


def trie_alternation(phrases: Iterable[str], end: Callable[[str], str] = lambda p: "") -> str:
    """One regex alternation of phrases, factored as a trie; at every fork the longer continuation is tried
    first, so the match is the longest phrase whose `end(phrase)` condition holds."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = phrase

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            branches.append(end(node[""]))
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return build(trie) if trie else r"(?!x)x"


def behind_start(lookbehinds: str) -> Callable[[str], str]:
    """Fixed-width lookbehinds meant for a phrase's start, as a trie_alternation `end` that tests them after the whole
    phrase ('(?<!\\w)' after 'kết luận' becomes '(?<!\\w[\\s\\S]{8})'): a pattern that opens on its phrases lets the
    regex engine skip to where one stands instead of testing the lookbehinds at every position, and tries them only
    where a phrase matched; its matches are the same (a phrase whose start fails them fails at every length)."""
    parts = re.findall(r"\(\?<[!=](?:[^()\\]|\\.)*\)", lookbehinds)
    if "".join(parts) != lookbehinds:
        raise ValueError(f"only plain lookbehinds can move after a phrase: {lookbehinds!r}")
    return lambda phrase: "".join(f"{part[:-1]}[\\s\\S]{{{len(phrase)}}})" for part in parts)


def _is_word_char(char: str) -> bool:
    """A character regex's \\w matches."""
    return char.isalnum() or char == "_"


def _is_symbol(char: str) -> bool:
    """Neither a word character nor a space."""
    return not (_is_word_char(char) or char.isspace())


def word_start_matches(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None,
                       symbols: bool = False) -> Iterator[re.Match[str]]:
    """Matches of `pattern` that begin a word (no letter, digit or '_' before them), left to right and
    non-overlapping: the same as finditer with a leading (?<!\\w), but the pattern may start with its own first
    characters, so the regex engine skips to them instead of testing a lookbehind at every position. With
    `symbols`, a match starting with a symbol (neither word character nor space) needs no boundary."""
    endpos = len(text) if endpos is None else endpos
    search = pattern.search
    while True:
        m = search(text, pos, endpos)
        if m is None:
            return
        start = m.start()
        if start and _is_word_char(text[start - 1]) and not (symbols and _is_symbol(text[start])):
            pos = start + 1
            continue
        yield m
        pos = m.end() if m.end() > start else start + 1


class Prefiltered:
    """A regex that opens on zero-width assertions (lookbehinds), which the regex engine would try at every position,
    searched from the places `starts` matches instead: `starts` must match wherever the regex can (its body with the
    assertions left out does), so the engine skips ahead to those places and the regex is tried there alone. Its
    matches are the regex's own, those of its finditer and search; the regex may never match the empty string. A
    short stretch of text is left to the regex itself, which there costs less than two searches."""

    SHORT = 200  # characters

    def __init__(self, assertions: str, body: str, starts: str | None = None) -> None:
        self.pattern = re.compile(assertions + body)
        self._starts = re.compile(body if starts is None else starts)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """The matches self.pattern.finditer(string, pos, endpos) yields, left to right and non-overlapping."""
        if min(endpos, len(string)) - pos <= self.SHORT:
            return self.pattern.finditer(string, pos, endpos)
        return self._scan(string, pos, endpos)

    def _scan(self, string: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """The regex's matches, tried where `starts` matches."""
        while (hit := self._next(string, pos, endpos)) is not None:
            yield hit
            pos = hit.end() if hit.end() > hit.start() else hit.start() + 1

    def _next(self, string: str, pos: int, endpos: int) -> re.Match[str] | None:
        """The regex's first match starting at or after pos, tried where `starts` matches."""
        starts, match = self._starts.search, self.pattern.match
        while (m := starts(string, pos, endpos)) is not None:
            hit = match(string, m.start(), endpos)
            if hit is not None:
                return hit
            pos = m.start() + 1
        return None

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """The match self.pattern.search(string, pos, endpos) finds."""
        if min(endpos, len(string)) - pos <= self.SHORT:
            return self.pattern.search(string, pos, endpos)
        return self._next(string, pos, endpos)
