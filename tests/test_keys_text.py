"""Matching keys fold tone placement without moving offsets; segmentation keeps spans."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.keys import fold_key, lower_key
from transforms.text import find_headings, split_sentences


@pytest.mark.parametrize(
    ("old", "new"),
    [("Tỉnh uỷ", "tỉnh ủy"), ("Khánh Hoà", "khánh hòa"), ("Thanh Hoá", "thanh hóa"), ("khoẻ", "khỏe"),
     ("UỶ BAN", "ủy ban"), ("thuỷ", "thủy"), ("hoạ", "họa")],
)
def test_old_and_new_tone_placement_share_a_key(old: str, new: str) -> None:
    assert fold_key(old) == fold_key(new) == new


@pytest.mark.parametrize("word", ["hoàn thành", "thuyết", "toán", "khuyến", "thủy", "ngày", "y tế"])
def test_words_with_fixed_tone_placement_are_left_alone(word: str) -> None:
    assert fold_key(word) == word


@pytest.mark.parametrize(("y_spelling", "i_spelling"), [
    ("nhiệm kỳ", "nhiệm kì"), ("kỷ luật", "kỉ luật"), ("Quý II", "quí ii"), ("tỷ đồng", "tỉ đồng"),
    ("quy định", "qui định"), ("Mỹ Hào", "mĩ hào"), ("công ty", "công ti"),
])
def test_a_final_y_after_a_consonant_shares_a_key_with_its_i_spelling(y_spelling: str, i_spelling: str) -> None:
    assert fold_key(y_spelling) == fold_key(i_spelling) == i_spelling
    assert len(fold_key(y_spelling, lower=False)) == len(y_spelling)


@pytest.mark.parametrize(("typed", "right"), [("Qúy III", "quí iii"), ("qùa tặng", "quà tặng"), ("QÚY I", "quí i")])
def test_a_tone_typed_on_the_u_of_qu_belongs_to_the_vowel_after_it(typed: str, right: str) -> None:
    assert fold_key(typed) == right
    assert len(fold_key(typed, lower=False)) == len(typed)


@pytest.mark.parametrize(("styled", "plain"), [
    ("ʙị ᴋʜᴀɪ ᴛʀừ ᴋʜỏɪ Đảɴɢ", "bị khai trừ khỏi đảng"),  # small capitals
    ("𝟷𝟸 đảɴɢ ᴠɪêɴ", "12 đảng viên"),  # mathematical monospace digits
    ("𝐤𝐢ểm 𝐭𝐫𝐚", "kiểm tra"),  # mathematical bold letters around a precomposed one
    ("Ｋết nạp ２０ người", "kết nạp 20 người"),  # fullwidth
])
def test_fancy_text_letters_share_a_key_with_plain_letters(styled: str, plain: str) -> None:
    assert fold_key(styled) == fold_key(plain)
    assert len(fold_key(styled, lower=False)) == len(styled)


VIETNAMESE_LETTERS = "aAoOuUyYeEiIđĐhHnNgGtT òóỏõọÒÓỎÕỌàáảãạÀÁẢÃẠùúủũụÙÚỦŨỤỳýỷỹỵỲÝỶỸỴèéẻẽẹìíỉĩịΣİ\u00a0–"


@given(st.text(alphabet=VIETNAMESE_LETTERS, max_size=40))
def test_one_fold_gives_both_keys(text: str) -> None:
    cased = fold_key(text, lower=False)
    assert lower_key(cased) == fold_key(text)
    assert len(cased) == len(text)


def test_key_has_the_length_of_the_text() -> None:
    text = "Ủy ban\u00a0Kiểm tra – Tỉnh uỷ Ð/c"
    key = fold_key(text)
    assert len(key) == len(text)
    assert key == "ủy ban kiểm tra - tỉnh ủy đ/c"


def test_sentences_split_on_stops_not_on_numbers_or_abbreviations() -> None:
    text = "Toàn tỉnh có 2.200 đảng viên, đạt 56,62%. TP. Hồ Chí Minh kết nạp 821/1.450. Xong!"
    sentences = split_sentences(text, fold_key(text))
    assert [text[s.start:s.end] for s in sentences] == [
        "Toàn tỉnh có 2.200 đảng viên, đạt 56,62%.",
        "TP. Hồ Chí Minh kết nạp 821/1.450.",
        "Xong!",
    ]


def test_sentences_know_their_section_heading() -> None:
    text = "I. KẾT QUẢ\n\n1. Công tác kiểm tra\n\nKiểm tra 5 đảng viên.\n\n2. Công tác dân vận\n\nTuyên truyền."
    sentences = split_sentences(text, fold_key(text))
    by_text = {text[s.start:s.end]: s.section for s in sentences}
    assert by_text["Kiểm tra 5 đảng viên."] == "1. Công tác kiểm tra"
    assert by_text["Tuyên truyền."] == "2. Công tác dân vận"
    assert [h.level for h in find_headings(text)] == [1, 2, 2]


def test_a_line_broken_mid_sentence_is_one_sentence() -> None:
    text = "kỷ niệm 60 năm Ngày Bác Hồ về\n\nthăm tỉnh Hải Dương."
    sentences = split_sentences(text, fold_key(text))
    assert len(sentences) == 1
