"""Plant the audit's bug classes one at a time in a scratch copy of the repo and check the fast suite fails.

    .venv/bin/python bench/planted_bugs.py

Each bug is a one-line edit of transforms/; the suite (tests not marked e2e/slow) must fail for every one.
Prints one line per bug: caught (with the failing test count) or MISSED.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BUGS = {  # name: (file, the line as it is, the line with the bug)
    "sign of 'giảm' flipped": ("transforms/measures.py", "        return -1\n", "        return 1\n"),
    "per-figure periods off": ("transforms/indicators.py",
                               "        return (year, m.period) if m else (doc.year, doc.period)",
                               "        return (doc.year, doc.period)"),
    "breakdown rule never violated": ("transforms/checks.py",
                                      "status = OK if abs(got - total.value) < EPSILON else VIOLATED",
                                      "status = OK"),
    "ratio rule never violated": ("transforms/checks.py", 'CheckResult("ratio_order", OK if ok else VIOLATED,',
                                  'CheckResult("ratio_order", OK,'),
    "Vietnamese thousands dot read as decimal": ("transforms/numbers.py",
                                                 'return ParsedNumber(float(s.replace(".", "").replace(",", ".")))',
                                                 'return ParsedNumber(float(s.replace(",", "")))'),
    "province gazetteer off": ("transforms/document.py",
                               "    named = max(mentions, key=mentions.__getitem__) if mentions else None",
                               "    named = None"),
    "repeats not merged": ("transforms/document.py",
                           'facts = merge_repeats(outcome.facts, lambda f: by_start[f.quantity_start]["approx"])',
                           "facts = list(outcome.facts)"),
}


def plant(root: Path, path: str, old: str, new: str) -> None:
    """Apply one edit; refuse a bug whose anchor text is gone (the list must follow the code)."""
    target = root / path
    text = target.read_text(encoding="utf-8")
    if old not in text:
        raise SystemExit(f"anchor not found in {path}: {old!r}")
    target.write_text(text.replace(old, new, 1), encoding="utf-8")


def run_suite(root: Path) -> tuple[int, str]:
    """Exit code and summary line of the fast suite run from the scratch copy."""
    env = {**os.environ, "VNREPORT_SHARED": str(REPO.parent / "shared")}
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-m", "not e2e and not slow",
                           "-p", "no:cacheprovider"], cwd=root, env=env, capture_output=True, text=True)
    summary = next((line for line in reversed(done.stdout.splitlines()) if re.search(r"passed|failed", line)), "")
    return done.returncode, summary


def main() -> int:
    missed = 0
    for name, (path, old, new) in BUGS.items():
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "repo"
            shutil.copytree(REPO, root, ignore=shutil.ignore_patterns(".git", ".venv", "mutants", "*.pyc"))
            plant(root, path, old, new)
            code, summary = run_suite(root)
        caught = code != 0
        missed += not caught
        print(f"{'caught' if caught else 'MISSED'}: {name} ({summary})")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
