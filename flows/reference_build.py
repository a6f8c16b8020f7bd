"""Regenerate data/reference/districts.csv from the vietnamadminunits package's SQLite dataset.

vnreport reads only the CSV at run time: the package itself pulls in shapely, geopy and tqdm, none of which the
pipeline needs. Rebuild: `pip download --no-deps vietnamadminunits`, unzip, then
`python -m flows.reference_build PATH/vietnamadminunits/data/dataset.db`.
"""

from __future__ import annotations

import csv
import sqlite3
import sys
from pathlib import Path

from transforms.metadata import resolve_province
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


def main(db: str) -> None:
    """Write districts.csv beside the other reference tables."""
    rows = district_rows(Path(db))
    with (reference_dir() / "districts.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["province_slug", "district", "kind"])
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} districts")


if __name__ == "__main__":
    main(sys.argv[1])
