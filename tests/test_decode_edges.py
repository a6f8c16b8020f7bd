"""Edges of decoding: BOMs, file signatures, control-character and Vietnamese-letter thresholds, exact error texts."""

from __future__ import annotations

import codecs
import re

import pytest

from tests.conftest import to_cp1258
from transforms.decode import _control_share, _letter_class, _looks_vietnamese, decode_bytes
from transforms.errors import DecodeError

PHRASE = "Chi bộ thôn Đông kết nạp 3 đảng viên mới trong quý II."


def _error(raw: bytes) -> DecodeError:
    """The DecodeError raised for raw bytes."""
    with pytest.raises(DecodeError) as info:
        decode_bytes(raw)
    return info.value


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (codecs.BOM_UTF8 + PHRASE.encode("utf-8"), "utf-8-bom"),
        (codecs.BOM_UTF8 + codecs.BOM_UTF8 + PHRASE.encode("utf-8"), "utf-8-bom"),
        (codecs.BOM_UTF16_LE + PHRASE.encode("utf-16-le"), "utf-16-bom"),
        (codecs.BOM_UTF16_BE + PHRASE.encode("utf-16-be"), "utf-16-bom"),
        (codecs.BOM_UTF32_LE + PHRASE.encode("utf-32-le"), "utf-32-bom"),
        (codecs.BOM_UTF32_BE + PHRASE.encode("utf-32-be"), "utf-32-bom"),
        (PHRASE.encode("utf-8"), "utf-8"),
        (to_cp1258(PHRASE), "cp1258"),
    ],
    ids=["utf8-bom", "utf8-double-bom", "utf16-le", "utf16-be", "utf32-le", "utf32-be", "utf8", "cp1258"],
)
def test_each_encoding_is_named_and_the_text_has_no_bom(raw: bytes, encoding: str) -> None:
    decoded = decode_bytes(raw)
    assert (decoded.text, decoded.encoding) == (PHRASE, encoding)


def test_a_zero_width_space_inside_or_after_the_text_is_kept() -> None:
    text = "Đảng bộ xã\ufeff họp tổng kết\ufeff"
    assert decode_bytes(codecs.BOM_UTF8 + text.encode("utf-8")).text == text


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"%PDF-1.4 Bao cao", "this is a PDF file, not a text file"),
        (b"PK\x03\x04 Bao cao", "this is a ZIP container (DOCX/XLSX?), not a text file"),
        (b"\xd0\xcf\x11\xe0 Bao cao", "this is an OLE2 file (DOC/XLS?), not a text file"),
        (b"\x89PNG\r\n Bao cao", "this is a PNG image, not a text file"),
        (b"\xff\xd8\xff\xe0 Bao cao", "this is a JPEG image, not a text file"),
        (b"GIF89a Bao cao", "this is a GIF image, not a text file"),
        (b"\x1f\x8b\x08 Bao cao", "this is a gzip archive, not a text file"),
        (b"{\\rtf1 Bao cao", "this is an RTF file, not a text file"),
    ],
    ids=["pdf", "zip", "ole2", "png", "jpeg", "gif", "gzip", "rtf"],
)
def test_known_file_signatures_are_named_as_binary(raw: bytes, message: str) -> None:
    error = _error(raw)
    assert (error.status, str(error)) == ("binary", message)


@pytest.mark.parametrize(
    ("raw", "status", "pattern"),
    [
        (b"", "empty", r"the file is empty"),
        (b" \t\r\n ", "empty", r"the file holds only whitespace"),
        (codecs.BOM_UTF8, "empty", r"no text after decoding as utf-8-bom"),
        (codecs.BOM_UTF8 + b"  \n", "empty", r"no text after decoding as utf-8-bom"),
        ("\u00a0\u3000\n".encode("utf-8"), "empty", r"no text after decoding as utf-8"),
        (codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"), "empty", r"no text after decoding as utf-16-bom"),
        (codecs.BOM_UTF8 + b"Chi b\xff", "undecodable", r"starts with a utf-8-sig BOM but is not valid: .+"),
        (codecs.BOM_UTF16_LE + b"C\x00h\x00i", "undecodable", r"starts with a utf-16 BOM but is not valid: .+"),
        (codecs.BOM_UTF32_BE + b"\x00\x11\x00\x00", "undecodable", r"starts with a utf-32 BOM but is not valid: .+"),
        (b"Chi bo\x00 hop", "binary", r"NUL bytes and no BOM: binary data \(not Vietnamese UTF-16 either\)"),
        (
            "Đảng ủy họp\x01\x02\x03".encode(),
            "binary",
            r"decodes as utf-8 but holds control characters: not a text file",
        ),
        (b"Bao cao \x01\x02\x03\x04 \xff", "binary", r"not UTF-8 and full of control characters: binary data"),
        (
            b"Bao cao \xff\x81 tong ket",
            "undecodable",
            r"not UTF-8 \(invalid start byte at byte 8\) nor Windows-1258, "
            r"and as TCVN3 or VNI it does not read as Vietnamese",
        ),
        (
            b"Bao cao 12 \xa3 34",
            "undecodable",
            r"not UTF-8 \(invalid start byte at byte 11\); "
            r"as Windows-1258, TCVN3 or VNI it does not read as Vietnamese",
        ),
        (
            b"Bao cao \xfcber Br\xfccke",
            "undecodable",
            r"not UTF-8 \(invalid start byte at byte 8\); as Windows-1258, TCVN3 or VNI it does not read as Vietnamese",
        ),
    ],
    ids=[
        "empty", "whitespace", "bom-only", "bom-and-spaces", "unicode-spaces", "utf16-spaces",
        "bad-utf8-after-bom", "odd-utf16", "utf32-out-of-range", "nul", "utf8-controls", "cp1258-controls",
        "neither-utf8-nor-cp1258", "cp1258-no-letters", "cp1258-german",
    ],
)
def test_bad_files_give_a_status_and_the_exact_reason(raw: bytes, status: str, pattern: str) -> None:
    error = _error(raw)
    assert error.status == status
    assert re.fullmatch(pattern, str(error)), str(error)


@pytest.mark.parametrize(
    ("nul_at", "binary"),
    [(0, True), (4095, True), (4096, False), (5000, False)],
)
def test_nul_bytes_are_sniffed_in_the_first_4096_bytes_only(nul_at: int, binary: bool) -> None:
    raw = b"a" * nul_at + b"\x00" + b"b" * 20_000
    if binary:
        assert _error(raw).status == "binary"
    else:
        assert decode_bytes(raw).text == raw.decode("ascii")


@pytest.mark.parametrize(
    ("controls", "accepted"),
    [(0, True), (1, True), (2, False)],
)
def test_utf8_text_tolerates_one_percent_control_characters(controls: int, accepted: bool) -> None:
    text = "Chi bộ họp " + "x" * (89 - controls) + "\x07" * controls
    assert len(text) == 100
    raw = text.encode("utf-8")
    if accepted:
        assert decode_bytes(raw).text == text
    else:
        assert _error(raw).status == "binary"


@pytest.mark.parametrize(
    ("controls", "accepted"),
    [(1, True), (2, False)],
)
def test_cp1258_text_tolerates_one_percent_control_characters(controls: int, accepted: bool) -> None:
    text = "Đông " + "a" * (40 - controls) + " " * 55 + "\x07" * controls
    raw = to_cp1258(text)
    assert len(raw) == 100
    if accepted:
        decoded = decode_bytes(raw)
        assert (decoded.text, decoded.encoding) == (text.replace(" " * 55, " "), "cp1258")  # a run of spaces is one
    else:
        error = _error(raw)
        assert (error.status, str(error)) == ("binary", "not UTF-8 and full of control characters: binary data")


@pytest.mark.parametrize(
    ("text", "vietnamese"),
    [
        ("đ" + "a" * 49, True),
        ("đ" + "a" * 50, False),
        ("đü" + "a" * 48, True),
        ("đü" + "a" * 47, False),
        ("Đông " * 3, True),
        ("Häuser über Brücken", False),
        ("12 345 %", False),
        ("", False),
        ("đđđ\x01\x02", False),
        ("đđđđđđđđđđ" + " " * 89 + "\x01", True),
    ],
    ids=[
        "2pc-marked", "below-2pc-marked", "2pc-foreign", "above-2pc-foreign", "vietnamese-words",
        "german", "no-letters", "empty", "controls", "1pc-controls",
    ],
)
def test_looks_vietnamese_thresholds(text: str, vietnamese: bool) -> None:
    assert _looks_vietnamese(text) is vietnamese


@pytest.mark.parametrize(
    ("text", "accepted"),
    [("đ" + "a" * 49, True), ("đ" + "a" * 50, False), ("đü" + "a" * 48, True), ("đü" + "a" * 47, False)],
    ids=["2pc-marked", "below-2pc-marked", "2pc-foreign", "above-2pc-foreign"],
)
def test_cp1258_fallback_needs_vietnamese_letters(text: str, accepted: bool) -> None:
    raw = text.encode("cp1258")
    if accepted:
        assert decode_bytes(raw).encoding == "cp1258"
    else:
        assert _error(raw).status == "undecodable"


@pytest.mark.parametrize(
    ("ch", "kind"),
    [
        ("a", "plain"), ("Z", "plain"), ("đ", "marked"), ("Đ", "marked"), ("ế", "marked"), ("ự", "marked"),
        ("ỗ", "marked"), ("Ằ", "marked"), ("ü", "foreign"), ("ç", "foreign"), ("Å", "foreign"),
        ("ß", "foreign"), ("я", "foreign"), ("\u212a", "foreign"), ("ǘ", "foreign"),
    ],
)
def test_letter_classes(ch: str, kind: str) -> None:
    assert _letter_class(ch) == kind


@pytest.mark.parametrize(
    ("text", "share"),
    [("", 0.0), ("Chi bộ\t\n\r\f", 0.0), ("ab\x01\x02", 0.5), ("\x7f", 1.0), ("Đảng\x00", 0.2)],
)
def test_control_share(text: str, share: float) -> None:
    assert _control_share(text) == pytest.approx(share)
