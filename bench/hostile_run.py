"""Run `vnreport run` over a generated hostile corpus plus a FIFO and a symlink loop, then check that every regular
file has a `documents` row: prints wall time, peak RSS, the statuses and any file without a row.

usage: python bench/hostile_run.py [--files 10000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_run import OUT, measure  # noqa: E402

from flows.storage import read_dataset  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    args = parser.parse_args()
    corpus, out = OUT / f"hostile{args.files}", OUT / f"hostile{args.files}_out"
    if not corpus.exists():
        subprocess.run([sys.executable, str(HERE / "make_hostile.py"), str(corpus), "--files", str(args.files)],
                       check=True)
        os.mkfifo(corpus / "named_pipe.txt")
        (corpus / "loop_a.txt").symlink_to("loop_b.txt")
        (corpus / "loop_b.txt").symlink_to("loop_a.txt")
    shutil.rmtree(out, ignore_errors=True)
    result = measure(["run", str(corpus), "--out", str(out)])
    regular = {str(p.relative_to(corpus)) for p in corpus.rglob("*.txt") if p.is_file() and not p.is_symlink()}
    docs = read_dataset(out, "documents", ["source_path", "status"]).to_pylist()
    seen = {d["source_path"] for d in docs}
    print(f"{len(regular)} regular files, {len(docs)} documents rows, {result['seconds']:.1f} s, "
          f"peak RSS {result['peak_mb']:.0f} MB, exit code {result['rc']}")
    print("statuses:", dict(Counter(d["status"] for d in docs).most_common()))
    missing = sorted(regular - seen)
    print(f"regular files without a row: {len(missing)}", *missing[:10])


if __name__ == "__main__":
    main()
