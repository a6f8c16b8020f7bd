"""Bytes -> NFC text: UTF-8 (with or without BOM), UTF-16 with BOM; UTF-16 without a BOM by its NUL bytes;
Windows-1258, TCVN3 and VNI-Windows as fallbacks, chosen by how Vietnamese their reading is (transforms/legacy.py)."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from transforms.errors import DecodeError
from transforms.legacy import (
    LEGACY_ENCODINGS,
    decode_legacy,
    reads_as_vietnamese,
    syllable_share,
    utf16_without_bom,
)

MAGIC = {
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a ZIP container (DOCX/XLSX?)",
    b"\xd0\xcf\x11\xe0": "an OLE2 file (DOC/XLS?)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"{\\rtf": "an RTF file",
}
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
VIETNAMESE_DIACRITICS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")
MAX_CONTROL_SHARE = 0.01
MIN_MARKED_SHARE = 0.02
MAX_FOREIGN_SHARE = 0.02

# a run of spaces between two words ('kết  nạp', 'đồng  chí' in text taken from a PDF) is one space: phrases match
INNER_SPACES = re.compile(r"(?<=\S) {2,}(?=\S)")
CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # control characters but tab and line breaks


@dataclass(frozen=True)
class Decoded:
    """An NFC text and the encoding it was read with."""

    text: str
    encoding: str


def _control_share(text: str) -> float:
    """Share of control characters other than tab and line breaks: high in binary data."""
    if not text:
        return 0.0
    return len(CONTROL.findall(text)) / len(text)


def _letter_class(ch: str) -> str:
    """'plain' (ASCII), 'marked' (a Vietnamese letter with diacritics) or 'foreign'."""
    if ch.isascii():
        return "plain"
    if ch in "đĐ":
        return "marked"
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0], decomposed[1:]
    if base.isascii() and marks and set(marks) <= VIETNAMESE_DIACRITICS:
        return "marked"
    return "foreign"


def _looks_vietnamese(text: str) -> bool:
    """Enough Vietnamese letters, and few foreign ones, in a text read with a legacy codepage."""
    letters = [c for c in unicodedata.normalize("NFC", text) if c.isalpha()]
    if not letters:
        return False
    classes = [_letter_class(c) for c in letters]
    marked, foreign = classes.count("marked"), classes.count("foreign")
    return (marked / len(letters) >= MIN_MARKED_SHARE and foreign / len(letters) <= MAX_FOREIGN_SHARE
            and _control_share(text) <= MAX_CONTROL_SHARE)


def _finish(text: str, encoding: str) -> Decoded:
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff"))
    if not text.strip():
        raise DecodeError("empty", f"no text after decoding as {encoding}")
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise DecodeError("binary", f"decodes as {encoding} but holds control characters: not a text file")
    return Decoded(INNER_SPACES.sub(" ", text), encoding)


def decode_bytes(raw: bytes) -> Decoded:
    """Decode a raw report; raise DecodeError with status 'empty', 'binary' or 'undecodable'."""
    if not raw.strip():
        raise DecodeError("empty", "the file is empty" if not raw else "the file holds only whitespace")
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                return _finish(raw.decode(encoding), encoding.replace("-sig", "") + "-bom")
            except UnicodeDecodeError as exc:
                raise DecodeError("undecodable", f"starts with a {encoding} BOM but is not valid: {exc}") from exc
    for magic, what in MAGIC.items():
        if raw.startswith(magic):
            raise DecodeError("binary", f"this is {what}, not a text file")
    if b"\x00" in raw[:4096]:
        utf16 = utf16_without_bom(raw)
        if utf16 is not None and _is_vietnamese_text(utf16[1]):
            return _finish(utf16[1], utf16[0])
        raise DecodeError("binary", "NUL bytes and no BOM: binary data (not Vietnamese UTF-16 either)")
    try:
        return _finish(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as utf8_error:
        return _legacy(raw, utf8_error)


def _is_vietnamese_text(text: str) -> bool:
    """Few control characters, Vietnamese letters, and words that are Vietnamese syllables."""
    return _control_share(text) <= MAX_CONTROL_SHARE and _looks_vietnamese(text) and reads_as_vietnamese(text)


def _legacy(raw: bytes, utf8_error: UnicodeDecodeError) -> Decoded:
    """Not UTF-8: read as Windows-1258 (accepted when it looks Vietnamese, as before), TCVN3 and VNI (accepted
    when their words are Vietnamese syllables); the reading with the best syllable share wins, ties in that order."""
    not_utf8 = f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start})"
    candidates: list[tuple[float, int, str, str]] = []
    try:
        cp1258 = raw.decode("cp1258")
    except UnicodeDecodeError:
        cp1258 = None
    if cp1258 is not None and _control_share(cp1258) <= MAX_CONTROL_SHARE and _looks_vietnamese(cp1258):
        candidates.append((syllable_share(cp1258)[0], 0, cp1258, "cp1258"))
    for rank, encoding in enumerate(LEGACY_ENCODINGS, start=1):
        text = decode_legacy(raw, encoding)
        if reads_as_vietnamese(text) and _control_share(text) <= MAX_CONTROL_SHARE:
            candidates.append((syllable_share(text)[0], rank, text, encoding))
    if candidates:
        _, _, text, encoding = max(candidates, key=lambda c: (c[0], -c[1]))
        return _finish(text, encoding)
    if cp1258 is not None and _control_share(cp1258) > MAX_CONTROL_SHARE:
        raise DecodeError("binary", "not UTF-8 and full of control characters: binary data") from utf8_error
    if cp1258 is None:
        raise DecodeError(
            "undecodable", f"{not_utf8} nor Windows-1258, and as TCVN3 or VNI it does not read as Vietnamese"
        ) from utf8_error
    raise DecodeError(
        "undecodable", f"{not_utf8}; as Windows-1258, TCVN3 or VNI it does not read as Vietnamese"
    ) from utf8_error
