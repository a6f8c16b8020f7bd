"""The ETL flow: discover -> plan -> extract batches (tasks) -> validate -> atomic writes -> manifest -> report."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import inspect
import os
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from prefect import flow, get_run_logger

from flows.crosscheck import conflicts_summary, publish_conflicts
from flows.discover import SourceFile, discover
from flows.faults import checkpoint
from flows.lock import OutputLock
from flows.manifest import (
    MANIFEST_SCHEMA,
    Manifest,
    Plan,
    clear_journal,
    load_manifest,
    plan_run,
    read_journal,
    save_manifest,
    write_journal,
)
from flows.memory import release_free_memory
from flows.progress import FileProgress
from flows.province_split import province_groups, run_split
from flows.quality import publish_quality
from flows.run_summary import REPORT_ROWS, RunSummary
from flows.runners import finished_results, task_runner_for
from flows.settings import ENV_PREFIX, Settings
from flows.staging import Staging, clear_staging
from flows.statistics_stage import StatisticsRebuild
from flows.stopping import STOP
from flows.storage import (
    Partition,
    parse_label,
    partition_label,
    sanitize_partition,
    sweep_temporary_files,
    to_table,
    write_partitions,
)
from flows.tasks import extract_batch
from flows.version import PIPELINE_VERSION
from transforms.schema import DATASETS
from transforms.validation import split_valid

WRITE_ORDER = ("documents", "quantities", "facts", "rejects")
BATCH_BYTES = 1_000_000  # input bytes per batch: ~400 ordinary reports, a handful of pathological ones
VALIDATE_ROWS = 50_000
DASK_IN_FLIGHT = 8  # a cluster's size is not known here: enough batches to keep a small one busy


def new_run_id() -> str:
    """Sortable, unique run id: UTC time plus a random suffix."""
    return f"{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:6]}"


def _batches(files: list[SourceFile], size: int, workers: int) -> list[list[SourceFile]]:
    """Consecutive batches of at most `size` files and BATCH_BYTES of input (a batch's rows grow with its bytes: a
    few number floods can hold a million quantities), at least two per worker when there is enough work."""
    if not files:
        return []
    per = max(1, min(size, -(-len(files) // (2 * workers)) if workers > 1 else size))
    out: list[list[SourceFile]] = [[]]
    held = 0
    for f in files:
        if out[-1] and (len(out[-1]) >= per or held + f.size > BATCH_BYTES):
            out.append([])
            held = 0
        out[-1].append(f)
        held += f.size
    return out


def _extract(settings: Settings, files: list[SourceFile], run_id: str, now: dt.datetime, staging: Staging,
             summary: RunSummary) -> None:
    """Submit one task per batch, a few at a time; validate each batch as it finishes, stage its rows and the
    processed files' new manifest rows on disk and tally it, so only a few batches are ever held in memory."""
    logger = get_run_logger()
    batches = _batches(files, settings.batch_size, settings.workers)
    workers = 1 if settings.dask_address else settings.workers
    budget = settings.doc_budget
    window = DASK_IN_FLIGHT if settings.dask_address else 2 * settings.workers  # batches in flight at once
    STOP.clear()
    submit = functools.partial(extract_batch.submit, str(settings.input_dir), workers=workers,
                               max_bytes=settings.max_bytes, doc_timeout=budget)
    files_done = 0
    try:
        with FileProgress(len(files)) as progress:
            for done, (index, tables) in enumerate(finished_results(submit, batches, window), start=1):
                result = _validate(_with_run_columns(tables, run_id, now), run_id, now)
                staging.add(result, order=index)
                summary.tally(result)
                staging.add_manifest_rows(_manifest_rows(result, {f.rel: f for f in batches[index]}, run_id, now))
                n = result["documents"].num_rows
                del result, tables
                release_free_memory()
                files_done += n
                progress.advance(n)
                logger.info("batch %d/%d done: %d/%d files", done, len(batches), files_done, len(files))
    except BaseException:  # a stop (signal) or a failed batch: tell the other batches' workers to stop now
        STOP.set()
        raise


def _with_run_columns(tables: dict[str, pa.Table], run_id: str, now: dt.datetime) -> dict[str, pa.Table]:
    """Fill the columns a run owns: run_id everywhere; processed_at and pipeline_version on documents."""
    out = {}
    for name, table in tables.items():
        n = table.num_rows
        table = table.set_column(table.schema.get_field_index("run_id"), "run_id", pa.array([run_id] * n, pa.string()))
        if name == "documents":
            ts = pa.array([now] * n, pa.timestamp("us", tz="UTC"))
            table = table.set_column(table.schema.get_field_index("processed_at"), "processed_at", ts)
            version = pa.array([PIPELINE_VERSION] * n, pa.string())
            table = table.set_column(table.schema.get_field_index("pipeline_version"), "pipeline_version", version)
        out[name] = table
    return out


def _validate(tables: dict[str, pa.Table], run_id: str, now: dt.datetime) -> dict[str, pa.Table]:
    """Row checks: failing quantities and facts move to rejects with their reasons."""
    docs = tables["documents"]
    chars = pc.utf8_length(docs["text"]).to_pylist()  # measured in Arrow: no Python copy of every text
    lengths = {p: n for p, n in zip(docs["source_path"].to_pylist(), chars, strict=True) if n is not None}
    out, rejects = {"documents": docs}, []
    for name in ("quantities", "facts"):
        kept = []
        table = tables[name]
        unique = pc.count_distinct(table[DATASETS[name].key]).as_py() == table.num_rows
        size = VALIDATE_ROWS if unique else max(1, table.num_rows)  # a duplicated id is found in one whole pass
        for chunk in table.to_batches(size):  # pandas copies: a chunk at a time
            keep, bad = split_valid(name, chunk.to_pandas(), now.year + 1, lengths, run_id)
            kept.append(pa.Table.from_batches([chunk]).filter(pa.array(keep, pa.bool_())) if bad else
                        pa.Table.from_batches([chunk]))
            rejects += bad
        out[name] = pa.concat_tables(kept) if kept else tables[name]
    out["rejects"] = to_table(rejects, DATASETS["rejects"])
    return out


def _manifest_rows(tables: dict[str, pa.Table], files: dict[str, SourceFile], run_id: str,
                   now: dt.datetime) -> pa.Table:
    """New manifest rows of a batch's files, with the partitions each one wrote to."""
    labels: dict[str, set[str]] = {}
    for name, table in tables.items():
        if table.num_rows == 0:
            continue
        cols = table.select(["source_path", "province", "year", "period"]).to_pylist()
        for row in cols:
            labels.setdefault(row["source_path"], set()).add(
                partition_label(name, (row["province"], row["year"], row["period"])))
    rows = []
    docs = tables["documents"].select(["source_path", "sha256", "doc_id", "status", "province", "year", "period"])
    for doc in docs.to_pylist():
        f = files[doc["source_path"]]
        rows.append({
            "source_path": f.rel, "size": f.size, "mtime_ns": f.mtime_ns, "sha256": doc["sha256"],
            "sidecar_hash": f.sidecar_hash, "doc_id": doc["doc_id"], "pipeline_version": PIPELINE_VERSION,
            "status": doc["status"], "run_id": run_id, "processed_at": now, "province": doc["province"],
            "year": doc["year"], "period": doc["period"], "partitions": sorted(labels.get(f.rel, ())),
        })
    return pa.Table.from_pylist(rows, schema=MANIFEST_SCHEMA)


def _write(root: Path, staging: Staging, replaced: set[str], old_labels: list[str], run_id: str,
           processes: int) -> tuple[dict[str, int], set[Partition]]:
    """Journal, then rewrite every touched partition of every dataset from its old file and its staged rows (one
    atomic swap each), the provinces split among up to `processes` processes; return the rows written and the
    facts partitions touched."""
    todo: dict[str, set[Partition]] = {name: set() for name in WRITE_ORDER}
    for label in old_labels:
        name, partition = parse_label(label)
        todo.setdefault(name, set()).add(partition)
    for name in WRITE_ORDER:
        todo[name] = {sanitize_partition(*p) for p in todo[name] | staging.partitions[name]}
    new_labels = [partition_label(n, p) for n in WRITE_ORDER for p in staging.partitions[n]]
    write_journal(root, run_id, sorted(replaced), sorted(set(old_labels) | set(new_labels)))
    weights = {p[0]: 1 for name in WRITE_ORDER for p in todo[name]}  # a province with only old rows still costs
    for province, rows in staging.province_rows.items():
        slug = sanitize_partition(province, None, None)[0]
        weights[slug] = weights.get(slug, 0) + rows
    staging.close()  # the children must not share the parent's open batch files
    statistics = sum(run_split(functools.partial(_write_provinces, root, staging, todo, replaced, run_id),
                               province_groups(weights, processes)))
    written = {name: staging.rows[name] for name in WRITE_ORDER}
    written["statistics"] = statistics
    return written, todo["facts"]  # statistics and conflicts follow the facts partitions


def _write_provinces(root: Path, staging: Staging, todo: dict[str, set[Partition]], replaced: set[str], run_id: str,
                     provinces: list[str]) -> int:
    """Rewrite these provinces' partitions, dataset by dataset in WRITE_ORDER; return the statistics written."""
    chosen, statistics = set(provinces), None
    for name in WRITE_ORDER:
        if name == "facts":  # after the documents, whose titles and dates the statistics read
            statistics = StatisticsRebuild(root, run_id, provinces)
        write_partitions(root, name, {p for p in todo[name] if p[0] in chosen},
                         functools.partial(staging.tables, name), replaced, statistics if name == "facts" else None)
        staging.close()  # the next dataset reads other batch files
        release_free_memory()
    return statistics.written if statistics is not None else 0


@dataclass
class _Work:
    """What one run has to do, decided under the lock."""

    plan: Plan
    manifest: Manifest
    journal: dict | None
    todo: list[SourceFile]
    removed: list[str]
    replaced: set[str] = field(init=False, default_factory=set)  # sources whose old rows leave: re-processed,
    writes: bool = field(init=False)  # removed, half-written (known once the files are extracted)

    def __post_init__(self) -> None:
        self.writes = bool(self.todo or self.removed or self.journal)

    def forget_files(self) -> None:
        """Once the files are extracted, keep the paths whose old rows leave and let the discovered files go (about
        30 MB at 100 000 files): the commit and the checks need only those paths and the touched mtimes. The set is
        built here, not before, so extraction does not hold it too."""
        crashed = set(self.journal.get("sources", [])) if self.journal else set()
        self.replaced = {f.rel for f in self.todo} | set(self.removed) | crashed
        self.todo, self.plan.new, self.plan.changed, self.plan.unchanged = [], [], [], []


def _prepare(settings: Settings, root: Path, summary: RunSummary, select, drop_removed: bool) -> _Work:
    """Discover, read the manifest and any crash journal, plan; a crashed run's files are always redone."""
    logger = get_run_logger()
    files, found_warnings = discover(settings.input_dir)
    summary.warnings += found_warnings
    manifest, journal = load_manifest(root), read_journal(root)
    crashed = set(journal.get("sources", [])) if journal else set()
    if journal:
        summary.repaired = journal.get("run_id")
        logger.warning("run %s stopped mid-write; repairing its partitions", summary.repaired)
    plan = plan_run(files, manifest, settings.input_dir, PIPELINE_VERSION, crashed)
    chosen = select(plan, manifest) if select else plan.to_process
    redo = [f for f in plan.changed if f.rel in crashed]  # a backfill slice still repairs a crashed write
    todo = sorted({f.rel: f for f in chosen + redo}.values(), key=lambda f: f.rel)
    removed = plan.removed if drop_removed else []
    summary.files_seen, summary.new, summary.changed = len(files), len(plan.new), len(plan.changed)
    summary.unchanged, summary.removed, summary.processed = len(plan.unchanged), len(removed), len(todo)
    logger.info("%d files: %d new, %d changed, %d unchanged, %d removed; processing %d",
                len(files), len(plan.new), len(plan.changed), len(plan.unchanged), len(removed), len(todo))
    return _Work(plan, manifest, journal, todo, removed)


def _update_manifest(root: Path, work: _Work, rows: Iterable[pa.Table]) -> None:
    """Record the run in the manifest (last, after every partition is in place), then drop the journal."""
    manifest = work.manifest
    for rel, mtime in work.plan.touched.items():
        manifest.touch(rel, mtime)
    for rel in work.removed:
        manifest.drop(rel)
    for batch in rows:
        manifest.add(batch)
    checkpoint("manifest")
    if work.writes or work.plan.touched:
        release_free_memory()  # the partitions' rows are freed: the manifest's copy should not stack on them
        save_manifest(root, manifest)
    clear_journal(root)


def _cross_document(summary: RunSummary, root: Path, touched: set[Partition] | None, processes: int) -> None:
    """Conflicts and change checks across documents, rechecked in the facts partitions this run touched."""
    if touched is None:
        (summary.conflicts, shown), n_mismatches, mismatches = conflicts_summary(root), 0, pd.DataFrame()
    else:
        checked = publish_conflicts(root, touched, processes)
        summary.conflicts, shown = checked.conflicts, checked.conflicts_shown
        n_mismatches, mismatches = checked.mismatches, checked.mismatches_shown
    summary.change_mismatches = n_mismatches
    summary.conflict_rows = shown.head(REPORT_ROWS).to_dict("records")
    summary.checks["violated"] = summary.checks.get("violated", 0) + n_mismatches
    summary.violations += [{"rule": "change_vs_last_period", "detail": (
        f"{r.indicator}/{r.subject} {r.year} {r.period}: {r.value_prior:g} -> {r.value_now:g} is "
        f"{r.expected:+.2f}%, stated {r.value:g}%"), "source_path": r.source_path, "snippet": r.snippet}
        for r in mismatches.head(REPORT_ROWS).itertuples()]


def execute(settings: Settings, select: Callable[[Plan, Manifest], list[SourceFile]] | None = None,
            drop_removed: bool = True) -> RunSummary:
    """One locked run over the input folder; `select` narrows the plan (backfills)."""
    run_id, started, now = new_run_id(), time.monotonic(), dt.datetime.now(dt.UTC)
    summary = RunSummary(run_id=run_id)
    root = settings.out_dir
    root.mkdir(parents=True, exist_ok=True)
    with OutputLock(root, run_id, settings.lock_timeout) as lock:
        if lock.broke_stale:
            summary.warnings.append(f"run {lock.broke_stale.get('run_id')} (pid {lock.broke_stale.get('pid')}) "
                                    "died holding the lock; its stale lock was taken over")
            get_run_logger().warning(summary.warnings[-1])
        swept = sweep_temporary_files(root)
        if swept:
            summary.warnings.append(f"removed {swept} temporary files left by an interrupted write")
        if clear_staging(root):
            summary.warnings.append("removed rows staged by a run that stopped before its commit")
        work = _prepare(settings, root, summary, select, drop_removed)
        staging = Staging(root, run_id)
        try:
            if work.todo:
                _extract(settings, work.todo, run_id, now, staging, summary)
            work.forget_files()
            release_free_memory()
            touched = None
            if work.writes:
                old = [lab for rel in work.replaced if rel in work.manifest
                       for lab in work.manifest.value(rel, "partitions")]
                old += work.journal.get("partitions", []) if work.journal else []
                summary.rows_written, touched = _write(root, staging, work.replaced, old, run_id, settings.workers)
            _update_manifest(root, work, staging.manifest_rows())
            work.manifest = Manifest()  # a row per file: not held through the cross-document checks
        finally:
            staging.remove()
        _cross_document(summary, root, touched, settings.workers)
        summary.seconds = round(time.monotonic() - started, 2)
        summary.quality_path = str(publish_quality(root, summary))
    return summary


@flow(name="vnreport-etl", log_prints=True)
def etl_flow(input_dir: str, out_dir: str, batch_size: int = 500, workers: int = 0,
             lock_timeout: float = 600.0, max_bytes: int = Settings.max_bytes,
             doc_timeout: float | None = None) -> dict:
    """Incremental run: process new and changed files, drop removed ones, report data quality."""
    settings = Settings(input_dir=Path(input_dir), out_dir=Path(out_dir), batch_size=batch_size, workers=workers,
                        lock_timeout=lock_timeout, max_bytes=max_bytes, doc_timeout=doc_timeout).validated()
    return execute(settings).__dict__


@contextlib.contextmanager
def _env(name: str, value: str | None):
    """Set an environment variable of this process for the block (no-op for None)."""
    old = os.environ.get(name)
    if value is not None:
        os.environ[name] = value
    try:
        yield
    finally:
        if value is not None and old is None:
            os.environ.pop(name, None)
        elif value is not None:
            os.environ[name] = old


def run_flow(settings: Settings, flow_fn=etl_flow, **params: object) -> RunSummary:
    """Run a flow with the task runner the settings ask for (threads, local processes or Dask)."""
    runner = task_runner_for(settings)
    configured = flow_fn.with_options(task_runner=runner)
    budget_env = None
    if settings.doc_timeout is not None:
        if "doc_timeout" in inspect.signature(flow_fn.fn).parameters:
            params["doc_timeout"] = settings.doc_timeout
        else:  # a flow without the parameter reads the budget from the environment (it runs in this process)
            budget_env = str(settings.doc_timeout)
    with _env(ENV_PREFIX + "DOC_TIMEOUT", budget_env):
        result = configured(input_dir=str(settings.input_dir), out_dir=str(settings.out_dir),
                            batch_size=settings.batch_size, workers=settings.workers,
                            lock_timeout=settings.lock_timeout, max_bytes=settings.max_bytes, **params)
    return RunSummary(**result)
