"""Phrase lists as one trie-shaped regular expression: shared prefixes factored out, longest phrase first."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable


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
