"""Number surfaces and number words, and a Hypothesis round trip through a Vietnamese sentence."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.errors import NumberFormatError
from transforms.keys import fold_key
from transforms.numbers import detect_style, parse_digits, parse_number_words
from transforms.quantities import find_quantities


@pytest.mark.parametrize(
    ("surface", "value", "ambiguous"),
    [
        ("2.200", 2200, False), ("1.179", 1179, False), ("04", 4, False), ("56,62", 56.62, False),
        ("2.310,4", 2310.4, False), ("179.330.190", 179330190, False), ("0,5", 0.5, False),
        ("1,234,567", 1234567, True), ("1.5", 1.5, True), ("12.34", 12.34, True),
    ],
)
def test_parse_digits(surface: str, value: float, ambiguous: bool) -> None:
    parsed = parse_digits(surface)
    assert parsed.value == pytest.approx(value)
    assert parsed.ambiguous is ambiguous


def test_three_decimals_after_a_comma_depend_on_what_is_counted() -> None:
    assert parse_digits("6,179", whole=True).value == 6179
    assert parse_digits("6,179").value == pytest.approx(6.179)
    assert parse_digits("6,179", style="en").value == 6179
    assert parse_digits("6,179").ambiguous


def test_unreadable_surface_raises_naming_it() -> None:
    with pytest.raises(NumberFormatError, match=r"1\.\.2"):
        parse_digits("1..2")


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("hai mươi mốt", 21), ("một trăm linh năm", 105), ("một trăm lẻ năm", 105), ("ba nghìn", 3000),
        ("hai triệu rưỡi", 2_500_000), ("hai nghìn không trăm hai mươi tư", 2024), ("mười lăm", 15),
        ("hai mươi tư", 24), ("hai tỉ", 2e9), ("một triệu hai trăm nghìn", 1_200_000), ("một trăm rưởi", 150),
        ("hai ngàn", 2000), ("ba phẩy năm", 3.5), ("mười một", 11), ("hai nghìn tỷ", 2e12), ("bẩy", 7),
        ("ba mươi tám triệu không trăm mười hai ngàn", 38_012_000),
    ],
)
def test_number_words(words: str, value: float) -> None:
    parsed = parse_number_words(fold_key(words).split())
    assert parsed is not None and parsed.value == pytest.approx(value)
    assert parsed.n_words == len(words.split())


def test_number_words_stop_before_a_year_word() -> None:
    parsed = parse_number_words(["một", "năm", "thực", "hiện"])
    assert parsed is not None and (parsed.value, parsed.n_words) == (1, 1)


@pytest.mark.parametrize(
    ("text", "style"),
    [("Thu 1.234.567 đồng, đạt 56,62%.", "vi"), ("Revenue 1,234,567 VND, up 12.5%.", "en"), ("Có 12 hộ.", "unknown")],
)
def test_detect_style(text: str, style: str) -> None:
    assert detect_style(fold_key(text)) == style


def vi_format(value: int, decimals: int = 0) -> str:
    """Format a number the Vietnamese way: dots between thousands, a comma before decimals."""
    whole, _, frac = f"{value / 10**decimals:.{decimals}f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return grouped + ("," + frac if decimals else "")


@given(st.integers(min_value=0, max_value=10**9))
def test_round_trip_counts(n: int) -> None:
    text = f"Trong kỳ, toàn tỉnh đã kiểm tra {vi_format(n)} đảng viên."
    assert [q.value for q in find_quantities(text, fold_key(text))] == [n]


@given(st.integers(min_value=1, max_value=99_999), st.sampled_from([1, 2]))
def test_round_trip_percentages(n: int, decimals: int) -> None:
    surface = vi_format(n, decimals)
    text = f"Kết nạp được nhiều đảng viên, đạt {surface}% chỉ tiêu."
    (q,) = find_quantities(text, fold_key(text))
    assert (q.unit, q.value) == ("percent", pytest.approx(n / 10**decimals))


@given(st.integers(min_value=1, max_value=9_999_999), st.sampled_from([("triệu", 10**6), ("tỷ", 10**9)]))
def test_round_trip_money(n: int, scale: tuple[str, int]) -> None:
    text = f"Tổng dư nợ là {vi_format(n, 1)} {scale[0]} đồng."
    (q,) = find_quantities(text, fold_key(text))
    assert q.unit == "vnd"
    assert q.value == pytest.approx(n / 10 * scale[1])
