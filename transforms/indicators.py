"""Party-building facts: which indicator, subject, actor, measure and period each figure reports.

A sentence is read left to right. A count is governed by the nearest verbal cue before it in its
clause (a ';' or a parenthesis opens a new clause; an aside in parentheses falls back on the figure it
follows). Percentages and changes attach to the figure they follow. Vocabulary: indicators.yaml.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from transforms.cues import PARTY, ActorGroup, Cue, find_actor_groups, find_cues, noun_cues, specs, words
from transforms.ids import stable_id
from transforms.keys import fold_key
from transforms.periods import DocumentPeriod, PeriodMention, local_mention, resolve_year
from transforms.quantities import Quantity, noun_at
from transforms.scope import names_body, scope_of, subject_span
from transforms.text import Sentence, ends_with_phrase, starts_with_phrase
from transforms.vocab import noun_vocab, period_vocab

if TYPE_CHECKING:
    from transforms.document import TextContext

TARGET_NOUNS = ("chỉ tiêu", "kế hoạch")
TARGET_CONTEXT = 40
FIRST_WORDS_AFTER = 30


@dataclass(frozen=True)
class Fact:
    """One statistic read from one quantity."""

    fact_id: str
    quantity_start: int
    indicator: str
    subject: str
    measure: str
    value: float
    unit: str
    actor: str | None
    scope: str
    scope_name: str | None
    year: int | None
    period: str | None
    part_of: str | None = None
    checks: tuple[str, ...] = ()


@dataclass
class _Reader:
    """Working state while reading one sentence."""

    ctx: TextContext
    s: Sentence
    cues: list[Cue]
    parens: list[tuple[int, int]]
    quantities: list[Quantity]
    inherited_actor: frozenset[str] | None
    prior: list[tuple[Quantity, Fact]] = field(default_factory=list)  # earlier facts of the paragraph
    home: str = ""  # folded title: the body the document is about
    groups: list[ActorGroup] = field(default_factory=list)  # actors named in the sentence
    facts: list[tuple[Quantity, Fact]] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.ctx.key

    def enclosing(self, pos: int) -> tuple[int, int] | None:
        """Innermost parenthesis pair around pos."""
        inside = [p for p in self.parens if p[0] < pos < p[1]]
        return max(inside, default=None)

    def region_start(self, pos: int) -> int:
        """Start of pos's clause: after the last ';' at its level, its '(' or the sentence start."""
        paren = self.enclosing(pos)
        lower = paren[0] + 1 if paren else self.s.start
        start = lower
        i = self.key.rfind(";", lower, pos)
        while i >= 0:
            if not any(lower <= o < i < c for o, c in self.parens):
                start = i + 1
                break
            i = self.key.rfind(";", lower, i)
        for marker in words("subset_markers"):
            idx = self.key.rfind(marker, start, pos)
            after = idx + len(marker)
            while idx >= 0 and after < len(self.key) and self.key[after] in " ,:":
                after += 1
            if idx >= 0 and starts_with_phrase(self.key, after, words("non_subset_verbs")):
                start = after
        return start

    def aside(self, pos: int, before: int) -> bool:
        """True when pos sits in a parenthesis that closes before `before`."""
        return any(o < pos < c < before for o, c in self.parens)

    def fact_of(self, q: Quantity) -> Fact | None:
        return next((f for qq, f in self.facts if qq is q), None)


def _parens(key: str, start: int, end: int) -> list[tuple[int, int]]:
    stack, out = [], []
    for i in range(start, end):
        if key[i] == "(":
            stack.append(i)
        elif key[i] == ")" and stack:
            out.append((stack.pop(), i))
    return out + [(o, end) for o in stack]


def _cue_before(r: _Reader, pos: int, allow_nominal: bool, whole_sentence: bool = False) -> Cue | None:
    """Nearest cue before pos in its clause (or sentence); asides closed before pos are skipped, and a
    verb such as 'phát hiện' between cue and number ends the cue's reach."""
    lower = r.s.start if whole_sentence else r.region_start(pos)
    candidates = [c for c in r.cues if lower <= c.start and c.end <= pos
                  and (whole_sentence or not r.aside(c.start, pos))
                  and (c.kind == "blocked" or allow_nominal or not c.nominal)]
    for cue in reversed(candidates):
        if _describes_previous_figure(r, cue, lower):
            continue
        if not whole_sentence and _broken(r, cue.end, pos):
            return None
        return cue
    return None


def _describes_previous_figure(r: _Reader, cue: Cue, lower: int) -> bool:
    """'… 1 tổ chức đảng bằng hình thức khiển trách và 11 đảng viên': the form belongs to the 1."""
    if not ends_with_phrase(r.key, cue.start, words("form_markers", "")):
        return False
    return any(lower <= q.start < cue.start for q in r.quantities)


def _broken(r: _Reader, start: int, end: int) -> bool:
    """True when a breaker verb stands between start and end (outside asides)."""
    breakers = words("breaker_verbs", "")
    return any((i == 0 or not r.key[i - 1].isalnum()) and not r.aside(i, end)
               and starts_with_phrase(r.key, i, breakers) for i in range(start, end))


def _passive_cue(r: _Reader, q: Quantity) -> Cue | None:
    """'175 đảng viên bị xử lý kỷ luật': a cue right after the counted noun and a passive marker."""
    pos = _skip(r.key, q.tail_end)
    marker = starts_with_phrase(r.key, pos, words("passive_markers", ""))
    if not marker:
        return None
    return next((c for c in r.cues if c.start == pos + len(marker) + 1 and c.kind == "cue"), None)


def _anchor(r: _Reader, q: Quantity) -> tuple[Quantity, Fact] | None:
    """The figure (and its fact) that the parenthesis holding q follows."""
    paren = r.enclosing(q.start)
    if paren is None:
        return None
    before = [(qq, f) for qq, f in r.facts if qq.start < paren[0]]
    return before[-1] if before else None


def _ancestors(code: str) -> set[str]:
    out, cur = set(), specs()[code].refines
    while cur:
        out.add(cur)
        cur = specs()[cur].refines
    return out


def _party_noun_between(r: _Reader, start: int, end: int) -> str | None:
    found = None
    pos = start
    while pos < end:
        if not r.key[pos - 1].isalnum():
            hit = noun_at(r.key, r.ctx.text, pos, table_only=True)
            if hit and hit[3] <= end:
                if hit[1] in PARTY:
                    found = hit[1]
                pos = hit[3]
                continue
        pos += 1
    return found


def _count_subject(r: _Reader, q: Quantity, cue: Cue | None, codes: Sequence[str],
                   anchor: tuple[Quantity, Fact] | None) -> str | None:
    """Subject of a count: its noun; else a noun between cue and number, the next figure's, the anchor's."""
    if q.subject in PARTY:
        return q.subject
    if q.subject == "party_org_implicit":
        return "party_org"
    discipline = any(c == "disciplined" or "disciplined" in _ancestors(c) for c in codes)
    if discipline and q.noun_start >= 0 and r.key[q.noun_start:q.noun_end] in words("member_nouns_in_discipline", ""):
        return "party_member"
    if q.noun is not None and q.noun not in TARGET_NOUNS and q.subject != "petition":
        return None
    if q.subject != "petition":
        if cue is not None:
            between = _party_noun_between(r, cue.end, q.start)
            if between:
                return between
        region, paren = r.region_start(q.start), r.enclosing(q.start)
        for other in r.quantities:
            if (other.start > q.start and other.subject in PARTY and r.region_start(other.start) == region
                    and r.enclosing(other.start) == paren):
                return other.subject
    if anchor is not None:
        return anchor[1].subject
    parents = {specs()[c].refines for c in codes} - {None}
    for _, f in reversed(r.prior + r.facts):
        if f.indicator in parents:
            return f.subject
    defaults = [specs()[c].default_subject for c in codes if specs()[c].default_subject]
    if defaults:
        return defaults[0]
    return _noun_right_before(r, cue.start) if cue is not None and q.subject != "petition" else None


def _noun_right_before(r: _Reader, cue_start: int) -> str | None:
    """'Tổng số đảng viên bị thi hành kỷ luật là 45': the counted noun just before a (passive) cue."""
    pos = cue_start
    while True:
        end = len(r.key[:pos].rstrip())
        marker = ends_with_phrase(r.key, end, words("passive_markers", ""))
        if not marker:
            break
        pos = end - len(marker)
    end = len(r.key[:pos].rstrip())
    for noun, (_, subject) in noun_vocab().nouns.items():
        begin = end - len(noun)
        if subject in PARTY and r.key.endswith(noun, 0, end) and (begin == 0 or not r.key[begin - 1].isalnum()):
            return subject
    return None


def _skip(key: str, pos: int) -> int:
    while pos < len(key) and key[pos] == " ":
        pos += 1
    return pos


def _merged_subjects(r: _Reader, q: Quantity) -> bool:
    """'80 ngàn lượt tổ chức Đảng và đảng viên': one number for two subjects is no Party fact."""
    if q.subject not in PARTY | {"party_org_implicit"}:
        return False
    pos = _skip(r.key, q.noun_end)
    joiner = starts_with_phrase(r.key, pos, words("merged_subject_joiners", ""))
    if not joiner:
        return False
    hit = noun_at(r.key, r.ctx.text, _skip(r.key, pos + len(joiner)), table_only=True)
    return bool(hit and hit[1] in PARTY and hit[1] != q.subject)


def _pick(codes: Sequence[str], subject: str) -> str | None:
    """The cue's indicator that counts this subject ('phát triển' -> admitted or established)."""
    return next((c for c in codes if subject in specs()[c].subjects), None)


def _post_cue(r: _Reader, q: Quantity, code: str) -> str:
    """Upgrade by a cue after the listed figures: '… 09 tổ chức đảng khi có dấu hiệu vi phạm'."""
    pos = q.tail_end
    for other in r.quantities:
        if other.start >= pos and r.region_start(other.start) == r.region_start(q.start):
            gap = r.key[pos:other.context_start].strip(" ,")
            if gap in ("", "và"):
                pos = other.tail_end
    while pos < len(r.key) and r.key[pos] in " ,":
        pos += 1
    for cue in r.cues:
        if cue.start == pos and cue.kind == "post":
            for new in cue.codes:
                if new != code and (code in _ancestors(new) or specs()[new].refines is None):
                    return new
    return code


def _actor(r: _Reader, code: str, cue_start: int) -> str | None:
    """Who acted: the first actors named in the sentence before the cue, else those of the paragraph so far."""
    spec = specs()[code]
    if not spec.actor:
        return None
    lower = r.region_start(cue_start)
    before = [g for g in r.groups if g.end <= cue_start]
    groups = [g for g in before if g.start >= lower] or before
    if not groups and names_body(r.key, subject_span(r.key, r.s.start, cue_start)):
        return None  # "Toàn Đảng bộ đã thi hành kỷ luật …": the whole body, not the actor named before
    kinds = groups[0].kinds if groups else r.inherited_actor
    if not kinds:
        return None
    if len(kinds) == 1:
        return next(iter(kinds))
    return spec.joint_actor


def _scope(r: _Reader, cue_start: int, anchor: tuple[Quantity, Fact] | None) -> tuple[str, str | None]:
    """Scope named in the words before the cue; else that of the previous fact of the clause."""
    found = scope_of(r.ctx.text, r.key, subject_span(r.key, r.region_start(cue_start), cue_start), r.home)
    if found is not None:
        return found
    if anchor is not None:
        return anchor[1].scope, anchor[1].scope_name
    if r.facts:
        last = r.facts[-1][1]
        return last.scope, last.scope_name
    return "document", None


def _target_in_parentheses(r: _Reader, q: Quantity) -> bool:
    """'đạt 61,2% chỉ tiêu cả nhiệm kỳ (1.000 đảng viên)': the first figure of an aside after a target word."""
    paren = r.enclosing(q.start)
    if paren is None or r.key[paren[0] + 1:q.context_start].strip():
        return False
    lower = r.region_start(paren[0])
    text = r.key[lower:paren[0]]
    last = max(text.rfind(t) for t in words("target_words"))
    return last >= 0 and not any(lower + last <= o.start < paren[0] for o in r.quantities)


def _is_target(r: _Reader, q: Quantity) -> bool:
    """'chỉ tiêu 2.200', '… kế hoạch kết nạp năm 2022 là 2.200': a target word, a link, the number."""
    lower = r.region_start(q.context_start)
    if ends_with_phrase(r.key, q.context_start, words("target_words")) or _target_in_parentheses(r, q):
        return True
    text = r.key[lower:q.context_start]
    hits = [text.rfind(t) for t in words("target_words")]
    last = max(hits)
    if last < 0:
        return False
    tail = text[last:]
    between = [o for o in r.quantities if lower + last <= o.start < q.start]
    return not between and any(f" {link} " in f" {tail} " for link in words("target_links"))


def _sign(r: _Reader, q: Quantity) -> int | None:
    """+1 after 'tăng', -1 after 'giảm', None otherwise."""
    if ends_with_phrase(r.key, q.context_start, words("change_up")):
        return 1
    if ends_with_phrase(r.key, q.context_start, words("change_down")):
        return -1
    return None


@dataclass(frozen=True)
class _Draft:
    indicator: str
    subject: str
    measure: str
    value: float
    cue_start: int
    anchor: tuple[Quantity, Fact] | None = None
    part_of: str | None = None


def _count_draft(r: _Reader, q: Quantity) -> _Draft | None:
    """A count, a target or an absolute change of a Party figure."""
    sign = _sign(r, q)
    if sign is not None:
        return _change_draft(r, q, sign, "change_abs")
    target = (q.ratio == "denominator" and q.noun in TARGET_NOUNS) or (q.ratio is None and _is_target(r, q))
    if q.ratio == "denominator" and not target:
        return None
    anchor = _anchor(r, q)
    cue = _cue_before(r, q.context_start, allow_nominal=target) or _passive_cue(r, q)
    key_noun = r.key[q.noun_start:q.noun_end] if q.noun_start >= 0 else ""
    codes: tuple[str, ...] = ()
    if key_noun in noun_cues():
        codes = (noun_cues()[key_noun],)
    elif cue is not None and cue.kind != "blocked":
        codes = cue.codes
    if anchor is not None and (not codes or any(c in _ancestors(anchor[1].indicator) for c in codes)):
        codes = (anchor[1].indicator,)
    if not codes or _merged_subjects(r, q):
        return None
    subject = _count_subject(r, q, cue, codes, anchor)
    code = _pick(codes, subject) if subject else None
    if code is None:
        return None
    code = _post_cue(r, q, code)
    part_of = None if target else _part_of(r, q, code, subject, anchor)
    cue_start = cue.start if cue is not None else (anchor[0].start if anchor else q.start)
    return _Draft(code, subject, "target" if target else "count", q.value, cue_start, anchor, part_of)


def _part_of(r: _Reader, q: Quantity, code: str, subject: str,
             anchor: tuple[Quantity, Fact] | None) -> str | None:
    """The total a figure breaks down: the figure its parenthesis follows (same subject), the total of
    its form of discipline, or the figure a 'trong đó' subset belongs to."""
    if anchor is not None:
        paren = r.enclosing(q.start)
        for qq, f in reversed(r.facts):
            if paren and qq.start < paren[0] and f.subject == subject and f.measure == "count" and (
                    f.indicator == code or f.indicator in _ancestors(code)):
                return f.fact_id
    parents = _ancestors(code) if specs()[code].breakdown else set()
    lower = r.region_start(q.context_start)
    subset = any(r.key.rfind(m, lower, q.context_start) >= 0 for m in words("subset_markers"))
    for _, f in reversed(r.prior + r.facts):
        if f.measure == "count" and f.subject == subject and f.indicator in parents:
            return f.fact_id
    if subset:
        for _, f in reversed(r.facts):
            if f.measure == "count" and f.indicator == code:
                return f.fact_id
    return None


def _change_draft(r: _Reader, q: Quantity, sign: int, measure: str) -> _Draft | None:
    """'tăng 26 đảng viên', 'giảm 20%': the change of the latest total with the same subject (its noun, or
    the noun of its clause: 'số tổ chức đảng được kiểm tra tăng 12,5%')."""
    subject = q.subject if q.subject in PARTY else _party_noun_between(r, r.region_start(q.context_start),
                                                                       q.context_start)
    for qq, f in reversed(r.facts):
        if (f.measure == "count" and (subject is None or f.subject == subject) and not r.aside(qq.start, q.start)
                and (f.part_of is None or subject is not None)):
            return _Draft(f.indicator, f.subject, measure, sign * q.value, qq.start, (qq, f))
    return None


def _continued_sign(r: _Reader, q: Quantity) -> int | None:
    """'tăng 18,1% tổ chức đảng và 15,7% đảng viên': a listed percentage shares the change word."""
    if not r.facts:
        return None
    last_q, last = r.facts[-1]
    if last.measure != "change_pct" or r.key[last_q.tail_end:q.context_start].strip(" ,") not in ("", "và"):
        return None
    return 1 if last.value >= 0 else -1


def _percent_kind(r: _Reader, q: Quantity) -> str | None:
    """attainment_pct, share_pct, change (signed later) or None for a percentage."""
    key, pos = r.key, q.context_start
    after = key[q.end:q.end + FIRST_WORDS_AFTER]
    target_after = any(after.lstrip(" ,").startswith(t) or f"so với {t}" in after for t in words("target_words"))
    if ends_with_phrase(key, pos, words("share_before")):
        return "share_pct"
    if ends_with_phrase(key, pos, words("rate_words")):
        return "attainment_pct" if target_after else "share_pct"
    if ends_with_phrase(key, pos, words("attainment_before")):
        shared = any(after.lstrip(" ,").startswith(w) for w in words("share_after"))
        return "share_pct" if shared else "attainment_pct"
    if key[:pos].rstrip().endswith("("):
        return "share_pct"
    return "attainment_pct" if target_after else None


def _percent_draft(r: _Reader, q: Quantity) -> _Draft | None:
    """A percentage: attached to the figure it follows, else to the sentence's indicator."""
    sign = _sign(r, q) or _continued_sign(r, q)
    if sign is not None:
        return _change_draft(r, q, sign, "change_pct")
    kind = _percent_kind(r, q)
    if kind is None:
        return None
    if q.subject in PARTY:
        for qq, f in reversed(r.facts):
            if f.subject == q.subject and f.measure == "count":
                return _Draft(f.indicator, f.subject, kind, q.value, qq.start, (qq, f))
    lower = r.region_start(q.context_start)
    paren = r.enclosing(q.start)
    lower = min(lower, r.region_start(paren[0])) if paren else lower
    previous = [o for o in r.quantities if lower <= o.start < q.start and o.unit == "count"]
    if previous:
        f = r.fact_of(previous[-1])
        if f is None or f.measure not in ("count", "target"):
            return None
        return _Draft(f.indicator, f.subject, kind, q.value, previous[-1].start, (previous[-1], f))
    if kind != "attainment_pct":
        return None
    cue = _cue_before(r, q.context_start, allow_nominal=True, whole_sentence=True)
    if cue is None or cue.kind == "blocked":
        return None
    subject = _party_noun_between(r, r.s.start, q.start)
    candidates = [subject] if subject else [specs()[c].default_subject for c in cue.codes]
    for subj in candidates:
        code = _pick(cue.codes, subj) if subj else None
        if code:
            return _Draft(code, subj, kind, q.value, cue.start)
    return None


def _sentence_facts(r: _Reader, quantity_id: Callable[[Quantity], str], period_of: Callable) -> None:
    for q in r.quantities:
        if q.unit == "count":
            draft = _count_draft(r, q)
        elif q.unit == "percent":
            draft = _percent_draft(r, q)
        else:
            draft = None
        if draft is None:
            continue
        anchor = draft.anchor
        if anchor is None:
            actor = _actor(r, draft.indicator, draft.cue_start)
            scope, scope_name = _scope(r, draft.cue_start, anchor)
        else:
            actor, scope, scope_name = anchor[1].actor, anchor[1].scope, anchor[1].scope_name
            if specs()[draft.indicator].actor and actor is None and draft.measure == "count":
                actor = _actor(r, draft.indicator, draft.cue_start)
        year, period = period_of(r.s, q.start, draft.measure)
        qid = quantity_id(q)
        fact = Fact(
            fact_id=stable_id(qid, draft.indicator, draft.subject, draft.measure),
            quantity_start=q.start, indicator=draft.indicator, subject=draft.subject, measure=draft.measure,
            value=draft.value, unit="percent" if q.unit == "percent" else "count", actor=actor, scope=scope,
            scope_name=scope_name, year=year, period=period, part_of=draft.part_of,
        )
        r.facts.append((q, fact))


def find_facts(
    ctx: TextContext, quantities: Sequence[Quantity], mentions: Sequence[PeriodMention], doc: DocumentPeriod,
    quantity_id: Callable[[Quantity], str], title: str | None = None,
) -> list[Fact]:
    """All Party-building facts of a document, in text order; the body its title names is its own scope."""

    def period_of(s: Sentence, pos: int, measure: str) -> tuple[int | None, str | None]:
        m = local_mention(mentions, s, ctx.paragraph_of(s), pos, look_after=measure == "count")
        year = resolve_year(m, mentions, s, doc.year) if m else doc.year
        if measure == "target":
            plan = ctx.key[max(s.start, pos - TARGET_CONTEXT):pos]
            return year, "TERM" if period_vocab()["term_word"] in plan else "FY"
        return (year, m.period) if m else (doc.year, doc.period)

    out: list[Fact] = []
    home = fold_key(title or "")
    actor_state: frozenset[str] | None = None
    paragraph = -1
    prior: list[tuple[Quantity, Fact]] = []
    for s in ctx.sentences:
        if s.paragraph != paragraph:
            actor_state, paragraph, prior = None, s.paragraph, []
        qs = [q for q in quantities if s.start <= q.start < s.end]
        groups = find_actor_groups(ctx.key, s.start, s.end)
        if qs:
            r = _Reader(ctx, s, find_cues(ctx.key, s.start, s.end), _parens(ctx.key, s.start, s.end), qs,
                        actor_state, list(prior), home, groups)
            _sentence_facts(r, quantity_id, period_of)
            out += [f for _, f in r.facts]
            prior += r.facts
        if groups:
            actor_state = groups[0].kinds
    return out
