"""Legacy byte encodings: TCVN3 (.VnTime) and VNI-Windows text back to the same NFC Unicode, UTF-16 without a
BOM, and binary data still refused. The bytes come from an encoder written here: the inverse of the table in
data/reference/legacy_encodings.csv."""

from __future__ import annotations

import random
import unicodedata

import pytest

from transforms.decode import decode_bytes
from transforms.document import SourceInfo, process_document
from transforms.errors import DecodeError
from transforms.legacy import decode_legacy, is_syllable, reads_as_vietnamese
from transforms.refdir import read_csv

TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
VOWELS = ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")
VIETNAMESE_LETTERS = frozenset(
    unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES
) - set("aeiouy") | {"đ"}

# TCVN3 has no capital toned vowels (the .VnTimeH fonts draw the lowercase bytes as capitals), so its phrases
# keep capitals to Đ and plain ASCII; VNI phrases also carry capitals.
COMMON = [
    "Năm 2023, toàn tỉnh kết nạp 1.250 đảng viên mới, đạt 96,1% chỉ tiêu.",
    "Cộng hòa xã hội chủ nghĩa Việt Nam - Độc lập - Tự do - Hạnh phúc",
    "Các cấp ủy thi hành kỷ luật 94 đảng viên (khiển trách 61, cảnh cáo 25, cách chức 3, khai trừ 5).",
    "Tỉnh uỷ chỉ đạo rà soát, bổ sung quy hoạch cấp uỷ nhiệm kỳ 2025 - 2030; thuyết phục người dân ở nơi khó khăn.",
    "Đặc biệt, ban thường vụ thẳng thắn chỉ rõ hạn chế, sẵn sàng lắng nghe; bằng hướng dẫn cụ thể, đẩy mạnh "
    "kỹ năng, giúp đỡ, hỗ trợ chặt chẽ cho đảng viên trẻ, việc nhẹ kèm theo, kém; diễn đàn kiểm tra của "
    "đồng chí Thuỵ, thời gian học tập ở vùng sâu với các tổ chức hợp tác, cũng như từ những ý kiến đúng; "
    "vì chính nghĩa, nhỏ mà thật, tự nguyện, sử dụng số liệu, nghị quyết; đã cầu thị, chị em.",
]
VNI_ONLY = [
    "ĐẢNG BỘ TỈNH THÁI BÌNH - BAN CHẤP HÀNH ĐẢNG BỘ KHÓA XX",
    "Ủy ban Kiểm tra Tỉnh ủy đã kiểm tra 2.200 đảng viên; Ưu tiên Ở cơ sở, Ơn nghĩa, Ấp Ẵm, Ỷ lại, Ỹ, Ỵ.",
]
REPORT = (
    "Báo cáo\nKết quả công tác xây dựng Đảng năm 2023\n\n"
    "Năm 2023, toàn tỉnh kết nạp 1.250 đảng viên mới, đạt 96,1% chỉ tiêu. Các cấp ủy thi hành kỷ luật "
    "94 đảng viên (khiển trách 61, cảnh cáo 25, cách chức 3, khai trừ 5). Đảng bộ tỉnh có 45.320 đảng viên, "
    "sinh hoạt tại 812 tổ chức cơ sở đảng; 98,5% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.\n"
)


def inverse_table(encoding: str) -> dict[str, bytes]:
    """Unicode letter -> its bytes, from the reference table itself."""
    return {
        unicodedata.normalize("NFC", row["unicode"]): bytes.fromhex(row["bytes_hex"])
        for row in read_csv("legacy_encodings.csv")
        if row["encoding"] == encoding
    }


def encode(text: str, encoding: str) -> bytes:
    """A Unicode text in legacy bytes; raises KeyError on a letter the encoding cannot write."""
    table = inverse_table(encoding)
    return b"".join(c.encode("ascii") if c.isascii() else table[c] for c in unicodedata.normalize("NFC", text))


CASES = [(p, "tcvn3") for p in COMMON] + [(p, "vni") for p in COMMON + VNI_ONLY]


@pytest.mark.parametrize(("phrase", "encoding"), CASES, ids=[f"{e}-{i}" for i, (_, e) in enumerate(CASES)])
def test_legacy_bytes_decode_to_the_same_nfc_text(phrase: str, encoding: str) -> None:
    raw = encode(phrase, encoding)
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    decoded = decode_bytes(raw)
    assert decoded.text == unicodedata.normalize("NFC", phrase)
    assert decoded.encoding == encoding
    assert unicodedata.is_normalized("NFC", decoded.text)


@pytest.mark.parametrize("phrase", COMMON)
def test_the_wrong_legacy_reading_does_not_read_as_vietnamese(phrase: str) -> None:
    assert not reads_as_vietnamese(decode_legacy(encode(phrase, "tcvn3"), "vni"))
    assert not reads_as_vietnamese(decode_legacy(encode(phrase, "vni"), "tcvn3"))


def test_tables_cover_every_vietnamese_letter() -> None:
    vni, tcvn3 = set(inverse_table("vni")), set(inverse_table("tcvn3"))
    capitals = {c.upper() for c in VIETNAMESE_LETTERS}
    assert vni == VIETNAMESE_LETTERS | capitals
    assert tcvn3 == VIETNAMESE_LETTERS | set("ĂÂÊÔƠƯĐ")


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_every_table_row_decodes_to_its_letter(encoding: str) -> None:
    for letter, raw in inverse_table(encoding).items():
        assert decode_legacy(raw, encoding) == letter, raw.hex()


def test_bytes_outside_the_table_read_as_windows_1252() -> None:
    raw = b"\x93" + encode("Đảng bộ", "tcvn3") + b"\x94 \x96 " + encode("tỉnh", "tcvn3")
    assert decode_legacy(raw, "tcvn3") == "“Đảng bộ” – tỉnh"


def _facts(result) -> tuple[list[tuple], list[tuple]]:
    quantities = [(q["surface"], q["value"], q["unit"], q["noun"], q["char_start"]) for q in result.quantities]
    facts = [(f["indicator"], f["subject"], f["measure"], f["value"], f["unit"], f["surface"]) for f in result.facts]
    return quantities, facts


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "utf-16le", "utf-16be"])
def test_a_report_gives_the_same_quantities_and_facts_as_utf8(encoding: str) -> None:
    raw = REPORT.encode(encoding.replace("utf-16", "utf-16-")) if encoding.startswith("utf") else encode(
        REPORT, encoding)
    expected = process_document(REPORT.encode("utf-8"), SourceInfo("r.txt"))
    result = process_document(raw, SourceInfo("r.txt"))
    assert result.document["status"] == "ok"
    assert result.document["encoding"] == encoding
    assert result.document["title"] == expected.document["title"]
    assert _facts(result) == _facts(expected)
    assert expected.facts


@pytest.mark.parametrize(("codec", "encoding"), [("utf-16-le", "utf-16le"), ("utf-16-be", "utf-16be")])
@pytest.mark.parametrize("phrase", [COMMON[0], VNI_ONLY[1], "Đảng bộ tỉnh", REPORT])
def test_utf16_without_bom_is_detected(phrase: str, codec: str, encoding: str) -> None:
    decoded = decode_bytes(phrase.encode(codec))
    assert (decoded.text, decoded.encoding) == (unicodedata.normalize("NFC", phrase), encoding)


def test_utf16_nfd_text_without_bom_comes_back_nfc() -> None:
    decoded = decode_bytes(unicodedata.normalize("NFD", COMMON[1]).encode("utf-16-le"))
    assert decoded.text == COMMON[1]


def random_bytes(seed: int, alphabet: bytes, n: int) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.choice(alphabet) for _ in range(n))


@pytest.mark.parametrize(
    "raw",
    [
        random.Random(2026).randbytes(4096),
        random.Random(7).randbytes(100),
        random_bytes(11, bytes(range(0x80, 0x100)), 2000),
        random_bytes(13, b"abcdeghinotu \xb5\xb8\xd7\xdd\xe0\xe1\xe2\xf8\xf9\xfb", 500) + b"\x81\x8d",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00",
        "The quick brown fox jumps over the lazy dog.".encode("utf-16-le"),
        "Café crème brûlée, très français et déjà-vu".encode("latin-1"),
    ],
    ids=["random-4k", "random-100", "random-high-bytes", "random-letters", "png", "utf16-english", "latin1-french"],
)
def test_binary_and_foreign_bytes_stay_refused(raw: bytes) -> None:
    with pytest.raises(DecodeError) as info:
        decode_bytes(raw)
    assert info.value.status in {"binary", "undecodable"}


@pytest.mark.parametrize(
    ("word", "valid"),
    [("đảng", True), ("người", True), ("quyết", True), ("giữ", True), ("khuya", True), ("uỷ", True),
     ("ủy", True), ("Thuỵ", True), ("nghĩa", True), ("tàt", False), ("ẹaỷng", False), ("§¶ng", False),
     ("crème", False), ("kÕt", False)],
)
def test_syllable_check(word: str, valid: bool) -> None:
    assert is_syllable(word) is valid
