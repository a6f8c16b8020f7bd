"""Regression goldens: every extracted row of a document set, frozen so a change in extraction is a reviewed diff.

Regenerate after a deliberate change and commit the file with it:

    .venv/bin/python tests/goldens.py            # all sets whose inputs are present
    .venv/bin/python tests/goldens.py seeds      # one set

A golden file holds no document text: only values, spans, codes and metadata.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from flows import devset  # noqa: E402
from flows.discover import SourceFile, discover  # noqa: E402
from tests.paths import SEEDS  # noqa: E402
from transforms.document import DocumentResult, SourceInfo, process_document  # noqa: E402

GOLDEN_DIR = REPO / "tests" / "golden"
DEVSET_CACHE = REPO / "data" / "devset" / "cache"
DEVSET_REVIEWS = REPO / "data" / "devset" / "reviews"
DOCUMENT_FIELDS = ("status", "encoding", "province", "year", "period", "published", "number_style",
                   "n_quantities", "n_facts", "checks_held", "checks_violated")
QUANTITY_FIELDS = ("char_start", "char_end", "surface", "value", "unit", "approx", "noun_class", "ratio", "ambiguous")
FACT_FIELDS = ("char_start", "char_end", "indicator", "subject", "measure", "actor", "value", "approx", "scope",
               "year", "period", "checks", "mentions", "mention_starts")


def input_sets() -> dict[str, Path]:
    """The document sets that have goldens, by name, and the folder holding their inputs."""
    return {
        "samples": REPO / "data" / "raw",
        "seeds": SEEDS,
        "devset": DEVSET_CACHE,
    }


def input_files(folder: Path) -> list[SourceFile]:
    """The report files of a set with their sidecar values, found the way the flow finds them; of the dev set only
    the batches whose gold has been reviewed (a batch still being annotated is not part of it yet), and only texts
    that are the ones annotated (a restored text that differs from its sha256 would move every offset), each with
    the source URL its batch line gives, as `devset score` reads it."""
    files = discover(folder)[0] if folder.is_dir() else []
    if folder == DEVSET_CACHE:
        reviewed = {p.stem for p in DEVSET_REVIEWS.glob("*.md")}
        changed = set(devset.cache_status()["changed"])
        restored_otherwise = {d.file for d in devset.documents() if d.doc in changed}
        urls = {d.file: d.url for d in devset.documents()}  # the committed batch lines, not a manifest gone stale
        files = [replace(f, sidecar={**f.sidecar, "source_url": urls[f.rel]}) if f.rel in urls else f
                 for f in files if f.rel.split("/")[0] in reviewed and f.rel not in restored_otherwise]
    return files


def _pick(row: dict, fields: tuple[str, ...]) -> dict:
    out = {}
    for name in fields:
        value = row.get(name)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        elif isinstance(value, (list, tuple)):
            value = sorted(value)
        out[name] = value
    return out


def golden_rows(relative: str, result: DocumentResult) -> Iterator[dict]:
    """The golden lines of one document: its metadata, then quantities and facts in text order."""
    yield {"doc": relative, "kind": "document", **_pick(result.document, DOCUMENT_FIELDS)}
    for q in sorted(result.quantities, key=lambda r: (r["char_start"], r["char_end"])):
        yield {"doc": relative, "kind": "quantity", **_pick(q, QUANTITY_FIELDS)}
    for f in sorted(result.facts, key=lambda r: (r["char_start"], r["indicator"], r["subject"], r["measure"])):
        yield {"doc": relative, "kind": "fact", **_pick(f, FACT_FIELDS)}


def extract_set(folder: Path, files: list[SourceFile] | None = None) -> list[str]:
    """Canonical JSON lines of every row extracted from a folder's report files (or of these files of it)."""
    lines = []
    for source in input_files(folder) if files is None else files:
        result = process_document((folder / source.rel).read_bytes(), SourceInfo(source.rel, source.sidecar))
        lines.extend(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in golden_rows(source.rel, result))
    return lines


def _doc_order(line: str) -> str:
    """Golden lines stay grouped by document, in path order, rows of a document in their extraction order."""
    return json.loads(line)["doc"]


def golden_path(name: str) -> Path:
    """Where a set's golden file lives."""
    return GOLDEN_DIR / f"{name}.jsonl"


def read_golden(name: str, docs: set[str] | None = None) -> list[str]:
    """The committed golden lines of a set (of these documents only, when given)."""
    lines = golden_path(name).read_text(encoding="utf-8").splitlines()
    return lines if docs is None else [x for x in lines if json.loads(x)["doc"] in docs]


def diff_lines(expected: list[str], actual: list[str]) -> list[str]:
    """Rows removed ('-') and added ('+'), grouped by document: what a reviewer reads."""
    gone = sorted(set(expected) - set(actual))
    new = sorted(set(actual) - set(expected))
    keyed = [(json.loads(x)["doc"], 0, x) for x in gone] + [(json.loads(x)["doc"], 1, x) for x in new]
    return [f"{'-+'[sign]} {line}" for _, sign, line in sorted(keyed)]


def update(names: list[str]) -> None:
    """Rewrite the golden files of the named sets whose inputs are present."""
    GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
    for name in names:
        folder = input_sets()[name]
        files = input_files(folder)  # listed once: a text restored meanwhile is neither extracted nor dropped
        if not files:
            print(f"{name}: no inputs at {folder}, golden left as it is")
            continue
        lines = extract_set(folder, files)
        old = read_golden(name) if golden_path(name).exists() else []
        present = {f.rel for f in files}
        listed = {d.file for d in devset.documents()} if folder == DEVSET_CACHE else None
        kept = [x for x in old if json.loads(x)["doc"] not in present  # documents whose text is not here, unless
                and (listed is None or json.loads(x)["doc"] in listed)]  # they left the dev set
        changed = len(diff_lines([x for x in old if json.loads(x)["doc"] in present], lines))
        golden_path(name).write_text("\n".join(sorted(lines + kept, key=_doc_order)) + "\n", encoding="utf-8")
        absent = len({json.loads(x)["doc"] for x in kept})
        print(f"{name}: {len(lines)} rows, {changed} changed -> {golden_path(name)}"
              + (f"; rows of {absent} documents absent here kept as they were" if absent else ""))


if __name__ == "__main__":
    update(sys.argv[1:] or list(input_sets()))
