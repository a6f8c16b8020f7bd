"""The `vnreport` command: run, backfill, compact, serve, dictionary."""

from __future__ import annotations

from pathlib import Path

import typer

from flows.settings import load_settings
from transforms.errors import ParameterError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Vietnamese Party-building reports -> Parquet.")


def _summary_lines(summary) -> list[str]:
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
    return lines


def _fail(exc: Exception) -> None:
    typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
    raise typer.Exit(2)


def _finish(summary, strict: bool) -> None:
    for line in _summary_lines(summary):
        typer.echo(line)
    problems = summary.rejected + summary.checks.get("violated", 0)
    if problems and strict:
        typer.secho(f"--strict: {summary.rejected} rows rejected, {summary.checks.get('violated', 0)} checks "
                    "violated; exiting 1", fg=typer.colors.RED, err=True)
        raise typer.Exit(1)
    if problems:
        typer.echo(f"note: {summary.rejected} rows rejected, {summary.checks.get('violated', 0)} checks violated "
                   "(see quality.md); exit code 0 (use --strict to fail)")


@app.command()
def run(
    input_dir: Path = typer.Argument(None, help="Folder of raw reports (default data/raw)."),
    out: Path = typer.Option(None, "--out", help="Output root (default data/curated)."),
    workers: int = typer.Option(None, help="Extract in N local processes (both cores: 2)."),
    dask_address: str = typer.Option(None, help="Run extraction on an existing Dask cluster (tcp://host:port)."),
    batch_size: int = typer.Option(None, help="Files per Prefect task (default 500)."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 when rows were rejected or checks violated."),
    lock_timeout: float = typer.Option(None, help="Seconds to wait for another run's lock (default 600)."),
) -> None:
    """Process new and changed reports incrementally into partitioned Parquet datasets."""
    from flows.etl import run_flow

    try:
        settings = load_settings(input_dir=input_dir, out_dir=out, workers=workers, dask_address=dask_address,
                                 batch_size=batch_size, strict=strict or None, lock_timeout=lock_timeout).validated()
    except ParameterError as exc:
        _fail(exc)
    summary = run_flow(settings)
    _finish(summary, settings.strict)


@app.command()
def dictionary(out: Path = typer.Option(Path("docs/data_dictionary.md"), help="Where to write it.")) -> None:
    """Write the data dictionary generated from the schema."""
    from transforms.schema import data_dictionary

    out.write_text(data_dictionary() + "\n", encoding="utf-8")
    typer.echo(f"wrote {out}")


if __name__ == "__main__":
    app()
