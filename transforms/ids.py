"""Stable ids: the same inputs always give the same id, across runs and machines."""

from __future__ import annotations

import hashlib

ID_LENGTH = 16


def stable_id(*parts: object) -> str:
    """Short SHA-256 of the parts joined with '|'."""
    return hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:ID_LENGTH]
