"""The real-report dev set: its committed source list and gold, its git-ignored text cache, and its scores.

Layout under data/devset/: batches/<batch>.jsonl (url, query, sha256, chars per document), gold/<batch>_*.jsonl
(gold in ../shared/ANNOTATION.md's format, plus <batch>_documents.jsonl), cache/<batch>/<doc>.txt (the texts,
never committed) and cache/manifest.csv (path,source_url, written by `vnreport devset manifest`).
Scoring follows ../shared/tools/score.py: multisets of (value, unit) and (indicator, subject, measure, value).
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from flows.settings import REPO_ROOT
from transforms.document import DocumentResult, SourceInfo, process_document
from transforms.places import resolve_province

DEVSET = REPO_ROOT / "data" / "devset"
CACHE = DEVSET / "cache"
MANIFEST = CACHE / "manifest.csv"
SEEDS = REPO_ROOT.parent / "shared" / "seeds"  # the five seed documents beside the repository, when present
METADATA_FIELDS = ("province", "year", "period")  # document metadata scored against the gold


@dataclass(frozen=True)
class DevDocument:
    """One committed dev-set entry: where its text came from and where its cached copy lives."""

    doc: str
    batch: str
    file: str
    url: str
    query: str
    sha256: str
    chars: int

    @property
    def path(self) -> Path:
        return CACHE / self.file


def read_jsonl(path: Path) -> list[dict]:
    """The rows of a JSON Lines file; none when it does not exist."""
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def batches() -> list[str]:
    """Names of the batches whose gold has been reviewed (a batch still being annotated is not part of the dev set
    yet; score it by name), in the order they were added."""
    reviewed = {p.stem for p in (DEVSET / "reviews").glob("*.md")}
    names = [p.stem for p in (DEVSET / "batches").glob("*.jsonl") if p.stem in reviewed]
    return sorted(names, key=lambda name: (len(name), name))


def documents(batch: str | None = None) -> list[DevDocument]:
    """The committed source list of one batch, or of all."""
    names = [batch] if batch else batches()
    return [DevDocument(r["doc"], name, r["file"], r["url"], r["query"], r["sha256"], int(r["chars"]))
            for name in names for r in read_jsonl(DEVSET / "batches" / f"{name}.jsonl")]


def gold(batch: str, layer: str) -> list[dict]:
    """One gold layer (quantities, indicators, documents) of a batch."""
    return read_jsonl(DEVSET / "gold" / f"{batch}_{layer}.jsonl")


def cache_status(seeds: Path | None = None) -> dict[str, list[str]]:
    """Cached texts that are missing, differ from the committed sha256, or (given the seeds' folder) repeat a seed."""
    missing, changed, repeats = [], [], []
    seed_shingles = [shingles(p.read_text(encoding="utf-8", errors="replace"))
                     for p in sorted(seeds.glob("*.txt"))] if seeds is not None else []
    for d in documents():
        if not d.path.exists():
            missing.append(d.doc)
            continue
        raw = d.path.read_bytes()
        if hashlib.sha256(raw).hexdigest() != d.sha256:
            changed.append(d.doc)
        if seed_shingles and repeats_any(shingles(raw.decode("utf-8", errors="replace")), seed_shingles):
            repeats.append(d.doc)
    return {"missing": missing, "changed": changed, "repeats_seed": repeats}


SHINGLE_WORDS = 8  # runs of eight words: two articles on one event share few, two copies of one article most
REPEAT_SHARE = 0.2  # a text sharing more of its runs than this with another is a copy of it, not new evidence


def shingles(text: str) -> set[str]:
    """The text's runs of SHINGLE_WORDS consecutive words."""
    words = text.split()
    return {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def repeats_any(runs: set[str], others: Iterable[set[str]]) -> bool:
    """Whether more than REPEAT_SHARE of a text's word runs occur in one of the other texts (a seed's copy in the
    dev set would score the rules on a text they were written on)."""
    return bool(runs) and any(len(runs & other) > REPEAT_SHARE * len(runs) for other in others)


def write_manifest() -> Path:
    """cache/manifest.csv: each cached text with its source URL, as a scraper would deliver it."""
    MANIFEST.parent.mkdir(parents=True, exist_ok=True)
    with MANIFEST.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["path", "source_url"])
        for d in documents():
            writer.writerow([d.file, d.url])
    return MANIFEST


def _num(value: object) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else round(float(value), 4)


def _prf(tp: int, out: int, want: int) -> dict[str, float | int]:
    p = tp / out if out else 0.0
    r = tp / want if want else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "tp": tp, "out": out, "gold": want}


def score_quantities(gold_rows: Iterable[dict], results: dict[str, DocumentResult]) -> dict:
    """Quantities as multisets of (value, unit) per document."""
    want: dict[str, Counter] = defaultdict(Counter)
    for g in gold_rows:
        want[g["doc"]][(_num(g["value"]), g["unit"])] += 1
    tp = out = total = 0
    for doc, result in results.items():
        got = Counter((_num(q["value"]), q["unit"]) for q in result.quantities)
        tp += sum((want[doc] & got).values())
        out += sum(got.values())
        total += sum(want[doc].values())
    return _prf(tp, out, total)


def indicator_key(row: dict) -> tuple:
    """What a fact is matched on: indicator, subject, measure and value."""
    return row["indicator"], row["subject"], row["measure"], _num(row["value"])


def score_indicators(gold_rows: Iterable[dict], results: dict[str, DocumentResult]) -> dict:
    """Facts as multisets of (indicator, subject, measure, value); optional gold rows absorb output; period and
    actor agreement on matched rows."""
    required: dict[str, Counter] = defaultdict(Counter)
    optional: dict[str, Counter] = defaultdict(Counter)
    meta: dict[str, dict[tuple, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for g in gold_rows:
        (optional if g.get("optional") else required)[g["doc"]][indicator_key(g)] += 1
        meta[g["doc"]][indicator_key(g)].append(g)
    tp = out = want = matched = period_ok = actor_ok = 0
    for doc, result in results.items():
        got = Counter(indicator_key(f) for f in result.facts)
        hit = required[doc] & got
        extra = (got - hit) - optional[doc]
        tp += sum(hit.values())
        out += sum(hit.values()) + sum(extra.values())
        want += sum(required[doc].values())
        budget, left = Counter(hit), {k: list(v) for k, v in meta[doc].items()}
        for f in sorted(result.facts, key=lambda r: str(indicator_key(r))):
            k = indicator_key(f)
            if budget[k] <= 0 or not left.get(k):
                continue
            budget[k] -= 1
            same = [g for g in left[k] if (g.get("actor"), g.get("year"), g.get("period")) ==
                    (f["actor"], f["year"], f["period"])]
            g = same[0] if same else left[k][0]
            left[k].remove(g)
            matched += 1
            period_ok += (g.get("year"), g.get("period")) == (f["year"], f["period"])
            actor_ok += g.get("actor") == f["actor"]
    scores = _prf(tp, out, want)
    scores["period_agreement"] = round(period_ok / matched, 4) if matched else None
    scores["actor_agreement"] = round(actor_ok / matched, 4) if matched else None
    return scores


def gold_slug(name: str | None) -> str | None:
    """The partition slug of a gold province name."""
    return resolve_province(name) if name else None


def score_documents(gold_rows: Iterable[dict], results: dict[str, DocumentResult]) -> dict:
    """Share of documents whose province, year and period agree with the gold (unknown counts as None)."""
    counts: Counter = Counter()
    for g in gold_rows:
        if g["doc"] not in results:
            continue
        d = results[g["doc"]].document
        province = None if d["province"] == "unknown" else d["province"]
        counts["province_n"] += 1
        counts["province_ok"] += province == gold_slug(g.get("province"))
        if g.get("year") is not None:
            counts["year_n"] += 1
            counts["year_ok"] += d["year"] == g["year"]
        if g.get("period") is not None:
            counts["period_n"] += 1
            counts["period_ok"] += d["period"] == g["period"]
    return _shares(counts)


def _shares(counts: Counter) -> dict:
    """Agreement shares from counts of documents agreeing (`<k>_ok`) and scored (`<k>_n`), with the counts kept
    under "counts" so batches pool by their documents, not by their shares."""
    shares: dict = {k: round(counts[f"{k}_ok"] / counts[f"{k}_n"], 4) if counts[f"{k}_n"] else None
                    for k in METADATA_FIELDS}
    shares["counts"] = dict(counts)
    return shares


def process_batch(batch: str) -> dict[str, DocumentResult]:
    """Every cached document of a batch through the pure pipeline, with its source URL as the manifest gives it."""
    return {d.doc: process_document(d.path.read_bytes(), SourceInfo(d.file, {"source_url": d.url}))
            for d in documents(batch) if d.path.exists()}


def score_batch(batch: str) -> dict:
    """Quantity, indicator and document-metadata scores of one batch."""
    results = process_batch(batch)
    return {
        "documents": len(results),
        "quantities": score_quantities(gold(batch, "quantities"), results),
        "indicators": score_indicators(gold(batch, "indicators"), results),
        "metadata": score_documents(gold(batch, "documents"), results),
    }


def pooled(scores: list[dict]) -> dict:
    """One score over several batches: quantities, facts and document metadata from summed counts, agreements
    weighted by matched rows."""
    out: dict = {"documents": sum(s["documents"] for s in scores)}
    for layer in ("quantities", "indicators"):
        tp, n_out, n_gold = (sum(s[layer][k] for s in scores) for k in ("tp", "out", "gold"))
        out[layer] = _prf(tp, n_out, n_gold)
    for name in ("period_agreement", "actor_agreement"):
        pairs = [(s["indicators"][name], s["indicators"]["tp"]) for s in scores if s["indicators"][name] is not None]
        weight = sum(w for _, w in pairs)
        out["indicators"][name] = round(sum(v * w for v, w in pairs) / weight, 4) if weight else None
    out["metadata"] = _shares(sum((Counter(s["metadata"]["counts"]) for s in scores), Counter()))
    return out
