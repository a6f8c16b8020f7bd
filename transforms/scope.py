"""Whose figure it is: the document's own body, the whole country, or a named sub-unit."""

from __future__ import annotations

from transforms.cues import words
from transforms.phrases import PhraseMatcher
from transforms.text import ends_with_phrase

BOUNDARY = ",;:()\n"


def subject_span(key: str, lower: int, cue_start: int) -> tuple[int, int]:
    """The words that name who acts: from the last clause break before the cue up to the cue."""
    start = cue_start
    while start > lower and key[start - 1] not in BOUNDARY:
        start -= 1
    return start, cue_start


def _matcher(name: str) -> PhraseMatcher:
    return PhraseMatcher((w, name) for w in words(name, "scope"))


_MATCHERS: dict[str, PhraseMatcher] = {}


def scope_of(text: str, key: str, span: tuple[int, int]) -> tuple[str, str | None] | None:
    """(scope, scope_name) named in key[span]; None when the span names no body (inherit the clause's)."""
    start, end = span
    if not key[start:end].strip(" ,"):
        return None
    for name in ("national", "subunit"):
        matcher = _MATCHERS.setdefault(name, _matcher(name))
        for m in matcher.find_all(key, start, end):
            if name == "subunit" and ends_with_phrase(key, m.start, words("plural_before", "scope")):
                continue
            label = text[start:end].strip(" ,.;:-–")
            return name, label or None
    return "document", None
