"""What a run did: counts tallied batch by batch, so a summary never needs the run's rows all at once."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc

REPORT_ROWS = 50
CHECK_COLUMNS = (("held", "checks_held"), ("violated", "checks_violated"), ("not_applicable", "checks_not_applicable"))


@dataclass
class RunSummary:
    """What a run did, for the CLI summary, the artifact and tests."""

    run_id: str
    seconds: float = 0.0
    files_seen: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0
    processed: int = 0
    status_counts: dict[str, int] = field(default_factory=dict)
    rows_written: dict[str, int] = field(default_factory=dict)
    facts_by_indicator: dict[str, int] = field(default_factory=dict)
    checks: dict[str, int] = field(default_factory=dict)
    conflicts: int = 0
    change_mismatches: int = 0
    violations: list[dict] = field(default_factory=list)
    rejects: list[dict] = field(default_factory=list)
    conflict_rows: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    quality_path: str | None = None
    repaired: str | None = None

    @property
    def rejected(self) -> int:
        return self.rows_written.get("rejects", 0)

    def tally(self, tables: dict[str, pa.Table]) -> None:
        """Add one validated batch: statuses, facts by indicator, arithmetic checks, the first problems."""
        docs = tables["documents"]
        self.status_counts = _add(self.status_counts, docs.column("status").to_pylist())
        self.facts_by_indicator = dict(sorted(_add(self.facts_by_indicator,
                                                   tables["facts"].column("indicator").to_pylist()).items()))
        for key, column in CHECK_COLUMNS:
            self.checks[key] = self.checks.get(key, 0) + int(pc.sum(docs[column]).as_py() or 0)
        self._problems(tables)

    def _problems(self, tables: dict[str, pa.Table]) -> None:
        """Violated checks and rejected rows, with their source snippets, up to REPORT_ROWS of each."""
        seen = {(v["source_path"], v["rule"] + ": " + v["detail"]) for v in self.violations}
        for f in tables["facts"].filter(pc.greater(pc.list_value_length(tables["facts"]["checks"]), 0)).select(
                ["source_path", "snippet", "checks"]).to_pylist():
            for check in f["checks"]:
                if (f["source_path"], check) not in seen and len(self.violations) < REPORT_ROWS:
                    seen.add((f["source_path"], check))
                    rule, _, detail = check.partition(": ")
                    self.violations.append({"rule": rule, "detail": detail, "source_path": f["source_path"],
                                            "snippet": f["snippet"]})
        room = REPORT_ROWS - len(self.rejects)
        if room > 0:
            self.rejects += tables["rejects"].select(["dataset", "source_path", "reasons", "snippet"]).slice(
                0, room).to_pylist()


def _add(counts: dict[str, int], values: list) -> dict[str, int]:
    return dict(Counter(counts) + Counter(values)) if values else counts
