"""Phrase-table regexes: the trie alternation and the word-start scan give what the plain regexes give."""

from __future__ import annotations

import random
import re

import pytest

from transforms.alternation import trie_alternation, word_start_matches
from transforms.keys import fold_key

PHRASES = ["kiểm tra", "kiểm tra, giám sát", "giám sát", "kỷ luật", "khai trừ", "ủy ban kiểm tra", "đ/c", "(*)"]


@pytest.mark.parametrize("text", [
    "ủy ban kiểm tra đã kiểm tra, giám sát 12 tổ chức",
    "tái kiểm tra và giám sát",          # 'kiểm tra' inside a longer word does not start a phrase
    "kỷ luậtkhai trừ",                   # a phrase running into a letter is no phrase
    "đ/c Nguyễn (*) bị khai trừ",        # a symbol-led phrase needs no word boundary
    "xkiểm tra, giám sát",
    "",
])
def test_word_start_scan_equals_lookbehind_finditer(text: str) -> None:
    key = fold_key(text)
    body = trie_alternation(PHRASES, lambda p: r"(?!\w)" if p[-1].isalnum() else "")
    plain = [m.span() for m in re.finditer(r"(?<!\w)" + body, key)]
    assert [m.span() for m in word_start_matches(re.compile(body), key)] == plain


def test_word_start_scan_on_random_text_equals_lookbehind_finditer() -> None:
    rnd = random.Random(7)
    alphabet = [*"ab cđ/,.(*)_1", "kiểm tra", "giám sát", "khai trừ"]
    body = trie_alternation(["ab", "a b", "b c", "kiểm tra", "giám sát", "khai trừ", "đ/c"], lambda p: r"(?!\w)")
    for _ in range(2000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        start = rnd.randint(0, len(text))
        end = rnd.randint(start, len(text))
        plain = [m.span() for m in re.compile(r"(?<!\w)" + body).finditer(text, start, end)]
        assert [m.span() for m in word_start_matches(re.compile(body), text, start, end)] == plain, text


def test_symbol_led_phrases_match_inside_words_only_when_asked() -> None:
    pattern = re.compile(re.escape("(*)"))
    assert [m.start() for m in word_start_matches(pattern, "a(*)", symbols=True)] == [1]
    assert [m.start() for m in word_start_matches(pattern, "a(*)")] == []  # as (?<!\w) would say
