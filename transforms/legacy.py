"""Legacy Vietnamese byte encodings (TCVN3, VNI-Windows), UTF-16 without a BOM, and a syllable check to tell them.

TCVN3 (ABC, TCVN 5712:1993 VN3; the .VnTime/.VnArial fonts) stores each Vietnamese letter in one byte;
VNI-Windows (the VNI-Times fonts) stores a base letter followed by a mark byte. Both tables are data:
data/reference/legacy_encodings.csv (encoding, bytes_hex, unicode), one reviewable line per letter. Bytes
outside the table read as Windows-1252 (the fonts are Windows ANSI fonts: curly quotes and dashes stay put);
the five bytes cp1252 leaves undefined read as C1 control characters, which the caller counts as binary.

Which reading is right is judged by the words: the share of words holding a non-ASCII letter that are
well-formed Vietnamese syllables (onset + rhyme, and only a rising or heavy tone before p, t, c, ch).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from transforms.errors import VocabularyError
from transforms.refdir import read_csv, read_yaml

TABLE = "legacy_encodings.csv"
SYLLABLES = "syllables.yaml"
LEGACY_ENCODINGS = ("tcvn3", "vni")
MIN_SYLLABLE_SHARE = 0.8
MIN_MARKED_WORDS = 3  # one stray byte that happens to read as 'Ê' is no Vietnamese text
UTF16_MIN_ZERO_SHARE = 0.5
UTF16_MAX_ZERO_SHARE = 0.05

TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
STOP_TONES = frozenset("\u0301\u0323")
WORD = re.compile(r"[^\W\d_]+")


def _cp1252(byte: int) -> str:
    """A byte read as Windows-1252, or as Latin-1 (a C1 control) where cp1252 leaves it undefined."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


@functools.cache
def legacy_tables() -> dict[str, dict[bytes, str]]:
    """{encoding: {byte sequence: NFC letter}} from data/reference/legacy_encodings.csv."""
    tables: dict[str, dict[bytes, str]] = {name: {} for name in LEGACY_ENCODINGS}
    for row in read_csv(TABLE):
        name, letter = row["encoding"], unicodedata.normalize("NFC", row["unicode"])
        try:
            seq = bytes.fromhex(row["bytes_hex"])
        except ValueError as exc:
            raise VocabularyError(f"{TABLE}: bad bytes_hex {row['bytes_hex']!r}") from exc
        if name not in tables or not seq or not letter:
            raise VocabularyError(f"{TABLE}: bad row {row}")
        if seq in tables[name]:
            raise VocabularyError(f"{TABLE}: {name} {row['bytes_hex']} is listed twice")
        tables[name][seq] = letter
    return tables


@functools.cache
def _reader(encoding: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern over the Latin-1 reading of the bytes (longest sequence first) and what each match becomes."""
    mapping = {seq.decode("latin-1"): letter for seq, letter in legacy_tables()[encoding].items()}
    for byte in range(0x80, 0xA0):
        mapping.setdefault(chr(byte), _cp1252(byte))
    by_head: dict[str, list[str]] = {}
    for key in mapping:
        by_head.setdefault(key[:-1], []).append(key[-1])
    heads = sorted(by_head, key=len, reverse=True)
    pattern = "|".join(re.escape(h) + "[" + "".join(map(re.escape, by_head[h])) + "]" for h in heads)
    return re.compile(pattern), mapping


def decode_legacy(raw: bytes, encoding: str) -> str:
    """Bytes written in a legacy font encoding ('tcvn3' or 'vni') as NFC text."""
    pattern, mapping = _reader(encoding)
    text = pattern.sub(lambda m: mapping[m.group()], raw.decode("latin-1"))
    return unicodedata.normalize("NFC", text)


@functools.cache
def _syllables() -> tuple[frozenset[str], tuple[str, ...]]:
    """Every written syllable without tone, and the stop codas (data/reference/syllables.yaml)."""
    data = read_yaml(SYLLABLES)
    rhymes = [r for row in data["rhymes"] for r in str(row).split()]
    onsets = ["" if o is None else str(o) for o in data["onsets"]]
    return frozenset(o + r for o in onsets for r in rhymes), tuple(str(c) for c in data["stop_codas"])


@functools.lru_cache(maxsize=1 << 16)
def is_syllable(word: str) -> bool:
    """A well-formed Vietnamese syllable (any case, old- or new-style tone placement)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [c for c in decomposed if c in TONE_MARKS]
    if len(tones) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
    syllables, stop_codas = _syllables()
    if bare not in syllables:
        return False
    return not (bare.endswith(stop_codas) and tones and tones[0] not in STOP_TONES)


def syllable_share(text: str) -> tuple[float, int]:
    """(share of valid syllables, count) over the words that hold a non-ASCII letter: the words a wrong
    legacy reading turns into gibberish (ASCII words read the same in every encoding)."""
    marked = [w for w in WORD.findall(unicodedata.normalize("NFC", text)) if not w.isascii()]
    if not marked:
        return 0.0, 0
    return sum(map(is_syllable, marked)) / len(marked), len(marked)


def reads_as_vietnamese(text: str) -> bool:
    """Enough marked words, and enough of them Vietnamese syllables."""
    share, count = syllable_share(text)
    return count >= MIN_MARKED_WORDS and share >= MIN_SYLLABLE_SHARE


def utf16_without_bom(raw: bytes) -> tuple[str, str] | None:
    """(encoding, text) when the NUL bytes fall on every other byte (UTF-16 of Latin-script text) and the
    bytes decode strictly; None otherwise. Whether the text is Vietnamese is the caller's check."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    even, odd = raw[0::2], raw[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zeros_odd >= UTF16_MIN_ZERO_SHARE and zeros_even <= UTF16_MAX_ZERO_SHARE:
        encoding = "utf-16le"
    elif zeros_even >= UTF16_MIN_ZERO_SHARE and zeros_odd <= UTF16_MAX_ZERO_SHARE:
        encoding = "utf-16be"
    else:
        return None
    try:
        return encoding, unicodedata.normalize("NFC", raw.decode(encoding))
    except UnicodeDecodeError:
        return None
