"""The analyst's commands: `vnreport query "SQL"` and `vnreport show ID` (registered on the app by flows/cli.py)."""

from __future__ import annotations

import tempfile
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

OutOpt = Annotated[Path | None, typer.Option("--out", help="Output root to read (default data/curated).")]


class Format(StrEnum):
    """How `vnreport query` prints its result."""

    table = "table"
    csv = "csv"
    json = "json"
    parquet = "parquet"


def _fail(message: str) -> typer.Exit:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    return typer.Exit(2)


def query(
    sql: Annotated[str, typer.Argument(metavar="SQL", help="SQL over the views documents, quantities, facts, "
                                                          "rejects, conflicts (and statistics when written).")],
    out: OutOpt = None,
    fmt: Annotated[Format, typer.Option("--format", help="table (aligned), csv, json (an array of objects) or "
                                                         "parquet (needs --output).")] = Format.table,
    output: Annotated[Path | None, typer.Option("--output", help="Write the result to this file.")] = None,
) -> None:
    """Run SQL (DuckDB) over the curated datasets; partition columns are typed (year INTEGER)."""
    from flows.query import QueryError, copy_result, execute, open_views, render_table

    if fmt is Format.parquet and output is None:
        raise _fail("--format parquet needs --output FILE")
    try:
        con, _root, _names = open_views(out)
        try:
            result = execute(con, sql)
            if result is None:
                return
            if fmt is Format.table:
                text = render_table(con, result)
                if output is None:
                    typer.echo(text, nl=False)
                else:
                    output.write_text(text, encoding="utf-8")
            elif output is not None:
                copy_result(con, result, fmt.value, output)
            else:
                with tempfile.TemporaryDirectory(prefix="vnreport-query-") as tmp:
                    target = Path(tmp) / f"result.{fmt.value}"
                    copy_result(con, result, fmt.value, target)
                    typer.echo(target.read_text(encoding="utf-8"), nl=False)
        finally:
            con.close()
    except QueryError as exc:
        raise _fail(str(exc)) from exc
    except OSError as exc:
        raise _fail(f"{exc.strerror or exc}: {exc.filename or output}") from exc
    if output is not None:
        typer.echo(f"wrote {result.num_rows} rows to {output}", err=True)


def show(
    ident: Annotated[str, typer.Argument(metavar="ID", help="A fact_id, quantity_id or statistic_id (or a unique "
                                                            "prefix of one).")],
    out: OutOpt = None,
) -> None:
    """Print a fact, quantity or statistic with its document, its sentence (span between » «) and other mentions."""
    from flows.query import QueryError, describe

    try:
        lines = describe(ident, out)
    except QueryError as exc:
        raise _fail(str(exc)) from exc
    for line in lines:
        typer.echo(line)


def register(app: typer.Typer) -> None:
    """Add `query` and `show` to the vnreport command."""
    app.command("query")(query)
    app.command("show")(show)
