"""One document as every extractor reads it, computed once and never changed: the NFC text, its folded key,
sentences and paragraphs, the number style, every quantity and period phrase, and per sentence its cues,
parentheses, named bodies and quantities."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from transforms.cues import ActorGroup, Cue, actor_phrases, cue_phrases, find_actor_groups, find_cues, quoted_names
from transforms.keys import fold_key, lower_key
from transforms.numbers import Style, detect_style
from transforms.periods import Horizon, PeriodMention, find_horizons, find_period_mentions
from transforms.quantities import Quantity, find_quantities
from transforms.text import Sentence, split_sentences

PAREN = re.compile("[()]")


def parens(key: str, start: int, end: int) -> list[tuple[int, int]]:
    """Parenthesis pairs of key[start:end]; one left open runs to `end`."""
    stack, out = [], []
    for m in PAREN.finditer(key, start, end):
        if m.group() == "(":
            stack.append(m.start())
        elif stack:
            out.append((stack.pop(), m.start()))
    return out + [(o, end) for o in stack]


@dataclass(frozen=True)
class SentenceParts:
    """What one sentence holds: its cues, parentheses, named bodies and quantities (in text order)."""

    cues: tuple[Cue, ...]
    parens: tuple[tuple[int, int], ...]
    groups: tuple[ActorGroup, ...]
    quantities: tuple[Quantity, ...]


@dataclass(frozen=True)
class TextContext:
    """A decoded document's text with everything the extractors share."""

    text: str
    key: str
    cased_key: str  # the key before lower-casing: names are told by their capitals
    sentences: list[Sentence]
    paragraphs: list[tuple[int, int]]
    starts: list[int]
    style: Style
    quantities: list[Quantity]
    quantity_starts: list[int]  # where each quantity starts, sorted: a figure's neighbours by binary search
    period_mentions: list[PeriodMention]
    parts: tuple[SentenceParts, ...]
    horizons: list[Horizon]

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence holding position pos."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return i if i > 0 else 0

    def sentence_at(self, pos: int) -> Sentence:
        """The sentence holding position pos."""
        return self.sentences[self.sentence_index(pos)]

    def paragraph_of(self, sentence: Sentence) -> tuple[int, int]:
        """Span of the paragraph a sentence belongs to."""
        return self.paragraphs[sentence.paragraph]


def _paragraph_spans(sentences: list[Sentence]) -> list[tuple[int, int]]:
    paragraphs: dict[int, tuple[int, int]] = {}
    for s in sentences:
        first = paragraphs.get(s.paragraph, (s.start, s.end))
        paragraphs[s.paragraph] = (min(first[0], s.start), max(first[1], s.end))
    return [paragraphs[i] for i in sorted(paragraphs)]


def build_context(text: str) -> TextContext:
    """Fold, split and scan an NFC text once; every later stage reads the result."""
    cased_key = fold_key(text, lower=False)
    key = lower_key(cased_key)
    sentences = split_sentences(text, key)
    style = detect_style(key)
    quantities = find_quantities(text, key, style)
    starts = [s.start for s in sentences]
    by_sentence: list[list[Quantity]] = [[] for _ in sentences]
    for q in quantities:
        i = max(0, bisect.bisect_right(starts, q.start) - 1)
        if sentences and sentences[i].start <= q.start < sentences[i].end:
            by_sentence[i].append(q)
    names = quoted_names(key)
    spans = [(s.start, s.end) for s in sentences]
    parts = tuple(
        SentenceParts(tuple(find_cues(key, s.start, s.end, names, cue_found, cased_key)),
                      tuple(parens(key, s.start, s.end)),
                      tuple(find_actor_groups(key, s.start, s.end, counted=frozenset(q.noun_start for q in qs),
                                              phrases=actor_found)),
                      tuple(qs))
        for s, qs, cue_found, actor_found in zip(sentences, by_sentence, cue_phrases(key, spans),
                                                 actor_phrases(key, spans), strict=True))
    return TextContext(text, key, cased_key, sentences, _paragraph_spans(sentences), starts, style, quantities,
                       sorted(q.start for q in quantities), _outside(find_period_mentions(key), names), parts,
                       find_horizons(key))


def _outside(mentions: list[PeriodMention], names: list[tuple[int, int]]) -> list[PeriodMention]:
    """The period mentions not inside a quoted name ('“Lớp Đảng viên 90 năm thành lập Đoàn”' names no window)."""
    if not names:
        return mentions
    starts = [a for a, _ in names]
    out = []
    for m in mentions:
        i = bisect.bisect_right(starts, m.start) - 1
        if i < 0 or not names[i][0] < m.start < names[i][1]:
            out.append(m)
    return out
