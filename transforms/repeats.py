"""One fact per statistic per document: a headline or summary that restates a figure is a mention, not a row.

Runs after the arithmetic checks, which read every mention in its own context; the kept fact carries the
checks of all its mentions.

Two facts state the same statistic when they agree on indicator, subject, measure, period, scope and value
(an unnamed actor agrees with any). An approximate figure ('Hơn 500') restates an exact one it rounds
('512'). The fact kept is the first exact mention with the most detail (a named actor, a total it belongs
to); it carries the number of mentions and where the others start.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from transforms.fact import Fact

APPROX_TOLERANCE = 0.25  # 'hơn 500' restates 512, not 800


def _statement(f: Fact) -> tuple:
    return f.indicator, f.subject, f.measure, f.year, f.period, f.scope, f.scope_name


def _undated(f: Fact) -> tuple:
    return f.indicator, f.subject, f.measure, f.scope, f.scope_name


def _restates(mention: Fact, mention_approx: str | None, kept: Fact, kept_approx: str | None) -> bool:
    """True when `mention` says what `kept` says: same value, or an approximation of it."""
    if mention.actor is not None and kept.actor is not None and mention.actor != kept.actor:
        return False
    if mention.value == kept.value:
        return mention_approx == kept_approx or mention_approx is not None
    if mention_approx is None or kept_approx is not None or kept.value == 0:
        return False
    gap = (kept.value - mention.value) / abs(kept.value)
    return {"over": 0 < gap <= APPROX_TOLERANCE, "under": -APPROX_TOLERANCE <= gap < 0,
            "about": abs(gap) <= APPROX_TOLERANCE}.get(mention_approx, False)


def date_headline_figures(facts: Sequence[Fact], headline_end: int,
                          approx_of: Callable[[Fact], str | None]) -> list[Fact]:
    """A headline that names no period restates a body figure of the body's period: 'Phấn đấu kết nạp 600 đảng
    viên' over 'Năm 2018, … phấn đấu kết nạp mới 600 đảng viên' is the 2018 target, not one of the text's
    fallback year. Call with headline_end 0 when the headline names a period of its own."""
    body = [f for f in facts if f.quantity_start >= headline_end]
    out = []
    for f in facts:
        if f.quantity_start < headline_end:
            twin = next((b for b in body if _undated(b) == _undated(f)
                         and _restates(f, approx_of(f), b, approx_of(b))), None)
            if twin is not None and (twin.year, twin.period) != (f.year, f.period):
                f = replace(f, year=twin.year, period=twin.period)
        out.append(f)
    return out


def _detail(f: Fact, approx: str | None) -> tuple:
    """Sort key: exact before approximate, a named actor, a known total, then text order."""
    return approx is not None, f.actor is None, f.part_of is None, f.quantity_start


def merge_repeats(facts: Sequence[Fact], approx_of: Callable[[Fact], str | None],
                  clause_of: Callable[[Fact], tuple[int, int]] = lambda f: (-1, -1),
                  opening_date_of: Callable[[Fact], tuple[int, int, int | None] | None] = lambda f: None,
                  ) -> list[Fact]:
    """The facts with each statistic once, in text order, with mentions and mention_starts filled in. `clause_of`
    gives a fact's sentence and its clause (between semicolons) in it. A rounded figure restates an exact one only
    from another sentence: 'đạt hơn 120% chỉ tiêu tỉnh giao và bằng 145% chỉ tiêu huyện đề ra' states two
    attainments; nor does an equal figure of another clause of the same sentence restate it: 'Bộ Chính trị kỷ luật
    5 tổ chức đảng …; Ban Bí thư kỷ luật 5 tổ chức đảng' are two statistics; nor do parts of two different totals
    ('412 đảng viên bị kỷ luật …: cảnh cáo 81' and 'thi hành kỷ luật 409 trường hợp, trong đó … cảnh cáo 81'); nor
    do equal figures of sentences opening on different dates (`opening_date_of`: 'Ngày 19/7/2024 Chi bộ kết nạp 04
    đảng viên …', 'Ngày 12/9/2024 Chi bộ kết nạp 04 đảng viên …' are two ceremonies)."""
    totals = {f.fact_id: f.value for f in facts}
    companions = _companion_values(facts, approx_of, clause_of)
    groups: list[list[Fact]] = []
    by_statement: dict[tuple, list[list[Fact]]] = {}
    for f in sorted(facts, key=lambda f: _detail(f, approx_of(f))):
        for group in by_statement.get(_statement(f), []):
            (sentence, clause), (first_sentence, first_clause) = clause_of(f), clause_of(group[0])
            if sentence == first_sentence != -1 and (f.value != group[0].value or clause != first_clause):
                continue
            total, first_total = totals.get(f.part_of or ""), totals.get(group[0].part_of or "")
            if total is not None and first_total is not None and total != first_total:
                continue
            day, first_day = opening_date_of(f), opening_date_of(group[0])
            if day is not None and first_day is not None and day != first_day:
                continue
            mine, theirs = companions[f.fact_id], companions[group[0].fact_id]
            if mine and theirs and not mine & theirs:  # '3 tổ chức đảng và 18 đảng viên' is not '3 … và 100 …'
                continue
            if _restates(f, approx_of(f), group[0], approx_of(group[0])):
                group.append(f)
                break
        else:
            groups.append([f])
            by_statement.setdefault(_statement(f), []).append(groups[-1])
    kept_id = {o.fact_id: g[0].fact_id for g in groups for o in g}
    return sorted((_merged(g, kept_id) for g in groups), key=_text_order)


def _companion_values(facts: Sequence[Fact], approx_of: Callable[[Fact], str | None],
                      clause_of: Callable[[Fact], tuple[int, int]]) -> dict[str, set[float]]:
    """Per fact, the exact values of its clause's facts of the same statement for the other subject: a
    restatement restates its pair too, so 'kỷ luật 3 tổ chức đảng và 18 đảng viên' and, in another paragraph, 'kỷ
    luật 3 tổ chức đảng và 100 đảng viên' are two statistics (a rounded pair, 'hơn 1.300', may sum the body's)."""
    def pair_key(f: Fact) -> tuple:
        return clause_of(f), f.indicator, f.measure, f.year, f.period, f.scope, f.scope_name

    by_pair: dict[tuple, list[Fact]] = {}
    for f in facts:
        by_pair.setdefault(pair_key(f), []).append(f)
    return {f.fact_id: {o.value for o in by_pair[pair_key(f)] if o.subject != f.subject and approx_of(o) is None}
            for f in facts}


def _text_order(f: Fact) -> tuple[int, bool]:
    """Text order; a total before the form read from its figure ('kỷ luật 2 tổ chức bằng hình thức khiển trách')."""
    return f.quantity_start, f.part_of is not None


def _merged(group: list[Fact], kept_id: dict[str, str]) -> Fact:
    """The group's first fact, carrying the group's mentions, checks and its total's kept id."""
    first = group[0]
    part_of = kept_id.get(first.part_of, first.part_of) if first.part_of else None
    checks = tuple(dict.fromkeys(c for o in group for c in o.checks))
    if len(group) == first.mentions == 1 and not first.mention_starts and part_of == first.part_of \
            and checks == first.checks:
        return first  # a statistic stated once: nothing to fill in
    return replace(first, mentions=len(group), mention_starts=tuple(sorted(o.quantity_start for o in group[1:])),
                   part_of=part_of, checks=checks)
