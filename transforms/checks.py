"""The report's own arithmetic on one document's facts: breakdowns, attainment, ratios, subsets, changes.

Every rule gives ok, violated (naming the numbers) or not_applicable. A violated rule never deletes a
figure: the facts involved carry the rule in their `checks` field.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from transforms.cues import specs, words

if TYPE_CHECKING:
    from transforms.fact import Fact
    from transforms.quantities import Quantity

RULES = ("breakdown_sum", "attainment", "ratio_order", "subset", "change_agreement")
OK, VIOLATED, NOT_APPLICABLE = "ok", "violated", "not_applicable"
EPSILON = 1e-9
FULL_BREAKDOWN_FORMS = 3  # this many forms short of their total: a form left unread, not a few singled out
RATIO_REACH = 120  # an attainment stated this close to 'X/Y' (characters) says whether X > Y is expected


@dataclass(frozen=True)
class CheckResult:
    """One rule applied to some facts."""

    rule: str
    status: str
    detail: str
    fact_ids: tuple[str, ...]


@dataclass(frozen=True)
class CheckOutcome:
    """Facts with their violated checks marked, and how many rules held, failed or did not apply."""

    facts: list[Fact]
    results: list[CheckResult]

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def held(self) -> int:
        return self.count(OK)

    @property
    def violated(self) -> int:
        return self.count(VIOLATED)

    @property
    def not_applicable(self) -> int:
        return self.count(NOT_APPLICABLE)


def rounding_tolerance(surface: str) -> float:
    """One unit of the last printed digit: reports round ('56,62%') or cut ('26/30, đạt 86,66%') a rate, so
    '56,62%' -> 0.01, '29%' -> 1."""
    m = re.search(r"\d+(?:[.,](\d+))?\s*%?\s*$", surface.strip())
    decimals = len(m.group(1)) if m and m.group(1) and "," in surface else 0
    return 10 ** -decimals + EPSILON


def _fmt(v: float) -> str:
    return f"{v:g}"


def _is_form(code: str) -> bool:
    return specs()[code].breakdown


def _breakdowns(facts: Sequence[Fact]) -> list[CheckResult]:
    """Forms of discipline listed under a total add up to it (117 + 22 + 4 + 8 = 151); two forms short of it are the
    ones a report singles out ('kỷ luật 9.314 đảng viên, trong đó cách chức 13, khai trừ 12'), which says nothing."""
    by_id = {f.fact_id: f for f in facts}
    parts: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:  # a form restated with its figure ('Ba trường hợp khai trừ Đảng là …') is one part
        if (f.part_of in by_id and _is_form(f.indicator) and f.measure == "count"
                and all((p.indicator, p.value) != (f.indicator, f.value) for p in parts[f.part_of])):
            parts[f.part_of].append(f)
    out = []
    for total_id, items in parts.items():
        total = by_id[total_id]
        if len({f.indicator for f in items}) < 2 or total.measure != "count":
            continue
        got = sum(f.value for f in items)
        detail = " + ".join(f"{f.indicator.removeprefix('disciplined_')} {_fmt(f.value)}" for f in items)
        forms = len({f.indicator for f in items})
        status = OK if abs(got - total.value) < EPSILON else (
            NOT_APPLICABLE if got < total.value and forms < FULL_BREAKDOWN_FORMS else VIOLATED)
        out.append(CheckResult("breakdown_sum", status, f"{detail} = {_fmt(got)} vs total {_fmt(total.value)}",
                               (total_id, *(f.fact_id for f in items))))
    return out


def _same_stat(a: Fact, b: Fact) -> bool:
    return (a.indicator, a.subject, a.scope, a.scope_name) == (b.indicator, b.subject, b.scope, b.scope_name)


def _attainment(facts: Sequence[Fact], paragraph_of: dict[str, int], surfaces: dict[str, str]) -> list[CheckResult]:
    """'đạt X%' equals 100 × count / target within the rounding of the printed X."""
    out = []
    for a in facts:
        if a.measure != "attainment_pct":
            continue
        near = [f for f in facts if _same_stat(f, a) and paragraph_of[f.fact_id] == paragraph_of[a.fact_id]]
        counts = [f for f in near if f.measure == "count" and f.quantity_start < a.quantity_start]
        targets = [f for f in near if f.measure == "target"]
        if not counts or not targets:
            continue
        count, target = counts[-1], min(targets, key=lambda t: abs(t.quantity_start - a.quantity_start))
        if target.value == 0:  # a target of 0 states no attainment to check (a hostile text had one)
            continue
        expected = 100 * count.value / target.value
        ok = abs(expected - a.value) <= rounding_tolerance(surfaces[a.fact_id])
        detail = f"{_fmt(count.value)} / {_fmt(target.value)} = {expected:.2f}% vs stated {_fmt(a.value)}%"
        out.append(CheckResult("attainment", OK if ok else VIOLATED, detail, (a.fact_id, count.fact_id,
                                                                                  target.fact_id)))
    return out


def _ratios(facts: Sequence[Fact], quantities: Sequence[Quantity], sentences: dict[int, str]) -> list[CheckResult]:
    """'X/Y': X ≤ Y unless the sentence says the target was exceeded ('vượt')."""
    by_start = {f.quantity_start: f for f in facts}
    out = []
    for x, y in itertools.pairwise(quantities):
        if x.ratio != "numerator" or y.ratio != "denominator":
            continue
        ids = tuple(by_start[q.start].fact_id for q in (x, y) if q.start in by_start)
        if not ids:
            continue
        exceeded = any(w in sentences.get(x.start, "") for w in words("over_words", "measures")) or any(
            f.measure == "attainment_pct" and f.value >= 100 and abs(f.quantity_start - y.start) < RATIO_REACH
            for f in facts)
        ok = x.value <= y.value or exceeded
        out.append(CheckResult("ratio_order", OK if ok else VIOLATED, f"{_fmt(x.value)}/{_fmt(y.value)}", ids))
    return out


def _subsets(facts: Sequence[Fact]) -> list[CheckResult]:
    """A figure stated as part of another ('trong đó', a form of discipline) does not exceed it."""
    by_id = {f.fact_id: f for f in facts}
    out = []
    for f in facts:
        total = by_id.get(f.part_of or "")
        if total is None or f.measure != "count" or total.measure != "count":
            continue
        ok = f.value <= total.value
        detail = (f"{f.indicator}/{f.subject} {_fmt(f.value)} within "
                  f"{total.indicator}/{total.subject} {_fmt(total.value)}")
        out.append(CheckResult("subset", OK if ok else VIOLATED, detail, (f.fact_id, total.fact_id)))
    return out


def _changes(facts: Sequence[Fact], surfaces: dict[str, str]) -> list[CheckResult]:
    """'giảm 6,67% (giảm 4 đảng viên)' of 56: the prior is 60, and 4/60 = 6,67%."""
    out = []
    for pct in facts:
        if pct.measure != "change_pct":
            continue
        absolute = [f for f in facts if f.measure == "change_abs" and _same_stat(f, pct)
                    and abs(f.quantity_start - pct.quantity_start) < 200]
        counts = [f for f in facts if f.measure == "count" and _same_stat(f, pct) and f.part_of is None
                  and f.quantity_start < pct.quantity_start]
        if not absolute or not counts:
            continue
        delta, now = absolute[0].value, counts[-1].value
        prior = now - delta
        if prior <= 0:
            continue
        expected = 100 * delta / prior
        ok = abs(expected - pct.value) <= rounding_tolerance(surfaces[pct.fact_id])
        detail = (f"{_fmt(now)} now, change {_fmt(delta)} -> prior {_fmt(prior)}: {expected:+.2f}% "
                  f"vs stated {_fmt(pct.value)}%")
        out.append(CheckResult("change_agreement", OK if ok else VIOLATED, detail,
                               (pct.fact_id, absolute[0].fact_id, counts[-1].fact_id)))
    return out


def run_checks(facts: Sequence[Fact], quantities: Sequence[Quantity], paragraph_of: dict[str, int],
               surfaces: dict[str, str], sentences: dict[int, str]) -> CheckOutcome:
    """Every arithmetic rule over one document's facts; a rule with nothing to check is not_applicable."""
    results = (_breakdowns(facts) + _attainment(facts, paragraph_of, surfaces) + _ratios(facts, quantities, sentences)
               + _subsets(facts) + _changes(facts, surfaces))
    seen = Counter(r.rule for r in results)
    results += [CheckResult(rule, NOT_APPLICABLE, "nothing to check", ()) for rule in RULES if not seen[rule]]
    marks: dict[str, list[str]] = defaultdict(list)
    for r in results:
        if r.status == VIOLATED:
            for fid in r.fact_ids:
                marks[fid].append(f"{r.rule}: {r.detail}")
    marked = [replace(f, checks=tuple(marks[f.fact_id])) if f.fact_id in marks or f.checks else f for f in facts]
    return CheckOutcome(facts=marked, results=results)
