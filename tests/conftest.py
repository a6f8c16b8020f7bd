"""Shared fixtures: Prefect isolated in a temp PREFECT_HOME, the seeds folder, a Prefect test harness."""

from __future__ import annotations

import os
import tempfile
import unicodedata
from pathlib import Path

import pytest

from tests.paths import GOLD, REPO, SEEDS

__all__ = ["GOLD", "REPO", "SEEDS", "to_cp1258"]

_PREFECT_HOME = tempfile.mkdtemp(prefix="vnreport-prefect-")
os.environ["PREFECT_HOME"] = _PREFECT_HOME
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Windows-1258 bytes of a Vietnamese text: precomposed vowels with separate tone marks."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in decomposed if c in TONES)
        out.append(unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES)) + tone)
    return "".join(out).encode("cp1258")


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five real seed documents beside the repo; skipped when ../shared is absent."""
    if not SEEDS.is_dir():
        pytest.skip(f"seed documents not found at {SEEDS} (../shared is not beside the repo)")
    return SEEDS


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect server (SQLite in a temp folder) for the whole session; yields its API URL,
    which subprocesses (CLI runs, Dask workers, a served deployment) are pointed at."""
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield PREFECT_API_URL.value()
