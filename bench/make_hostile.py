"""Generate a hostile corpus: damaged copies of the bundled samples and pathological shapes.

usage: python bench/make_hostile.py OUT_DIR [--files 10000] [--seed 11]

Kinds, drawn in turn: random bytes, truncations, byte flips, splices of two files, zero-width and bidi marks,
mixed encodings (UTF-8 inside cp1258), control characters, number floods, one huge line, text without spaces,
a run of blank lines, UTF-16 without BOM, cp1258, and clean samples. `vnreport run` over it must end with a
documents row for every file and no crash (bench/bench_run.py measures time and memory).
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "raw"
MARKS = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\ufeff"]


def _samples() -> list[str]:
    out = []
    for p in sorted(SAMPLES.glob("*.txt")):
        raw = p.read_bytes()
        out.append(raw.decode("utf-16") if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else raw.decode("utf-8"))
    return out


def _kinds(texts: list[str]) -> dict[str, Callable[[random.Random], bytes]]:
    def pick(r: random.Random) -> str:
        return r.choice(texts)

    def flips(r: random.Random) -> bytes:
        data = bytearray(pick(r).encode())
        for _ in range(r.randint(1, 40)):
            data[r.randrange(len(data))] = r.randrange(256)
        return bytes(data)

    def marks(r: random.Random) -> bytes:
        t = pick(r)
        for _ in range(r.randint(5, 200)):
            at = r.randrange(len(t))
            t = t[:at] + r.choice(MARKS) + t[at:]
        return t.encode()

    def mixed(r: random.Random) -> bytes:
        a, b = pick(r), pick(r)
        return a.encode() + b.encode("cp1258", errors="replace")

    return {
        "random": lambda r: r.randbytes(r.randint(1, 20_000)),
        "truncated": lambda r: pick(r).encode()[: r.randint(0, 3000)],
        "flipped": flips,
        "spliced": lambda r: pick(r).encode()[: r.randint(0, 2000)] + pick(r).encode()[r.randint(0, 2000):],
        "marks": marks,
        "mixed_encodings": mixed,
        "controls": lambda r: "".join(c if r.random() > 0.05 else chr(r.randint(0, 31)) for c in pick(r)).encode(),
        "number_flood": lambda r: " ".join(str(r.randint(0, 10**6)) for _ in range(r.randint(1000, 60_000))).encode(),
        "huge_line": lambda r: (pick(r).replace("\n", " ") * r.randint(5, 60)).encode(),
        "no_spaces": lambda r: (pick(r).replace(" ", "") * r.randint(1, 30)).encode(),
        "blank_lines": lambda r: b"\n" * r.randint(10_000, 1_000_000) + pick(r).encode(),
        "utf16_no_bom": lambda r: pick(r).encode(r.choice(["utf-16-le", "utf-16-be"])),
        "cp1258": lambda r: pick(r).encode("cp1258", errors="replace"),
        "clean": lambda r: pick(r).encode(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    kinds = _kinds(_samples())
    names = sorted(kinds)
    args.out.mkdir(parents=True, exist_ok=True)
    for i in range(args.files):
        kind = names[i % len(names)]
        folder = args.out / f"{i // 1000:03d}"
        folder.mkdir(exist_ok=True)
        (folder / f"{kind}_{i:06d}.txt").write_bytes(kinds[kind](rng))
    print(f"wrote {args.files} files to {args.out}")


if __name__ == "__main__":
    main()
