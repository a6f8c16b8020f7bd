"""Matching keys: a same-length copy of the text, lower-cased, with old/new tone placement and final y/i folded.

Offsets in the key equal offsets in the NFC text, so a match in the key is a span of the text.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from transforms.refdir import read_csv, read_yaml

TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
CHAR_MAP = {
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200b": " ", "\ufeff": " ",
    "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-", "\u2212": "-",
    "\u00d0": "\u0110", "\u00f0": "\u0111",
}


LOOKALIKE_GAP = 256  # look-alikes this close share one range of the pre-check (a character between them is not mapped)
STYLED_BLOCKS = ((0x1D400, 0x1D800), (0xFF10, 0xFF5B))  # mathematical alphanumerics; fullwidth digits and letters


@functools.cache
def _lookalikes() -> tuple[re.Pattern[str], dict[int, str]]:
    """Letters that 'fancy text' generators put for plain ones, to dodge filters ('ᴋʜᴀɪ ᴛʀừ 𝟸𝟿 đảɴɢ ᴠɪêɴ'): the small
    capitals of lookalike_letters.csv and the styled alphabets whose compatibility form is one plain letter or digit
    ('𝐤', '𝟸', 'Ｋ'); a pattern finding any, and the table mapping each to its plain character."""
    table = {ord(r["char"]): r["letter"] for r in read_csv("lookalike_letters.csv")}
    for low, high in STYLED_BLOCKS:
        for code in range(low, high):
            plain = unicodedata.normalize("NFKC", chr(code))
            if len(plain) == 1 and plain.isascii() and plain.isalnum():
                table[code] = plain
    runs: list[list[int]] = []
    for code in sorted(table):  # a class of few wide ranges: a class of many single characters is slow to search
        if runs and code - runs[-1][1] <= LOOKALIKE_GAP:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    ranges = "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in runs)
    return re.compile(f"[{ranges}]"), table


@functools.cache
def _tone_rules() -> tuple[frozenset[tuple[str, str]], frozenset[str]]:
    data = read_yaml("tone_folding.yaml")
    pairs = frozenset((p[0], p[1]) for p in data["pairs"])
    return pairs, frozenset(data.get("not_after") or ())


Y_TO_I = str.maketrans("yỳýỷỹỵYỲÝỶỸỴ", "iìíỉĩịIÌÍỈĨỊ")


@functools.cache
def _final_y_pattern() -> re.Pattern[str]:
    """A word-final y after one of the consonants of tone_folding.yaml (any case); the y comes first in the
    pattern, so the engine skips to the y's instead of trying a lookbehind at every position."""
    after = read_yaml("tone_folding.yaml")["y_as_i_after"]
    behind = "|".join(f"(?<={re.escape(c)}.)" for c in sorted(after, key=len, reverse=True))
    return re.compile(f"[yỳýỷỹỵ](?:{behind})(?![^\\W\\d_])", re.IGNORECASE)


def _fold_final_y(text: str) -> str:
    """'kỳ' -> 'kì', 'tỷ' -> 'tỉ', 'quý' -> 'quí': the i spelling of a final y after a consonant (same length)."""
    return _final_y_pattern().sub(lambda m: m.group().translate(Y_TO_I), text)


@functools.cache  # a handful of distinct toned vowels, met at every 'oà'/'uỷ' of every text
def _split_tone(ch: str) -> tuple[str, str]:
    """A character as (its NFC form without tone mark, the tone mark or '')."""
    decomposed = unicodedata.normalize("NFD", ch)
    tone = "".join(c for c in decomposed if c in TONE_MARKS)
    rest = "".join(c for c in decomposed if c not in TONE_MARKS)
    return unicodedata.normalize("NFC", rest), tone


@functools.cache
def _tone_pair_pattern() -> re.Pattern[str]:
    """Where a tone may move: o/u followed by a toned vowel that pairs with it (e.g. 'oà', 'uỷ', any case)."""
    pairs, _ = _tone_rules()
    seconds = {second for _, second in pairs}
    toned = sorted({unicodedata.normalize("NFC", base + tone) for base in seconds | {b.upper() for b in seconds}
                    for tone in TONE_MARKS})
    return re.compile("[oOuU](?=[" + "".join(toned) + "])")


@functools.cache
def _onset_u_pattern() -> re.Pattern[str]:
    """A toned u after the consonants of onset_u_after (tone_folding.yaml), before an untoned vowel ('Qúy')."""
    onsets = "".join(re.escape(c) + re.escape(c.upper()) for c in read_yaml("tone_folding.yaml")["onset_u_after"])
    toned_u = "".join(unicodedata.normalize("NFC", u + t) for u in "uU" for t in sorted(TONE_MARKS))
    return re.compile(f"(?<=[{onsets}])[{toned_u}](?=[aăâeêioôơưyAĂÂEÊIOÔƠƯY])")


def _tone_edits(text: str) -> dict[int, str]:
    """Characters to replace so the tone of 'oà'/'oé'/'uỷ' sits on the first vowel when no letter follows, and a
    tone typed on the u of 'qu' sits on the vowel after it ('Qúy' -> 'Quý'); each pair is judged on the text as
    already edited to its left."""
    pairs, not_after = _tone_rules()
    edits: dict[int, str] = {}
    for m in _onset_u_pattern().finditer(text):
        i = m.start()
        base_u, tone = _split_tone(text[i])
        toned = unicodedata.normalize("NFC", unicodedata.normalize("NFD", text[i + 1]) + tone)
        if len(toned) == 1:
            edits[i], edits[i + 1] = base_u, toned
    n = len(text)
    for m in _tone_pair_pattern().finditer(text):
        i = m.start()
        first, second = edits.get(i, text[i]), edits.get(i + 1, text[i + 1])
        base2, tone2 = _split_tone(second)
        if not tone2 or (first.lower(), base2.lower()) not in pairs:
            continue
        if i + 2 < n and edits.get(i + 2, text[i + 2]).isalpha():
            continue
        if i > 0 and edits.get(i - 1, text[i - 1]).lower() in not_after:
            continue
        toned = unicodedata.normalize("NFC", unicodedata.normalize("NFD", first) + tone2)
        if len(toned) == 1:
            edits[i], edits[i + 1] = toned, base2
    return edits


def lower_key(text: str) -> str:
    """Lower case, one character for one (a character whose lower case is longer keeps its case)."""
    lowered = text.lower()
    exact = len(lowered) == len(text) and "\u03a3" not in text  # str.lower() treats final sigma by context
    return lowered if exact else "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def fold_key(text: str, lower: bool = True) -> str:
    """Same-length matching key of an NFC text: spaces/dashes unified, tones folded, lower-cased (folding is
    case-blind, so lower_key(fold_key(t, lower=False)) == fold_key(t): one fold gives both keys)."""
    mapped = text
    for char, replacement in CHAR_MAP.items():  # a few rare characters: replace() beats translate() here
        if char in mapped:
            mapped = mapped.replace(char, replacement)
    styled, plain = _lookalikes()
    if styled.search(mapped):  # one character for one: offsets still hold
        mapped = mapped.translate(plain)
    if lower:
        mapped = lower_key(mapped)
    edits = _tone_edits(mapped)
    if edits:
        pieces, last = [], 0
        for i in sorted(edits):
            pieces += [mapped[last:i], edits[i]]
            last = i + 1
        pieces.append(mapped[last:])
        mapped = "".join(pieces)
    return _fold_final_y(mapped)


def without_marks(text: str) -> str:
    """The text with its Vietnamese diacritics removed ('Thanh Hóa' -> 'Thanh Hoa', 'Đà' -> 'Da')."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D")
