"""Shape tests over every reference table: known codes, no duplicates, phrases that normalise cleanly."""

from __future__ import annotations

import csv
import unicodedata

import pytest
import yaml

from transforms.cues import specs
from transforms.keys import fold_key
from transforms.refdir import reference_dir
from transforms.schema import MEASURES, NOUN_CLASSES, PERIODS, SUBJECTS, UNITS
from transforms.vocab import (
    communes_2025,
    indicator_vocab,
    mask_vocab,
    noun_vocab,
    number_vocab,
    period_vocab,
    province_variants,
    provinces,
)

REF = reference_dir()


def _phrases(node: object) -> list[str]:
    """Every string inside a YAML node."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [p for v in node.values() for p in _phrases(v)]
    if isinstance(node, list):
        return [p for v in node for p in _phrases(v)]
    return []


@pytest.mark.parametrize("path", sorted(REF.glob("*")), ids=lambda p: p.name)
def test_every_table_is_nfc_utf8_and_parses(path) -> None:
    text = path.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text), f"{path.name} is not NFC"
    if path.suffix == ".csv":
        rows = list(csv.DictReader(text.splitlines()))
        assert rows and all(None not in r and all(v is not None for v in r.values()) for r in rows)
        first = next(iter(rows[0]))
        keys = [tuple(r.values()) for r in rows]
        assert len(keys) == len(set(keys)), f"{path.name}: duplicated rows"
        assert all(r[first].strip() for r in rows), f"{path.name}: empty {first}"
    else:
        assert isinstance(yaml.safe_load(text), dict)


def test_indicator_table_shape() -> None:
    data = indicator_vocab()
    allowed_keys = {"meaning", "cues", "post_cues", "noun_cues", "refines", "subjects", "default_subject", "actor",
                    "breakdown", "joint_actor"}
    for code, item in data["indicators"].items():
        assert set(item) <= allowed_keys, f"{code}: unknown keys {set(item) - allowed_keys}"
        assert item["meaning"] and item["cues"], code
        assert set(item["subjects"]) <= set(SUBJECTS), code
        assert item.get("default_subject") in (None, *item["subjects"]), code
        assert item.get("refines") in (None, *data["indicators"]), code
        assert item.get("joint_actor") in (None, "committee", "commission"), code
    assert set(data["subjects"]) == set(SUBJECTS)
    assert {"change_up", "change_down", "attainment_before", "share_before", "target_words"} <= set(data["measures"])
    assert set(data["scope"]) >= {"document", "national", "subunit"}
    assert {s.code for s in specs().values()} == set(data["indicators"])


def test_no_cue_phrase_is_claimed_by_two_kinds() -> None:
    data = indicator_vocab()
    seen: dict[str, str] = {}
    for _code, item in data["indicators"].items():
        for phrase in item.get("cues", []) + item.get("post_cues", []):
            kind = "post" if phrase in item.get("post_cues", []) else "cue"
            assert seen.setdefault(fold_key(phrase), kind) == kind, phrase
    assert not {fold_key(p) for p in data["blocked_cues"]} & set(seen)


def test_number_unit_and_noun_tables() -> None:
    vocab = number_vocab()
    roles = {"digit", "unit_after_tens", "unit_after_ten", "ten", "tens", "hundred", "zero_tens", "scale", "half",
             "decimal"}
    assert {role for _, role in vocab.words.values()} <= roles
    assert {unit for unit, _ in vocab.units.values()} <= set(UNITS)
    assert set(vocab.approx_before.values()) | set(vocab.approx_after.values()) <= {"over", "under", "about"}
    assert all(m > 1 for m in vocab.scales.values())
    assert {subject for _, subject in noun_vocab().nouns.values()} <= set(NOUN_CLASSES)
    assert mask_vocab().label_before and mask_vocab().duration_after


def test_period_table() -> None:
    assert set(period_vocab()["phrases"].values()) <= set(PERIODS) | {None}
    assert set(period_vocab()["cutoff_month_period"]) == set(range(1, 13))


def test_gazetteer_has_63_provinces_and_34_current_ones() -> None:
    table = provinces()
    assert len(table) == 63
    assert len({p.current_slug for p in table.values()}) == 34
    assert {p.current_slug for p in table.values()} <= set(table)
    assert table["hai-duong"].current_name == "Hải Phòng"
    assert {slug for _, slug in province_variants()} == set(table)


def test_communes_of_2025_come_from_provinces_merged_into_theirs() -> None:
    table = provinces()
    communes = communes_2025()
    assert len(communes) > 2000
    for (_, province), olds in communes.items():
        assert {table[o].current_slug for o in olds} == {table[province].current_slug}


def test_measure_codes_are_what_the_schema_allows() -> None:
    assert set(MEASURES) == {"count", "target", "attainment_pct", "change_pct", "change_abs", "share_pct"}
    assert all(p == p.strip() for p in _phrases(indicator_vocab()))
