"""Bytes -> NFC text: UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1258 as a fallback."""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from transforms.errors import DecodeError

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


@dataclass(frozen=True)
class Decoded:
    """An NFC text and the encoding it was read with."""

    text: str
    encoding: str


def _control_share(text: str) -> float:
    """Share of control characters other than tab and line breaks: high in binary data."""
    if not text:
        return 0.0
    bad = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f")
    return bad / len(text)


def _letter_class(ch: str) -> str:
    """'plain' (ASCII), 'marked' (a Vietnamese letter with diacritics) or 'foreign'."""
    if ch.isascii():
        return "plain"
    if ch in "đĐ":
        return "marked"
    base, *marks = unicodedata.normalize("NFD", ch)
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
    return Decoded(text, encoding)


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
        raise DecodeError("binary", "NUL bytes and no BOM: binary data (or UTF-16 without BOM, unsupported)")
    try:
        return _finish(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            text = raw.decode("cp1258")
        except UnicodeDecodeError as exc:
            raise DecodeError(
                "undecodable", f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) nor Windows-1258"
            ) from exc
        if _control_share(text) > MAX_CONTROL_SHARE:
            raise DecodeError("binary", "not UTF-8 and full of control characters: binary data") from utf8_error
        if not _looks_vietnamese(text):
            raise DecodeError(
                "undecodable",
                f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}); "
                "as Windows-1258 it does not read as Vietnamese",
            ) from utf8_error
        return _finish(text, "cp1258")
