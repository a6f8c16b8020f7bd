"""Longest-first phrase matching on a folded key, at word boundaries, with a payload per phrase."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from transforms.keys import fold_key

CANDIDATE = re.compile(r"(?<!\w)\w|[^\w\s]")  # where a phrase may start: a word start or a symbol


@dataclass(frozen=True)
class Match:
    """A phrase found in the key: span, phrase and its payload."""

    start: int
    end: int
    phrase: str
    payload: Any


class PhraseMatcher:
    """Finds non-overlapping phrases left to right, preferring the longest at each word start."""

    def __init__(self, entries: Iterable[tuple[str, Any]]) -> None:
        by_first: dict[str, list[tuple[str, Any]]] = {}
        seen: set[str] = set()
        for phrase, payload in entries:
            key = fold_key(phrase).strip()
            if key and key not in seen:
                seen.add(key)
                by_first.setdefault(key[0], []).append((key, payload))
        self._by_first = {c: sorted(v, key=lambda e: -len(e[0])) for c, v in by_first.items()}

    def _at(self, key: str, pos: int, end: int) -> Match | None:
        for phrase, payload in self._by_first.get(key[pos], ()):
            stop = pos + len(phrase)
            if stop <= end and key.startswith(phrase, pos) and (
                stop == len(key) or not (key[stop].isalnum() and phrase[-1].isalnum())
            ):
                return Match(pos, stop, phrase, payload)
        return None

    def find_all(self, key: str, start: int = 0, end: int | None = None) -> list[Match]:
        """Matches in key[start:end], left to right."""
        end = len(key) if end is None else end
        out: list[Match] = []
        taken = start
        for m in CANDIDATE.finditer(key, start, end):
            pos = m.start()
            if pos < taken or key[pos] not in self._by_first:
                continue
            hit = self._at(key, pos, end)
            if hit:
                out.append(hit)
                taken = hit.end
        return out
