"""Indicator vocabulary as matchers: cue phrases, actors and measure words found in a sentence."""

from __future__ import annotations

import bisect
import functools
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from transforms.keys import fold_key
from transforms.masks import QUOTED, is_quoted_name
from transforms.phrases import Match, PhraseMatcher
from transforms.text import ends_with_phrase, skip_spaces, starts_with_phrase
from transforms.vocab import indicator_vocab, noun_vocab, phrase_keys

ABBREVIATION_CHARS = 20  # '(UBKT)' between a commission's name and its owner ('Ủy ban Kiểm tra (UBKT) Tỉnh ủy')
AWARD_REACH = 100  # an award's name runs this far before a sector it names ('Kỷ niệm chương Vì sự nghiệp …')
NAME_WORD_REACH = 24  # characters looked back for the word before a capitalised cue


@dataclass(frozen=True)
class IndicatorSpec:
    """One indicator code of indicators.yaml."""

    code: str
    subjects: tuple[str, ...]
    default_subject: str | None
    actor: bool
    refines: str | None
    joint_actor: str | None
    breakdown: bool = False
    own_actor: bool = False  # only a committee named as the sentence's own subject acts ('Thành ủy kết nạp')


@dataclass(frozen=True)
class Cue:
    """A cue phrase in the text: the indicators it may name, its kind and whether it is used as a noun."""

    start: int
    end: int
    codes: tuple[str, ...]
    kind: str  # cue | post | blocked
    nominal: bool


@dataclass(frozen=True)
class ActorGroup:
    """Actors named together ('cấp ủy và ủy ban kiểm tra các cấp'): start of the group and the kinds."""

    start: int
    end: int
    kinds: frozenset[str]
    advised: bool = False  # named after 'tham mưu, giúp': the body advised to act, which acts


@functools.cache
def actor_words(name: str) -> tuple[str, ...]:
    """A folded word list of the actors section (the commission's heads and owners, not_after, addressee_openers,
    topic_openers, not_admitting, speech_verbs, joiners)."""
    actors = indicator_vocab()["actors"]
    return phrase_keys(actors["commission"][name] if name in ("heads", "owners") else actors[name])


@functools.cache
def specs() -> dict[str, IndicatorSpec]:
    """Indicator specs by code."""
    out = {}
    for code, item in indicator_vocab()["indicators"].items():
        out[code] = IndicatorSpec(
            code=code,
            subjects=tuple(item["subjects"]),
            default_subject=item.get("default_subject"),
            actor=item.get("actor") is True, own_actor=item.get("actor") == "own",
            refines=item.get("refines"),
            joint_actor=item.get("joint_actor"),
            breakdown=bool(item.get("breakdown")),
        )
    return out


@functools.cache
def words(name: str, section: str = "measures") -> tuple[str, ...]:
    """A folded word list of indicators.yaml (e.g. words('change_up'), words('national', 'scope'))."""
    data = indicator_vocab()
    return phrase_keys(data[section][name] if section else data[name])


@functools.cache
def _cue_matcher() -> PhraseMatcher:
    entries: dict[str, tuple[str, set[str]]] = {}
    for code, item in indicator_vocab()["indicators"].items():
        for kind, field in (("cue", "cues"), ("post", "post_cues")):
            for phrase in item.get(field) or ():
                old = entries.get(fold_key(phrase))
                codes = (old[1] if old else set()) | {code}
                entries[fold_key(phrase)] = (kind if not old else old[0], codes)
    for phrase in indicator_vocab()["blocked_cues"]:
        entries[fold_key(phrase)] = ("blocked", set())
    for phrase in indicator_vocab()["considered_cues"]:
        entries[fold_key(phrase)] = ("considered", {"disciplined"})
    for noun in noun_vocab().nouns:
        entries.setdefault(noun, ("noun", set()))
    return PhraseMatcher((p, (kind, tuple(sorted(codes)))) for p, (kind, codes) in entries.items())


@functools.cache
def noun_cues() -> dict[str, str]:
    """Noun phrases that name their indicator themselves ('đơn tố cáo' -> denunciations)."""
    out = {}
    for code, item in indicator_vocab()["indicators"].items():
        for phrase in item.get("noun_cues") or ():
            out[fold_key(phrase)] = code
    return out


@functools.cache
def _noun_ends_on_cue(noun: str) -> bool:
    """Whether a counted noun ends on a cue of its own ('cuộc giám sát'), asked once per noun."""
    return any(c.payload[0] == "cue" and c.end == len(noun) for c in _cue_matcher().find_all(noun, 1))


def quoted_names(key: str) -> list[tuple[int, int]]:
    """Spans of the quotations that name something: one without a digit ('Kỷ niệm chương “Vì sự nghiệp Kiểm tra của
    Đảng”'), or with digits but neither speech nor a report's finding ('lễ kết nạp “Lớp Đảng viên 90 năm thành lập
    Đoàn”'); no act and no period inside them."""
    return [q.span() for q in QUOTED.finditer(key) if not any(c.isdigit() for c in q.group(1))
            or is_quoted_name(key, q)]


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies strictly inside one of the sorted, disjoint spans."""
    i = bisect.bisect_right(spans, (start, sys.maxsize)) - 1
    return i >= 0 and spans[i][0] < start and end < spans[i][1]


def _in_award_name(key: str, start: int, end: int) -> bool:
    """An award's name ('Kỷ niệm chương Vì sự nghiệp … Kiểm tra Đảng') opens in key[start:end], no digit after it."""
    for name in words("award_names", ""):
        at = key.rfind(name, start, end)
        if at >= 0 and not any(c.isdigit() for c in key[at:end]):
            return True
    return False


def _in_proper_name(cased_key: str, start: int, pos: int, end: int) -> bool:
    """A capitalised cue between a word in lower case and a capitalised one ('Công ty Phát triển Thủy điện Sê San'):
    a name goes on, no act starts ('trao Quyết định Kết nạp đảng cho 02 đồng chí' still admits; a Title Case
    headline capitalises the word before the cue too)."""
    if not cased_key or not cased_key[pos].isupper():
        return False
    word = cased_key[max(start, pos - NAME_WORD_REACH):pos].rstrip(" ").rsplit(" ", 1)[-1]
    after = cased_key[end:end + 2]
    return bool(word) and word.isalpha() and word[0].islower() and after[:1] == " " and after[1:].isupper()


def cue_phrases(key: str, spans: Sequence[tuple[int, int]]) -> list[list[Match]]:
    """The cue table's phrases of each sentence span, found in one scan of the key (find_cues' `phrases`)."""
    return _cue_matcher().find_all_in(key, spans)


def find_cues(key: str, start: int, end: int, names: Sequence[tuple[int, int]] = (),
              phrases: Sequence[Match] | None = None, cased_key: str = "") -> list[Cue]:
    """Cue phrases of key[start:end], none inside a quoted name (`names`); a cue after 'công tác', 'Ủy ban', … (or
    joined to one), owned by what follows it ('sự phát triển của hai tổ chức đảng'), or capitalised inside a name
    (`cased_key`: 'Công ty Phát triển Thủy điện'), is nominal; not a form applied to those it names ('Hình thức cảnh
    cáo cũng được áp dụng đối với 19 cán bộ'). `phrases`: the cue table's matches in key[start:end] when already
    found (cue_phrases)."""
    nominal_words = words("nominal_before", "")
    out: list[Cue] = []
    found = []
    for m in _cue_matcher().find_all(key, start, end) if phrases is None else phrases:
        if _inside(names, m.start, m.end):
            continue
        if m.payload[0] != "noun":
            found.append(m)
        elif _noun_ends_on_cue(m.phrase):  # '2 cuộc giám sát': the act a noun names, a nominal cue that may
            found += [c for c in _cue_matcher().find_all(key, m.start + 1, m.end)  # still aim at figures after it
                      if c.payload[0] == "cue" and c.end == m.end]
    for i, m in enumerate(found):
        kind, codes = m.payload
        if kind == "considered":  # decided when forms of discipline follow, else only put before a meeting
            decided = any(later.payload[0] == "cue" and discipline_forms(later.payload[1]) for later in found[i + 1:])
            kind, codes = ("cue", codes) if decided else ("blocked", ())
        nominal = (bool(ends_with_phrase(key, m.start, nominal_words)) and not starts_with_phrase(
            key, skip_spaces(key, m.end), words("applied_after", ""))) or (
            m.phrase in words("possessed_cues", "")
            and bool(starts_with_phrase(key, skip_spaces(key, m.end), words("possessive_after", ""))))
        nominal = (nominal or _in_award_name(key, max(start, m.start - AWARD_REACH), m.start)
                   or _in_proper_name(cased_key, start, m.start, m.end))
        coordinated = out and out[-1].nominal and key[out[-1].end:m.start].strip() in words("list_joiners", "")
        if not nominal and kind == "cue" and coordinated:
            nominal = True
        out.append(Cue(m.start, m.end, codes, kind, nominal))
    return out


@functools.cache
def _actor_matcher() -> PhraseMatcher:
    actors = indicator_vocab()["actors"]
    entries = [(p, "commission") for p in actors["commission"]["heads"]]
    entries += [(p, "committee") for p in actors["committee"]]
    entries += [(n, "noun") for n in noun_vocab().nouns]
    return PhraseMatcher(entries)


def discipline_forms(codes: tuple[str, ...]) -> bool:
    """Whether cue codes name forms of discipline (khiển trách, cảnh cáo, …)."""
    return bool(codes) and all(specs()[c].refines == "disciplined" for c in codes)


def actor_phrases(key: str, spans: Sequence[tuple[int, int]]) -> list[list[Match]]:
    """The actor table's phrases of each sentence span, found in one scan of the key (find_actor_groups'
    `phrases`)."""
    return _actor_matcher().find_all_in(key, spans)


def find_actor_groups(key: str, start: int, end: int, possessive_ok: bool = False,
                      counted: frozenset[int] = frozenset(),
                      phrases: Sequence[Match] | None = None) -> list[ActorGroup]:
    """Acting bodies named in key[start:end], coordinated mentions merged into one group; a body after
    'của'/'theo' is not acting, except in a heading ('Công tác kiểm tra của Ủy ban Kiểm tra') or when the decision
    is its own ('quyết định của Bộ Chính trị'); bodies listed after 'đề nghị' are all asked to act, not acting; a
    body after 'tham mưu, giúp' is advised to act, and acts; a body a figure counts (its noun starts at one of
    `counted`) is acted on."""
    owners, not_after, joiners = actor_words("owners"), actor_words("not_after"), set(actor_words("joiners"))
    addressed, deciders = actor_words("addressee_openers"), actor_words("deciders_before")
    groups: list[ActorGroup] = []
    nouns: list[tuple[int, int]] = []
    skip_until = start
    asked_end = -1  # end of the last body asked to act, while no acting body follows it
    for m in _actor_matcher().find_all(key, start, end) if phrases is None else phrases:
        if m.payload == "noun":
            nouns.append((m.start, m.end))
            continue
        if m.start < skip_until or m.start in counted:
            continue  # '… kỷ luật 1 đảng ủy cơ sở bằng hình thức cảnh cáo': a counted body, no actor
        stop = m.end
        if m.payload == "commission":
            pos = skip_spaces(key, stop)
            close = key.find(")", pos, pos + ABBREVIATION_CHARS) if key.startswith("(", pos) else -1
            after = skip_spaces(key, close + 1) if close > 0 else pos  # 'Ủy ban Kiểm tra (UBKT) Tỉnh ủy'
            owner = starts_with_phrase(key, after, owners)
            stop = after + len(owner) if owner else stop
        skip_until = stop
        if asked_end >= 0 and (m.start == skip_spaces(key, asked_end)  # 'đề nghị Ban Thường vụ Huyện ủy': its owner
                               or _coordinated(key, asked_end, m.start, nouns, joiners)):
            asked_end = stop
            continue
        advised = bool(ends_with_phrase(key, m.start, actor_words("advised_openers")))
        if (not possessive_ok and not advised and ends_with_phrase(key, m.start, not_after)
                and not _topic(key, m.start) and not ends_with_phrase(key, m.start, deciders)):
            asked_end = stop if ends_with_phrase(key, m.start, addressed) else -1
            continue
        asked_end = -1
        if groups and _coordinated(key, groups[-1].end, m.start, nouns, joiners):
            last = groups[-1]
            groups[-1] = ActorGroup(last.start, stop, last.kinds | {m.payload}, last.advised)
        else:
            groups.append(ActorGroup(m.start, stop, frozenset({m.payload}), advised))
    return groups


def _topic(key: str, pos: int) -> bool:
    """'Đối với UBKT các cấp, đã kiểm tra …': a body after a topic opener that starts its clause is the one acting."""
    opener = ends_with_phrase(key, pos, actor_words("topic_openers"))
    if not opener:
        return False
    before = key.rfind(opener, 0, pos)
    lead = max(key.rfind(b, 0, before) for b in ".;:\n")
    return not key[lead + 1:before].strip(" -+*•")


def _coordinated(key: str, start: int, end: int, nouns: list[tuple[int, int]], joiners: set[str]) -> bool:
    """Only joiners (and counted nouns listed with the bodies) between two bodies: 'cấp ủy, tổ chức đảng và UBKT
    các cấp' is one group."""
    gap = key[start:end]
    if gap.strip() in joiners:
        return True
    for n_start, n_end in reversed(nouns):
        if start <= n_start and n_end <= end:
            gap = gap[:n_start - start] + " " + gap[n_end - start:]
    tokens = gap.replace(",", " , ").split()
    return 0 < len(tokens) <= 4 and all(t in joiners for t in tokens)


def taxonomy_markdown() -> str:
    """The indicator taxonomy as a Markdown table (README), generated from indicators.yaml."""
    lines = ["| code | Vietnamese cues | meaning | subjects |", "|---|---|---|---|"]
    for code, item in indicator_vocab()["indicators"].items():
        cues = ", ".join(f"`{c}`" for c in item["cues"] + item.get("post_cues", []) + item.get("noun_cues", []))
        meaning = item["meaning"].split(": ", 1)[-1]
        lines.append(f"| `{code}` | {cues} | {meaning} | {', '.join(item['subjects'])} |")
    return "\n".join(lines)
