"""The run's progress bar: drawn for a person at a terminal, silent for cron and deployments; the summary
ends with the datasets' paths and a query to try."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from flows.cli import summary_lines
from flows.progress import FileProgress, wanted
from flows.run_summary import RunSummary


def test_a_terminal_gets_files_rate_and_eta() -> None:
    out = io.StringIO()
    with FileProgress(7, console=Console(file=out, force_terminal=True, width=120)) as progress:
        progress.advance(3)
        progress.advance(4)
    text = out.getvalue()
    assert "7/7" in text and "files" in text and "ETA" in text


def test_no_terminal_no_bar(capsys) -> None:
    assert not wanted()  # pytest captures stderr: not a terminal
    with FileProgress(7) as progress:
        progress.advance(7)
    captured = capsys.readouterr()
    assert captured.out == captured.err == ""


def test_summary_ends_with_dataset_paths_and_a_query(tmp_path: Path) -> None:
    summary = RunSummary(run_id="r", quality_path=str(tmp_path / "quality.md"))
    lines = summary_lines(summary)
    assert lines[-2].startswith(f"datasets: {tmp_path}/{{statistics,facts,")
    assert lines[-1].startswith('try: vnreport query "SELECT') and lines[-1].endswith(f"--out {tmp_path}")
