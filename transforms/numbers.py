"""One Vietnamese number surface -> value: digit groups, decimal commas, number words, scales."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Literal

from transforms.errors import NumberFormatError
from transforms.vocab import number_vocab

Style = Literal["vi", "en", "unknown"]

VI_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
EN_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
PLAIN = re.compile(r"\d+")
COMMA_DECIMAL = re.compile(r"\d+,\d+")
DOT_DECIMAL = re.compile(r"\d+\.\d+")


@dataclass(frozen=True)
class ParsedNumber:
    """A read number; ambiguous numbers carry a note saying how they were read and why."""

    value: float
    ambiguous: bool = False
    note: str | None = None


# Unambiguous separators of each convention; each pattern opens with a digit so the scan skips to digits.
VI_SIGNS = re.compile(r"\d(?:\.\d{3}\.\d{3}|\.\d{3},\d|(?<![\d.,]\d)\d{0,2},\d{1,2}(?![\d.,]))")
EN_SIGNS = re.compile(r"\d(?:,\d{3},\d{3}|,\d{3}\.\d|(?<![\d.,]\d)\d{0,2}\.\d{1,2}%)")


@functools.cache
def _en_measure_signs() -> re.Pattern[str]:
    """'7.5 tấn/ha', '2.25 ha': a dot with one or two digits before a unit of measure is a decimal point, which only
    the English convention writes so."""
    units = "|".join(re.escape(u) for u in number_vocab().unit_keys if u[0].isalpha())
    return re.compile(r"\d(?<![\d.,]\d)\d{0,2}\.\d{1,2} ?(?:" + units + r")(?!\w)")


def detect_style(key: str) -> Style:
    """Which separator convention a document uses, from its unambiguous numbers."""
    vi = len(VI_SIGNS.findall(key))  # one item per match (the patterns hold no group)
    en = len(EN_SIGNS.findall(key)) + len(_en_measure_signs().findall(key))
    if vi > en:
        return "vi"
    if en > vi:
        return "en"
    return "unknown"


def parse_digits(surface: str, style: Style = "unknown", whole: bool = False) -> ParsedNumber:
    """Read a digit surface ('2.310,4', '04', '6,179'); `whole` says a whole count is expected."""
    s = surface.strip()
    if PLAIN.fullmatch(s):
        return ParsedNumber(float(int(s)))
    if (EN_GROUPED.fullmatch(s) and s.count(",") >= 2) or re.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d+", s):
        return ParsedNumber(float(s.replace(",", "")), style != "en", "English-style separators")
    if VI_GROUPED.fullmatch(s):
        if style == "en" and s.count(".") == 1 and "," not in s and not whole:  # '29.807 người' counts people
            return ParsedNumber(float(s), True, "dot read as decimal point: the document writes English style")
        return ParsedNumber(float(s.replace(".", "").replace(",", ".")))
    if COMMA_DECIMAL.fullmatch(s):
        head, tail = s.split(",")
        if len(tail) == 3 and len(head) <= 3 and (style == "en" or whole):
            why = "the document writes English style" if style == "en" else "a count is whole"
            return ParsedNumber(float(head + tail), True, f"comma read as thousands separator: {why}")
        if len(tail) == 3 and len(head) <= 3:
            return ParsedNumber(float(f"{head}.{tail}"), True, "comma read as decimal comma (Vietnamese style)")
        return ParsedNumber(float(f"{head}.{tail}"))
    if DOT_DECIMAL.fullmatch(s):
        return ParsedNumber(float(s), style != "en", "dot read as decimal point (not a Vietnamese thousands group)")
    raise NumberFormatError(surface, "not a Vietnamese or English number format")


@dataclass(frozen=True)
class WordNumber:
    """A run of number words: its value and how many words it spans."""

    value: float
    n_words: int
    compound: bool


def _group(words: list[str], i: int) -> tuple[float, int] | None:
    """Parse a number below 1000 starting at words[i]: '(X trăm) (Y mươi Z | mười Z | linh Z | Z)'."""
    vocab = number_vocab().words
    role = lambda k: vocab.get(words[k], (None, None))[1] if k < len(words) else None  # noqa: E731
    val = lambda k: vocab[words[k]][0]  # noqa: E731
    j, total, used = i, 0.0, False
    if role(j) == "digit" and role(j + 1) == "hundred":
        total, j, used = val(j) * 100, j + 2, True
        if role(j) == "half":
            return total + 50, j + 1
    unit_after_ten = lambda k: val(k) > 0 and words[k] not in number_vocab().not_after_ten  # noqa: E731
    if role(j) == "ten":
        total, j, used = total + 10, j + 1, True
        if role(j) in ("digit", "unit_after_ten") and unit_after_ten(j):
            total, j = total + val(j), j + 1
        return total, j
    if used and role(j) == "zero_tens":
        if role(j + 1) == "digit" and val(j + 1) > 0:
            return total + val(j + 1), j + 2
        return None
    if role(j) == "digit" and val(j) > 0 and role(j + 1) == "tens":
        total, j = total + val(j) * 10, j + 2
        if role(j) in ("digit", "unit_after_tens", "unit_after_ten") and unit_after_ten(j):
            total, j = total + val(j), j + 1
        return total, j
    if not used and role(j) == "digit" and val(j) > 0:
        return val(j), j + 1
    return (total, j) if used else None


def parse_number_words(words: list[str], i: int = 0) -> WordNumber | None:
    """Longest number-word run at words[i]: 'hai mươi mốt' -> 21, 'hai triệu rưỡi' -> 2 500 000."""
    vocab = number_vocab().words
    parts: list[tuple[float, float]] = []  # (value, scale) of completed groups
    j, last_scale = i, 0.0
    first = _group(words, j)
    if first is None:
        return None
    current, j = first
    while j < len(words):
        word = words[j]
        entry = vocab.get(word)
        if entry and entry[1] == "scale":
            scale = entry[0]
            if parts and scale > parts[-1][1]:  # 'ba nghìn hai trăm tỷ': the smaller groups are counted in tỷ
                low = sum(v for v, s in parts if s < scale) + current
                parts = [(v, s) for v, s in parts if s >= scale] + [(low * scale, scale)]
            else:
                parts.append((current * scale, scale))
            current, last_scale, j = 0.0, scale, j + 1
            continue
        if entry and entry[1] == "half" and last_scale and current == 0:
            parts.append((last_scale / 2, last_scale / 10))
            j += 1
            break
        if entry and entry[1] == "decimal" and j + 1 < len(words):
            digits = ""
            k = j + 1
            while k < len(words) and vocab.get(words[k], (0, ""))[1] == "digit":
                digits += str(int(vocab[words[k]][0]))
                k += 1
            if not digits:
                break
            current, j = current + float("0." + digits), k
            continue
        if current == 0 and parts:
            nxt = _group(words, j)
            if nxt is not None and nxt[0] > 0:
                current, j = nxt
                continue
        break
    value = sum(v for v, _ in parts) + current
    n = j - i
    return WordNumber(value=value, n_words=n, compound=n >= 2)
