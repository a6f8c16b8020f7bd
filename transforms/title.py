"""A document's title: the first heading line that is neither a stamp, a skip link nor page furniture."""

from __future__ import annotations

import functools

from transforms.dating import HEAD_LINES, is_stamp_line, nonblank_lines
from transforms.keys import fold_key
from transforms.refdir import read_csv

MAX_TITLE = 250
MIN_TITLE_WORDS = 5
HEADER_LINES = 10  # an official header (body, number, place and date) may stand above 'BÁO CÁO'


@functools.cache
def _doc_types() -> tuple[str, ...]:
    return tuple(fold_key(r["word"]) for r in read_csv("document_types.csv"))


def is_official(title: str | None) -> bool:
    """An official report, not an article: its title opens with a document type ('BÁO CÁO …', 'THÔNG BÁO …')."""
    if not title:
        return False
    key = fold_key(title).strip()
    return any(key == t or key.startswith(t + " ") for t in _doc_types())


def find_title(text: str, key: str | None = None) -> str | None:
    """Title: a document-type line joined to the next ('BÁO CÁO' + '…'), even below an official header
    ('ĐẢNG BỘ TỈNH …', 'Số 398-BC/TU', the place and date); else a short headline line. `key`: the text's
    folded key, when already computed."""
    doc_types = _doc_types()
    head = nonblank_lines(text, key)[:HEADER_LINES + 1]  # the line after the last header line ends its title
    for i, (line, line_key) in enumerate(head[:-1]):
        if line_key.strip(" :") in doc_types:
            return f"{line} {head[i + 1][0]}"[:MAX_TITLE]
    for line, line_key in head[:HEAD_LINES]:
        if is_stamp_line(line, line_key) or is_skip_link(line_key):
            continue
        if len(line) > MAX_TITLE or line[-1] in ".;,!?":
            return None
        if len(line.split()) >= MIN_TITLE_WORDS:
            return line
    return None


def is_skip_link(key: str) -> bool:
    """A portal's skip link above an article ('Truy cập nội dung luôn'): none of its prose, not its headline."""
    return key.strip().lower() in _skip_links()


@functools.cache
def _skip_links() -> frozenset[str]:
    """The skip links portals put above a headline (data/reference/skip_links.csv), folded lower-case."""
    return frozenset(fold_key(r["line"]).strip().lower() for r in read_csv("skip_links.csv"))
