"""Bytes to NFC text: encodings accepted, bad files named with a status and a readable error."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from tests.conftest import to_cp1258
from transforms.decode import decode_bytes
from transforms.errors import DecodeError

SENTENCE = "Năm 2023, Ủy ban Kiểm tra Tỉnh ủy đã kiểm tra 2.200 đảng viên và thi hành kỷ luật 15 tổ chức đảng."


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (SENTENCE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SENTENCE.encode("utf-8"), "utf-8-bom"),
        (SENTENCE.encode("utf-16"), "utf-16-bom"),
        (codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"), "utf-16-bom"),
        (to_cp1258(SENTENCE), "cp1258"),
        (unicodedata.normalize("NFD", SENTENCE).encode("utf-8"), "utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "cp1258", "utf8-nfd"],
)
def test_supported_encodings_give_the_same_nfc_text(raw: bytes, encoding: str) -> None:
    decoded = decode_bytes(raw)
    assert decoded.text == SENTENCE
    assert decoded.encoding == encoding
    assert unicodedata.is_normalized("NFC", decoded.text)


@pytest.mark.parametrize(
    ("raw", "status", "words"),
    [
        (b"", "empty", "empty"),
        (b"  \r\n\t ", "empty", "whitespace"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", "binary", "PDF"),
        (bytes(range(256)) * 4, "binary", "NUL"),
        (b"PK\x03\x04 docx", "binary", "ZIP"),
        (b"Bao cao \xff\xfe\xfa tong ket \x81\x8d\x8f", "undecodable", "UTF-8"),
        ("Café crème brûlée, très français".encode("latin-1"), "undecodable", "Vietnamese"),
    ],
    ids=["empty", "whitespace", "pdf", "binary", "zip", "invalid-utf8", "latin1-french"],
)
def test_bad_files_raise_a_status_and_a_readable_reason(raw: bytes, status: str, words: str) -> None:
    with pytest.raises(DecodeError) as info:
        decode_bytes(raw)
    assert info.value.status == status
    assert words in str(info.value)


def test_bom_is_not_part_of_the_text() -> None:
    assert not decode_bytes(codecs.BOM_UTF8 + b"abc \xc4\x91").text.startswith("\ufeff")
