"""Aims set in a text: a list of aims ('Huyện ủy đề ra một số chỉ tiêu chủ yếu, đó là: …') to its sentence's end,
and in a congress text the aims for the term it opens ('Nghị quyết Đại hội … đề ra một số chỉ tiêu như: …',
'phấn đấu …') on until something is said to be done or a past period is named."""

from __future__ import annotations

from collections.abc import Sequence

from transforms.context import TextContext
from transforms.cues import words
from transforms.periods import PeriodMention, mentions_between
from transforms.text import ends_with_phrase, holds_word, skip_spaces, starts_with_phrase
from transforms.vocab import period_vocab

AIMS_PARAGRAPHS = 2  # the paragraph that opens the aims and the one after it


def aims_openers(ctx: TextContext, mentions: Sequence[PeriodMention], year: int | None,
                 congress: bool) -> dict[int, int]:
    """Sentence index -> where the plan phrase opening the aims it lies in ends, for a text of `year`.

    A sentence opens aims when it names a list of aims ('đề ra một số chỉ tiêu chủ yếu', …; aims_openers) or, in a
    `congress` text, a plan ('phấn đấu'; plan_words), not after a word of what was achieved ('hoàn thành các chỉ
    tiêu') and naming no period up to `year` (the term under review). In a congress text the aims run on to the
    sentence that says something was done ('Đại hội đã bầu …'), not into one naming such a period, for at most the
    opening paragraph and the next one; elsewhere they end with their sentence ('Huyện ủy đề ra một số chỉ tiêu chủ
    yếu, đó là: … (2) Phát triển 150 đảng viên mới; …')."""
    achieved = words("aims_achieved_before")
    done = words("plan_done_markers")
    out: dict[int, int] = {}
    opener: tuple[int, int] | None = None  # (paragraph, end of the plan phrase)
    for i, s in enumerate(ctx.sentences):
        if _names_past(ctx.key, mentions, s.start, s.end, year):
            opener = None
            continue
        if opener is not None and s.paragraph - opener[0] >= AIMS_PARAGRAPHS:
            opener = None
        if opener is None:
            end = _plan_phrase_end(ctx.key, s.start, s.end, words("aims_openers"), achieved)
            if congress:
                end = _congress_plan_end(ctx.key, mentions, s.start, s.end, year, end)
            opener = (s.paragraph, end) if end is not None else None
        if opener is not None:
            out[i] = max(opener[1], s.start)
            if holds_word(ctx.key, out[i], s.end, done) or not congress:
                opener = None
    return out


def _plan_phrase_end(key: str, start: int, end: int, openers: tuple[str, ...], achieved: tuple[str, ...]) -> int | None:
    """End of the first plan phrase at a word start in key[start:end] that follows nothing achieved."""
    ends = []
    for phrase in openers:
        at = key.find(phrase, start, end)
        while at >= 0:
            if (at == 0 or not key[at - 1].isalnum()) and not ends_with_phrase(key, at, achieved):
                ends.append(at + len(phrase))
                break
            at = key.find(phrase, at + 1, end)
    return min(ends) if ends else None


def _congress_plan_end(key: str, mentions: Sequence[PeriodMention], start: int, end: int, year: int | None,
                       listed: int | None) -> int | None:
    """Where the aims a congress text's sentence key[start:end] opens start: at its first list of aims (`listed`)
    or plan word not quoting a resolution under review ('Nghị quyết Đại hội đề ra chỉ tiêu …' sets the closing
    term's), else after a term phrase naming the term the congress opens."""
    planned = _plan_phrase_end(key, start, end, words("plan_words"), words("aims_achieved_before"))
    if planned is not None and any(w in key[start:planned] for w in period_vocab()["congress_not_after"]):
        planned = None
    found = [e for e in (listed, planned) if e is not None]
    return min(found) if found else _opened_term_end(key, mentions, start, end, year)


def _opened_term_end(key: str, mentions: Sequence[PeriodMention], start: int, end: int,
                     year: int | None) -> int | None:
    """End of a term phrase opening key[start:end] that names the term a congress of `year` opens ('Nhiệm kỳ
    2020 - 2025, Đảng bộ xã đề ra …'): the sentence and what follows it are planned for that term."""
    for m in mentions_between(mentions, start, end):
        if (year is not None and m.term and m.start == skip_spaces(key, start) and m.year is not None
                and m.year > year and (m.first_year or 0) >= year):
            return m.end
    return None


def _names_past(key: str, mentions: Sequence[PeriodMention], start: int, end: int, year: int | None) -> bool:
    """A period in key[start:end] that is not after the congress's year: the term or a year under review. A bare
    'trong nhiệm kỳ' (aims_term_words) not followed by 'qua' (aims_past_after) is the term the aims are for."""
    for m in mentions_between(mentions, start, end):
        if m.period is None:
            continue
        if m.year is None:
            if key[m.start:m.end] not in words("aims_term_words") or starts_with_phrase(
                    key, skip_spaces(key, m.end), words("aims_past_after")):
                return True
        elif year is None or m.year <= year:
            return True
    return False
