"""Walk the input folder: report files, their sidecars (<file>.meta.json or manifest.csv)."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

SIDECAR_SUFFIX = ".meta.json"
MANIFEST_CSV = "manifest.csv"
SIDECAR_KEYS = ("province", "published", "source_url")
NO_SIDECAR: dict[str, str] = {}  # shared by every file without sidecar values (a dict each cost 6 MB per 100 000
# files); never changed: a SourceFile is frozen and its sidecar only read


@dataclass(frozen=True, slots=True)
class SourceFile:
    """An input file: path relative to the input root ('/' separated), size, mtime, sidecar values."""

    rel: str
    size: int
    mtime_ns: int
    sidecar: dict[str, str] = field(default_factory=dict)

    @property
    def sidecar_hash(self) -> str:
        """Fingerprint of the sidecar values, so a changed sidecar re-processes its file."""
        if not self.sidecar:
            return ""
        return hashlib.sha256(json.dumps(self.sidecar, sort_keys=True).encode()).hexdigest()[:16]


def _is_report(name: str) -> bool:
    return not name.startswith((".", "_")) and not name.endswith(SIDECAR_SUFFIX) and name != MANIFEST_CSV


def _read_manifest_csv(root: Path) -> dict[str, dict[str, str]]:
    """manifest.csv rows keyed by their relative path (column 'path' or 'source_path')."""
    path = root / MANIFEST_CSV
    if not path.exists():
        return {}
    out = {}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            rel = (row.get("path") or row.get("source_path") or "").strip().replace("\\", "/")
            if rel:
                out[rel] = {k: row[k].strip() for k in SIDECAR_KEYS if row.get(k) and row[k].strip()}
    return out


def _read_sidecar(path: Path) -> tuple[dict[str, str], str | None]:
    """Values of a <file>.meta.json; a broken sidecar is reported, not fatal."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return {}, f"sidecar {path.name} ignored: {exc}"
    if not isinstance(data, dict):
        return {}, f"sidecar {path.name} ignored: not a JSON object"
    return {k: str(data[k]).strip() for k in SIDECAR_KEYS if data.get(k)}, None


def _file_kind(mode: int) -> str:
    """A readable name for a non-regular file type."""
    for test, name in ((stat.S_ISFIFO, "named pipe"), (stat.S_ISSOCK, "socket"), (stat.S_ISCHR, "character device"),
                       (stat.S_ISBLK, "block device"), (stat.S_ISDIR, "folder")):
        if test(mode):
            return name
    return "special file"


def discover(root: Path) -> tuple[list[SourceFile], list[str]]:
    """Report files under root, sorted by relative path, with their sidecar values; and warnings."""
    listed = _read_manifest_csv(root)
    files, warnings = [], []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "_")))
        for name in sorted(filenames):
            if not _is_report(name):
                continue
            path = Path(dirpath) / name
            try:
                st = path.stat()
            except OSError as exc:  # a dangling link or a symlink loop: nothing to read
                warnings.append(f"{path}: skipped, cannot stat ({exc.strerror or exc})")
                continue
            if not stat.S_ISREG(st.st_mode):  # opening a FIFO or a device would block or never end
                warnings.append(f"{path}: skipped, not a regular file ({_file_kind(st.st_mode)})")
                continue
            rel = path.relative_to(root).as_posix()
            sidecar = dict(listed.get(rel, {}))
            side = path.with_name(name + SIDECAR_SUFFIX)
            if side.exists():
                values, problem = _read_sidecar(side)
                sidecar.update(values)
                if problem:
                    warnings.append(problem)
            files.append(SourceFile(rel, st.st_size, st.st_mtime_ns, sidecar or NO_SIDECAR))
    return sorted(files, key=lambda f: f.rel), warnings
