"""Forked children report in before they work; one that never does (a fork deadlocked in CPython's after-fork
handler) is killed and forked again."""

from __future__ import annotations

import time
from multiprocessing.connection import Connection

import pytest

from flows import forking


def _echo(conn: Connection) -> None:
    conn.send(conn.recv())


def test_a_child_reports_in_and_works() -> None:
    proc, conn = forking.start_child(_echo, (), "test-echo", duplex=True)
    conn.send("ping")
    assert conn.recv() == "ping"
    proc.join(5)
    assert not proc.is_alive()  # its work done, it left


def test_a_child_that_never_reports_in_is_forked_again(tmp_path, monkeypatch) -> None:
    hung = tmp_path / "hung"
    report_in = forking._report_in

    def hang_the_first_time(conn: Connection, target, args) -> None:
        if not hung.exists():
            hung.touch()
            time.sleep(60)  # blocked before reporting in, like a fork stuck in the after-fork handler
        report_in(conn, target, args)

    monkeypatch.setattr(forking, "_report_in", hang_the_first_time)
    started = time.monotonic()
    proc, conn = forking.start_child(_echo, (), "test-echo", duplex=True, ready_seconds=1.0)
    conn.send("ping")
    assert conn.recv() == "ping"
    assert hung.exists() and time.monotonic() - started < 30
    proc.join(5)


def test_no_child_reporting_in_is_an_error(monkeypatch) -> None:
    monkeypatch.setattr(forking, "_report_in", lambda conn, target, args: time.sleep(60))
    with pytest.raises(forking.ForkFailed, match="reported in"):
        forking.start_child(_echo, (), "test-echo", duplex=True, ready_seconds=0.3)
