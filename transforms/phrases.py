"""Longest-first phrase matching on a folded key, at word boundaries, with a payload per phrase."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from transforms.keys import fold_key


@dataclass(frozen=True)
class Match:
    """A phrase found in the key: span, phrase and its payload."""

    start: int
    end: int
    phrase: str
    payload: Any


class PhraseMatcher:
    """Finds non-overlapping phrases, preferring the longest at each word start."""

    def __init__(self, entries: Iterable[tuple[str, Any]]) -> None:
        by_first: dict[str, list[tuple[str, Any]]] = {}
        for phrase, payload in entries:
            key = fold_key(phrase).strip()
            if key:
                by_first.setdefault(key[0], []).append((key, payload))
        self._by_first = {c: sorted(v, key=lambda e: -len(e[0])) for c, v in by_first.items()}

    def find_all(self, key: str, start: int = 0, end: int | None = None) -> list[Match]:
        """Matches in key[start:end], left to right."""
        end = len(key) if end is None else end
        out: list[Match] = []
        pos = start
        while pos < end:
            ch = key[pos]
            boundary = pos == 0 or not key[pos - 1].isalnum() or not ch.isalnum()
            hit = None
            if boundary:
                for phrase, payload in self._by_first.get(ch, ()):
                    stop = pos + len(phrase)
                    if stop <= end and key.startswith(phrase, pos) and (
                        stop == len(key) or not (key[stop].isalnum() and phrase[-1].isalnum())
                    ):
                        hit = Match(pos, stop, phrase, payload)
                        break
            if hit:
                out.append(hit)
                pos = hit.end
            else:
                pos += 1
        return out
