"""Hostile shapes cost time linear in their size: doubling the text roughly doubles the CPU time."""

from __future__ import annotations

import random
import time

import pytest

from transforms.document import SourceInfo, process_document

BASE = "Năm 2023, cấp ủy các cấp kiểm tra 57 đảng viên và 12 tổ chức đảng; kết nạp 128 đảng viên mới. "
SIZE = 12_000
MAX_RATIO = 3.0  # 2 for linear; 4 for quadratic, which is what these shapes cost before
# Shapes whose quadratic part shows only on bigger texts: thousands of period phrases each looked up per figure
SIZES = {"period_phrases": 90_000}


def shape(name: str, n: int) -> str:
    """A hostile text of about n characters."""
    rnd = random.Random(7)
    texts = {
        "no_spaces": BASE.replace(" ", ""),
        "no_sentence_end": BASE.replace(".", ","),
        "one_huge_line": BASE,
        "number_flood": " ".join(str(rnd.randint(1, 99_999)) for _ in range(n // 5)),
        "number_lines": "\n".join(str(rnd.randint(1, 99_999)) for _ in range(n // 5)),
        "underscored": "Anh31_450-2" + "x_1" * (n // 3),
        "period_phrases": "Năm 2020, huyện kết nạp 5 đảng viên. Trong năm, xã kết nạp 3 đảng viên.\n",
    }
    if name == "blank_lines":
        return "\n" * n + BASE
    unit = texts[name]
    return (unit * (n // len(unit) + 1))[:n]


def cpu_seconds(text: str) -> float:
    """Best of three CPU times of one document (CPU time: other load on the machine does not count)."""
    raw = text.encode("utf-8")
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        process_document(raw, SourceInfo("hostile.txt"))
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.slow
@pytest.mark.parametrize("name", ["no_spaces", "no_sentence_end", "number_flood", "number_lines", "underscored",
                                  "one_huge_line", "blank_lines", "period_phrases"])
def test_doubling_the_size_roughly_doubles_the_time(name: str) -> None:
    size = SIZES.get(name, SIZE)
    small, large = cpu_seconds(shape(name, size)), cpu_seconds(shape(name, 4 * size))
    ratio = large / max(small, 1e-3)
    assert ratio <= MAX_RATIO ** 2, f"{name}: x4 size took x{ratio:.1f} time ({small:.3f} s -> {large:.3f} s)"
