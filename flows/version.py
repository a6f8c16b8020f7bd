"""The pipeline version: package version plus a fingerprint of the extractor code and its tables."""

from __future__ import annotations

import hashlib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import transforms
from transforms.refdir import reference_dir


def _fingerprint() -> str:
    """Hash of transforms/*.py and data/reference/*: any extractor change gives a new version."""
    digest = hashlib.sha256()
    files = sorted(Path(transforms.__file__).parent.glob("*.py")) + sorted(reference_dir().glob("*"))
    for path in files:
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:8]


def _package_version() -> str:
    try:
        return version("vnreport")
    except PackageNotFoundError:
        return "0+unknown"


PIPELINE_VERSION = f"{_package_version()}+{_fingerprint()}"
