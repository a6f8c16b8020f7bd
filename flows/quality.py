"""Data-quality report of a run: quality.md in the output root and a Prefect markdown artifact."""

from __future__ import annotations

from pathlib import Path

from prefect.artifacts import create_markdown_artifact

from flows.run_summary import RunSummary
from flows.storage import write_text_atomic

QUALITY_FILE = "quality.md"
MAX_SENTENCE = 240


def _cell(value: object) -> str:
    text = str(value if value is not None else "").replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= MAX_SENTENCE else text[:MAX_SENTENCE] + "…"


def _counts(title: str, counts: dict) -> list[str]:
    lines = [f"### {title}", "", "| | n |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in counts.items()] or ["| (none) | 0 |"]
    return [*lines, ""]


def _rows(title: str, header: list[str], rows: list[list]) -> list[str]:
    lines = [f"### {title} ({len(rows)})", ""]
    if not rows:
        return [*lines, "None.", ""]
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return [*lines, ""]


def quality_markdown(summary: RunSummary) -> str:
    """Markdown summary of a run: statuses, rows, facts, checks, violations, conflicts, rejects."""
    verdict = "clean" if not (summary.rejected or summary.checks.get("violated")) else "needs attention"
    lines = [f"# vnreport data quality, run {summary.run_id} ({verdict})", "",
             f"{summary.files_seen} files: {summary.new} new, {summary.changed} changed, "
             f"{summary.unchanged} unchanged, {summary.removed} removed; {summary.processed} processed "
             f"in {summary.seconds} s.", ""]
    lines += _counts("Documents processed, by status", summary.status_counts)
    lines += _counts("Rows written", summary.rows_written)
    lines += _counts("Facts by indicator", summary.facts_by_indicator)
    lines += _counts("Report arithmetic checks", summary.checks)
    lines += _rows("Violated checks", ["rule", "numbers", "source", "snippet"],
                   [[v["rule"], v["detail"], v["source_path"], v["snippet"]] for v in summary.violations])
    lines += _rows("Conflicts across documents", ["statistic", "values", "sources"],
                   [[f"{c['province']} {c['year']} {c['period']} {c['indicator']}/{c['subject']}/"
                     f"{c['actor'] or '-'}/{c['measure']}", ", ".join(f"{v:g}" for v in c["values"]),
                     ", ".join(c["source_paths"])] for c in summary.conflict_rows])
    lines += _rows("Rejected rows", ["dataset", "source", "reasons", "snippet"],
                   [[r["dataset"], r["source_path"], "; ".join(r["reasons"]), r["snippet"]] for r in summary.rejects])
    if summary.warnings:
        lines += ["### Warnings", "", *[f"- {w}" for w in summary.warnings], ""]
    return "\n".join(lines)


def publish_quality(root: Path, summary: RunSummary) -> Path:
    """Write quality.md and publish the same markdown as a Prefect artifact; return the file's path."""
    text = quality_markdown(summary)
    path = root / QUALITY_FILE
    write_text_atomic(path, text)
    create_markdown_artifact(markdown=text, key="vnreport-quality", description=f"vnreport run {summary.run_id}")
    return path
