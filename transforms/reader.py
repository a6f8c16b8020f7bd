"""Reading one sentence: which cue governs a figure, what it counts, which figure an aside belongs to."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from transforms.alternation import behind_start, trie_alternation
from transforms.context import TextContext
from transforms.cues import ActorGroup, Cue, actor_words, specs, words
from transforms.fact import Fact
from transforms.quantities import Quantity
from transforms.text import WORD, Sentence, ends_with_phrase, skip_spaces, starts_with_phrase

SEMICOLON = re.compile(";")
MAX_JOINER_GAP = 40  # longer gaps between two figures are never just a joiner and an aside
MAX_QUALIFIER = 40  # 'thuộc đảng bộ huyện' between a counted noun and its passive verb is short
MAX_QUALIFIER_WORDS = 6
ASIDE = re.compile(r"\([^()]*\)")
MAX_PLACE_QUALIFIER = 80  # a list of places may hold commas: 'tại Hà Nội, Quảng Bình, TP.HCM, Hậu Giang'
MAX_PLACE_QUALIFIER_WORDS = 12
MAX_AGENT_TAIL = 40  # 'bị UBKT Tỉnh ủy Khánh Hòa kỷ luật': the place after the acting body is short
MAX_AGENT_TAIL_WORDS = 5  # … up to a place of five words: "thành phố Hồ Chí Minh"
NEWLY_CLAUSE_REACH = 120  # characters looked back for the clause a newly made figure opens
MAX_TOPIC = 160  # '2 cuộc giám sát chuyên đề về …' : the topic of an act named by a noun, before its objects


def _occurrences(key: str, phrase: str, start: int, end: int) -> list[int]:
    """Where phrase occurs whole in key[start:end], overlapping occurrences included."""
    out = []
    at = key.find(phrase, start, end)
    while at >= 0:
        out.append(at)
        at = key.find(phrase, at + 1, end)
    return out


@functools.cache
def _breaker_pattern() -> re.Pattern[str]:
    """A breaker verb at a word start ('phát hiện', 'kết luận', …), unless a nominaliser makes it a topic ('việc
    chuyển đổi mục đích sử dụng đất')."""
    nominal = "".join(rf"(?<!{re.escape(w)} )" for w in words("nominalisers", ""))
    # the verbs as a trie, longest first; the word start and the nominalisers tested where a verb matched
    return re.compile(trie_alternation(words("breaker_verbs", ""), behind_start(r"(?<!\w)" + nominal)))


@dataclass
class SentenceReader:
    """Working state while reading one sentence."""

    ctx: TextContext
    s: Sentence
    cues: Sequence[Cue]
    parens: Sequence[tuple[int, int]]
    quantities: Sequence[Quantity]
    inherited_actor: frozenset[str] | None
    last_actor: frozenset[str] | None  # actors of the last paragraph that named some
    prior: list[tuple[Quantity, Fact]] = field(default_factory=list)  # earlier facts of the paragraph
    home: str = ""  # folded title: the body the document is about
    groups: Sequence[ActorGroup] = ()  # actors named in the sentence
    section_actor: frozenset[str] | None = None  # the actor the section heading names
    paragraph_topic: tuple[str, ...] = ()  # refined indicators a figure-less paragraph opening names
    # facts of the paragraph before, while this paragraph has none yet
    previous: list[tuple[Quantity, Fact]] = field(default_factory=list)
    aims_from: int | None = None  # where the aims this sentence lies in start (transforms/aims.py)
    facts: list[tuple[Quantity, Fact]] = field(default_factory=list)
    memo: dict = field(default_factory=dict)  # per-sentence positions and answers, each computed once
    key: str = field(init=False, repr=False)  # the document's folded key (read a million times per thousand texts)

    def __post_init__(self) -> None:
        self.key = self.ctx.key

    def enclosing(self, pos: int) -> tuple[int, int] | None:
        """Innermost parenthesis pair around pos."""
        if not self.parens:
            return None
        memo = self.memo.get("enclosing")
        if memo is None:
            memo = self.memo["enclosing"] = {}
        elif pos in memo:
            return memo[pos]
        found = memo[pos] = max((p for p in self.parens if p[0] < pos < p[1]), default=None)
        return found

    def cues_at(self, pos: int) -> Sequence[Cue]:
        """The sentence's cues that start at pos, in order (indexed once per sentence)."""
        index = self.memo.get("cues_at")
        if index is None:
            index = self.memo["cues_at"] = {}
            for c in self.cues:
                index.setdefault(c.start, []).append(c)
        return index.get(pos, ())

    def _positions(self, name: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        """(start, end) of every match of pattern in the sentence, computed once per sentence."""
        found = self.memo.get(name)
        if found is None:
            found = self.memo[name] = [m.span() for m in pattern.finditer(self.key, self.s.start, self.s.end)]
        return found

    def _last_before(self, name: str, pattern: re.Pattern[str], lower: int,
                     pos: int) -> list[tuple[int, int]]:
        """Matches of pattern starting in [lower, pos), nearest first."""
        found = self._positions(name, pattern)
        hi = bisect.bisect_left(found, (pos, -1))
        lo = bisect.bisect_left(found, (lower, -1))
        return found[lo:hi][::-1]

    def region_start(self, pos: int) -> int:
        """Start of pos's clause: after the last ';' at its level, its '(' or the sentence start."""
        memo = self.memo.get("region")
        if memo is None:
            memo = self.memo["region"] = {}
        elif pos in memo:
            return memo[pos]
        paren = self.enclosing(pos)
        lower = paren[0] + 1 if paren else self.s.start
        start = lower
        semicolons = self._positions("semicolons", SEMICOLON)
        if semicolons:  # the last ';' in [lower, pos) outside a parenthesis there, read back without a copy
            k = bisect.bisect_left(semicolons, (pos, -1)) - 1
            first = bisect.bisect_left(semicolons, (lower, -1))
            while k >= first:
                i = semicolons[k][0]
                if not any(lower <= o < i < c for o, c in self.parens):
                    start = i + 1
                    break
                k -= 1
        for starts, afters in self._subset_openers():  # the last 'trong đó' before pos, if a new verb follows it
            k = bisect.bisect_left(starts, pos) - 1
            if k >= 0 and starts[k] >= start and afters[k] >= 0:
                start = afters[k]
        memo[pos] = start
        return start

    def last_subset_marker(self, pos: int) -> int:
        """Where the last subset marker ('trong đó', 'gồm') of the sentence before pos starts, or -1."""
        found = [starts[k] for starts, _ in self._subset_openers() if (k := bisect.bisect_left(starts, pos) - 1) >= 0]
        return max(found, default=-1)

    def _subset_openers(self) -> list[tuple[list[int], list[int]]]:
        """Per subset marker ('trong đó') the sentence holds: where it occurs in it, and where the clause after it
        starts (-1 when no new verb follows, so it opens no clause); computed once per sentence."""
        found = self.memo.get("subset_openers")
        if found is None:
            found = self.memo["subset_openers"] = []
            for marker in words("subset_markers"):
                starts, afters = [], []
                for i in _occurrences(self.key, marker, self.s.start, self.s.end):
                    after = i + len(marker)
                    while after < len(self.key) and self.key[after] in " ,:":
                        after += 1
                    starts.append(i)
                    afters.append(after if starts_with_phrase(self.key, after, words("non_subset_verbs")) else -1)
                if starts:  # a marker the sentence lacks answers nothing
                    found.append((starts, afters))
        return found

    def breaker_positions(self, start: int, end: int) -> list[int]:
        """Where a breaker verb starts in [start, end)."""
        return [i for i, _ in self._last_before("breakers", _breaker_pattern(), start, end)]

    def aside(self, pos: int, before: int) -> bool:
        """True when pos sits in a parenthesis that closes before `before`."""
        return bool(self.parens) and any(o < pos < c < before for o, c in self.parens)

    def fact_of(self, q: Quantity) -> Fact | None:
        return next((f for qq, f in self.facts if qq is q), None)


def cue_before(r: SentenceReader, pos: int, allow_nominal: bool, whole_sentence: bool = False) -> Cue | None:
    """Nearest cue before pos in its clause (or sentence); asides closed before pos are skipped, and a
    verb such as 'phát hiện' between cue and number ends the cue's reach."""
    lower = r.s.start if whole_sentence else r.region_start(pos)
    in_reach = [c for c in r.cues
                if lower <= c.start and c.end <= pos and (whole_sentence or not r.aside(c.start, pos))]
    # a nominal cue serves a target ('chỉ tiêu kết nạp 40 đảng viên'), but not one in a body's name ('dự kiến số
    # lượng Ủy ban kiểm tra Thị ủy 07 đồng chí' counts the body's members)
    candidates = [c for c in in_reach
                  if c.kind == "blocked" or not c.nominal or names_form_of(r, c, pos)
                  or (allow_nominal and not _in_body_name(r, c))]
    # a noun aimed at the figures after it: with no verb ('qua kiểm tra … đối với 36 tổ chức đảng và 80 đảng viên'),
    # or after a verb that has its own figure ('thành lập 16 đoàn kiểm tra 50 tổ chức đảng')
    # ('Ủy ban Kiểm tra 214' names the body whose share the figure is, not an act)
    aimed = [c for c in in_reach if c.nominal and aimed_at(r, c, pos)
             and not _in_body_name(r, c) and not in_counted_body(r, c)]
    if aimed and (not candidates or any(candidates[-1].end <= q.start < aimed[-1].start for q in r.quantities)):
        candidates = aimed
    for cue in reversed(candidates):
        if describes_previous_figure(r, cue, lower) and not names_form_of(r, cue, pos):
            continue
        if cue.kind == "post" and all(specs()[c].refines for c in cue.codes) and broken(r, lower, cue.start):
            continue  # 'phát hiện sai phạm về tài chính tại 227 đơn vị': the topic of a finding, no act
        if not whole_sentence and broken(r, _after_companion(r, cue.end), pos):
            return None
        return cue
    return None


def _in_body_name(r: SentenceReader, cue: Cue) -> bool:
    """The cue is part of a body's name the sentence's actor groups hold ('Ủy ban Kiểm tra Thị ủy')."""
    return any(g.start <= cue.start and cue.end <= g.end for g in r.groups)


def in_counted_body(r: SentenceReader, cue: Cue) -> bool:
    """'495 ủy ban kiểm tra với hơn 1.800 cán bộ': the cue is part of the name of commissions a figure counts."""
    for q in r.quantities:
        if 0 <= q.noun_start <= cue.start:
            head = starts_with_phrase(r.key, q.noun_start, actor_words("heads"))
            if head and cue.end <= q.noun_start + len(head):
                return True
    return False


def _after_companion(r: SentenceReader, end: int) -> int:
    """Where a cue's reach starts: after a second verb of the same act joined to it ('kiểm tra và kết luận 43 tổ
    chức đảng'), which would otherwise break it."""
    companion = starts_with_phrase(r.key, skip_spaces(r.key, end), words("cue_companions", ""))
    return skip_spaces(r.key, end) + len(companion) if companion else end


def aimed_at(r: SentenceReader, cue: Cue, pos: int) -> bool:
    """The cue is followed (right away or after 'đối với') by a list of figures that reaches pos."""
    after = [q for q in r.quantities if q.start >= cue.end]
    gap = r.key[cue.end:after[0].context_start].strip() if after else None
    if gap and gap == f"{(half := gap[:len(gap) // 2])} {half}":
        gap = half  # 'kiểm tra tài chính đối với đối với 23 cấp ủy': a marker typed twice
    if gap is None or (gap and gap not in words("object_markers", "") and not _topic_then_object(r, cue, gap)):
        return False
    return after[0].context_start <= pos <= list_end(r, after[0])


def _topic_then_object(r: SentenceReader, cue: Cue, gap: str) -> bool:
    """'2 cuộc giám sát chuyên đề về công tác …, việc chuyển đổi … với 2 tổ chức đảng': the act's topic, or its doer
    ('qua kiểm tra của Tiểu ban tại 11 tổ chức đảng'), then an object marker right before the figures; no clause
    break, verb or breaker in between."""
    marker = next((m for m in words("object_markers", "") if gap.endswith(f" {m}")), None)
    agent = starts_with_phrase(gap, 0, words("possessive_after", "")) is not None  # 'kiểm tra của Tiểu ban tại 11 …'
    if marker is None or len(gap) > MAX_TOPIC or ";" in gap or not (agent or ends_with_phrase(
            r.key, cue.start, words("topic_act_nouns", ""))):
        return False
    if ends_with_phrase(gap, len(gap) - len(marker), words("object_marker_not_after", "")):
        return False
    end = cue.end + len(r.key[cue.end:]) - len(r.key[cue.end:].lstrip()) + len(gap)
    return not r.breaker_positions(cue.end, end) and not any(
        cue.end <= c.start < end and not c.nominal for c in r.cues)


def names_form_of(r: SentenceReader, cue: Cue, pos: int) -> bool:
    """'kỷ luật với hình thức khiển trách 68 người', '… với hình thức khiển trách, cảnh cáo 01 tổ chức đảng': a form
    named right before a figure, after a form marker and any forms listed with it, is that figure's form."""
    if r.key[cue.end:pos].strip():
        return False
    start = cue.start
    for c in reversed([c for c in r.cues if c.end <= cue.start]):
        gap = r.key[c.end:start].strip(" ,")
        is_form = bool(c.codes) and all(specs()[x].breakdown for x in c.codes)
        if not is_form or (gap and gap not in words("form_joiners", "")):
            break
        start = c.start
    return ends_with_phrase(r.key, start, words("form_markers", "")) is not None


def describes_previous_figure(r: SentenceReader, cue: Cue, lower: int) -> bool:
    """'… 1 tổ chức đảng bằng hình thức khiển trách và 11 đảng viên': the form belongs to the 1."""
    if not ends_with_phrase(r.key, cue.start, words("form_markers", "")):
        return False
    return any(lower <= q.start < cue.start for q in r.quantities)


def broken(r: SentenceReader, start: int, end: int) -> bool:
    """True when a breaker verb stands between start and end (outside asides)."""
    return any(not r.aside(i, end) for i in r.breaker_positions(start, end))


def _continues(r: SentenceReader, q: Quantity, other: Quantity) -> bool:
    """True when `other` is the next item of the list q is in: only joiners and asides between them."""
    pos = q.tail_end
    if other.context_start < pos:
        return False
    gap = r.key[pos:other.context_start]
    if len(gap) > MAX_JOINER_GAP:
        return False
    inner = [p for p in r.parens if pos <= p[0] and p[1] < other.context_start]
    for o, c in reversed(inner):
        gap = gap[:o - pos] + gap[c + 1 - pos:]
    gap = gap.strip(" ,")
    return not gap or gap in words("list_joiners", "")


def list_end(r: SentenceReader, q: Quantity) -> int:
    """End of the list q opens: '5 tổ chức đảng (giảm 1), 370 đảng viên' ends after the last noun.
    Computed for the whole sentence at once, from its last figure back, so a long list costs linear time."""
    ends = r.memo.get("list_ends")
    if ends is None:
        ends = r.memo["list_ends"] = {}
        following: dict[int, Quantity] = {}  # region start -> the next figure of that region
        for item in reversed(r.quantities):
            region = r.region_start(item.start)
            nxt = following.get(region)
            ends[item.start] = ends[nxt.start] if nxt is not None and _continues(r, item, nxt) else item.tail_end
            following[region] = item
    return ends[q.start]


def passive_cue(r: SentenceReader, q: Quantity) -> Cue | None:
    """'175 đảng viên bị xử lý kỷ luật', '5 tổ chức đảng và 370 đảng viên vi phạm bị thi hành kỷ luật': a cue
    after the counted nouns and a passive marker; '3 trường hợp khai trừ': a form right after the noun; '(6 khiển
    trách, 3 cảnh cáo)': a form read as the counted noun."""
    own = next((c for c in r.cues_at(q.noun_start) if c.kind == "cue"), None)
    if own is not None and all(specs()[c].breakdown for c in own.codes):
        return own
    pos = skip_spaces(r.key, q.tail_end if q.noun_start < 0 else list_end(r, q))
    gap = starts_with_phrase(r.key, pos, words("passive_gap_words", ""))
    pos = skip_spaces(r.key, pos + len(gap)) if gap else pos
    pos = _after_qualifier(r, pos)
    marker = starts_with_phrase(r.key, pos, words("passive_markers", ""))
    if marker and q.noun_start < 0 and _closes_name(r, q):
        return None  # 'Chi bộ Truyền tải điện miền Đông 2 được thành lập': a name's number, no figure
    at = skip_spaces(r.key, pos + len(marker)) if marker else pos
    at = _after_agent(r, at) if marker else at
    # the cue starts after the marker, or holds it ('phải thi hành kỷ luật')
    cue = next((c for c in r.cues if c.start in (at, pos) and c.kind == "cue" and not c.nominal), None)
    if cue is None or not (marker or _newly_done(r, q, pos) or (
            q.noun_start >= 0 and all(specs()[c].breakdown for c in cue.codes))):
        return None
    listed = _forms_listed_after(r, cue) if marker else None
    if listed is not None:
        return listed
    after = skip_spaces(r.key, cue.end)  # 'bị kỷ luật khiển trách', 'bị kỷ luật bằng hình thức cảnh cáo'
    form = starts_with_phrase(r.key, after, words("form_markers", ""))
    at = skip_spaces(r.key, after + len(form)) if form else after
    refined = next((c for c in r.cues_at(at) if c.kind == "cue"
                    and any(cue_code in ancestors(code) for code in c.codes for cue_code in cue.codes)), None)
    return refined or cue


def _newly_done(r: SentenceReader, q: Quantity, pos: int) -> bool:
    """'toàn tỉnh có 858 đảng viên mới kết nạp': a counted noun that ends on 'mới' (newly_words) before a cue, its
    figure the subject of its clause (the clause opens on it, on 'có', or on 'với' alone), is what the act made;
    'kiểm tra 5 đảng viên mới kết nạp' inspects them."""
    if q.noun_start < 0 or not ends_with_phrase(r.key, pos, words("newly_words", "")):
        return False
    lo = max(r.s.start, q.context_start - NEWLY_CLAUSE_REACH)
    opening = max(lo, r.key.rfind(",", lo, q.context_start) + 1, r.key.rfind(";", lo, q.context_start) + 1)
    before = r.key[opening:q.context_start].strip()
    return not before or before in words("newly_clause_openers", "") or ends_with_phrase(
        before, len(before), words("existential_before", "")) is not None


def _forms_listed_after(r: SentenceReader, cue: Cue) -> Cue | None:
    """'7 ủy viên bị khai trừ Đảng, cách chức và cho thôi …': forms listed after a passive marker for one figure
    name no form of it, only the total they refine."""
    if not all(specs()[c].breakdown for c in cue.codes):
        return None
    pos = skip_spaces(r.key, cue.end)
    party = starts_with_phrase(r.key, pos, words("form_object_words", ""))
    pos = skip_spaces(r.key, pos + len(party)) if party else pos
    joiner = starts_with_phrase(r.key, pos, (",", *words("form_joiners", "")))
    at = skip_spaces(r.key, pos + len(joiner)) if joiner else -1
    second = next((c for c in r.cues_at(at) if c.kind == "cue"
                   and all(specs()[x].breakdown for x in c.codes)), None)
    if second is None or any(o.context_start == skip_spaces(r.key, second.end) for o in r.quantities):
        return None  # '18 người bị cách chức và khai trừ 12 người': the next form has a figure of its own
    total = _common_total(cue, second)
    return Cue(cue.start, second.end, (total,), "cue", False) if total else None


def _closes_name(r: SentenceReader, q: Quantity) -> bool:
    """A bare number right after a capitalised word ('miền Đông 2'): the end of a name."""
    before = r.ctx.text[r.s.start:q.start].rstrip().rsplit(" ", 1)[-1]
    return bool(before) and before[0].isupper() and before.isalpha()


def _after_agent(r: SentenceReader, pos: int) -> int:
    """'2 trường hợp bị UBKT Tỉnh ủy Khánh Hòa kỷ luật': where the verb after the acting body a passive marker names
    starts (its place name may follow it, no punctuation, at most MAX_AGENT_TAIL_WORDS words); pos when none."""
    agent = next((g for g in r.groups if g.start == pos), None)
    if agent is None:
        return pos
    end = agent.end  # 'bị Ban Thường vụ Thành ủy thành phố Hồ Chí Minh kỷ luật': the owner named next is the agent's
    while (owner := next((g for g in r.groups if g.start == skip_spaces(r.key, end) and g.start > end), None)):
        end = owner.end
    tail_end = min(r.s.end, end + MAX_AGENT_TAIL)
    cue = next((c for c in r.cues if end <= c.start < tail_end and c.kind == "cue" and not c.nominal), None)
    if cue is None:
        return pos
    tail = r.key[end:cue.start]
    clean = not any(ch in tail for ch in ",;:()") and not any(end <= o.start < cue.start for o in r.quantities)
    return cue.start if clean and len(tail.split()) <= MAX_AGENT_TAIL_WORDS else pos


NAME_WORDS_MIN = 2  # a person's name has at least a family and a given name ('Trần Văn Châu')
NAMES_REACH = 160  # how far a list of names may run after a counted noun (bounded work per figure)


def _after_names(r: SentenceReader, pos: int) -> int:
    """'hai quần chúng ưu tú Hà Thị Lan và Trần Văn Nam đã được …': where the people's names right after a counted noun
    end (names of NAME_WORDS_MIN or more capitalised words, joined by list_joiners); pos itself when none stands
    there."""
    cased, end, i = r.ctx.cased_key, pos, pos
    joiners = words("list_joiners", "")
    while i < pos + NAMES_REACH:
        start, count = i, 0
        while i < pos + NAMES_REACH and (m := WORD.match(cased, i)) is not None and m.group()[0].isupper():
            count, i = count + 1, skip_spaces(cased, m.end())
        if count < NAME_WORDS_MIN:
            return end
        end = i = start + len(cased[start:i].rstrip())
        joiner = starts_with_phrase(r.key, skip_spaces(r.key, i), joiners)
        if joiner is None:
            return end
        i = skip_spaces(r.key, skip_spaces(r.key, i) + len(joiner))
    return end


def _after_qualifier(r: SentenceReader, pos: int) -> int:
    """'81 đảng viên thuộc đảng bộ huyện bị xử lý kỷ luật', '3 đảng viên sinh con thứ 4 bị kỷ luật': where the passive
    marker after a short qualifier of the counted noun starts (no punctuation, figure or cue in it, at most
    MAX_QUALIFIER_WORDS words; a list of places or roles may hold commas, and a place its aside); pos itself when
    none follows. People's names right before the marker are no qualifier ('hai quần chúng Hà Thị Lan và Trần Văn Nam
    đã được kết nạp')."""
    named = skip_spaces(r.key, _after_names(r, pos))
    if named > pos and starts_with_phrase(r.key, named, words("passive_markers", "")):
        return named
    place = starts_with_phrase(r.key, pos, words("place_qualifiers", ""))  # 'tại Hà Nội, Quảng Bình, Hậu Giang'
    stop = min(r.s.end, pos + (MAX_PLACE_QUALIFIER if place else MAX_QUALIFIER))
    i = pos
    while i < stop:
        close = r.key.find(")", i, stop) if place and r.key[i] == "(" else -1
        if close > 0 and not any(i <= o.start < close for o in r.quantities):
            i = close + 1  # '… tại Quận Đồ Sơn (TP. Hải Phòng) đã được kết nạp': a place's aside, no figure in it
            continue
        if r.key[i] in (";:()" if place else ",;:()"):
            return pos
        if (i == pos or r.key[i - 1] == " ") and starts_with_phrase(r.key, i, words("passive_markers", "")):
            gap = r.key[pos:i]
            for name in words("qualifier_names", ""):  # 'Sở Giáo dục và Đào tạo': one name, no joined clause
                gap = gap.replace(name, name.replace(" ", "_"))
            clean = not any(pos <= o.start < i for o in r.quantities) and not any(pos <= c.start < i for c in r.cues)
            joined = bool(set(gap.split()) & set(words("qualifier_breakers", "")))  # 'và không có đảng viên nào'
            words_outside = ASIDE.sub(" ", gap).split()  # a place's aside adds no words to its qualifier
            short = len(words_outside) <= (MAX_PLACE_QUALIFIER_WORDS if place else MAX_QUALIFIER_WORDS)
            return i if clean and not joined and short else pos
        i += 1
    return pos


def aside_anchor(r: SentenceReader, q: Quantity) -> tuple[Quantity, Fact] | None:
    """The figure (and its fact) that the parenthesis holding q follows; None when that figure is no fact
    ('nâng tổng số lên 61 … (trong đó có 26 đảng bộ cơ sở)')."""
    paren = r.enclosing(q.start)
    if paren is None:
        return None
    lower = r.region_start(paren[0])
    before = [o for o in r.quantities if lower <= o.start < paren[0] and not r.aside(o.start, paren[0])]
    if not before:
        return None
    fact = r.fact_of(before[-1])
    return (before[-1], fact) if fact is not None else None


def ancestors(code: str) -> set[str]:
    out, cur = set(), specs()[code].refines
    while cur:
        out.add(cur)
        cur = specs()[cur].refines
    return out


def pick(codes: Sequence[str], subject: str) -> str | None:
    """The cue's indicator that counts this subject ('phát triển' -> admitted or established)."""
    return next((c for c in codes if subject in specs()[c].subjects), None)


def cue_after_list(r: SentenceReader, q: Quantity) -> Cue | None:
    """The post cue right after the figures listed with q: '… 09 tổ chức đảng khi có dấu hiệu vi phạm', also past
    a figure giving the list's make-up ('8 tổ chức đảng với 233 đảng viên trong việc thu nộp đảng phí')."""
    pos = list_end(r, q)
    while True:  # past spaces, commas and asides: '… 33 tổ chức Đảng (tăng 2 tổ chức) khi có dấu hiệu vi phạm'
        while pos < len(r.key) and r.key[pos] in " ,":
            pos += 1
        aside = next((c for o, c in r.parens if o == pos), None)
        if aside is None:
            aside = _make_up_end(r, pos)
            if aside is None:
                break
        pos = aside + 1
    return next((cue for cue in r.cues if cue.start == pos and cue.kind == "post"), None)


def _make_up_end(r: SentenceReader, pos: int) -> int | None:
    """The last position of 'với 233 đảng viên' when a make-up joiner and a figure with its noun open at pos."""
    joiner = starts_with_phrase(r.key, pos, words("make_up_joiners", ""))
    if not joiner:
        return None
    start = skip_spaces(r.key, pos + len(joiner))
    figure = next((o for o in r.quantities if o.context_start == start and o.noun_start >= 0), None)
    return None if figure is None else figure.tail_end - 1


def post_cue(r: SentenceReader, q: Quantity, code: str, subject: str) -> str:
    """Upgrade by a cue after the listed figures: '… 09 tổ chức đảng khi có dấu hiệu vi phạm'; to an indicator the
    figure's does not refine only when it counts that indicator's subject ('kết nạp 20 đảng viên, đã thành lập chi bộ
    …' stays members admitted)."""
    cue = cue_after_list(r, q)
    for new in cue.codes if cue is not None else ():
        other = specs()[new].refines is None and subject in specs()[new].subjects
        if new != code and (code in ancestors(new) or other):
            return new
    return code


def topic_code(r: SentenceReader, q: Quantity, code: str) -> str:
    """'Đối với công tác kiểm tra khi có dấu hiệu vi phạm, … đã kiểm tra 48 đảng viên': a refined indicator that
    the sentence's opening topic (up to its first comma or colon, before any figure; after a source the sentence
    opens on, 'Cũng theo ông A, thực hiện kiểm tra … khi có dấu hiệu vi phạm, …', or an opening clause that names
    no act, 'Đáng chú ý, thực hiện kiểm tra khi có dấu hiệu vi phạm, …') names refines a plain cue."""
    start = r.s.start
    first_break = _clause_break(r, start, q.start)
    if first_break >= 0 and (
            starts_with_phrase(r.key, skip_spaces(r.key, start), words("topic_source_openers"))
            or not any(start <= c.start and c.end <= first_break for c in r.cues)):
        start, first_break = first_break + 1, _clause_break(r, first_break + 1, q.start)
    if first_break < 0 or any(o.start < first_break for o in r.quantities):
        return code
    # 'Thi hành kỷ luật khiển trách, cảnh cáo 3 tổ chức đảng và kỷ luật 172 đảng viên': a list of acts, no topic
    after = skip_spaces(r.key, first_break + 1)
    if r.cues_at(after):
        return code
    for cue in r.cues:
        if start <= cue.start and cue.end <= first_break and cue.kind in ("cue", "post"):
            refined = next((new for new in cue.codes if code in ancestors(new)), None)
            if refined:
                return refined
    return code


def _clause_break(r: SentenceReader, start: int, end: int) -> int:
    """The first comma or colon in [start, end), else -1."""
    comma, colon = r.key.find(",", start, end), r.key.find(":", start, end)
    return colon if comma < 0 else comma if colon < 0 else min(comma, colon)


def paragraph_code(r: SentenceReader, code: str) -> str:
    """A plain indicator that the paragraph's topic refines ('Kiểm tra … khi có dấu hiệu vi phạm tăng mạnh. Qua 5
    năm, UBKT đã kiểm tra 672 tổ chức đảng')."""
    return next((new for new in r.paragraph_topic if code in ancestors(new)), code)


def subset_code(r: SentenceReader, q: Quantity, code: str) -> str:
    """'… kiểm tra khi có dấu hiệu vi phạm đối với 914 tổ chức đảng. Trong đó, UBKT các địa phương kiểm tra 898 tổ
    chức đảng': a figure of a sentence opening on a subset marker, no larger than the paragraph's latest count of its
    subject, is part of it, and a plain cue takes that count's refined indicator."""
    if starts_with_phrase(r.key, skip_spaces(r.key, r.s.start), words("subset_markers")) is None:
        return code
    earlier = [f for _, f in r.prior if f.subject == q.subject and f.measure == "count"]
    if earlier and code in ancestors(earlier[-1].indicator) and not specs()[earlier[-1].indicator].breakdown and (
            q.value <= earlier[-1].value):  # a form of discipline is a part, not a kind, of its total
        return earlier[-1].indicator
    return code


def listed_forms_total(r: SentenceReader, cue: Cue) -> tuple[str, ...]:
    """'thi hành kỷ luật khiển trách, cảnh cáo 3 tổ chức đảng': forms of discipline listed together before a figure
    count their common total, not the last form; () when the cue is no such list."""
    if not cue.codes or not all(specs()[c].breakdown for c in cue.codes):
        return ()
    if any(r.region_start(cue.start) <= o.start < cue.start for o in r.quantities):
        return ()  # '… 7 tổ chức đảng với hình thức khiển trách, cảnh cáo 01': forms after a total break it down
    before = [c for c in r.cues if c.end <= cue.start and c.kind == "cue"]
    if not before or not all(specs()[c].breakdown for c in before[-1].codes):
        return ()
    gap = r.key[before[-1].end:cue.start].strip(" ,")
    if gap and gap not in words("form_joiners", ""):
        return ()
    if any(o.start < before[-1].start and passive_cue(r, o) == before[-1] for o in r.quantities):
        return ()  # '1 trường hợp bị khai trừ và cảnh cáo 6 trường hợp': the first form has its own figure
    total = _common_total(before[-1], cue)
    return (total,) if total else ()


def _common_total(first: Cue, second: Cue) -> str | None:
    """The one indicator two listed forms of discipline both refine ('khiển trách', 'cảnh cáo' -> 'disciplined')."""
    parents = {specs()[c].refines for c in first.codes + second.codes}
    return parents.pop() if len(parents) == 1 else None


def _form_cue_at(r: SentenceReader, pos: int, total: str) -> Cue | None:
    """The cue starting at pos if it names one form of `total` ('khiển trách' of 'disciplined')."""
    cue = next((c for c in r.cues_at(pos) if c.kind == "cue"), None)
    if cue is None or len(cue.codes) != 1 or total not in ancestors(cue.codes[0]):
        return None
    return cue


def _sole_form_after_marker(r: SentenceReader, pos: int, total: str, q: Quantity | None = None) -> Cue | None:
    """'bằng hình thức khiển trách' at pos (after spaces): its form, unless more forms or a figure of its own follow
    ('bằng hình thức khiển trách và cảnh cáo', 'hình thức khiển trách 3, cảnh cáo 2'). A next form with a figure of
    its own leaves this one to the figure q before it when the two add up to a total the paragraph stated ('22 tổ
    chức … phải thi hành kỷ luật. Trong đó, … 14 tổ chức bằng hình thức khiển trách và cảnh cáo 8 tổ chức')."""
    pos = skip_spaces(r.key, pos)
    marker = starts_with_phrase(r.key, pos, words("form_markers", ""))
    if not marker:
        return None
    cue = _form_cue_at(r, skip_spaces(r.key, pos + len(marker)), total)
    if cue is None:
        return None
    after = skip_spaces(r.key, cue.end)
    if any(o.context_start == after for o in r.quantities):
        return None
    joiner = starts_with_phrase(r.key, after, (",", *words("form_joiners", "")))
    second = _form_cue_at(r, skip_spaces(r.key, after + len(joiner)), total) if joiner else None
    if second is None:
        return cue
    own = next((o for o in r.quantities if o.context_start == skip_spaces(r.key, second.end)), None)
    stated = {f.value for _, f in r.prior + r.facts if f.measure == "count" and f.indicator == total}
    return cue if q is not None and own is not None and q.value + own.value in stated else None


def sole_form(r: SentenceReader, q: Quantity, cue: Cue, total: str) -> str | None:
    """The one form a total of discipline names for the whole of its figure: 'kỷ luật 2 tổ chức đảng bằng hình thức
    khiển trách', 'kỷ luật bằng hình thức khiển trách đối với 2 chi ủy', '10 tổ chức đảng (khiển trách)'."""
    named = form_after_noun(r, q, total)
    if named is not None or q.noun_start < 0:
        return named
    form = _sole_form_after_marker(r, cue.end, total)  # 'kỷ luật bằng hình thức khiển trách đối với 2 chi ủy'
    if form is None or not _links_form_to(r, form.end, q.context_start):
        return None
    return form.codes[0]


def _links_form_to(r: SentenceReader, start: int, end: int) -> bool:
    """Only a link stands between a form and its figure ('… khiển trách đối với 2 chi ủy'), or a link, someone named
    and a joiner ('… khai trừ đối với ông A và 7 đảng viên': the form is theirs too; no punctuation, cue or figure)."""
    gap = r.key[start:end].strip()
    qualifier = starts_with_phrase(gap, 0, words("form_party_qualifiers", ""))
    gap = gap[len(qualifier):].strip() if qualifier else gap
    if gap in words("sole_form_links", ""):
        return True
    link = starts_with_phrase(gap, 0, tuple(w for w in words("sole_form_links", "") if w))
    if not link or not any(gap.endswith(f" {w}") for w in words("sole_form_name_joiners", "")):
        return False
    return not any(ch in gap[len(link):] for ch in ",;:()") and not any(
        start <= c.start < end for c in r.cues) and not any(start <= o.start < end for o in r.quantities)


def form_after_noun(r: SentenceReader, q: Quantity, total: str) -> str | None:
    """The one form written after a figure's counted noun: '2 tổ chức đảng bằng hình thức khiển trách', '3 trường
    hợp ở mức độ cảnh cáo', '10 tổ chức đảng (khiển trách)'."""
    if q.noun_start < 0:
        return None
    pos = skip_spaces(r.key, q.tail_end)
    paren = next((p for p in r.parens if p[0] == pos), None)
    if paren is not None:
        inner = _form_cue_at(r, skip_spaces(r.key, paren[0] + 1), total)
        return inner.codes[0] if inner is not None and not r.key[inner.end:paren[1]].strip() else None
    for i in range(pos, min(r.s.end, pos + MAX_QUALIFIER)):  # '1 chi bộ trực thuộc bằng hình thức khiển trách'
        if r.key[i] in ",;:()" or any(o.context_start == i for o in r.quantities):
            break
        if i == pos or r.key[i - 1] == " ":
            form = _sole_form_after_marker(r, i, total, q)
            if form is not None:
                return form.codes[0]
    return None


def names_any(r: SentenceReader, name: str, reach: int = 0, section: str = "measures", after: int = 0) -> bool:
    """Whether the sentence (with `reach` characters before it and `after` characters after it) holds a word of the
    list at all; asked once per sentence, so most figures skip the word-by-word search."""
    memo_key = ("names", section, name, reach, after)
    found = r.memo.get(memo_key)
    if found is None:
        start, end = max(0, r.s.start - reach), r.s.end + after
        found = r.memo[memo_key] = _any_of(name, section).search(r.key, start, end) is not None
    return found


@functools.cache
def _any_of(name: str, section: str) -> re.Pattern[str]:
    """Any word of the list anywhere (as a substring, as str.find finds it): one scan instead of one per word."""
    return re.compile(trie_alternation(words(name, section)))  # an empty list: a pattern that never matches
