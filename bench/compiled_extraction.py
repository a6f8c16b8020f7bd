"""Benchmark extraction compiled to C with mypyc against the pure-Python transforms, on the bench corpus.

usage:
  python bench/compiled_extraction.py [--files 700] [--rounds 3] [--extra FOLDER ...]
Copies transforms/ to a temporary folder, compiles every module there with mypyc (which ships with mypy, the test
extra; about four minutes on two cores), then times `process_document` over the same documents in fresh processes,
pure and compiled alternately: CPU ms per document (best of two passes), MB/s, and a digest of every row, so that the
two outputs can be seen to agree (`--extra` adds folders, e.g. the dev-set cache, to the documents compared). masks.py
stays Python: its span list subclasses `list`, which mypyc does not compile. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
UNCOMPILED = ("__init__.py", "masks.py")
TIMER = r"""
import hashlib, json, sys, time
from pathlib import Path
from transforms.document import SourceInfo, process_document
timed, compared = json.loads(Path(sys.argv[1]).read_text())
raws = [(Path(p).name, Path(p).read_bytes()) for p in timed]
for name, raw in raws[:50]:
    process_document(raw, SourceInfo(name))
best = float("inf")
for _ in range(2):
    start = time.process_time()
    for name, raw in raws:
        process_document(raw, SourceInfo(name))
    best = min(best, time.process_time() - start)
digest = hashlib.sha256()
for path in compared:
    result = process_document(Path(path).read_bytes(), SourceInfo(Path(path).name))
    rows = [result.document, *result.quantities, *result.facts]
    digest.update(json.dumps(rows, sort_keys=True, default=str).encode())
print(json.dumps({"ms": 1000 * best / len(raws), "mb_s": sum(len(r) for _, r in raws) / best / 1e6,
                  "digest": digest.hexdigest()[:16], "compiled": not Path(sys.modules["transforms.text"].__file__)
                  .name.endswith(".py")}))
"""


def compile_copy(build: Path) -> None:
    """Copy transforms/ into `build` and compile its modules there with mypyc."""
    shutil.copytree(ROOT / "transforms", build / "transforms", ignore=shutil.ignore_patterns("__pycache__"))
    modules = sorted(str(p.relative_to(build)) for p in (build / "transforms").glob("*.py") if p.name not in UNCOMPILED)
    result = subprocess.run([sys.executable, "-m", "mypyc", "--ignore-missing-imports", *modules], cwd=build,
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"mypyc failed:\n{result.stdout[-3000:]}{result.stderr[-3000:]}")


def timed_run(where: Path, files: Path) -> dict:
    """One fresh process importing transforms from `where`: its timing and output digest."""
    env = {**os.environ, "VNREPORT_REFERENCE_DIR": str(ROOT / "data" / "reference")}
    result = subprocess.run([sys.executable, "-c", TIMER, str(files)], cwd=where, env=env, capture_output=True,
                            text=True)
    if result.returncode != 0:
        raise SystemExit(f"the timing process failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=700)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--extra", nargs="*", default=[], help="more folders of .txt files whose output is compared")
    args = parser.parse_args()
    corpus = HERE / "out" / "corpus10000"
    if not corpus.exists():
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(corpus)], check=True)
    timed = [str(p) for p in sorted(corpus.rglob("*.txt"))[:args.files]]
    compared = timed + [str(p.resolve()) for folder in args.extra for p in sorted(Path(folder).rglob("*.txt"))]
    with tempfile.TemporaryDirectory(prefix="vnreport-mypyc-") as tmp:
        build = Path(tmp)
        compile_copy(build)
        files = build / "files.json"
        files.write_text(json.dumps([timed, compared]))
        print(f"{len(timed)} timed documents; outputs compared on {len(compared)}")
        for round_no in range(1, args.rounds + 1):
            for label, where in (("pure Python", ROOT), ("mypyc", build)):
                r = timed_run(where, files)
                print(f"round {round_no}  {label:<12} compiled={r['compiled']!s:<5} {r['ms']:6.2f} ms/doc  "
                      f"{r['mb_s']:5.2f} MB/s  rows digest {r['digest']}")


if __name__ == "__main__":
    main()
