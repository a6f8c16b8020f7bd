"""Benchmark table for the README: floor, full run, no-op re-run, one file changed and --workers 1 at several corpus
sizes, each a real `vnreport run` (Prefect's temporary server included), in one go.

usage: python bench/scale.py [--sizes 5000 20000 100000] [--no-single-worker]
Prints a markdown table and the issue's ratios; nothing is asserted. Corpora and outputs go under bench/out/.
"""

from __future__ import annotations

import argparse
import functools
import re
import shutil
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_run import OUT, measure  # noqa: E402

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def corpus(files: int) -> Path:
    """The generated corpus of this size (made once, reused)."""
    folder = OUT / f"corpus{files}"
    if not folder.exists() or sum(1 for _ in folder.rglob("*.txt")) != files:
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(folder), "--files", str(files)], check=True)
    return folder


def floor(folder: Path) -> tuple[float, int]:
    """Read + decode + NFC + one number regex over every file, in this process: seconds and bytes."""
    started, size = time.perf_counter(), 0
    for path in sorted(folder.rglob("*.txt")):
        raw = path.read_bytes()
        size += len(raw)
        text = raw.decode("utf-16" if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8", errors="replace")
        NUMBER.findall(unicodedata.normalize("NFC", text))
    return time.perf_counter() - started, size


def row(label: str, files: int, size: int, seconds: float, floor_s: float, peak_mb: float | None) -> str:
    peak = f"{peak_mb:,.0f}" if peak_mb is not None else "-"
    return (f"| {label} | {files:,} | {seconds:,.1f} | {files / seconds:,.0f} | {size / seconds / 1e6:,.2f} | "
            f"{seconds / floor_s:,.0f}× | {peak} |")


def bench(files: int, single_worker: bool) -> None:
    """Print the rows of one corpus size as each run finishes."""
    folder = corpus(files)
    floor_s, size = floor(folder)
    out = OUT / f"scale{files}"
    shutil.rmtree(out, ignore_errors=True)
    show = functools.partial(print, flush=True)
    show(row(f"floor ({files:,})", files, size, floor_s, floor_s, None))
    full = measure(["run", str(folder), "--out", str(out)])
    show(row("full run", files, size, full["seconds"], floor_s, full["peak_mb"]))
    noop = measure(["run", str(folder), "--out", str(out)])
    show(row("no-op re-run", files, size, noop["seconds"], floor_s, noop["peak_mb"]))
    work = full["seconds"] - noop["seconds"]
    show(f"| ratios ({files:,}) | (full − no-op) = {work / floor_s:,.0f}× floor; no-op = "
         f"{100 * noop['seconds'] / full['seconds']:.1f} % of full | | | | | |")
    victim = sorted(folder.rglob("*.txt"))[0]
    original = victim.read_bytes()
    victim.write_bytes(original + "\nKết nạp thêm 3 đảng viên.\n".encode())
    try:
        one = measure(["run", str(folder), "--out", str(out)])
    finally:
        victim.write_bytes(original)
    show(row("one file changed", files, size, one["seconds"], floor_s, one["peak_mb"]))
    if single_worker:
        single = OUT / f"scale{files}_w1"
        shutil.rmtree(single, ignore_errors=True)
        w1 = measure(["run", str(folder), "--out", str(single), "--workers", "1"])
        show(row("full run --workers 1", files, size, w1["seconds"], floor_s, w1["peak_mb"]))
        shutil.rmtree(single, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000, 100000])
    parser.add_argument("--no-single-worker", action="store_true")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    print("| run | docs | seconds | docs/s | MB/s | × floor | peak RSS MB |")
    print("|---|---|---|---|---|---|---|")
    for files in args.sizes:
        bench(files, not args.no_single_worker)


if __name__ == "__main__":
    main()
