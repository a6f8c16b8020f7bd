"""Benchmark `vnreport run`: wall time and peak memory of real CLI runs (Prefect's temporary server included).

usage:
  python bench/bench_run.py corpus  --files 10000      # full, no-op, one-changed, full with --workers 2
  python bench/bench_run.py folder PATH [PATH ...]      # one full run per folder (seeds, bundled samples)
  python bench/bench_run.py extract --files 700         # in-process extraction speed, no Prefect
Figures are printed; nothing is asserted. Outputs go under bench/out/ (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
MEASURE = ("import json, resource, subprocess, sys, time; t = time.monotonic(); "
           "r = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
           "print(json.dumps({'seconds': time.monotonic() - t, 'rc': r.returncode, "
           "'peak_mb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 'tail': r.stdout[-3000:]}))")


def measure(args: list[str]) -> dict:
    """Run `vnreport <args>` in a fresh wrapper process: wall seconds and peak RSS of the largest process."""
    cmd = [sys.executable, "-c", MEASURE, sys.executable, "-m", "flows.cli", *args]
    result = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=HERE.parent).stdout)
    if result["rc"] != 0:
        raise SystemExit(f"vnreport {' '.join(args)} failed:\n{result['tail']}")
    return result


def report(label: str, result: dict) -> None:
    summary = next((line for line in result["tail"].splitlines() if line.startswith("run ")), "")
    print(f"{label:<34} {result['seconds']:8.1f} s  peak {result['peak_mb']:7.0f} MB   {summary.split(': ', 1)[-1]}")


def bench_corpus(files: int) -> None:
    corpus, out = OUT / f"corpus{files}", OUT / f"curated{files}"
    if not corpus.exists():
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(corpus), "--files", str(files)], check=True)
    for path in (out, out.with_name(out.name + "_w2")):
        shutil.rmtree(path, ignore_errors=True)
    report("full run", measure(["run", str(corpus), "--out", str(out)]))
    report("no-op re-run", measure(["run", str(corpus), "--out", str(out)]))
    victim = next(corpus.rglob("*.txt"))
    victim.write_text(victim.read_text(encoding="utf-8", errors="replace") + "\nKết nạp thêm 3 đảng viên.\n",
                      encoding="utf-8")
    report("one file changed", measure(["run", str(corpus), "--out", str(out)]))
    report("full run --workers 2", measure(["run", str(corpus), "--out", str(out) + "_w2", "--workers", "2"]))


def bench_folders(folders: list[str]) -> None:
    for folder in folders:
        out = OUT / ("curated_" + Path(folder).name)
        shutil.rmtree(out, ignore_errors=True)
        report(f"full run {folder}", measure(["run", folder, "--out", str(out)]))


def bench_extract(files: int) -> None:
    sys.path.insert(0, str(HERE.parent))
    from transforms.document import SourceInfo, process_document

    corpus = OUT / "corpus10000"
    if not corpus.exists():
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(corpus)], check=True)
    paths = sorted(corpus.rglob("*.txt"))[:files]
    raws = [(p.name, p.read_bytes()) for p in paths]
    start = time.perf_counter()
    for name, raw in raws:
        process_document(raw, SourceInfo(name))
    seconds = time.perf_counter() - start
    size = sum(len(r) for _, r in raws) / len(raws)
    print(f"extraction only: {len(raws)} docs of {size / 1024:.1f} KiB, {1000 * seconds / len(raws):.1f} ms/doc")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    sub.add_parser("corpus").add_argument("--files", type=int, default=10_000)
    sub.add_parser("folder").add_argument("paths", nargs="+")
    sub.add_parser("extract").add_argument("--files", type=int, default=700)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    if args.what == "corpus":
        bench_corpus(args.files)
    elif args.what == "folder":
        bench_folders(args.paths)
    else:
        bench_extract(args.files)


if __name__ == "__main__":
    main()
