"""Generate a large corpus from the bundled samples with varied figures (same formats, new numbers), spread over
provinces and years the way an archive is: each copy names another province and its years move back together.

usage: python bench/make_corpus.py OUT_DIR [--files 10000] [--seed 7] [--same-places]
(--same-places keeps every copy's province and years: all copies of a sample land in one partition, the worst case
for a partition rewrite.)
"""

from __future__ import annotations

import argparse
import csv
import random
import re
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "raw"
PROVINCES = Path(__file__).resolve().parent.parent / "data" / "reference" / "provinces.csv"
YEAR = re.compile(r"(?<!\d)(20[0-3]\d)(?!\d)")
MAX_YEARS_BACK = 12
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


def relocate(text: str, rng: random.Random, names: list[str]) -> str:
    """Name another province wherever the text names one, and move every year back by the same few years."""
    target = rng.choice(names)
    for name in names:
        if name in text:
            text = text.replace(name, target)
    shift = rng.randint(0, MAX_YEARS_BACK)
    return YEAR.sub(lambda m: str(int(m.group(1)) - shift), text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--same-places", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    names = sorted({row["name"] for row in csv.DictReader(PROVINCES.open(encoding="utf-8"))}, key=len, reverse=True)
    samples = [(p, p.read_bytes()) for p in sorted(SAMPLES.glob("*.txt"))]
    for i in range(args.files):
        path, raw = samples[i % len(samples)]
        encoding = "utf-16" if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8"
        text = vary(raw.decode(encoding), rng)
        text = text if args.same_places else relocate(text, rng, names)
        target = args.out / f"batch{i // 1000:03d}" / f"{i:06d}_{path.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding=encoding)
    print(f"wrote {args.files} files under {args.out}")


if __name__ == "__main__":
    main()
