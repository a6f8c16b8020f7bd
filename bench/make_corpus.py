"""Generate a large corpus from the bundled samples with varied figures (same formats, new numbers).

usage: python bench/make_corpus.py OUT_DIR [--files 10000] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "raw"
# dot-grouped integers that are not part of a date, a code, a ratio or a decimal
NUMBER = re.compile(r"(?<![\d.,/\-])(\d{1,3}(?:\.\d{3})*)(?![\d,/\-]|\.\d)")


def _vi(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def vary(text: str, rng: random.Random) -> str:
    """Replace counts by other counts of similar size, keeping years and the Vietnamese format."""

    def swap(m: re.Match) -> str:
        digits = m.group(1).replace(".", "")
        value = int(digits)
        if len(digits) == 4 and "." not in m.group(1) and 1900 <= value <= 2100:
            return m.group(0)
        low, high = max(1, value // 2), max(2, value * 2)
        new = rng.randint(low, high)
        return ("0" + str(new)) if m.group(1).startswith("0") and new < 10 else _vi(new)

    return NUMBER.sub(swap, text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    samples = [(p, p.read_bytes()) for p in sorted(SAMPLES.glob("*.txt"))]
    for i in range(args.files):
        path, raw = samples[i % len(samples)]
        encoding = "utf-16" if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8"
        text = vary(raw.decode(encoding), rng)
        target = args.out / f"batch{i // 1000:03d}" / f"{i:06d}_{path.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding=encoding)
    print(f"wrote {args.files} files under {args.out}")


if __name__ == "__main__":
    main()
