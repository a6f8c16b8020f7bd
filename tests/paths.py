"""Where the repo and the shared folder beside it are; VNREPORT_SHARED overrides (runs from a copy: mutmut)."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("VNREPORT_SHARED") or REPO.parent / "shared")
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"
