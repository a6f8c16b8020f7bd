"""A progress bar for `vnreport run` on a terminal (files, files/s, ETA); silent when output is not a terminal."""

from __future__ import annotations

import os
import sys
from types import TracebackType

NO_PROGRESS = "VNREPORT_NO_PROGRESS"  # set to hide the bar on a terminal too


def wanted() -> bool:
    """A bar only for a person watching: stderr is a terminal and the bar is not switched off."""
    return sys.stderr.isatty() and not os.environ.get(NO_PROGRESS)


class FileProgress:
    """Counts files as batches finish; draws a rich bar when wanted(), else does nothing (cron, deployments)."""

    def __init__(self, total: int, console: object | None = None) -> None:
        self.total = total
        self.console = console  # a rich Console; default: one on stderr
        self._bar = None
        self._task = None

    def __enter__(self) -> FileProgress:
        if (self.console is not None or wanted()) and self.total:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self._bar = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
                                 TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("ETA"),
                                 TimeRemainingColumn(), console=self.console or Console(stderr=True),
                                 transient=False)
            self._bar.start()
            self._task = self._bar.add_task("files", total=self.total, rate="")
        return self

    def advance(self, files: int) -> None:
        """Record finished files."""
        if self._bar is not None:
            self._bar.advance(self._task, files)
            speed = self._bar.tasks[0].speed
            self._bar.update(self._task, rate=f"{speed:.1f} files/s" if speed else "")

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()
