"""Stopping runs: SIGINT/SIGTERM stop `vnreport run` cleanly, a runaway document is cut off by its time budget,
and Prefect's temporary server never outlives the command. Real CLI processes, synchronised on events."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from flows import runners
from flows.runners import DocumentWorker
from flows.settings import Settings, load_settings
from flows.stopping import SERVER_LOST_EXIT, SERVER_LOST_GRACE, SERVER_MARK, STOP, Stopped, sweep_stale_servers
from flows.storage import read_dataset
from tests.helpers import SAMPLE_FILES, cli_env, copy_samples, dataset_rows, run_cli, start_cli, wait_for
from transforms.errors import ParameterError

HANGING = "2023_fy_ninh_binh_kiem_tra.txt"  # the document made to run forever (VNREPORT_HANG_ON)


@pytest.fixture(scope="module")
def clean(prefect_harness, tmp_path_factory) -> tuple[Path, dict]:
    """The samples and the datasets of a clean run over them."""
    raw = copy_samples(tmp_path_factory.mktemp("stops") / "raw")
    out = raw.parent / "curated"
    done = run_cli(["run", str(raw), "--out", str(out)], cli_env(prefect_harness))
    assert done.returncode == 0, done.stdout + done.stderr
    return raw, dataset_rows(out)


def _stat(pid: int) -> list[str] | None:
    """Fields of /proc/<pid>/stat after the command name (state first), None when the process is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text.rsplit(")", 1)[1].split()


def _gone(pid: int) -> bool:
    fields = _stat(pid)
    return fields is None or fields[0] in ("Z", "X")


def _session(sid: int) -> list[int]:
    """Live processes of a session (the CLI's extraction children share its session)."""
    pids = [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit()]
    return [p for p in pids if (f := _stat(p)) and f[0] not in ("Z", "X") and int(f[3]) == sid]


def _children_running(parent: int, mark: str) -> list[int]:
    out = []
    for p in Path("/proc").iterdir():
        if p.name.isdigit() and (f := _stat(int(p.name))) and int(f[1]) == parent:
            try:
                if mark in (p / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace"):
                    out.append(int(p.name))
            except OSError:
                pass
    return out


def _until(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} not true after {timeout} s")
        time.sleep(0.1)


def _lock_is_free(out: Path) -> bool:
    """Nobody holds the output lock and its file says it was released."""
    fd = os.open(out / "_lock", os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.flock(fd, fcntl.LOCK_UN)
    except BlockingIOError:
        return False
    finally:
        os.close(fd)
    return json.loads((out / "_lock").read_text())["state"] == "released"


def _without(rows: dict[str, list[tuple]], source: str) -> dict[str, list[tuple]]:
    return {name: [r for r in table if source not in r] for name, table in rows.items()}


# --- clean stops ----------------------------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize(("sig", "point"), [(signal.SIGTERM, "partition"), (signal.SIGINT, "partition"),
                                            (signal.SIGTERM, "extract"), (signal.SIGINT, "extract")],
                         ids=["SIGTERM-writing", "SIGINT-writing", "SIGTERM-extracting", "SIGINT-extracting"])
def test_a_signal_stops_the_run_cleanly_and_the_next_run_completes(prefect_harness, clean, tmp_path: Path,
                                                                   sig: int, point: str) -> None:
    raw, reference = clean
    out, marker, events = tmp_path / "curated", tmp_path / "reached", tmp_path / "events"
    events.mkdir()
    if point == "partition":  # mid-write, after an earlier run over other content (rows must be replaced)
        edited = raw / HANGING
        original = edited.read_bytes()
        edited.write_bytes(original.replace("43 đảng viên".encode(), "47 đảng viên".encode()))
        try:
            assert run_cli(["run", str(raw), "--out", str(out)], cli_env(prefect_harness)).returncode == 0
        finally:
            edited.write_bytes(original)
        env = cli_env(prefect_harness, VNREPORT_PAUSE_AT="partition", VNREPORT_RELEASE_MARKER=str(tmp_path / "never"),
                      VNREPORT_CHECKPOINT_MARKER=str(marker))
        event = marker
    else:  # during extraction: one document never finishes and its budget is far away
        env = cli_env(prefect_harness, VNREPORT_HANG_ON=HANGING, VNREPORT_DOC_TIMEOUT="600",
                      VNREPORT_EVENT_DIR=str(events))
        event = events / "extracting"
    proc = start_cli(["run", str(raw), "--out", str(out)], env)
    wait_for(event, proc)
    sent = time.monotonic()
    os.kill(proc.pid, sig)  # the CLI only, not its process group: it must stop its children itself
    output, _ = proc.communicate(timeout=60)
    took = time.monotonic() - sent
    name = signal.Signals(sig).name
    assert proc.returncode == 128 + sig, output
    assert f"vnreport: stopped by {name}: the output lock is released" in output
    assert "Traceback" not in output
    assert took < 20, f"stopping took {took:.1f} s"
    assert _lock_is_free(out)
    _until(lambda: not _session(proc.pid), 10, "no process of the stopped run is left")
    again = run_cli(["run", str(raw), "--out", str(out), "--lock-timeout", "0"], cli_env(prefect_harness))
    assert again.returncode == 0, again.stdout + again.stderr
    assert "died holding the lock" not in again.stdout  # released, not taken over
    assert dataset_rows(out) == reference
    assert not list(out.rglob(".*.tmp"))


# --- the per-document time budget -----------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize(("workers", "via"), [(1, "flag"), (2, "env")])
def test_a_runaway_document_times_out_and_the_others_are_read(prefect_harness, clean, tmp_path: Path,
                                                              workers: int, via: str) -> None:
    raw, reference = clean
    out = tmp_path / "curated"
    args = ["run", str(raw), "--out", str(out), "--workers", str(workers), "--batch-size", "3"]
    extra = {"VNREPORT_HANG_ON": HANGING}
    if via == "flag":
        args += ["--doc-timeout", "2"]
    else:
        extra["VNREPORT_DOC_TIMEOUT"] = "2"
    done = run_cli(args, cli_env(prefect_harness, **extra), timeout=240)
    assert done.returncode == 0, done.stdout + done.stderr
    docs = {r["source_path"]: r for r in read_dataset(out, "documents").to_pylist()}
    assert len(docs) == SAMPLE_FILES
    assert docs[HANGING]["status"] == "error"
    assert docs[HANGING]["error"].startswith("timed out after 2 s")
    assert docs[HANGING]["sha256"] == hashlib.sha256((raw / HANGING).read_bytes()).hexdigest()
    assert all(d["status"] == "ok" for name, d in docs.items() if name != HANGING)
    rows, expected = _without(dataset_rows(out), HANGING), _without(reference, HANGING)
    for name in ("quantities", "facts", "rejects"):  # the other documents' rows are a clean run's
        assert rows[name] == expected[name], name
    assert len(dataset_rows(out)["quantities"]) == len(rows["quantities"])  # none of the runaway document's


@pytest.mark.slow
def test_a_backfill_keeps_the_budget(prefect_harness, clean, tmp_path: Path, monkeypatch) -> None:
    from flows.backfill import backfill_flow
    from flows.etl import run_flow

    raw, _ = clean
    monkeypatch.setenv("VNREPORT_HANG_ON", HANGING)
    monkeypatch.delenv("VNREPORT_DOC_TIMEOUT", raising=False)
    summary = run_flow(Settings(input_dir=raw, out_dir=tmp_path / "out", doc_timeout=1.5), backfill_flow,
                       all_files=True)
    assert summary.status_counts == {"ok": SAMPLE_FILES - 1, "error": 1}
    docs = {r["source_path"]: r for r in read_dataset(tmp_path / "out", "documents").to_pylist()}
    assert docs[HANGING]["error"].startswith("timed out after 1.5 s")
    assert "VNREPORT_DOC_TIMEOUT" not in os.environ  # only set while the flow ran


def test_document_worker_cuts_off_a_runaway_call_and_goes_on() -> None:
    with DocumentWorker(time.sleep, 0.5) as worker:
        started = time.monotonic()
        assert worker.call(60) == ("timeout", 0.5)
        assert time.monotonic() - started < 5
        assert worker.call(0) == ("ok", None)  # a fresh child took over
    with DocumentWorker(os._exit, 5) as worker:
        assert worker.call(3) == ("died", 3)
    with DocumentWorker(int, 5) as worker:
        assert worker.call("x")[0] == "raised" and "ValueError" in worker.call("x")[1]


def _step(kind: str, arg: object) -> object:
    """A call of the tests' worker: sleep, exit (now or a moment later), or leave a file saying it started."""
    if kind == "sleep":
        time.sleep(float(arg))
    elif kind == "exit":
        os._exit(int(arg))
    elif kind == "mark":
        Path(str(arg)).write_text("started", encoding="utf-8")
    elif kind == "exit_later":  # the child dies on its own a moment after this call's outcome
        threading.Timer(0.1, os._exit, (int(str(arg)),)).start()
    return kind


def test_document_worker_goes_on_to_the_next_call_before_its_result_is_taken(tmp_path: Path) -> None:
    second = tmp_path / "second-started"
    with DocumentWorker(_step, 30) as worker:
        outcomes = worker.outcomes([("sleep", 0), ("mark", second), ("sleep", 0)])
        assert next(outcomes) == ("ok", "sleep")
        deadline = time.monotonic() + 20
        while not second.exists() and time.monotonic() < deadline:  # the second outcome is not taken yet
            time.sleep(0.05)
        assert second.exists()
        assert list(outcomes) == [("ok", "mark"), ("ok", "sleep")]


def test_calls_queued_behind_a_runaway_or_a_death_go_to_the_fresh_child() -> None:
    with DocumentWorker(_step, 1) as worker:
        assert list(worker.outcomes([("sleep", 60), ("sleep", 0), ("exit", 4), ("sleep", 0)])) == [
            ("timeout", 1), ("ok", "sleep"), ("died", 4), ("ok", "sleep")]


def test_forking_the_fresh_child_is_no_part_of_the_next_calls_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    real_start = runners.start_child

    def slow_start(*args: object, **kwargs: object) -> object:
        time.sleep(1.5)  # a loaded machine: the fork reports in late
        return real_start(*args, **kwargs)

    monkeypatch.setattr(runners, "start_child", slow_start)
    with DocumentWorker(_step, 1) as worker:
        assert list(worker.outcomes([("sleep", 0), ("sleep", 60), ("sleep", 0)])) == [
            ("ok", "sleep"), ("timeout", 1), ("ok", "sleep")]


def test_a_call_sent_after_the_child_died_of_the_one_before_goes_to_the_fresh_child() -> None:
    def calls() -> Iterator[tuple]:
        yield "exit", 4
        time.sleep(0.5)  # the child dies of the first call before the second is sent to it
        yield "sleep", 0

    with DocumentWorker(_step, 30) as worker:
        assert list(worker.outcomes(calls())) == [("died", 4), ("ok", "sleep")]
        assert worker.call("exit_later", 6) == ("ok", "exit_later")
        time.sleep(0.5)  # a child that died while idle is replaced for the next call
        assert worker.call("sleep", 0) == ("ok", "sleep")


def test_document_worker_stops_when_the_run_stops() -> None:
    with DocumentWorker(time.sleep, 60) as worker:
        timer = threading.Timer(0.3, STOP.set)
        timer.start()
        try:
            with pytest.raises(Stopped):
                worker.call(60)
        finally:
            timer.cancel()
            STOP.clear()


def test_doc_timeout_is_validated_like_the_other_settings(monkeypatch) -> None:
    raw = Settings().input_dir
    for bad in (0, -1, float("nan")):
        with pytest.raises(ParameterError, match="doc_timeout must be a number of seconds > 0"):
            Settings(input_dir=raw, doc_timeout=bad).validated()
    monkeypatch.setenv("VNREPORT_DOC_TIMEOUT", "soon")
    with pytest.raises(ParameterError, match="VNREPORT_DOC_TIMEOUT='soon'"):
        load_settings()
    monkeypatch.setenv("VNREPORT_DOC_TIMEOUT", "7.5")
    assert load_settings().doc_timeout == 7.5 and Settings().doc_budget == 7.5
    monkeypatch.delenv("VNREPORT_DOC_TIMEOUT")
    assert Settings().doc_budget == 60.0 and Settings(doc_timeout=3).doc_budget == 3


@pytest.mark.slow
@pytest.mark.parametrize(("args", "env", "message"), [
    (["--doc-timeout", "0"], {}, "doc_timeout must be a number of seconds > 0, got 0.0"),
    ([], {"VNREPORT_DOC_TIMEOUT": "soon"}, "VNREPORT_DOC_TIMEOUT='soon'"),
])
def test_cli_reports_a_bad_doc_timeout_in_one_line(tmp_path: Path, args: list[str], env: dict, message: str) -> None:
    (tmp_path / "raw").mkdir()
    done = run_cli(["run", str(tmp_path / "raw"), "--out", str(tmp_path / "out"), *args],
                   cli_env("http://127.0.0.1:9", **env))
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and message in done.stderr, done.stderr
    assert not (tmp_path / "out").exists()


# --- the temporary Prefect server -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def own_prefect_home(tmp_path_factory) -> Path:
    """A PREFECT_HOME for runs on Prefect's temporary server (shared, so its database is migrated once)."""
    return tmp_path_factory.mktemp("prefect-home")


def _paused_on_own_server(raw: Path, out: Path, prefect_home: Path, tmp_path: Path) -> subprocess.Popen:
    """A run on Prefect's temporary server (no PREFECT_API_URL), paused in the middle of its write."""
    marker = tmp_path / "reached"
    env = cli_env("", PREFECT_HOME=str(prefect_home), VNREPORT_PAUSE_AT="partition",
                  VNREPORT_RELEASE_MARKER=str(tmp_path / "never"), VNREPORT_CHECKPOINT_MARKER=str(marker))
    del env["PREFECT_API_URL"]
    proc = start_cli(["run", str(raw), "--out", str(out)], env)
    wait_for(marker, proc, timeout=150)
    return proc


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_no_temporary_server_outlives_a_stopped_or_killed_run(prefect_harness, clean, own_prefect_home: Path,
                                                              tmp_path: Path, sig: int) -> None:
    raw, reference = clean
    out = tmp_path / "curated"
    proc = _paused_on_own_server(raw, out, own_prefect_home, tmp_path)
    servers = _children_running(proc.pid, SERVER_MARK)
    assert len(servers) == 1, "the run started one temporary server"
    records = list((own_prefect_home / "vnreport-servers").glob("*.json"))
    assert [json.loads(r.read_text())["pid"] for r in records] == servers
    os.kill(proc.pid, sig)
    output, _ = proc.communicate(timeout=60)
    assert proc.returncode == (128 + sig if sig != signal.SIGKILL else -sig), output
    _until(lambda: _gone(servers[0]), 30, f"temporary server {servers[0]} has exited")
    if sig == signal.SIGTERM:
        assert not list((own_prefect_home / "vnreport-servers").glob("*.json"))
    again = run_cli(["run", str(raw), "--out", str(out), "--lock-timeout", "0"], cli_env(prefect_harness))
    assert again.returncode == 0, again.stdout + again.stderr
    assert dataset_rows(out) == reference


@pytest.mark.slow
def test_a_run_whose_temporary_server_dies_stops_in_bounded_time(prefect_harness, clean, own_prefect_home: Path,
                                                                 tmp_path: Path) -> None:
    """The OOM killer takes the server mid-write: the run stops with one line instead of retrying its API calls for
    minutes and waiting forever at exit, and the next run repairs the write."""
    raw, reference = clean
    out = tmp_path / "curated"
    proc = _paused_on_own_server(raw, out, own_prefect_home, tmp_path)
    (server,) = _children_running(proc.pid, SERVER_MARK)
    killed = time.monotonic()
    os.kill(server, signal.SIGKILL)
    try:
        output, _ = proc.communicate(timeout=SERVER_LOST_GRACE + 60)
    except subprocess.TimeoutExpired:
        proc.kill()  # a run that hangs on its lost server must not outlive the test
        output, _ = proc.communicate()
        pytest.fail(f"the run did not stop after its server died:\n{output[-2000:]}")
    took = time.monotonic() - killed
    assert proc.returncode == SERVER_LOST_EXIT, output
    assert output.count("vnreport: Prefect's temporary server exited during the run (exit code -9)") == 1, output
    assert "Traceback" not in output
    assert took < SERVER_LOST_GRACE + 30, f"stopping took {took:.1f} s"
    again = run_cli(["run", str(raw), "--out", str(out), "--lock-timeout", "0"], cli_env(prefect_harness))
    assert again.returncode == 0, again.stdout + again.stderr
    assert dataset_rows(out) == reference


def test_a_recorded_server_of_a_dead_command_is_killed(tmp_path: Path) -> None:
    fake = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)", SERVER_MARK, "--port", "8123"])
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)", SERVER_MARK, "--port", "8124"])
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    try:
        (tmp_path / "1.json").write_text(json.dumps({"owner": dead.pid, "pid": fake.pid, "port": 8123}))
        (tmp_path / "2.json").write_text(json.dumps({"owner": os.getpid(), "pid": other.pid, "port": 8124}))
        (tmp_path / "3.json").write_text(json.dumps({"owner": dead.pid, "pid": other.pid, "port": 9999}))
        _until(lambda: SERVER_MARK in Path(f"/proc/{fake.pid}/cmdline").read_bytes().decode(errors="replace"),
               10, "the fake server is running")
        assert sweep_stale_servers(tmp_path) == [fake.pid]
        assert fake.wait(timeout=10) == -signal.SIGTERM
        assert other.poll() is None  # its owner lives; and a reused pid with another port is never killed
        assert sorted(p.name for p in tmp_path.iterdir()) == ["2.json"]
    finally:
        for p in (fake, other):
            p.kill()
            p.wait()
