"""Benchmark the phrase tables' one-pass matcher against Aho-Corasick automata on the bench corpus.

usage:
  python bench/phrase_matchers.py [--files 700]
Times `PhraseMatcher.find_all` (one trie regex per table) for the cue and actor tables over the folded texts, and,
when installed (`pip install ahocorasick-rs pyahocorasick`), the two automata with leftmost-longest matching and the
same word-boundary test applied to their matches; prints ms per document and whether the matches agree. Nothing is
asserted.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from transforms.cues import _actor_matcher, _cue_matcher  # noqa: E402
from transforms.decode import decode_bytes  # noqa: E402
from transforms.keys import fold_key  # noqa: E402

Spans = list[tuple[int, int]]


def _bounded(key: str, start: int, end: int) -> bool:
    """The word-boundary test of `PhraseMatcher`: no letter or digit runs into the phrase at either end."""
    return (start == 0 or not key[start - 1].isalnum()) and (
        end == len(key) or not (key[end].isalnum() and key[end - 1].isalnum()))


def _automata(phrases: list[str]) -> dict[str, Callable[[str], Spans]]:
    """Finders of the installed Aho-Corasick libraries, each returning the bounded leftmost-longest spans."""
    found: dict[str, Callable[[str], Spans]] = {}
    try:
        import ahocorasick_rs
    except ImportError:
        print("ahocorasick-rs not installed: skipped")
    else:
        rs = ahocorasick_rs.AhoCorasick(phrases, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
        found["ahocorasick-rs"] = lambda key: [(s, e) for _, s, e in rs.find_matches_as_indexes(key)
                                              if _bounded(key, s, e)]
    try:
        import ahocorasick
    except ImportError:
        print("pyahocorasick not installed: skipped")
    else:
        automaton = ahocorasick.Automaton()
        for phrase in phrases:
            automaton.add_word(phrase, len(phrase))
        automaton.make_automaton()
        found["pyahocorasick"] = lambda key: [(end + 1 - n, end + 1) for end, n in automaton.iter_long(key)
                                              if _bounded(key, end + 1 - n, end + 1)]
    return found


def _time(finder: Callable[[str], Spans], keys: list[str], rounds: int = 3) -> tuple[float, list[Spans]]:
    """Best CPU milliseconds per document over `rounds` passes, and the spans found."""
    best, spans = float("inf"), []
    for _ in range(rounds):
        start = time.process_time()
        spans = [finder(key) for key in keys]
        best = min(best, time.process_time() - start)
    return 1000 * best / len(keys), spans


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=700)
    files = parser.parse_args().files
    corpus = HERE / "out" / "corpus10000"
    if not corpus.exists():
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(corpus)], check=True)
    keys = [fold_key(decode_bytes(p.read_bytes()).text) for p in sorted(corpus.rglob("*.txt"))[:files]]
    for table, matcher in (("cues", _cue_matcher()), ("actors", _actor_matcher())):
        phrases = list(matcher._payload)
        ms, ours = _time(lambda key, m=matcher: [(x.start, x.end) for x in m.find_all(key)], keys)
        print(f"{table} ({len(phrases)} phrases): trie regex {ms:.3f} ms/doc, {sum(map(len, ours))} matches")
        for name, finder in _automata(phrases).items():
            ms, theirs = _time(finder, keys)
            print(f"  {name:<15} {ms:.3f} ms/doc, same matches: {theirs == ours}")


if __name__ == "__main__":
    main()
