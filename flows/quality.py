"""Data-quality report of a run: quality.md in the output root and a Prefect markdown artifact."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from prefect.artifacts import create_markdown_artifact

from flows.storage import write_text_atomic

if TYPE_CHECKING:
    from flows.etl import RunSummary

QUALITY_FILE = "quality.md"


def _table(title: str, counts: dict) -> list[str]:
    lines = [f"### {title}", "", "| | n |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in counts.items()] or ["| (none) | 0 |"]
    return [*lines, ""]


def quality_markdown(summary: RunSummary) -> str:
    """Markdown summary of a run."""
    lines = [f"# vnreport run {summary.run_id}", "",
             f"{summary.files_seen} files: {summary.new} new, {summary.changed} changed, "
             f"{summary.unchanged} unchanged, {summary.removed} removed; {summary.processed} processed "
             f"in {summary.seconds} s.", ""]
    lines += _table("Documents processed, by status", summary.status_counts)
    lines += _table("Rows written", summary.rows_written)
    lines += _table("Facts by indicator", summary.facts_by_indicator)
    lines += _table("Report arithmetic checks", summary.checks)
    if summary.warnings:
        lines += ["### Warnings", "", *[f"- {w}" for w in summary.warnings], ""]
    return "\n".join(lines)


def publish_quality(root: Path, summary: RunSummary) -> None:
    """Write quality.md and publish the same markdown as a Prefect artifact."""
    text = quality_markdown(summary)
    path = root / QUALITY_FILE
    write_text_atomic(path, text)
    summary.quality_path = str(path)
    create_markdown_artifact(markdown=text, key="vnreport-quality", description=f"vnreport run {summary.run_id}")
