"""Edge cases of number reading: separator styles, whole counts, notes, and the limits of number-word runs."""

from __future__ import annotations

import pytest

from transforms.errors import NumberFormatError
from transforms.keys import fold_key
from transforms.numbers import ParsedNumber, Style, detect_style, parse_digits, parse_number_words

EN_SEPARATORS = "English-style separators"
DOT_DECIMAL = "dot read as decimal point (not a Vietnamese thousands group)"
DOT_EN_DOC = "dot read as decimal point: the document writes English style"
COMMA_THOUSANDS_EN = "comma read as thousands separator: the document writes English style"
COMMA_THOUSANDS_WHOLE = "comma read as thousands separator: a count is whole"
COMMA_DECIMAL_VI = "comma read as decimal comma (Vietnamese style)"


@pytest.mark.parametrize(
    ("key", "style"),
    [
        ("kết nạp 1.234.567 đảng viên", "vi"),
        ("dư nợ 2.310,4 triệu", "vi"),
        ("đạt 56,62 phần trăm", "vi"),
        ("đạt 7,5 phần trăm", "vi"),
        ("thu 1,234,567 đồng", "en"),
        ("thu 1,234.5 triệu", "en"),
        ("tăng 12.5% so với cùng kỳ", "en"),
        ("tăng 3.25% so với cùng kỳ", "en"),
        ("có 1.234.567 hộ và 1,234,567 khẩu", "unknown"),
        ("có 1.234.567 hộ, tăng 12.5%", "unknown"),
        ("hệ số 3,14159", "unknown"),
        ("tỷ lệ 1234,5 đồng", "unknown"),
        ("có 12 chi bộ", "unknown"),
        ("", "unknown"),
    ],
)
def test_detect_style_counts_only_unambiguous_numbers(key: str, style: str) -> None:
    assert detect_style(key) == style


def test_detect_style_majority_wins() -> None:
    assert detect_style("1.234.567 hộ, 2.345.678 khẩu, 1,234,567 đồng") == "vi"
    assert detect_style("1,234,567 hộ, 2,345,678 khẩu, 1.234.567 đồng") == "en"


@pytest.mark.parametrize(
    ("surface", "style", "whole", "expected"),
    [
        (" 12 ", "unknown", False, ParsedNumber(12.0)),
        ("7", "en", True, ParsedNumber(7.0)),
        ("1,234.5", "unknown", False, ParsedNumber(1234.5, True, EN_SEPARATORS)),
        ("1,234.5", "en", False, ParsedNumber(1234.5, False, EN_SEPARATORS)),
        ("1,234,567", "en", False, ParsedNumber(1234567.0, False, EN_SEPARATORS)),
        ("1,234,567", "vi", True, ParsedNumber(1234567.0, True, EN_SEPARATORS)),
        ("12,345,678.25", "unknown", False, ParsedNumber(12345678.25, True, EN_SEPARATORS)),
        ("2.200", "en", False, ParsedNumber(2.2, True, DOT_EN_DOC)),
        ("2.200", "vi", False, ParsedNumber(2200.0)),
        ("2.200,5", "en", False, ParsedNumber(2200.5)),
        ("1.234.567", "en", False, ParsedNumber(1234567.0)),
        ("1.234.567,89", "unknown", False, ParsedNumber(1234567.89)),
        ("123,456", "unknown", True, ParsedNumber(123456.0, True, COMMA_THOUSANDS_WHOLE)),
        ("6,179", "en", True, ParsedNumber(6179.0, True, COMMA_THOUSANDS_EN)),
        ("6,179", "en", False, ParsedNumber(6179.0, True, COMMA_THOUSANDS_EN)),
        ("1,234", "unknown", False, ParsedNumber(1.234, True, COMMA_DECIMAL_VI)),
        ("123,456", "unknown", False, ParsedNumber(123.456, True, COMMA_DECIMAL_VI)),
        ("1,234", "vi", False, ParsedNumber(1.234, True, COMMA_DECIMAL_VI)),
        ("1234,567", "unknown", True, ParsedNumber(1234.567)),
        ("1234,567", "en", False, ParsedNumber(1234.567)),
        ("12,34", "unknown", True, ParsedNumber(12.34)),
        ("12,3456", "en", True, ParsedNumber(12.3456)),
        ("1234.5", "unknown", False, ParsedNumber(1234.5, True, DOT_DECIMAL)),
        ("1.5", "en", False, ParsedNumber(1.5, False, DOT_DECIMAL)),
        ("1.5", "vi", False, ParsedNumber(1.5, True, DOT_DECIMAL)),
    ],
)
def test_parse_digits_reading_and_note(surface: str, style: Style, whole: bool, expected: ParsedNumber) -> None:
    parsed = parse_digits(surface, style, whole)
    assert parsed.value == pytest.approx(expected.value)
    assert (parsed.ambiguous, parsed.note) == (expected.ambiguous, expected.note)


def test_parse_digits_defaults_read_an_unknown_style_and_a_non_whole_value() -> None:
    assert parse_digits("6,179") == ParsedNumber(6.179, True, COMMA_DECIMAL_VI)
    assert parse_digits("2.200") == ParsedNumber(2200.0)


@pytest.mark.parametrize("surface", ["1..2", "12,", ",5", "1,2,3", "abc", "", "1.2.3", "12 34"])
def test_unreadable_digit_surface_raises(surface: str) -> None:
    with pytest.raises(NumberFormatError) as err:
        parse_digits(surface)
    assert err.value.surface == surface
    assert err.value.reason == "not a Vietnamese or English number format"


@pytest.mark.parametrize(
    ("words", "value", "n_words"),
    [
        ("năm", 5, 1),
        ("mười", 10, 1),
        ("mười không", 10, 1),
        ("mười rưỡi", 10, 1),
        ("mười nhăm", 15, 2),
        ("mười nghìn", 10_000, 2),
        ("mười một", 11, 2),
        ("một chục", 10, 2),
        ("hai mươi nghìn", 20_000, 3),
        ("một trăm linh một", 101, 4),
        ("hai mươi", 20, 2),
        ("hai chục", 20, 2),
        ("hai mươi không", 20, 2),
        ("hai mươi lăm", 25, 3),
        ("hai mươi năm", 20, 2),  # 'năm' after a ten is years ('hai mươi năm qua'); 25 is 'hai mươi lăm'
        ("mười năm liên tục", 10, 1),
        ("ba mươi tư", 34, 3),
        ("sáu mươi nhăm", 65, 3),
        ("chín mươi chín", 99, 3),
        ("hai trăm", 200, 2),
        ("hai trăm rưỡi", 250, 3),
        ("hai trăm mười lăm", 215, 4),
        ("chín trăm chín mươi chín", 999, 5),
        ("ba trăm lẻ bảy", 307, 4),
        ("hai trăm linh một nghìn", 201_000, 5),
        ("một vạn", 10_000, 2),
        ("hai nghìn ba trăm", 2300, 4),
        ("hai nghìn người", 2000, 2),
        ("hai nghìn không trăm linh một", 2001, 6),
        ("một nghìn hai trăm năm lịch sử", 1200, 4),
        ("bốn mươi mốt triệu", 41_000_000, 4),
        ("hai nghìn rưỡi năm nay", 2500, 3),
        ("ba triệu rưỡi", 3_500_000, 3),
        ("một triệu hai trăm nghìn tỷ", 1.2e15, 6),
        ("hai nghìn tỷ ba trăm triệu", 2_000_300_000_000, 6),
        ("ba phẩy năm", 3.5, 3),
        ("ba phẩy năm triệu", 3_500_000, 4),
        ("ba phẩy không năm", 3.05, 4),
        ("ba phẩy hai năm", 3.25, 4),
        ("ba phẩy hai lăm", 3.2, 3),
        ("ba phẩy", 3, 1),
        ("ba phẩy người", 3, 1),
        ("bảy người", 7, 1),
    ],
)
def test_number_word_runs(words: str, value: float, n_words: int) -> None:
    parsed = parse_number_words(fold_key(words).split())
    assert parsed is not None
    assert (parsed.value, parsed.n_words) == (pytest.approx(value), n_words)
    assert parsed.compound is (n_words >= 2)


@pytest.mark.parametrize(
    "words", ["không", "không mươi", "trăm", "mươi", "linh năm", "lẻ bảy", "một trăm linh không", "người", ""]
)
def test_words_that_do_not_start_a_number(words: str) -> None:
    assert parse_number_words(fold_key(words).split()) is None


@pytest.mark.parametrize(
    ("words", "start", "value", "n_words"),
    [
        ("có hai mươi chi bộ", 1, 20, 2),
        ("kết nạp ba trăm lẻ năm đảng viên", 2, 305, 4),
        ("năm hai nghìn", 1, 2000, 2),
    ],
)
def test_number_words_from_an_offset(words: str, start: int, value: float, n_words: int) -> None:
    parsed = parse_number_words(words.split(), start)
    assert parsed is not None
    assert (parsed.value, parsed.n_words) == (pytest.approx(value), n_words)



@pytest.mark.parametrize(("words", "value"), [("ba nghìn hai trăm tỷ", 3.2e12), ("hai nghìn năm trăm tỷ đồng", 2.5e12)])
def test_thousands_of_billions_with_hundreds(words: str, value: float) -> None:
    parsed = parse_number_words(fold_key(words).split())
    assert parsed is not None and parsed.value == pytest.approx(value)
