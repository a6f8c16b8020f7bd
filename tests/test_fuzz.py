"""Property tests: any bytes, and real-looking reports damaged at random, go through decode and extraction
without an exception, and every row points inside its own text."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms.document import SourceInfo, process_document
from transforms.schema import STATUSES

REPORT = ("BÁO CÁO kết quả 6 tháng đầu năm 2024\n\nCấp ủy các cấp kiểm tra 412 đảng viên và 96 tổ chức đảng; "
          "thi hành kỷ luật 37 đảng viên (khiển trách 20, cảnh cáo 11, cách chức 2, khai trừ 4), giảm 5 đảng viên "
          "so với cùng kỳ. Toàn tỉnh kết nạp 655/1.720 đảng viên, đạt 38,08% chỉ tiêu; hỗ trợ 2.310,4 tỷ đồng.\n")
pytestmark = pytest.mark.slow  # hundreds of documents each: kept out of the mutation runs, run by the full suite

NOISE = ["\u200b", "\u200e", "\u202e", "\ufeff", "\x00", "\x07", "\r", "\n\n\n", "(", ")", ";", "/", "%", "..."]


def check(raw: bytes) -> None:
    """The properties every result must have."""
    result = process_document(raw, SourceInfo("fuzz.txt"))
    doc = result.document
    assert doc["status"] in STATUSES
    text = doc["text"] or ""
    if doc["status"] != "ok":
        assert doc["error"] and not result.quantities and not result.facts
    for q in result.quantities:
        assert 0 <= q["sentence_start"] <= q["char_start"] < q["char_end"] <= q["sentence_end"] <= len(text)
        assert text[q["char_start"]:q["char_end"]] == q["surface"] and len(q["snippet"]) <= 300
    ids = {q["quantity_id"] for q in result.quantities}
    for f in result.facts:
        assert f["quantity_id"] in ids and f["mentions"] >= 1


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_arbitrary_bytes(raw: bytes) -> None:
    check(raw)


@st.composite
def damaged_reports(draw: st.DrawFn) -> bytes:
    """The report with random edits: truncation, byte flips, splices of noise, other encodings."""
    text = REPORT * draw(st.integers(1, 3))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(NOISE)) * draw(st.integers(1, 4)) + text[at:]
    encoding = draw(st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-16-be", "cp1258"]))
    raw = text.encode(encoding, errors="replace")
    if draw(st.booleans()):
        raw = codecs.BOM_UTF8 + raw
    flips = draw(st.lists(st.tuples(st.integers(0, max(0, len(raw) - 1)), st.integers(0, 255)), max_size=5))
    data = bytearray(raw)
    for at, value in flips:
        if data:
            data[at] = value
    return bytes(data[:draw(st.integers(0, len(data)))]) if draw(st.booleans()) else bytes(data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged_reports())
def test_damaged_reports(raw: bytes) -> None:
    check(raw)
