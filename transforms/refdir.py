"""Where the reference tables live, and the two readers (CSV, YAML) every loader uses."""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

import yaml

from transforms.errors import VocabularyError

REFERENCE_ENV = "VNREPORT_REFERENCE_DIR"
# libyaml's parser when PyYAML was built with it (the same safe constructor, ten times faster), else the pure one
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def reference_dir() -> Path:
    """Folder of the reference tables: $VNREPORT_REFERENCE_DIR or the repo's data/reference."""
    override = os.environ.get(REFERENCE_ENV)
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "data" / "reference"


def read_csv(name: str) -> list[dict[str, str]]:
    """Rows of a reference CSV as dicts; a missing table is a VocabularyError."""
    path = reference_dir() / name
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            return [dict(row) for row in csv.DictReader(fh)]
    except FileNotFoundError as exc:
        raise VocabularyError(f"reference table missing: {path}") from exc


def read_yaml(name: str) -> dict[str, Any]:
    """A reference YAML mapping; a missing or malformed table is a VocabularyError."""
    path = reference_dir() / name
    try:
        with path.open(encoding="utf-8") as fh:
            data = yaml.load(fh, Loader=SAFE_LOADER)
    except FileNotFoundError as exc:
        raise VocabularyError(f"reference table missing: {path}") from exc
    if not isinstance(data, dict):
        raise VocabularyError(f"{path}: expected a mapping at the top level")
    return data
