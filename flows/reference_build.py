"""Regenerate data/reference/districts.csv and communes_2025.csv from the vietnamadminunits package's data.

vnreport reads only the CSVs at run time: the package itself pulls in shapely, geopy and tqdm, none of which the
pipeline needs. Rebuild: `pip download --no-deps vietnamadminunits`, unzip, then
`python -m flows.reference_build PATH/vietnamadminunits/data` (the folder holding dataset.db and
converter_2025.json).
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from pathlib import Path

from transforms.places import resolve_province
from transforms.refdir import reference_dir

KINDS = {"Huyện": "huyen", "Thị xã": "thi_xa", "Thành phố": "thanh_pho", "Quận": "quan"}


def district_rows(db: Path) -> list[dict[str, str]]:
    """Pre-2025 districts (quận, huyện, thị xã, thành phố thuộc tỉnh) with the slug of their province."""
    with sqlite3.connect(db) as con:
        found = con.execute("select distinct provinceShort, districtShort, districtType from admin_units_legacy")
        rows = []
        for province, district, kind in found:
            slug = resolve_province(province)
            if slug is None:
                raise SystemExit(f"province {province!r} of the dataset is not in provinces.csv")
            rows.append({"province_slug": slug, "district": district, "kind": KINDS[kind]})
    return sorted(rows, key=lambda r: (r["province_slug"], r["kind"], r["district"]))


def _slugs(con: sqlite3.Connection, table: str) -> dict[str, str]:
    """The dataset's province keys ('tinhphutho') -> our province slugs."""
    out = {}
    for short, key in con.execute(f"select distinct provinceShort, provinceKey from {table}"):
        slug = resolve_province(short)
        if slug is None:
            raise SystemExit(f"province {short!r} of the dataset is not in provinces.csv")
        out[key] = slug
    return out


def commune_rows(folder: Path) -> list[dict[str, str]]:
    """Communes and wards of the July 2025 map, with the pre-2025 provinces their parts came from ('Xã Toàn Thắng'
    of Phú Thọ <- hoa-binh): a post-merger text about such a commune is filed under its old province, and one that
    names only a commune ('phường Tân Giang' of Cao Bằng, a province no merger formed) under that commune's."""
    with sqlite3.connect(folder / "dataset.db") as con:
        old_slug, new_slug = _slugs(con, "admin_units_legacy"), _slugs(con, "admin_units")
        names = {(p, w): (short, kind) for p, w, short, kind in con.execute(
            "select provinceKey, wardKey, wardShort, wardType from admin_units")}
    data = json.loads((folder / "converter_2025.json").read_text(encoding="utf-8"))
    parts: dict[tuple[str, str], set[str]] = {}
    for province, wards in data["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for ward, olds in wards.items():
            parts.setdefault((province, ward), set()).update(old_slug[o.split("_")[0]] for o in olds)
    for province, olds in data["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, news in olds.items():
            for new in news:
                parts.setdefault((province, new["newWardKey"]), set()).add(old_slug[old.split("_")[0]])
    rows = []
    for (province, ward), olds in parts.items():
        if (province, ward) in names:
            short, kind = names[(province, ward)]
            rows.append({"province_2025_slug": new_slug[province], "commune": short, "kind": kind.lower(),
                         "old_province_slugs": "|".join(sorted(olds))})
    return sorted(rows, key=lambda r: (r["province_2025_slug"], r["kind"], r["commune"]))


def _write(name: str, rows: list[dict[str, str]]) -> None:
    with (reference_dir() / name).open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {name}")


def main(folder: str) -> None:
    """Write districts.csv and communes_2025.csv beside the other reference tables."""
    _write("districts.csv", district_rows(Path(folder) / "dataset.db"))
    _write("communes_2025.csv", commune_rows(Path(folder)))


if __name__ == "__main__":
    main(sys.argv[1])
