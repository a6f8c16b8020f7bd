"""Run settings in one place: defaults, VNREPORT_* environment overrides, CLI flags, validation."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, fields, replace
from pathlib import Path

from flows.storage import legacy_layout
from transforms.errors import ParameterError

REPO_ROOT = Path(__file__).resolve().parent.parent
ENV_PREFIX = "VNREPORT_"
DEFAULT_DOC_TIMEOUT = 60.0


def available_cores() -> int:
    """CPU cores this process may run on (its affinity mask, which containers and taskset narrow)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know; each field can be set by VNREPORT_<NAME> or a CLI flag."""

    input_dir: Path = REPO_ROOT / "data" / "raw"
    out_dir: Path = REPO_ROOT / "data" / "curated"
    batch_size: int = 500
    workers: int = 0  # extraction processes; 0: every core this run may use (1 with a Dask cluster)
    dask_address: str | None = None
    strict: bool = False
    lock_timeout: float = 600.0
    max_bytes: int = 5_000_000  # bigger files get status too_large: time and memory stay bounded per document
    # seconds one document may take before it becomes a status 'error' row; None: VNREPORT_DOC_TIMEOUT, else 60
    doc_timeout: float | None = None

    def __post_init__(self) -> None:
        if self.workers == 0:
            object.__setattr__(self, "workers", 1 if self.dask_address else available_cores())

    @property
    def doc_budget(self) -> float:
        """The per-document time budget in seconds (this setting, else VNREPORT_DOC_TIMEOUT, else the default)."""
        if self.doc_timeout is not None:
            return self.doc_timeout
        raw = os.environ.get(ENV_PREFIX + "DOC_TIMEOUT")
        if not raw:
            return DEFAULT_DOC_TIMEOUT
        try:
            value = float(raw)
        except ValueError as exc:
            raise ParameterError(f"{ENV_PREFIX}DOC_TIMEOUT={raw!r}: {exc}") from exc
        _check_doc_timeout(value)
        return value

    def validated(self) -> Settings:
        """Self, or a ParameterError naming the bad setting and what is allowed."""
        if not self.input_dir.is_dir():
            raise ParameterError(f"input_dir {self.input_dir} is not a folder")
        if self.batch_size < 1:
            raise ParameterError(f"batch_size must be >= 1, got {self.batch_size}")
        if self.workers < 1:
            raise ParameterError(f"workers must be >= 1, got {self.workers}")
        if self.workers > 1 and self.dask_address:
            raise ParameterError("give either workers > 1 (local processes) or dask_address, not both")
        if self.dask_address and not self.dask_address.startswith(("tcp://", "tls://", "inproc://")):
            raise ParameterError(f"dask_address must look like tcp://host:port, got {self.dask_address!r}")
        if self.lock_timeout < 0:
            raise ParameterError(f"lock_timeout must be >= 0 seconds, got {self.lock_timeout}")
        if self.max_bytes < 1:
            raise ParameterError(f"max_bytes must be >= 1, got {self.max_bytes}")
        if self.doc_timeout is not None:
            _check_doc_timeout(self.doc_timeout)
        if self.out_dir.exists() and not self.out_dir.is_dir():
            raise ParameterError(f"out_dir {self.out_dir} exists and is not a folder")
        if not self.out_dir.exists() and _existing_ancestor(self.out_dir).is_file():
            raise ParameterError(f"out_dir {self.out_dir} cannot be created: {_existing_ancestor(self.out_dir)} "
                                 "is a file")
        old_layout = legacy_layout(self.out_dir) if self.out_dir.is_dir() else None
        if old_layout is not None:
            raise ParameterError(f"out_dir {self.out_dir} holds the older layout with the year as a hive key "
                                 f"({old_layout}); write to a new folder or delete it (a full run rebuilds it)")
        out, inp = self.out_dir.resolve(), self.input_dir.resolve()
        if out == inp or inp in out.parents:
            raise ParameterError(f"out_dir {out} must not be inside the input folder {inp}")
        return self


def _check_doc_timeout(value: float) -> None:
    if not (math.isfinite(value) and value > 0):
        raise ParameterError(f"doc_timeout must be a number of seconds > 0, got {value}")


def _existing_ancestor(path: Path) -> Path:
    """The nearest part of path that exists (path itself when it does)."""
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return Path("/")


def _convert(value: str, kind: type) -> object:
    if kind is bool:
        return value.strip().lower() in ("1", "true", "yes", "on")
    if kind is Path:
        return Path(value)
    return kind(value)


def load_settings(**overrides: object) -> Settings:
    """Defaults, then VNREPORT_* environment variables, then explicit (non-None) overrides."""
    settings = Settings()
    kinds = {"input_dir": Path, "out_dir": Path, "batch_size": int, "workers": int, "dask_address": str,
             "strict": bool, "lock_timeout": float, "max_bytes": int,
             "doc_timeout": float}
    env = {}
    for f in fields(Settings):
        raw = os.environ.get(ENV_PREFIX + f.name.upper())
        if raw:
            try:
                env[f.name] = _convert(raw, kinds[f.name])
            except ValueError as exc:
                raise ParameterError(f"{ENV_PREFIX}{f.name.upper()}={raw!r}: {exc}") from exc
    settings = replace(settings, **env)
    given = {k: (Path(v) if kinds.get(k) is Path and v is not None else v) for k, v in overrides.items()
             if v is not None}
    return replace(settings, **given)
