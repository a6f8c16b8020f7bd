"""The `vnreport` command: run, backfill, compact, serve, dictionary."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from flows.settings import Settings, load_settings
from transforms.errors import ParameterError

DATASET_FOLDERS = ("statistics", "facts", "quantities", "documents", "rejects", "conflicts")
app = typer.Typer(add_completion=False, no_args_is_help=True, help="Vietnamese Party-building reports -> Parquet.")

InputArg = Annotated[Path | None, typer.Argument(help="Folder of raw reports (default data/raw).")]
OutOpt = Annotated[Path | None, typer.Option("--out", help="Output root (default data/curated).")]
WorkersOpt = Annotated[int | None, typer.Option(help="Extract in N local processes (default: the available cores).")]
DaskOpt = Annotated[str | None, typer.Option(help="Extract on an existing Dask cluster (tcp://host:port).")]
BatchOpt = Annotated[int | None, typer.Option(help="Files per Prefect task (default 500).")]
StrictOpt = Annotated[bool, typer.Option("--strict", help="Exit 1 when rows were rejected or checks violated.")]
LockOpt = Annotated[float | None, typer.Option(help="Seconds to wait for another run's lock (default 600).")]
DocTimeoutOpt = Annotated[float | None, typer.Option(
    help="Seconds one document may take before it becomes a status 'error' row (default 60).")]


def summary_lines(summary) -> list[str]:
    """Human summary of a run, as printed at the end."""
    status = ", ".join(f"{k} {v}" for k, v in sorted(summary.status_counts.items())) or "none"
    lines = [
        f"run {summary.run_id}: {summary.files_seen} files seen - {summary.new} new, {summary.changed} changed, "
        f"{summary.unchanged} unchanged, {summary.removed} removed",
        f"files read: {summary.processed} ({status})",
        "rows written: " + (", ".join(f"{k} {v}" for k, v in summary.rows_written.items()) or "none"),
    ]
    if summary.facts_by_indicator:
        lines.append("facts by indicator: " + ", ".join(f"{k} {v}" for k, v in summary.facts_by_indicator.items()))
    if summary.checks:
        lines.append("report arithmetic: " + ", ".join(f"{k} {v}" for k, v in summary.checks.items()))
    lines.append(f"conflicts across documents: {summary.conflicts}")
    if summary.repaired:
        lines.append(f"repaired the partitions of interrupted run {summary.repaired}")
    lines += [f"warning: {w}" for w in summary.warnings]
    lines.append(f"quality report: {summary.quality_path}")
    lines.append(f"time taken: {summary.seconds:.1f} s")
    if summary.quality_path:
        root = Path(summary.quality_path).parent
        lines.append(f"datasets: {root}/{{{','.join(DATASET_FOLDERS)}}}/")
        lines.append(f'try: vnreport query "SELECT indicator, measure, sum(value) AS total FROM statistics '
                     f'GROUP BY ALL ORDER BY 1" --out {root}')
    return lines


def _settings(**values: object) -> Settings:
    try:
        return load_settings(**values).validated()
    except ParameterError as exc:
        typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(2) from exc


def _finish(summary, strict: bool) -> None:
    for line in summary_lines(summary):
        typer.echo(line)
    violated = summary.checks.get("violated", 0)
    problems = summary.rejected + violated
    if problems and strict:
        typer.secho(f"--strict: {summary.rejected} rows rejected, {violated} checks violated; exiting 1",
                    fg=typer.colors.RED, err=True)
        raise typer.Exit(1)
    if problems:
        typer.echo(f"note: {summary.rejected} rows rejected, {violated} checks violated (see quality.md); "
                   "exit code 0 (use --strict to fail)")


def _stoppable(settings: Settings, flow_fn=None, **params: object):
    """Run the flow; SIGINT/SIGTERM stop it cleanly with one line and exit code 128 + signal number."""
    from flows.etl import etl_flow, run_flow
    from flows.stopping import Stopped, guard, stop_message

    try:
        with guard():
            return run_flow(settings, flow_fn or etl_flow, **params)
    except Stopped as exc:
        message, code = stop_message(exc)
        typer.secho(f"vnreport: {message}", fg=typer.colors.RED, err=True)
        raise typer.Exit(code) from None


@app.command()
def run(input_dir: InputArg = None, out: OutOpt = None, workers: WorkersOpt = None, dask_address: DaskOpt = None,
        batch_size: BatchOpt = None, strict: StrictOpt = False, lock_timeout: LockOpt = None,
        doc_timeout: DocTimeoutOpt = None) -> None:
    """Process new and changed reports incrementally; drop the rows of removed ones."""
    settings = _settings(input_dir=input_dir, out_dir=out, workers=workers, dask_address=dask_address,
                         batch_size=batch_size, strict=strict or None, lock_timeout=lock_timeout,
                         doc_timeout=doc_timeout)
    _finish(_stoppable(settings), settings.strict)


@app.command()
def backfill(
    input_dir: InputArg = None, out: OutOpt = None,
    year: Annotated[list[int] | None, typer.Option(help="Reporting year(s) to re-process.")] = None,
    period: Annotated[list[str] | None, typer.Option(help="Period code(s): H1, FY, Q1..Q4, M9, TERM, unknown.")] = None,
    province: Annotated[list[str] | None, typer.Option(help="Province slug(s), e.g. hai-duong, or unknown.")] = None,
    paths: Annotated[str | None, typer.Option(help="Glob on paths relative to the input folder.")] = None,
    older_than_version: Annotated[str | None, typer.Option(
        help="Files processed by a version below this one, or 'current' for any other version.")] = None,
    all_files: Annotated[bool, typer.Option("--all", help="Re-process every file.")] = False,
    workers: WorkersOpt = None, dask_address: DaskOpt = None, batch_size: BatchOpt = None,
    strict: StrictOpt = False, lock_timeout: LockOpt = None, doc_timeout: DocTimeoutOpt = None,
) -> None:
    """Re-process a slice of the files already seen; only the partitions it touches are rewritten."""
    from flows.backfill import Slice, backfill_flow

    settings = _settings(input_dir=input_dir, out_dir=out, workers=workers, dask_address=dask_address,
                         batch_size=batch_size, strict=strict or None, lock_timeout=lock_timeout,
                         doc_timeout=doc_timeout)
    slice_ = Slice(tuple(year or ()), tuple(period or ()), tuple(province or ()), paths, older_than_version, all_files)
    try:
        slice_.validated()
    except ParameterError as exc:
        typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(2) from exc
    summary = _stoppable(settings, backfill_flow, years=list(slice_.years), periods=list(slice_.periods),
                         provinces=list(slice_.provinces), paths=paths, older_than_version=older_than_version,
                         all_files=all_files)
    _finish(summary, settings.strict)


@app.command()
def compact(out: OutOpt = None, lock_timeout: LockOpt = None) -> None:
    """Merge partitions holding several data files into one file each (under the output lock)."""
    from flows.etl import new_run_id
    from flows.lock import OutputLock
    from flows.storage import compact_dataset
    from transforms.schema import DATASETS

    settings = load_settings(out_dir=out, lock_timeout=lock_timeout)
    with OutputLock(settings.out_dir, new_run_id(), settings.lock_timeout):
        done = {name: compact_dataset(settings.out_dir, name) for name in DATASETS}
    typer.echo("compacted partitions: " + ", ".join(f"{k} {v}" for k, v in done.items()))


@app.command()
def serve(
    input_dir: InputArg = None, out: OutOpt = None,
    cron: Annotated[str, typer.Option(help="When the nightly run starts.")] = "0 2 * * *",
    timezone: Annotated[str, typer.Option(help="Time zone of the cron expression.")] = "Asia/Ho_Chi_Minh",
    workers: WorkersOpt = None,
) -> None:
    """Serve the nightly ETL and the backfill as Prefect deployments (needs `prefect server start`)."""
    from prefect import serve as prefect_serve
    from prefect.schedules import Cron

    from flows.backfill import backfill_flow
    from flows.etl import etl_flow

    settings = _settings(input_dir=input_dir, out_dir=out, workers=workers)
    params = {"input_dir": str(settings.input_dir.resolve()), "out_dir": str(settings.out_dir.resolve()),
              "workers": settings.workers}
    nightly = etl_flow.to_deployment(name="vnreport-nightly", schedule=Cron(cron, timezone=timezone),
                                     parameters=params, tags=["vnreport"])
    backfills = backfill_flow.to_deployment(name="vnreport-backfill", parameters=params, tags=["vnreport"])
    typer.echo(f"serving vnreport-etl/vnreport-nightly ({cron}, {timezone}) and vnreport-backfill/vnreport-backfill")
    prefect_serve(nightly, backfills)


TAXONOMY_START, TAXONOMY_END = "<!-- taxonomy:start -->", "<!-- taxonomy:end -->"


def with_taxonomy(readme: str) -> str:
    """README text with its taxonomy table regenerated from indicators.yaml."""
    from transforms.cues import taxonomy_markdown

    head, _, rest = readme.partition(TAXONOMY_START)
    _, _, tail = rest.partition(TAXONOMY_END)
    return f"{head}{TAXONOMY_START}\n{taxonomy_markdown()}\n{TAXONOMY_END}{tail}"


@app.command()
def dictionary(out: Annotated[Path, typer.Option(help="Where to write it.")] = Path("docs/data_dictionary.md"),
               readme: Annotated[Path, typer.Option(help="README whose taxonomy table to refresh.")] = Path(
                   "README.md")) -> None:
    """Regenerate the data dictionary (from the schema) and the README taxonomy (from indicators.yaml)."""
    from transforms.schema import data_dictionary

    out.write_text(data_dictionary() + "\n", encoding="utf-8")
    readme.write_text(with_taxonomy(readme.read_text(encoding="utf-8")), encoding="utf-8")
    typer.echo(f"wrote {out} and the taxonomy of {readme}")


@app.command()
def devset(action: Annotated[str, typer.Argument(help="manifest, check, score or restore-plan")],
           batch: Annotated[list[str] | None, typer.Option(help="Batch(es) to score (default: all).")] = None,
           groups: Annotated[int, typer.Option(help="restore-plan: query groups to restore.")] = 600,
           helpers: Annotated[int, typer.Option(help="restore-plan: lists to deal them into.")] = 8,
           out: Annotated[Path, typer.Option(help="restore-plan: folder of the lists.")] = Path("/tmp")) -> None:
    """The real-report dev set (data/devset): write the cache manifest, check the cache, score batches, or plan a
    restore of the cache (the query groups whose texts the rules still get wrong first)."""
    from flows import devset as dev

    if action == "manifest":
        typer.echo(f"wrote {dev.write_manifest()}")
    elif action == "check":
        status = dev.cache_status(seeds=dev.SEEDS if dev.SEEDS.is_dir() else None)
        typer.echo(f"{len(dev.documents())} documents; missing {len(status['missing'])}, "
                   f"sha256 differs {len(status['changed'])}, repeats a seed {len(status['repeats_seed'])}")
        for kind, docs in status.items():
            if docs:
                typer.echo(f"{kind}: {' '.join(docs)}")
    elif action == "score":
        scores = {name: dev.score_batch(name) for name in batch or dev.batches()}
        for name, s in [*scores.items(), ("all", dev.pooled(list(scores.values())))]:
            q, i, m = s["quantities"], s["indicators"], s["metadata"]
            typer.echo(f"{name}: {s['documents']} docs | quantities P {q['precision']:.3f} R {q['recall']:.3f} "
                       f"F1 {q['f1']:.3f} | facts P {i['precision']:.3f} R {i['recall']:.3f} F1 {i['f1']:.3f} "
                       f"period {i['period_agreement']} actor {i['actor_agreement']} | province {m['province']} "
                       f"year {m['year']} period {m['period']}")
    elif action == "restore-plan":
        from flows.devset_restore import restore_plan

        paths, texts = restore_plan(groups, helpers, out)
        typer.echo(f"{texts} texts in {groups} query groups -> {', '.join(str(p) for p in paths)}")
    else:
        typer.secho(f"error: unknown action {action!r} (manifest, check, score or restore-plan)", fg=typer.colors.RED,
                    err=True)
        raise typer.Exit(2)


from flows import cli_query  # noqa: E402  (the analyst's commands: query, show)

cli_query.register(app)


if __name__ == "__main__":
    app()
