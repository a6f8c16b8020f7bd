"""Which dev-set texts to restore first on a fresh machine: the query groups whose documents the rules still get
wrong, as the committed devset golden (every document's output, texts not needed) shows against the gold.

A search restores every document its query found, so the plan ranks query groups by 3 × their misses + their
required rows + their documents, and deals the top groups out to helpers, one list each (data/devset/RESTORE.md).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from flows.devset import DEVSET, batches, gold, gold_slug, indicator_key, read_jsonl
from flows.settings import REPO_ROOT

GOLDEN = REPO_ROOT / "tests" / "golden" / "devset.jsonl"
MISS_WEIGHT = 3  # a miss teaches more than a required row met, and a required row more than a document without one


def golden_output(rows: Iterable[dict]) -> tuple[dict[str, dict], dict[str, list[dict]]]:
    """The document rows and the fact rows of a devset golden, by document id ('r1/r1_01.txt' -> 'r1_01')."""
    documents: dict[str, dict] = {}
    facts: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        doc = row["doc"].rsplit("/", 1)[-1].removesuffix(".txt")
        if row["kind"] == "document":
            documents[doc] = row
        elif row["kind"] == "fact":
            facts[doc].append(row)
    return documents, facts


def document_misses(out_doc: dict | None, out_facts: list[dict], gold_doc: dict | None,
                    gold_facts: list[dict]) -> tuple[int, int]:
    """(misses, required rows) of one document: metadata fields off the gold, required facts missed and facts no gold
    row allows."""
    misses = 0
    if out_doc is not None and gold_doc is not None:
        province = None if out_doc["province"] == "unknown" else out_doc["province"]
        misses += province != gold_slug(gold_doc.get("province"))
        misses += sum(gold_doc.get(k) is not None and out_doc[k] != gold_doc[k] for k in ("year", "period"))
    required = Counter(indicator_key(g) for g in gold_facts if not g.get("optional"))
    optional = Counter(indicator_key(g) for g in gold_facts if g.get("optional"))
    got = Counter(indicator_key(f) for f in out_facts)
    hit = required & got
    misses += sum((required - hit).values()) + sum(((got - hit) - optional).values())
    return misses, sum(required.values())


def ranked_groups(entries: list[dict], misses: dict[str, tuple[int, int]]) -> list[tuple[str, list[dict]]]:
    """Batch lines grouped by query, the groups that teach most first (ties keep the batches' order)."""
    groups: dict[str, list[dict]] = {}
    for entry in entries:
        groups.setdefault(entry["query"], []).append(entry)

    def weight(docs: list[dict]) -> int:
        counts = [misses.get(d["doc"], (0, 0)) for d in docs]
        return MISS_WEIGHT * sum(m for m, _ in counts) + sum(r for _, r in counts) + len(docs)

    return sorted(groups.items(), key=lambda item: -weight(item[1]))


def write_plan(groups: list[tuple[str, list[dict]]], helpers: int, out: Path) -> list[Path]:
    """One list per helper (restore_1.jsonl …), the groups dealt out in turn: {"query", "docs": [{"file", "url",
    "sha256", "chars", "rank"}]} per line."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(helpers):
        path = out / f"restore_{i + 1}.jsonl"
        lines = [json.dumps({"query": query, "docs": [{k: d[k] for k in ("file", "url", "sha256", "chars", "rank")}
                                                       for d in docs]}, ensure_ascii=False)
                 for query, docs in groups[i::helpers]]
        path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        paths.append(path)
    return paths


def restore_plan(n_groups: int, helpers: int, out: Path, golden: Path = GOLDEN) -> tuple[list[Path], int]:
    """Write the helpers' lists for the n_groups query groups that teach most; also returns how many texts they hold."""
    out_docs, out_facts = golden_output(read_jsonl(golden))
    entries, misses = [], {}
    for name in batches():
        gold_docs = {g["doc"]: g for g in gold(name, "documents")}
        gold_facts: dict[str, list[dict]] = defaultdict(list)
        for g in gold(name, "indicators"):
            gold_facts[g["doc"]].append(g)
        for entry in read_jsonl(DEVSET / "batches" / f"{name}.jsonl"):
            doc = entry["doc"]
            misses[doc] = document_misses(out_docs.get(doc), out_facts.get(doc, []), gold_docs.get(doc),
                                          gold_facts.get(doc, []))
            entries.append(entry)
    chosen = ranked_groups(entries, misses)[:n_groups]
    return write_plan(chosen, helpers, out), sum(len(docs) for _, docs in chosen)
