"""Summarise a finished `mutmut run` (mutants/**/*.meta) per module into docs/mutation.md and stdout.

Exit codes recorded by mutmut: 1 = a test failed (killed), 0 = all tests passed (survived), 33 = no test
covers the mutant, 36/24/152/-24 = timeout or killed by a signal. Run from the repo root after
`VNREPORT_SHARED=$PWD/../shared .venv/bin/mutmut run`.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET_MODULES = ("numbers", "checks", "measures", "periods", "decode", "quantities")
TARGET_KILL, TARGET_ALL = 0.85, 0.70


def outcome(code: int | None) -> str:
    """mutmut's exit code of a mutant run -> killed, survived, no_tests, timeout or not_checked."""
    if code is None:
        return "not_checked"
    if code == 0:
        return "survived"
    if code == 33:
        return "no_tests"
    if code in (1, 3):
        return "killed"
    return "timeout"


def collect(root: Path) -> dict[str, Counter]:
    """Outcome counts per module."""
    out: dict[str, Counter] = {}
    for meta in sorted(root.glob("mutants/transforms/*.py.meta")):
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        out[meta.name.removesuffix(".py.meta")] = Counter(outcome(c) for c in codes.values())
    return out


def rate(c: Counter) -> float:
    """Killed share: timeouts count as killed (the mutant hung the code), untested ones as survivors."""
    total = sum(c.values())
    return (c["killed"] + c["timeout"]) / total if total else 1.0


def report(modules: dict[str, Counter]) -> str:
    """A Markdown table, worst modules first, the targets' rows marked."""
    total = sum(modules.values(), Counter())
    lines = ["| module | mutants | killed | survived | no tests | timeout | kill rate |",
             "|---|---|---|---|---|---|---|"]
    for name, c in sorted(modules.items(), key=lambda kv: rate(kv[1])):
        mark = f" (target {TARGET_KILL:.0%})" if name in TARGET_MODULES else ""
        lines.append(f"| `{name}.py`{mark} | {sum(c.values())} | {c['killed']} | {c['survived']} | {c['no_tests']} "
                     f"| {c['timeout']} | {rate(c):.1%} |")
    lines.append(f"| **all of transforms/** (target {TARGET_ALL:.0%}) | {sum(total.values())} | {total['killed']} | "
                 f"{total['survived']} | {total['no_tests']} | {total['timeout']} | {rate(total):.1%} |")
    return "\n".join(lines)


if __name__ == "__main__":
    table = report(collect(REPO))
    print(table)
    if "--write" in sys.argv:
        doc = REPO / "docs" / "mutation.md"
        text = doc.read_text(encoding="utf-8") if doc.exists() else ""
        start, end = "<!-- mutation-table -->", "<!-- /mutation-table -->"
        if start in text:
            head, _, rest = text.partition(start)
            text = f"{head}{start}\n{table}\n{end}{rest.partition(end)[2]}"
        else:
            text += f"\n{start}\n{table}\n{end}\n"
        doc.write_text(text, encoding="utf-8")
