"""The figure an analyst should use: one row per statistic of a province's own figures, chosen among documents.

A statistic is (province, year, period, indicator, subject, actor, measure) over facts with scope 'document'.
Sub-unit and national figures never count, nor 'trong đó' subsets of their own indicator (forms of discipline
are statistics of their own). When several documents report it, candidates are ranked by these rules, in order,
and the row names the first rule that separated the chosen figure from the runner-up:

1. exact         an exact figure beats an approximate one ('712' beats 'hơn 700');
2. full_period   a figure from a report on that very period beats one quoted in a report on another period
                 (the annual figure of an annual report beats the same year quoted in a half-year report);
3. official      an official report (its title opens with a document type: 'BÁO CÁO', 'THÔNG BÁO', …) beats a
                 newspaper article;
4. later         a later publication beats an earlier one (corrected figures come later);
5. mentions      a figure the document states more often beats one stated once;
6. tie           otherwise the smallest fact id, so reruns choose the same row.

'only' means a single document reports it. `disputed` is true when the candidates disagree on the value; the
other values are kept in `other_values`. Within one document only its largest count (or its best-ranked other
figure) is a candidate: a document does not dispute itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from transforms.cues import specs
from transforms.ids import stable_id

STATISTIC_KEY = ("province", "year", "period", "indicator", "subject", "actor", "measure")
RULES = ("exact", "full_period", "official", "later", "mentions", "tie")


@dataclass(frozen=True)
class Candidate:
    """One fact offered for a statistic, with what the choice rules need to know about its document."""

    fact: dict[str, Any]
    official: bool  # the document is an official report, not a newspaper article
    document_period: str | None  # the period the whole document reports on
    published: str | None  # the document's publication date (ISO, maybe only year-month)

    def ranks(self) -> tuple:
        """Sort key per rule, smaller is better, in RULES order."""
        f = self.fact
        return (f.get("approx") is not None, self.document_period != f["period"], not self.official,
                _negated(self.published), -int(f.get("mentions") or 1), f["fact_id"])


def _negated(published: str | None) -> tuple:
    """Later dates sort first; an unknown date sorts last."""
    if not published:
        return (1, ())
    return (0, tuple(-ord(c) for c in published))


def counts(fact: dict[str, Any]) -> bool:
    """A province's own figure: scope document, and not a subset of a total of its own indicator."""
    if fact["scope"] != "document" or fact["province"] in (None, "unknown") or not fact["year"]:
        return False
    return fact.get("part_of") is None or specs()[fact["indicator"]].breakdown


def choose(candidates: Sequence[Candidate]) -> dict[str, Any]:
    """The statistic row for candidates that share a key."""
    ranked = sorted(candidates, key=Candidate.ranks)
    best = ranked[0]
    rule = "only"
    if len(ranked) > 1:
        rule = next(name for name, a, b in zip(RULES, best.ranks(), ranked[1].ranks(), strict=True) if a != b)
    f = best.fact
    values = sorted({c.fact["value"] for c in ranked} - {f["value"]})
    return {
        "statistic_id": stable_id(*(f[k] for k in STATISTIC_KEY)),
        **{k: f[k] for k in ("indicator", "subject", "measure", "actor", "value", "unit", "approx")},
        "rule": rule,
        "n_documents": len({c.fact["doc_id"] for c in ranked}),
        "fact_ids": [c.fact["fact_id"] for c in ranked],
        "disputed": bool(values),
        "other_values": values,
        "doc_id": f["doc_id"],
        "source_path": f["source_path"],
        "province_current": f.get("province_current"),
        "province": f["province"],
        "year": f["year"],
        "period": f["period"],
    }


def one_per_document(candidates: Sequence[Candidate]) -> list[Candidate]:
    """A document offers one figure per statistic: when it gives several (a total and a 'trong đó' part the
    extractor did not link, a sub-unit it did not name), the largest count is the total; otherwise the first."""
    by_doc: dict[str, list[Candidate]] = {}
    for c in candidates:
        by_doc.setdefault(c.fact["doc_id"], []).append(c)
    out = []
    for group in by_doc.values():
        if group[0].fact["measure"] in ("count", "target"):
            out.append(max(group, key=lambda c: (c.fact["value"], c.fact["fact_id"])))
        else:
            out.append(min(group, key=lambda c: c.ranks()))
    return out


def build_statistics(candidates: Iterable[Candidate]) -> list[dict[str, Any]]:
    """One row per statistic key among the candidates that count, sorted by key."""
    groups: dict[tuple, list[Candidate]] = {}
    for c in candidates:
        if counts(c.fact):
            groups.setdefault(tuple(c.fact[k] for k in STATISTIC_KEY), []).append(c)
    return [choose(one_per_document(groups[k]))
            for k in sorted(groups, key=lambda k: tuple("" if v is None else str(v) for v in k))]
