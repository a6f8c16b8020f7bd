"""Test text is our own: no test file or bundled sample shares an 8-word run holding a figure with a seed."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import REPO, SEEDS

RUN = 8
WORD = re.compile(r"\w+(?:[.,/]\w+)*")
YEAR_OR_DATE = re.compile(r"(?:19|20)\d\d|\d{1,2}/\d{1,2}(?:/\d{2,4})?")
NUMBERING_WORDS = {"điều", "khoản", "tháng", "quý", "năm", "ngày", "số", "khóa", "khoá", "lần", "thứ", "mục", "phần",
                   "kỳ", "đợt", "lớp"}


def words(text: str) -> list[str]:
    """Lower-cased NFC word tokens; '1.450' and '821/1.450' stay one token each."""
    return WORD.findall(unicodedata.normalize("NFC", text).lower())


def is_figure(token: str, previous: str) -> bool:
    """A reported figure: two digits or more, not a year or a date, not a number of an article, month or term."""
    digits = sum(c.isdigit() for c in token)
    return digits >= 2 and not YEAR_OR_DATE.fullmatch(token) and previous not in NUMBERING_WORDS


def figure_runs(text: str, size: int = RUN) -> set[tuple[str, ...]]:
    """Every run of `size` consecutive words that contains a figure."""
    tokens = words(text)
    figure = [is_figure(t, tokens[i - 1] if i else "") for i, t in enumerate(tokens)]
    return {tuple(tokens[i:i + size]) for i in range(len(tokens) - size + 1) if any(figure[i:i + size])}


def our_texts() -> list[Path]:
    """The test files and the bundled samples: text this project wrote."""
    return sorted((REPO / "tests").glob("*.py")) + sorted((REPO / "data" / "raw").glob("*.txt"))


def _read(path: Path) -> str:
    raw = path.read_bytes()
    return raw.decode("utf-16") if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else raw.decode("utf-8")


@pytest.mark.parametrize(("ours", "seed", "shared"), [
    ("đã kiểm tra 713 đảng viên và 204 tổ chức đảng trong năm",
     "kiểm tra 713 đảng viên và 204 tổ chức đảng trong năm qua", True),
    ("theo khoản 2 điều 30 điều lệ đảng cấp ủy đã kiểm tra",
     "theo khoản 2 điều 30 điều lệ đảng cấp ủy đã kiểm tra", False),
    ("ủy ban kiểm tra các cấp đã kiểm tra các tổ chức đảng",
     "ủy ban kiểm tra các cấp đã kiểm tra các tổ chức đảng", False),
    ("kết nạp 310 đảng viên mới đạt 41,2% chỉ tiêu năm", "kết nạp 655 đảng viên mới đạt 47,3% chỉ tiêu năm", False),
])
def test_shared_figure_runs_are_found(ours: str, seed: str, shared: bool) -> None:
    assert bool(figure_runs(ours) & figure_runs(seed)) is shared


def test_no_test_file_or_sample_copies_a_seed_figure_run() -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"seed documents not found at {SEEDS}")
    seed_runs = set().union(*(figure_runs(p.read_text(encoding="utf-8")) for p in SEEDS.glob("*.txt")))
    copied = {}
    for path in our_texts():
        hits = figure_runs(_read(path)) & seed_runs
        if hits:
            copied[path.relative_to(REPO).as_posix()] = sorted(" ".join(h) for h in hits)[:3]
    assert not copied, f"seed text copied into tests or samples: {copied}"
