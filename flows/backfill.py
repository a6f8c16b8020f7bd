"""Backfills: re-process a chosen slice (year, period, province, path glob, pipeline version, all)."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from pathlib import Path

from packaging.version import InvalidVersion, Version
from prefect import flow

from flows.discover import SourceFile
from flows.etl import execute
from flows.manifest import Manifest, Plan
from flows.settings import Settings
from flows.version import PIPELINE_VERSION
from transforms.errors import ParameterError
from transforms.schema import PERIODS, UNKNOWN_PROVINCE
from transforms.vocab import provinces

MIN_YEAR, MAX_YEAR = 1930, 2100


@dataclass(frozen=True)
class Slice:
    """Which already-processed files a backfill re-processes; all conditions given must hold."""

    years: tuple[int, ...] = ()
    periods: tuple[str, ...] = ()
    provinces: tuple[str, ...] = ()
    paths: str | None = None
    older_than_version: str | None = None
    all_files: bool = False

    def validated(self) -> Slice:
        """Self, or a ParameterError naming the bad value and the allowed ones, before any work starts."""
        selectors = (self.years, self.periods, self.provinces, self.paths, self.older_than_version)
        if self.all_files and any(selectors):
            raise ParameterError("--all re-processes everything; do not combine it with other selectors")
        if not self.all_files and not any(selectors):
            raise ParameterError("choose a slice: --year, --period, --province, --paths, --older-than-version "
                                 "or --all")
        for year in self.years:
            if not MIN_YEAR <= year <= MAX_YEAR:
                raise ParameterError(f"--year {year} is out of range; allowed {MIN_YEAR}..{MAX_YEAR}")
        allowed_periods = [p for p in PERIODS if p != "unknown"] + ["unknown"]
        for period in self.periods:
            if period not in PERIODS:
                raise ParameterError(f"--period {period!r} is not a period code; allowed: {', '.join(allowed_periods)}")
        known = [*sorted(provinces()), UNKNOWN_PROVINCE]
        for province in self.provinces:
            if province not in known:
                raise ParameterError(f"--province {province!r} is not a province slug; allowed: {', '.join(known)}")
        if self.older_than_version not in (None, "current"):
            try:
                Version(self.older_than_version)
            except InvalidVersion as exc:
                raise ParameterError(f"--older-than-version {self.older_than_version!r} is not a version "
                                     "(e.g. 0.2.0) nor 'current'") from exc
        return self

    def _older(self, version: str) -> bool:
        if self.older_than_version == "current":
            return version != PIPELINE_VERSION
        try:
            return Version(version.split("+", 1)[0]) < Version(str(self.older_than_version))
        except InvalidVersion:
            return True

    def matches(self, f: SourceFile, row: dict | None) -> bool:
        """True when a file (and its manifest row) is in the slice."""
        if self.all_files:
            return True
        if self.paths and not fnmatch.fnmatch(f.rel, self.paths):
            return False
        if row is None:
            return not (self.years or self.periods or self.provinces or self.older_than_version)
        return ((not self.years or row["year"] in self.years)
                and (not self.periods or row["period"] in self.periods)
                and (not self.provinces or row["province"] in self.provinces)
                and (not self.older_than_version or self._older(row["pipeline_version"])))


def _row(manifest: Manifest, rel: str) -> dict | None:
    """The manifest fields a slice reads, for one file (None when it has no row)."""
    if rel not in manifest:
        return None
    return {name: manifest.value(rel, name) for name in ("year", "period", "province", "pipeline_version")}


def select(slice_: Slice):
    """The backfill's file selection over a run plan: present files in the slice, whatever their state."""

    def pick(plan: Plan, manifest: Manifest) -> list[SourceFile]:
        present = plan.new + plan.changed + plan.unchanged
        return sorted((f for f in present if slice_.matches(f, _row(manifest, f.rel))), key=lambda f: f.rel)

    return pick


@flow(name="vnreport-backfill", log_prints=True)
def backfill_flow(input_dir: str, out_dir: str, batch_size: int = 500, workers: int = 0, lock_timeout: float = 600.0,
                  max_bytes: int = Settings.max_bytes, years: list[int] | None = None, periods: list[str] | None = None,
                  provinces: list[str] | None = None, paths: str | None = None,
                  older_than_version: str | None = None, all_files: bool = False) -> dict:
    """Re-process a slice of already-seen files; only the partitions they touch are rewritten."""
    slice_ = Slice(tuple(years or ()), tuple(periods or ()), tuple(provinces or ()), paths, older_than_version,
                   all_files).validated()
    settings = Settings(input_dir=Path(input_dir), out_dir=Path(out_dir), batch_size=batch_size, workers=workers,
                        lock_timeout=lock_timeout, max_bytes=max_bytes).validated()
    return execute(settings, select=select(slice_), drop_removed=False).__dict__
