"""Party-building facts: which indicator, subject, actor, measure and period each figure reports.

A sentence is read left to right. A count is governed by the nearest verbal cue before it in its
clause (a ';' or a parenthesis opens a new clause; an aside in parentheses falls back on the figure it
follows). Percentages and changes attach to the figure they follow. Vocabulary: indicators.yaml.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import islice

from transforms.aims import aims_openers
from transforms.alternation import trie_alternation, word_start_matches
from transforms.context import SentenceParts, TextContext
from transforms.cues import ActorGroup, actor_words, find_actor_groups, specs, words
from transforms.document_period import (
    DocumentPeriod,
    congress_target_term,
    opened_term_end,
    opening_date_year,
    resolve_year,
    running_term_end,
    title_year,
)
from transforms.fact import Fact
from transforms.ids import stable_id
from transforms.keys import fold_key
from transforms.measures import Draft, count_draft, percent_draft
from transforms.periods import Horizon, horizon_before, local_mention, mentions_between, without_future_stages
from transforms.quantities import Quantity
from transforms.reader import SentenceReader, ancestors, form_after_noun, sole_form
from transforms.scope import named_subunit, names_body, scope_of, subject_span
from transforms.subjects import phrase_pattern
from transforms.text import Sentence, ends_with_phrase, skip_spaces, starts_with_phrase
from transforms.vocab import period_vocab

TARGET_CONTEXT = 40
INSPECTED = "inspected"
HOME_ACTS = 2  # the headline's act and the lede's first: who acts there is the body a text is about
LIST_LEAD_REACH = 8  # the blank lines and spaces that may stand between a list's lead-in colon and its first item
LIST_MARKER = re.compile(r"^\s*(?:[-–•+*]|(?:[a-zđ]|\d{1,2}|[ivx]{1,4})[.)])?\s*")
__all__ = ["find_facts"]


def _actor(r: SentenceReader, code: str, cue_start: int) -> str | None:
    """Who acted: the first actors named in the sentence before the cue, else those of the paragraph so far."""
    spec = specs()[code]
    lower = r.region_start(cue_start)
    if spec.own_actor:
        after_source = _source_end(r, lower, cue_start)
        own = [g for g in r.groups if after_source <= g.start and g.end <= cue_start and not r.aside(g.start, cue_start)
               and _one_predicate(r, g.end, cue_start)
               and not starts_with_phrase(r.key, _last_body_start(r.key, g), actor_words("not_admitting"))
               and not any(w in r.key[g.end:cue_start] for w in actor_words("speech_verbs"))]
        if own:
            return "committee" if own[-1].kinds == {"committee"} else None
        carried = _subject_across_semicolon(r, lower, cue_start)
        if carried is not None:
            return "committee" if carried.kinds == {"committee"} else None
        # '…, nâng tổng số đảng viên được kết nạp lên 160': the clause before's actor
        clause_start = max(lower, r.key.rfind(",", lower, cue_start) + 1)
        earlier = [f.actor for _, f in r.facts if f.indicator == code and f.actor and f.measure != "target"]
        return earlier[-1] if earlier and not names_body(r.key, (clause_start, cue_start)) else None
    if not spec.actor:
        return None
    figures = [qq.tail_end for qq, _ in r.facts if lower <= qq.start < cue_start]
    before = [g for g in r.groups if g.end <= cue_start and not r.aside(g.start, cue_start)]
    groups = ([g for g in before if figures and g.start >= figures[-1]] or [g for g in before if g.start >= lower]
              or before)
    spoken = _after_speech(r.key, groups, cue_start)  # 'Phó Chủ nhiệm UBKT cho biết, … các cấp ủy đã kiểm tra …'
    groups = [g for g in groups if g.start >= spoken] or groups
    advised = [g for g in groups if g.advised]  # 'UBKT … đã tham mưu, giúp cấp ủy xử lý kỷ luật …': who was advised
    groups = advised[-1:] or groups
    said = _speech_end(r.key, groups[-1].end, cue_start) if groups else None
    if said is not None and names_body(r.key, subject_span(r.key, said, cue_start)):
        return None  # 'Bí thư Thành ủy cho biết, … thành phố đã kiểm tra …': the whole body acted, not the speaker's
    if not groups and names_body(r.key, subject_span(r.key, r.s.start, cue_start)):
        return None  # "Toàn Đảng bộ đã thi hành kỷ luật …": the whole body, not the actor named before
    if not groups and ends_with_phrase(r.key, cue_start, words("passive_markers", "")):
        return None  # "có 17 đảng viên bị xử lý kỷ luật": a passive names no agent, and none is carried over
    comma, semicolon = _last_comma_outside_groups(r, cue_start), r.key.rfind(";", r.s.start, cue_start)
    clause = LIST_MARKER.sub("", r.key[max(r.s.start, comma + 1, semicolon + 1):cue_start]).strip()
    # an empty clause after a comma is the next item of a list ('khiển trách 34, cảnh cáo 15'), not a new predicate
    subjectless = (not clause and comma < max(r.s.start, semicolon)) or bool(
        starts_with_phrase(clause, 0, actor_words("predicate_openers"))) or (  # 'Đồng thời, kỷ luật …'
        not groups and bool(starts_with_phrase(r.key, r.s.start, actor_words("predicate_openers"))))
    # the body of the verb's own clause acts: 'Thực hiện nhiệm vụ do Ban Thường vụ giao, UBKT đã kiểm tra …'
    groups = [g for g in groups if g.start > comma] or groups
    kinds = groups[0].kinds if groups else (
        _lead_in_actor(r, cue_start) or r.inherited_actor or r.section_actor or (r.last_actor if subjectless else None))
    if not kinds:
        return None
    if len(kinds) == 1:
        return next(iter(kinds))
    return spec.joint_actor


def _last_comma_outside_groups(r: SentenceReader, pos: int) -> int:
    """The last comma of the sentence before pos that does not join the bodies of one actor ('cấp ủy, UBKT các cấp
    đã xử lý kỷ luật …' is one clause), or -1."""
    comma = r.key.rfind(",", r.s.start, pos)
    while comma >= 0 and any(g.start <= comma < g.end for g in r.groups):
        comma = r.key.rfind(",", r.s.start, comma)
    return comma


def _last_body_start(key: str, g: ActorGroup) -> int:
    """Where the last body of a listed group starts: the one next to the verb ('đề nghị của các chi bộ, Ban Chấp hành
    Đảng bộ Công ty đã kết nạp': the committee admits, not the cells that proposed)."""
    comma = key.rfind(",", g.start, g.end)
    return skip_spaces(key, comma + 1) if comma >= 0 else g.start


def _source_end(r: SentenceReader, lower: int, cue_start: int) -> int:
    """Where a clause's own subject may start: after the source it opens on ('Theo báo cáo, … Ban Chấp hành đã
    thành lập 6 chi bộ'; 'Theo Ban Tổ chức, toàn huyện kết nạp …' names no actor), else at its start."""
    start = skip_spaces(r.key, lower)
    if not starts_with_phrase(r.key, start, words("topic_source_openers")):
        return lower
    comma = r.key.find(",", start, cue_start)
    return comma + 1 if comma >= 0 else cue_start


def _subject_across_semicolon(r: SentenceReader, lower: int, cue_start: int) -> ActorGroup | None:
    """'Ban Thường vụ Huyện ủy đã giải thể 5 chi bộ; đồng thời thành lập mới 10 chi bộ': a clause after a semicolon
    that opens on its verb has the subject of the clause before it (the body named first there), or, when that
    clause opened on its verb too, of the one before it."""
    if lower <= r.s.start or r.key[lower - 1] != ";" or names_body(r.key, (lower, cue_start)):
        return None
    opening = r.key[lower:cue_start].strip()
    if opening and not starts_with_phrase(opening, 0, actor_words("predicate_openers")):
        return None
    before = r.region_start(lower - 1)
    first = next((g for g in r.groups if before <= g.start < lower - 1 and not r.aside(g.start, lower)), None)
    verb = next((c.start for c in r.cues if before <= c.start < lower - 1), None)
    if verb is not None and (first is None or first.start > verb):  # '…; thành lập Đảng bộ Khu kinh tế …; thành
        return _subject_across_semicolon(r, before, verb)  # lập 1 đảng bộ': that clause opened on its verb too
    if first is None or any(before <= o.start < first.start for o in r.quantities) or ends_with_phrase(
            r.key, first.start, words("passive_markers", "")):
        return None  # '… được Đảng ủy Khối thực hiện; kết nạp 122 …': the agent of a passive is no subject
    return first


@functools.cache
def _speech_pattern() -> re.Pattern[str]:
    return re.compile(trie_alternation(actor_words("speech_verbs"), lambda p: r"(?!\w)"))


def _after_speech(key: str, groups: Sequence[ActorGroup], cue_start: int) -> int:
    """Where the clause after the last speech verb that follows a named body starts ('… cho biết, …'): a body that
    reports is not the one acting when another is named after its words; 0 when none."""
    if len(groups) < 2:
        return 0
    return _speech_end(key, groups[0].end, cue_start) or 0


def _speech_end(key: str, start: int, cue_start: int) -> int | None:
    """Where the words of the last speech verb between start and the cue begin, or None."""
    said = [m.end() for m in word_start_matches(_speech_pattern(), key, start, cue_start)]
    return said[-1] if said else None


def _one_predicate(r: SentenceReader, start: int, cue_start: int) -> bool:
    """Whether key[start:cue_start] goes on to the cue in one predicate: no comma, or verbs listed up to it ('Huyện
    ủy đã bồi dưỡng, kết nạp 113', 'xem xét, quyết định kết nạp'), not a new clause ('Huyện ủy chỉ đạo các xã, kết
    nạp 68')."""
    gap = r.key[start:cue_start]
    cut = max(gap.rfind(","), gap.rfind(";"))
    if cut < 0:
        return True
    last = gap[cut + 1:].strip()  # 'xem xét, quyết định kết nạp': a decision verb leads to the act
    listed = not last or last in actor_words("decision_verbs")
    head = skip_spaces(r.key, start)  # 'Ban Chấp hành Đảng bộ tỉnh đã …, thành lập 38': the group's own body, no object
    owner = starts_with_phrase(r.key, head, words("document", "scope"))
    return listed and not any(start <= o.start < cue_start for o in r.quantities) and not (
        names_body(r.key, (head + len(owner) if owner else start, start + cut)))


def _inner_actor(r: SentenceReader, q: Quantity, code: str) -> str | None:
    """'612 đảng viên (cấp ủy 398, Ủy ban Kiểm tra 214)': an actor named inside the aside, before the figure."""
    paren = r.enclosing(q.start)
    if paren is None or not specs()[code].actor:
        return None
    previous = [o.tail_end for o in r.quantities if paren[0] < o.start < q.start]
    lower = previous[-1] if previous else paren[0]
    inner = [g for g in r.groups if lower <= g.start and g.end <= q.start]
    return next(iter(inner[-1].kinds)) if inner and len(inner[-1].kinds) == 1 else None


def _scope(r: SentenceReader, cue_start: int, anchor: tuple[Quantity, Fact] | None) -> tuple[str, str | None]:
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


def _inspector(r: SentenceReader) -> str | None:
    """The actor of the latest inspection: who found the breaches a 'phải thi hành kỷ luật' names. An earlier
    sentence's inspection counts only when this one refers back to it ('Qua kiểm tra, …'); otherwise it may be of
    other people ('Thông báo của UBKT … cho hay có 46 trường hợp …')."""
    refers_back = any(r.key.find(w, r.s.start, r.s.end) >= 0 for w in actor_words("inspection_result_openers"))
    return next((f.actor for _, f in reversed((r.prior if refers_back else []) + r.facts)
                 if f.measure == "count" and INSPECTED in {f.indicator} | ancestors(f.indicator)), None)


def _total(r: SentenceReader, draft: Draft) -> Fact | None:
    """The fact a figure breaks down, if any, from this sentence or the paragraph before it."""
    if draft.part_of is None:
        return None
    return next((f for _, f in reversed(r.prior + r.facts) if f.fact_id == draft.part_of), None)


def _total_actor(r: SentenceReader, draft: Draft) -> str | None:
    """'Cấp ủy các cấp thi hành kỷ luật 7.056 đảng viên. Cụ thể, có 5.486 đảng viên bị khiển trách': a form
    that names no actor is dealt by whoever dealt its total."""
    total = _total(r, draft) if specs()[draft.indicator].actor else None
    return total.actor if total is not None else None


def _form_actor(r: SentenceReader, draft: Draft) -> tuple[bool, str | None]:
    """(decided, actor) of a form of discipline whose total is known and whose sentence names no body before it
    ('Hình thức kỷ luật, khiển trách 21 đồng chí; …' after a total no body dealt): the total's actor, not the
    body an earlier sentence named."""
    total = _total(r, draft) if specs()[draft.indicator].breakdown else None
    if total is None or any(g.end <= draft.cue_start and not r.aside(g.start, draft.cue_start) for g in r.groups):
        return False, None
    return True, total.actor


def _cut_by_text_end(r: SentenceReader, q: Quantity) -> bool:
    """A bare whole figure the text ends on, mid-sentence ('…, đạt 1', 'tăng 1' in an excerpt cut short): its digits,
    its unit and what it counts may all be lost, so it is read as no statistic (one with decimals, '(tăng 232,7',
    keeps its digits and is read as the percentage whose sign the cut took)."""
    return (q.noun_start < 0 and float(q.value).is_integer() and r.key[q.end - 1].isdigit()
            and not r.key[q.end:].strip())


def _sentence_facts(r: SentenceReader, quantity_id: Callable[[Quantity], str], period_of: Callable,
                    plan_horizon: Callable[[Sentence, int], Horizon | None]) -> None:
    for q in r.quantities:
        if _cut_by_text_end(r, q):
            draft = None
        elif q.unit == "count":
            draft = count_draft(r, q)
        elif q.unit == "percent":
            draft = percent_draft(r, q)
        else:
            draft = None
        if draft is None:
            continue
        if draft.measure == "count" and draft.anchor is None and plan_horizon(r.s, q.start) is not None:
            draft = replace(draft, measure="target", part_of=None)  # 'Đến năm 2025 phát triển thêm 7.000 đảng viên'
        anchor: tuple[Quantity, Fact] | None = draft.anchor
        if anchor is None:
            decided, actor = _form_actor(r, draft)
            if not decided:
                actor = (_inspector(r) if draft.named_after else None) or _actor(
                    r, draft.indicator, draft.cue_start) or _total_actor(r, draft)
            scope, scope_name = _scope(r, draft.cue_start, anchor)
        else:
            actor, scope, scope_name = anchor[1].actor, anchor[1].scope, anchor[1].scope_name
            if specs()[draft.indicator].actor and actor is None and draft.measure == "count":
                # a total of this sentence read without an actor ('Các tổ chức đảng có thẩm quyền trong Đảng bộ
                # tỉnh đã thi hành kỷ luật 291 đảng viên (cảnh cáo 57, …)') lends none to its forms
                own_total = any(qq is anchor[0] for qq, _ in r.facts)
                actor = _inner_actor(r, q, draft.indicator) or (
                    None if own_total else _actor(r, draft.indicator, draft.cue_start))
        year, period = period_of(r.s, q.start, draft.measure)
        qid = quantity_id(q)
        fact = Fact(
            fact_id=stable_id(qid, draft.indicator, draft.subject, draft.measure),
            quantity_start=q.start, indicator=draft.indicator, subject=draft.subject, measure=draft.measure,
            value=draft.value, unit="percent" if q.unit == "percent" else "count", actor=actor, scope=scope,
            scope_name=scope_name, year=year, period=period, part_of=draft.part_of,
        )
        form = _stated_form(r, q, draft)
        formed = None if form is None else replace(fact, fact_id=stable_id(qid, form, draft.subject, draft.measure),
                                                    indicator=form, part_of=fact.fact_id)
        if formed is not None and fact.part_of is not None:  # '16 đảng viên (trong đó 3 trường hợp ở mức độ cảnh
            r.facts.append((q, replace(formed, part_of=fact.part_of)))  # cáo)': a part of a total is its form only
            continue
        r.facts.append((q, fact))
        if formed is not None:  # 'kỷ luật 2 tổ chức đảng bằng hình thức khiển trách': 2 reprimands as well
            r.facts.append((q, formed))


def _stated_form(r: SentenceReader, q: Quantity, draft: Draft) -> str | None:
    """The one form of discipline a count of a total (or a part of one) names for all of it, if any."""
    if draft.measure != "count" or specs()[draft.indicator].breakdown:
        return None
    if draft.anchor is not None:  # '16 đảng viên (trong đó 3 trường hợp ở mức độ cảnh cáo)'
        return form_after_noun(r, q, draft.indicator)
    cue = next((c for c in r.cues_at(draft.cue_start) if c.kind == "cue"), None)
    return sole_form(r, q, cue, draft.indicator) if cue is not None else None


def _heading_actor(section: str | None) -> frozenset[str] | None:
    """'2. Công tác kiểm tra, giám sát của Ủy ban Kiểm tra các cấp': the actor a section heading names."""
    if not section:
        return None
    key = fold_key(section)
    return _one_kind(find_actor_groups(key, 0, len(key), possessive_ok=True))


def _one_kind(groups: Sequence[ActorGroup]) -> frozenset[str] | None:
    """The one kind of actor a heading's or lead-in's bodies share, else None."""
    kinds = frozenset().union(*(g.kinds for g in groups)) if groups else frozenset()
    return kinds if len(kinds) == 1 else None


def _lead_in_actor(r: SentenceReader, cue_start: int) -> frozenset[str] | None:
    """'Về công tác kiểm tra, giám sát của ủy ban kiểm tra các cấp: Kiểm tra …': a figure-less lead-in ending on a
    colon names the actor of what follows it, as a heading does."""
    colon = r.key.rfind(":", r.s.start, cue_start)
    if colon < 0 or any(r.s.start <= o.start < colon for o in r.quantities):
        return None
    return _one_kind(find_actor_groups(r.key, r.s.start, colon, possessive_ok=True))  # the key is folded already


def _subject_actor(key: str, s: Sentence, parts: SentenceParts) -> frozenset[str] | None:
    """Actors a sentence names as its subject, for the sentences after it; an empty set when its subject
    is the whole body ('Toàn Đảng bộ …'); None when it says nothing about who acts."""
    first_cue = next((c.start for c in parts.cues if not c.nominal), s.end)
    if first_cue == s.end and key[max(0, s.start - LIST_LEAD_REACH):s.start].rstrip().endswith(":"):
        return None  # '… khiển trách đối với 3 tổ chức gồm:\n\nĐảng ủy Sở Y tế; …': the bodies listed are the objects
    outside = [g for g in parts.groups if g.end <= first_cue and not any(o < g.start < c for o, c in parts.parens)]
    spoken = _after_speech(key, outside, first_cue)
    outside = [g for g in outside if g.start >= spoken] or outside
    if outside:
        return outside[0].kinds
    return frozenset() if names_body(key, subject_span(key, s.start, first_cue)) else None


def _refined_topic(parts: SentenceParts) -> tuple[str, ...]:
    """'Kiểm tra … khi có dấu hiệu vi phạm với số lượng tăng mạnh.': a paragraph opening without figures on a refined
    indicator (one that refines another) makes it the topic the paragraph's plain cues mean."""
    return tuple(c for cue in parts.cues if cue.kind in ("cue", "post") for c in cue.codes
                 if specs()[c].refines and not specs()[c].breakdown)  # a form ('… bị cảnh cáo.') names one case


def _home(ctx: TextContext, title: str | None) -> str:
    """The folded title, which names the body the document is about; when it names none ('Kết nạp 51 đảng viên'),
    also the named sub-unit that does the first act ('Đảng bộ huyện Ninh Giang đã kết nạp 51 …')."""
    home = fold_key(title or "")
    if names_body(home, (0, len(home))) or phrase_pattern("province_wide_words").search(ctx.key):
        return home  # 'Toàn Đảng bộ tỉnh kết nạp …' further on: a district the text opens on is one of its parts
    acts = ((s, c) for s, parts in zip(ctx.sentences, ctx.parts, strict=True)
            for c in parts.cues[:1] if not c.nominal and c.kind == "cue")
    for s, cue in islice(acts, HOME_ACTS):  # the first act whose subject names a body decides
        subject = subject_span(ctx.key, s.start, cue.start)
        if names_body(ctx.key, subject):
            unit = named_subunit(ctx.text, ctx.key, subject)
            return f"{home} {unit}" if unit is not None else home
    return home


def _links_elsewhere(ctx: TextContext, s: Sentence) -> bool:
    """A sentence on a line that opens with a link marker (link_line_markers): the headline of another article."""
    line = ctx.key.rfind("\n", 0, s.start) + 1
    return starts_with_phrase(ctx.key, skip_spaces(ctx.key, line), words("link_line_markers", "")) is not None


def _of_no_party_of_ours(key: str) -> bool:
    """A state inspectorate's, a union's or a sector's report that never writes out the Party, its bodies or members,
    or a text on another country's party that names none of Vietnam's Party bodies: no Party-building figure is ours.
    The Party named only as the author of policies carried out ('chủ trương, chính sách của Đảng, Nhà nước') is not
    written out."""
    policies = [m.span() for m in phrase_pattern("party_policy_phrases").finditer(key)]
    if not any(not any(a <= m.start() < b for a, b in policies) for m in phrase_pattern("party_markers").finditer(key)):
        return any(phrase_pattern(name).search(key) for name in ("state_markers", "union_markers", "sector_markers"))
    return bool(phrase_pattern("foreign_parties").search(key)) and not phrase_pattern("own_party_bodies").search(key)


def find_facts(ctx: TextContext, doc: DocumentPeriod, quantity_id: Callable[[Quantity], str],
               title: str | None = None, congress: bool = False) -> list[Fact]:
    """All Party-building facts of a document, in text order; the body its title names is its own scope; aims a text
    lists are targets, a `congress` text's of the term it opens."""
    if _of_no_party_of_ours(ctx.key):
        return []
    mentions = without_future_stages(ctx.period_mentions, doc.year)
    aims = aims_openers(ctx, mentions, doc.year, congress)

    def plan_horizon(s: Sentence, pos: int) -> Horizon | None:
        """The horizon of a goal named before pos in its sentence (or, in a sentence opening on 'Cụ thể' or naming
        no period of the paragraph that goes on, in the sentence before it), if it lies after the report's year."""
        horizon = horizon_before(ctx.horizons, s, pos)
        i = ctx.sentence_index(s.start)
        before = ctx.sentences[i - 1] if i else None
        goes_on = before is not None and (starts_with_phrase(ctx.key, s.start, words("continuation_openers", "")) or (
            before.paragraph == s.paragraph and not mentions_between(mentions, s.start, s.end)))
        if horizon is None and goes_on and before is not None:
            horizon = horizon_before(ctx.horizons, before, s.start)  # 'Cụ thể: TP. A kết nạp thêm 700
        return horizon if horizon is not None and (doc.year is None or horizon.year > doc.year) else None

    def period_of(s: Sentence, pos: int, measure: str) -> tuple[int | None, str | None]:
        m = local_mention(mentions, s, ctx.paragraph_of(s), pos, look_after=measure == "count", key=ctx.key,
                          figures=ctx.quantity_starts)
        year = resolve_year(m, mentions, s, doc.year) if m else doc.year
        horizon = plan_horizon(s, pos) if measure == "target" else None
        if horizon is not None:  # 'phấn đấu đến năm 2025, … kết nạp 7.000'; 'đến cuối năm 2023' in 2022: a year's
            next_year_end = horizon.year_end and doc.year is not None and horizon.year == doc.year + 1  # plan
            return horizon.year, "FY" if next_year_end else "TERM"
        if measure == "target":
            plan = ctx.key[max(s.start, pos - TARGET_CONTEXT):pos]
            own = m.period if m else doc.period
            before = [x for x in mentions_between(mentions, s.start, pos) if x.year]
            named = [x.year for x in before]
            later = [x for x in mentions_between(mentions, pos, s.end) if x.year and not x.comparison]
            heading = title_year(fold_key(s.section)) if s.section else None  # 'NHIỆM VỤ NĂM 2023'
            # 'Phấn đấu năm 2024 kết nạp …', '… kết nạp 400 đảng viên trong năm 2017': the plan's year
            year = named[-1] if named else (later[0].year if later else heading or year)
            if own == "TERM" and not named and not later and heading is None:  # a congress's targets: its term
                opened = opened_term_end(doc.year) if congress and ctx.sentence_index(s.start) in aims else None
                year = opened or congress_target_term(ctx.key[s.start:pos], year) or year
            term = period_vocab()["term_word"] in plan or own == "TERM" or (bool(before) and before[-1].term) or (
                not named and bool(later) and later[0].term)  # '25 đảng viên mà Nghị quyết nhiệm kỳ 2020-2025 đề ra'
            after = re.split(r"[,;]", ctx.key[pos:min(s.end, pos + TARGET_CONTEXT)], maxsplit=1)[0]
            if not term and period_vocab()["term_word"] in after:  # 'phát triển 20 đảng viên trong nhiệm kỳ' in
                return (running_term_end(year) if year else None), "TERM"  # 2023: the term running then
            return year, "TERM" if term else "FY"
        if m:
            return year, m.period
        dated = opening_date_year(ctx.key, s.start, pos)
        if dated is not None and (doc.year is None or dated < doc.year):  # 'Cuối tháng 8/1959, Đảng bộ … kết nạp
            return dated, "FY"  # được 12' in a history (or in a text with no year of its own): that year's event
        return doc.year, doc.period

    out: list[Fact] = []
    home = _home(ctx, title)
    section_actors: dict[str | None, frozenset[str] | None] = {}
    actor_state: frozenset[str] | None = None
    last_actor: frozenset[str] | None = None
    paragraph = -1
    prior: list[tuple[Quantity, Fact]] = []
    previous: list[tuple[Quantity, Fact]] = []
    topic: tuple[str, ...] = ()
    lead: frozenset[str] | None = None  # the body a paragraph ending on a colon names, for the list after it
    for i, (s, parts) in enumerate(zip(ctx.sentences, ctx.parts, strict=True)):
        if s.paragraph != paragraph:
            if not starts_with_phrase(ctx.key, s.start, words("continuation_openers", "")):
                previous = prior
                actor_state, prior = lead, []
                topic = () if parts.quantities else _refined_topic(parts)
            paragraph = s.paragraph
        if parts.quantities and not _links_elsewhere(ctx, s):
            if s.section not in section_actors:
                section_actors[s.section] = _heading_actor(s.section)
            r = SentenceReader(ctx, s, parts.cues, parts.parens, parts.quantities, actor_state, last_actor,
                               list(prior), home, parts.groups, section_actors[s.section], topic,
                               [] if prior else previous, aims_from=aims.get(i))
            _sentence_facts(r, quantity_id, period_of, plan_horizon)
            out += [f for _, f in r.facts]
            prior += r.facts
        state = _subject_actor(ctx.key, s, parts)
        if state is not None:
            actor_state = last_actor = state or None
        # 'Ủy ban Kiểm tra Thành ủy có kết luận như sau:' then one paragraph per decision: the body acts in each
        lead = actor_state if ctx.key[s.start:s.end].rstrip().endswith(":") else (None if state is not None else lead)
    return out
