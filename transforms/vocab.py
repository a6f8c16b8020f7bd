"""Load the language tables under data/reference/ once into frozen, read-only objects."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from transforms.errors import VocabularyError
from transforms.keys import fold_key
from transforms.refdir import read_csv as _read_csv
from transforms.refdir import read_yaml as _read_yaml


def phrase_keys(phrases: Any) -> tuple[str, ...]:
    """Folded keys of a phrase list, longest first so that matching prefers long phrases."""
    return tuple(sorted({fold_key(str(p)) for p in phrases or ()}, key=lambda s: (-len(s), s)))


@dataclass(frozen=True)
class NumberVocab:
    """Number words, scale words, units, approximation words."""

    words: MappingProxyType  # key -> (value, role)
    scales: MappingProxyType  # key -> multiplier
    scale_keys: tuple[str, ...]
    unit_keys: tuple[str, ...]
    approx_before_keys: tuple[str, ...]
    approx_after_keys: tuple[str, ...]
    units: MappingProxyType  # key -> (unit code, multiplier)
    currency_false_friends: tuple[str, ...]
    people_false_friends: tuple[str, ...]  # 'đồng bào' counts people even after a scale ('1,4 triệu đồng bào')
    scale_false_friends: tuple[str, ...]  # 'tỷ lệ' (a rate) is no 'tỷ' (a billion)
    money_scales: frozenset[float]  # multipliers of the scales a bare amount of money ends on ('218 triệu')
    money_words: tuple[str, ...]  # words naming money before a bare amount ('doanh thu 260 tỷ')
    money_after_words: tuple[str, ...]  # words naming money right after a bare amount ('28 triệu tiền ngân sách')
    approx_before: MappingProxyType  # key -> approx code
    approx_after: MappingProxyType
    not_after_ten: frozenset[str]  # units that are no unit after 'mười', 'mươi' ('mười năm': ten years, not 15)


@dataclass(frozen=True)
class NounVocab:
    """Counted nouns and their subject class; stop words that end a noun."""

    nouns: MappingProxyType  # key -> (canonical, subject)
    stop_words: frozenset[str]
    noun_keys: tuple[str, ...]


@dataclass(frozen=True)
class MaskVocab:
    """Context words that make a number a label, date, duration or name."""

    label_before: tuple[str, ...]
    counter_labels: tuple[str, ...]
    citation_page_words: tuple[str, ...]
    weekday_words: tuple[str, ...]
    counter_line_labels: tuple[str, ...]
    breadcrumb_home: tuple[str, ...]
    label_except_after: MappingProxyType
    duration_after: tuple[str, ...]
    duration_except_next: MappingProxyType
    duration_counted_after_name: tuple[str, ...]
    range_joiners: tuple[str, ...]
    duration_list_joiners: tuple[str, ...]
    unit_range_joiners: tuple[str, ...]
    unit_list_joiners: tuple[str, ...]
    unit_rise_joiners: tuple[str, ...]
    rise_openers: tuple[str, ...]
    dimension_signs: tuple[str, ...]
    dotted_day_joiners: tuple[str, ...]
    date_before: tuple[str, ...]
    date_before_comma: tuple[str, ...]
    date_before_unless_counted: tuple[str, ...]
    fraction_before: tuple[str, ...]
    year_not_after: tuple[str, ...]
    rank_before: tuple[str, ...]
    event_times: tuple[str, ...]
    abbreviations: frozenset[str]
    year_labels: tuple[str, ...]
    ordinal_labels: tuple[str, ...]
    name_labels: tuple[str, ...]
    quoted_name_labels: tuple[str, ...]  # 'chỉ tiêu 16 “Mỗi chi bộ …”': a number naming an item only before a quote
    list_labels: tuple[str, ...]
    abbreviated_month_words: tuple[str, ...]  # 'Th5': a month abbreviated in a page's date line
    contents_headings: tuple[str, ...]  # 'MỤC LỤC': the heading of a table of contents, alone on its line
    code_labels: tuple[str, ...]  # 'Mã số: 62 31 02 03': every digit group after one on its line is the code
    place_words: tuple[str, ...]
    article_words: tuple[str, ...]
    article_not_after: tuple[str, ...]
    article_not_before: tuple[str, ...]
    article_not_nouns: tuple[str, ...]
    article_generic_after: tuple[str, ...]
    article_range_joiners: tuple[str, ...]  # 'một đến hai đảng viên': an article opening a range counts
    article_list_joiners: tuple[str, ...]  # '24 xã và một thị trấn': an article listed with a count counts
    plenum_term_words: tuple[str, ...]
    multiplier_nouns: tuple[str, ...]
    multiplier_ordinals: tuple[str, ...]  # 'Quân khu 9 lần thứ X': 'lần' of an ordinal counts no times
    multiplier_before: tuple[str, ...]
    bare_percent_after: tuple[str, ...]
    glued_word_before: frozenset[str]
    article_after_acts: tuple[str, ...]
    multiplier_after: tuple[str, ...]
    single_needs_table_noun: tuple[str, ...]
    single_not_after: tuple[str, ...]
    single_among: tuple[str, ...]
    word_compound_heads: tuple[str, ...]
    name_honorifics: tuple[str, ...]  # 'bà Bảy': a capitalised number word after one is a person's name
    indefinite_after: tuple[str, ...]
    single_after_forms: tuple[str, ...]
    spelled_repeat_openers: tuple[str, ...]
    date_words: tuple[str, ...]
    english_months: tuple[str, ...]
    title_number_after: tuple[str, ...]
    shorthand_openers: tuple[str, ...]
    average_age_words: tuple[str, ...]
    average_age_links: tuple[str, ...]
    title_number_joiner: tuple[str, ...]
    speech_after_quote: tuple[str, ...]
    comment_box_limits: tuple[str, ...]
    comment_box_units: tuple[str, ...]
    widget_templates: tuple[str, ...]
    file_size_units: tuple[str, ...]
    temperature_units: tuple[str, ...]  # 'Cà Mau, 32°C/ 32°C - 33°C': a weather widget's line
    file_page_words: tuple[str, ...]  # '(361.85 KB, 50 trang)': a download line's page count
    clock_hour_words: tuple[str, ...]
    caption_index_words: tuple[str, ...]


@functools.cache
def number_vocab() -> NumberVocab:
    """Number, scale, unit and approximation vocabularies."""
    words = {}
    for row in _read_csv("number_words.csv"):
        words[fold_key(row["word"])] = (float(row["value"]), row["role"])
    scale_rows = _read_csv("scales.csv")
    scales = {fold_key(r["word"]): float(r["multiplier"]) for r in scale_rows}
    units = {fold_key(r["surface"]): (r["unit"], float(r["multiplier"])) for r in _read_csv("units.csv")}
    approx_before: dict[str, str] = {}
    approx_after: dict[str, str] = {}
    for r in _read_csv("approx.csv"):
        target = approx_before if r["position"] == "before" else approx_after
        target[fold_key(r["phrase"])] = r["approx"]
    friend_rows = _read_csv("currency_false_friends.csv")
    friends = phrase_keys(r["phrase"] for r in friend_rows)
    return NumberVocab(
        words=MappingProxyType(words),
        scales=MappingProxyType(scales),
        scale_keys=phrase_keys(scales),
        unit_keys=phrase_keys(units),
        approx_before_keys=phrase_keys(approx_before),
        approx_after_keys=phrase_keys(approx_after),
        units=MappingProxyType(units),
        currency_false_friends=friends,
        people_false_friends=phrase_keys(r["phrase"] for r in friend_rows if r["people"] == "yes"),
        scale_false_friends=phrase_keys(r["phrase"] for r in _read_csv("scale_false_friends.csv")),
        money_scales=frozenset(float(r["multiplier"]) for r in scale_rows if r["money_when_bare"] == "yes"),
        money_words=phrase_keys(r["phrase"] for r in _read_csv("money_words.csv")),
        money_after_words=phrase_keys(r["phrase"] for r in _read_csv("money_after_words.csv")),
        approx_before=MappingProxyType(approx_before),
        approx_after=MappingProxyType(approx_after),
        not_after_ten=frozenset(fold_key(r["word"]) for r in _read_csv("number_words.csv") if r["after_ten"] == "no"),
    )


@functools.cache
def noun_vocab() -> NounVocab:
    """Counted-noun table (nouns.csv) and noun stop words."""
    nouns = {fold_key(r["phrase"]): (r["canonical"], r["subject"]) for r in _read_csv("nouns.csv")}
    stops = frozenset(fold_key(r["word"]) for r in _read_csv("noun_stop_words.csv"))
    return NounVocab(nouns=MappingProxyType(nouns), stop_words=stops, noun_keys=phrase_keys(nouns))


@functools.cache
def mask_vocab() -> MaskVocab:
    """Non-quantity context words (non_quantities.yaml)."""
    data = _read_yaml("non_quantities.yaml")
    return MaskVocab(
        label_before=phrase_keys(data["label_before"]),
        counter_labels=phrase_keys(data["counter_labels"]),
        citation_page_words=phrase_keys(data["citation_page_words"]),
        weekday_words=phrase_keys(data["weekday_words"]),
        counter_line_labels=phrase_keys(data["counter_line_labels"]),
        breadcrumb_home=phrase_keys(data["breadcrumb_home"]),
        label_except_after=MappingProxyType(
            {fold_key(k): phrase_keys(v) for k, v in (data.get("label_except_after") or {}).items()}
        ),
        duration_after=phrase_keys(data["duration_after"]),
        duration_counted_after_name=phrase_keys(data["duration_counted_after_name"]),
        duration_except_next=MappingProxyType(
            {fold_key(k): phrase_keys(v) for k, v in (data.get("duration_except_next") or {}).items()}
        ),
        range_joiners=phrase_keys(data["range_joiners"]),
        duration_list_joiners=phrase_keys(data["duration_list_joiners"]),
        unit_range_joiners=phrase_keys(data["unit_range_joiners"]),
        unit_list_joiners=phrase_keys(data["unit_list_joiners"]),
        unit_rise_joiners=phrase_keys(data["unit_rise_joiners"]),
        rise_openers=phrase_keys(data["rise_openers"]),
        dimension_signs=phrase_keys(data["dimension_signs"]),
        dotted_day_joiners=phrase_keys(data["dotted_day_joiners"]),
        date_before=phrase_keys(data["date_before"]),
        date_before_comma=phrase_keys(data["date_before_comma"]),
        date_before_unless_counted=phrase_keys(data["date_before_unless_counted"]),
        fraction_before=phrase_keys(data["fraction_before"]),
        year_not_after=phrase_keys(data["year_not_after"]),
        rank_before=phrase_keys(data["rank_before"]),
        event_times=phrase_keys(data["event_times"]),
        abbreviations=frozenset(fold_key(a) for a in data["abbreviations"]),
        year_labels=phrase_keys(data["year_labels"]),
        ordinal_labels=phrase_keys(data["ordinal_labels"]),
        name_labels=phrase_keys(data["name_labels"]),
        quoted_name_labels=phrase_keys(data["quoted_name_labels"]),
        list_labels=phrase_keys(data["list_labels"]),
        code_labels=phrase_keys(data["code_labels"]),
        contents_headings=phrase_keys(data["contents_headings"]),
        abbreviated_month_words=phrase_keys(data["abbreviated_month_words"]),
        place_words=phrase_keys(data["place_words"]),
        article_words=phrase_keys(data["article_words"]),
        article_not_after=phrase_keys(data["article_not_after"]),
        article_not_before=phrase_keys(data["article_not_before"]),
        article_not_nouns=phrase_keys(data["article_not_nouns"]),
        article_generic_after=phrase_keys(data["article_generic_after"]),
        article_range_joiners=phrase_keys(data["article_range_joiners"]),
        article_list_joiners=phrase_keys(data["article_list_joiners"]),
        plenum_term_words=phrase_keys(data["plenum_term_words"]),
        multiplier_nouns=phrase_keys(data["multiplier_nouns"]),
        multiplier_ordinals=phrase_keys(data["multiplier_ordinals"]),
        multiplier_before=phrase_keys(data["multiplier_before"]),
        bare_percent_after=phrase_keys(data["bare_percent_after"]),
        glued_word_before=frozenset(phrase_keys(data["glued_word_before"])),
        article_after_acts=phrase_keys(data["article_after_acts"]),
        multiplier_after=phrase_keys(data["multiplier_after"]),
        single_needs_table_noun=phrase_keys(data["single_needs_table_noun"]),
        single_not_after=phrase_keys(data["single_not_after"]),
        single_among=phrase_keys(data["single_among"]),
        word_compound_heads=phrase_keys(data["word_compound_heads"]),
        name_honorifics=phrase_keys(data["name_honorifics"]),
        indefinite_after=phrase_keys(data["indefinite_after"]),
        single_after_forms=phrase_keys(data["single_after_forms"]),
        spelled_repeat_openers=tuple(fold_key(w) for w in data["spelled_repeat_openers"]),
        date_words=tuple(fold_key(w) for w in data["date_words"]),
        english_months=phrase_keys(data["english_months"]),
        title_number_after=phrase_keys(data["title_number_after"]),
        shorthand_openers=phrase_keys(data["shorthand_openers"]),
        average_age_words=phrase_keys(data["average_age_words"]),
        average_age_links=phrase_keys(data["average_age_links"]),
        title_number_joiner=phrase_keys(data["title_number_joiner"]),
        speech_after_quote=phrase_keys(data["speech_after_quote"]),
        comment_box_limits=phrase_keys(data["comment_box_limits"]),
        comment_box_units=phrase_keys(data["comment_box_units"]),
        widget_templates=phrase_keys(data["widget_templates"]),
        file_size_units=phrase_keys(data["file_size_units"]),
        temperature_units=phrase_keys(data["temperature_units"]),
        file_page_words=phrase_keys(data["file_page_words"]),
        clock_hour_words=phrase_keys(data["clock_hour_words"]),
        caption_index_words=phrase_keys(data["caption_index_words"]),
    )


@functools.cache
def period_vocab() -> MappingProxyType:
    """Period phrases and their context words (periods.yaml), keys folded."""
    data = _read_yaml("periods.yaml")
    phrases = {}
    for item in data["phrases"]:
        phrases[fold_key(item["phrase"])] = item["period"]
    out = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}  # phrase lists are tuples, as typed
    out["phrases"] = MappingProxyType(dict(sorted(phrases.items(), key=lambda kv: -len(kv[0]))))
    for key in ("year_topic_before", "term_name_context", "comparison_before", "cutoff_phrases", "local_only_before",
                "plan_before", "future_year_before", "future_year_not_after", "same_period_before", "year_span_open",
                "year_span_join", "month_span_join", "year_pair_joins", "running_term_phrases", "past_year_phrases",
                "past_year_not_after", "year_to_date_join", "term_plan_before", "term_goal_after",
                "month_opening_before", "month_review_before", "year_to_date_phrases",
                "congress_words", "party_congress_phrases", "birth_date_before", "birth_date_not_after",
                "past_years_numbers",
                "congress_not_after", "cutoff_month_phrases", "cutoff_not_after",
                "term_holder_words", "term_period_before", "term_object_before", "review_words", "rating_review_words",
                "habitual_after", "review_not_after",
                "year_span_stage", "event_day_before", "future_year_stock_after", "future_year_goal_words",
                "year_end_horizon_words", "national_congress_before", "national_congress_words",
                "national_congress_not_after", "national_congress_ordinal_before", "years_window_phrases",
                "years_window_not_after", "years_window_more_than", "congress_set_after",
                "year_span_lookback", "term_start_words", "congress_held_words", "goal_only_horizon_words",
                "just_issued_words", "anniversary_words", "national_congress_moment_before"):
        out[key] = phrase_keys(data[key])
    out["year_word"] = fold_key(data["year_word"])
    out["term_word"] = fold_key(data["term_word"])
    out["month_word"] = fold_key(data["month_word"])
    out["month_quarter"] = MappingProxyType({int(k): v for k, v in data["month_quarter"].items()})
    out["cutoff_month_period"] = MappingProxyType({int(k): v for k, v in data["cutoff_month_period"].items()})
    return MappingProxyType(out)


@functools.cache
def indicator_vocab() -> MappingProxyType:
    """The indicator taxonomy and its cue phrases (indicators.yaml), as loaded."""
    return MappingProxyType(_read_yaml("indicators.yaml"))


@dataclass(frozen=True)
class Province:
    """One of the 63 provinces in force before 1 July 2025, and the one it belongs to since."""

    slug: str
    name: str
    kind: str
    current_slug: str
    current_name: str


@functools.cache
def provinces() -> MappingProxyType:
    """Gazetteer: slug -> Province."""
    rows = _read_csv("provinces.csv")
    return MappingProxyType({r["slug"]: Province(**r) for r in rows})


@functools.cache
def province_variants() -> tuple[tuple[str, str], ...]:
    """(case-kept folded variant, slug) pairs, longest first; bare "Hồ Chí Minh" is a person, not listed."""
    known = provinces()
    pairs = set()
    for r in _read_csv("province_variants.csv"):
        if r["slug"] not in known:
            raise VocabularyError(f"province_variants.csv: unknown slug {r['slug']!r}")
        pairs.add((fold_key(r["variant"], lower=False), r["slug"]))
    return tuple(sorted(pairs, key=lambda kv: (-len(kv[0]), kv)))


@functools.cache
def publishers() -> MappingProxyType:
    """Publisher domain -> province slug (provincial newspapers and portals, data/reference/publishers.csv)."""
    known = provinces()
    table = {}
    for r in _read_csv("publishers.csv"):
        if r["province_slug"] not in known:
            raise VocabularyError(f"publishers.csv: unknown slug {r['province_slug']!r}")
        table[r["domain"].lower()] = r["province_slug"]
    return MappingProxyType(table)


@functools.cache
def districts() -> tuple[tuple[str, str, str], ...]:
    """(folded district name, kind, province slug) of every pre-2025 district (data/reference/districts.csv, built
    from vietnamadminunits) and of those merged away before that dataset's map (districts_dissolved.csv, kept by
    hand: older texts still name them)."""
    known = provinces()
    rows = []
    for name in ("districts.csv", "districts_dissolved.csv"):
        for r in _read_csv(name):
            if r["province_slug"] not in known:
                raise VocabularyError(f"{name}: unknown slug {r['province_slug']!r}")
            name = fold_key(r["district"])
            number = name.partition(" ")[2]
            if number.isdigit():  # 'Quận 1': a numbered district is named by its number after its kind's word
                name = number
            rows.append((name, r["kind"], r["province_slug"]))
    return tuple(rows)


@functools.cache
def _commune_rows() -> tuple[tuple[str, str, str, frozenset[str]], ...]:
    """(folded commune name, 2025 province slug, kind, pre-2025 province slugs) of communes_2025.csv, checked."""
    known = provinces()
    rows = []
    for r in _read_csv("communes_2025.csv"):
        olds = frozenset(r["old_province_slugs"].split("|"))
        if r["province_2025_slug"] not in known or not olds <= known.keys():
            raise VocabularyError(f"communes_2025.csv: unknown slug in {r}")
        rows.append((fold_key(r["commune"]), r["province_2025_slug"], fold_key(r["kind"]), olds))
    return tuple(rows)


@functools.cache
def communes_2025() -> MappingProxyType:
    """(folded commune name, 2025 province slug) -> the pre-2025 provinces its parts came from, for every commune,
    ward and special zone of the July 2025 map (data/reference/communes_2025.csv)."""
    out: dict[tuple[str, str], frozenset[str]] = {}
    for name, province, _, olds in _commune_rows():
        out[(name, province)] = out.get((name, province), frozenset()) | olds
    return MappingProxyType(out)


@functools.cache
def commune_kinds() -> MappingProxyType:
    """(folded commune name, 2025 province slug) -> its kinds ('xã', 'phường', 'đặc khu'): 'phường Ba Đình' is in
    Hà Nội, 'xã Ba Đình' in Thanh Hóa."""
    out: dict[tuple[str, str], frozenset[str]] = {}
    for name, province, kind, _ in _commune_rows():
        out[(name, province)] = out.get((name, province), frozenset()) | {kind}
    return MappingProxyType(out)


@functools.cache
def district_prefixes() -> tuple[tuple[str, str], ...]:
    """(folded word, district kind) that introduce a district name: 'huyện', 'Thị ủy', …, longest first."""
    pairs = {(fold_key(r["word"]), r["kind"]) for r in _read_csv("district_prefixes.csv")}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p)))


@functools.cache
def person_name_words() -> frozenset[str]:
    """Surnames and middle names ('Nguyễn', 'Thị'): a place name right after them is part of a person's name."""
    return frozenset(fold_key(r["word"], lower=False) for r in _read_csv("person_name_words.csv"))


@functools.cache
def commune_abbreviations() -> MappingProxyType:
    """Folded abbreviation -> the commune kind it stands for ('p.' in 'P.Hội An' is 'phường'), from
    commune_abbreviations.csv; written with or without a space before the name."""
    return MappingProxyType({fold_key(r["abbreviation"]): fold_key(r["kind"]) for r in _read_csv(
        "commune_abbreviations.csv")})


@functools.cache
def word_list(name: str) -> tuple[str, ...]:
    """A one-column list of words (`word`) in data/reference/<name>.csv, folded, longest first: commune_prefixes
    ('xã', 'phường'), national_not_before ('toàn Đảng bộ' is not 'toàn Đảng'), national_not_after ('… của Ban Chấp
    hành Trung ương' cites a national document), venue_words ('tổ chức tại Hà Nội')."""
    return phrase_keys(r["word"] for r in _read_csv(f"{name}.csv"))


@functools.cache
def national_markers() -> tuple[str, ...]:
    """Folded phrases naming national bodies or the whole Party (data/reference/national_markers.csv)."""
    return tuple(fold_key(r["phrase"]) for r in _read_csv("national_markers.csv"))
