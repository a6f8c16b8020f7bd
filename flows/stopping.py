"""Clean stops: SIGINT/SIGTERM end a run through its cleanup code, and Prefect's temporary server never outlives
the command that started it.

- `guard()` (used by `vnreport run` and `vnreport backfill`) turns SIGINT and SIGTERM into a `Stopped` exception in
  the main thread and sets `STOP`, which extraction workers poll between documents and while a document runs: they
  kill their child process and end. The exception unwinds through the flow, so the output lock is released by its
  context manager, the flow run is marked crashed, and the interpreter exits normally (atexit handlers run). During
  a flow run Prefect's own SIGTERM bridge raises `TerminationSignal` first; it is handled the same way.
- When no `PREFECT_API_URL` is set, `guard()` starts Prefect's temporary server itself, from the main thread, in
  its own session (a Ctrl-C in the terminal reaches the CLI only, which can then still report the crash to it) and
  with `PR_SET_PDEATHSIG`, so the kernel sends the server SIGTERM when the CLI dies, even by SIGKILL. Prefect reuses
  that server object (it keeps one per port). A clean stop terminates it through Prefect's atexit hook; its pid is
  also recorded under `$PREFECT_HOME/vnreport-servers/`, and every later command kills a recorded server whose owner
  is gone (for systems without PDEATHSIG).
- If that server dies while the command runs (the OOM killer, a stray `kill`), Prefect's engine would retry its
  API calls for minutes and then wait forever at exit to flush its logs and events. A watcher thread sees the server
  exit, stops the run the clean way (SIGTERM to this process) and, if the engine is still stuck `SERVER_LOST_GRACE`
  seconds later, ends the process, as a SIGKILL would: the next run takes over the stale lock and repairs a write
  it interrupted from the journal.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import functools
import gc
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

_LIBC = ctypes.CDLL(None, use_errno=True) if sys.platform.startswith("linux") else None
STOP = threading.Event()  # set when the run is being stopped; extraction workers poll it
SERVER_MARK = "prefect.server.api.server:create_app"  # in the command line of Prefect's temporary server
PR_SET_PDEATHSIG = 1
STOP_GRACE = 1.0  # seconds the temporary server gets to exit on SIGTERM before SIGKILL
SERVER_LOST_GRACE = 30.0  # seconds a run whose temporary server died gets to stop cleanly before it is ended
SERVER_LOST_EXIT = 1
SERVER_LOST: list[int] = []  # the exit code of a temporary server that died during the command
_LOST_REPORTED = threading.Event()  # the CLI has told the user: the watcher need not say it again


class Stopped(BaseException):
    """The run was asked to stop (SIGINT/SIGTERM); a BaseException so no `except Exception` swallows it and
    Prefect treats it as a crash without retrying the task."""

    def __init__(self, signum: int) -> None:
        super().__init__(f"stopped by {signal.Signals(signum).name}")
        self.signum = signum


def _on_signal(signum: int, _frame: object) -> None:
    if STOP.is_set():  # already unwinding: let the cleanup finish
        return
    STOP.set()
    raise Stopped(signum)


def stop_message(exc: BaseException) -> tuple[str, int]:
    """One line for the user and the exit code (128 + signal number) of a stopped run."""
    if SERVER_LOST:
        _LOST_REPORTED.set()
        return _server_lost_message(), SERVER_LOST_EXIT
    signum = getattr(exc, "signum", None) or getattr(exc, "signal", None) or signal.SIGINT
    name = signal.Signals(signum).name
    return (f"stopped by {name}: the output lock is released and the datasets are as before this run "
            "(a write it interrupted is repaired by the next run)", 128 + int(signum))


@contextlib.contextmanager
def guard() -> Iterator[None]:
    """Handle SIGINT/SIGTERM as a clean stop and own the temporary Prefect server for the block."""
    from prefect.exceptions import TerminationSignal

    STOP.clear()
    # runs last at exit: the interpreter's final garbage collection over Prefect's and pandas' objects took
    # ~4.5 s of every exit (stopped or not); frozen objects are skipped (files are closed and fsynced already)
    atexit.register(gc.freeze)
    previous = {s: signal.signal(s, _on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        sweep_stale_servers()
        own_temporary_server()
        yield
    except (Stopped, TerminationSignal, KeyboardInterrupt) as exc:
        STOP.set()
        raise Stopped(getattr(exc, "signum", None) or getattr(exc, "signal", None) or signal.SIGINT) from None
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


# --- the temporary Prefect server -------------------------------------------------------------------------------

def _servers_dir() -> Path:
    from prefect.settings import PREFECT_HOME

    return Path(PREFECT_HOME.value()) / "vnreport-servers"


def die_with_parent(parent: int, signum: int = signal.SIGTERM) -> None:
    """In a forked child: ask the kernel for `signum` when the parent (the thread that forked it) dies
    (Linux PR_SET_PDEATHSIG; a no-op elsewhere, where the pid files below are the fallback)."""
    if _LIBC is not None:
        _LIBC.prctl(PR_SET_PDEATHSIG, int(signum))
    if os.getppid() != parent:  # the parent died before prctl took effect
        os.kill(os.getpid(), signum)


def _command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_stale_servers(folder: Path | None = None, grace: float = 5.0) -> list[int]:
    """Kill temporary servers recorded by commands that are gone; return their pids."""
    folder = folder or _servers_dir()
    killed = []
    for record in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            info = json.loads(record.read_text(encoding="utf-8"))
            owner, pid, port = int(info["owner"]), int(info["pid"]), str(info["port"])
        except (OSError, ValueError, KeyError, TypeError):
            record.unlink(missing_ok=True)
            continue
        if _alive(owner):
            continue
        line = _command_line(pid)
        if SERVER_MARK in line and f"--port {port}" in line:  # still that server, not a reused pid
            os.kill(pid, signal.SIGTERM)
            deadline = time.monotonic() + grace
            while _alive(pid) and _command_line(pid) and time.monotonic() < deadline:
                time.sleep(0.05)
            if _command_line(pid):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            killed.append(pid)
        record.unlink(missing_ok=True)
    return killed


def own_temporary_server() -> None:
    """Start Prefect's temporary server tied to this process, unless PREFECT_API_URL names a server."""
    from prefect.settings import PREFECT_API_URL

    if PREFECT_API_URL.value():
        return
    server = _tied_server_class()()
    server.start()


def _tied_server_class():
    from prefect.server.api.server import SubprocessASGIServer

    class TiedServer(SubprocessASGIServer):
        """Prefect's temporary server in its own session, killed by the kernel when this process dies."""

        def _run_uvicorn_command(self):  # same command as Prefect's, plus the session and the death signal
            import prefect
            from prefect.settings import get_current_settings

            env = {**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1",
                   "PREFECT__SERVER_FINAL": "1",
                   **get_current_settings().to_environment_variables(exclude_unset=True)}
            proc = subprocess.Popen(
                [sys.executable, "-m", "uvicorn", "--app-dir", str(prefect.__module_path__.parent), "--factory",
                 SERVER_MARK, "--host", "127.0.0.1", "--port", str(self.port), "--log-level", "error",
                 "--lifespan", "on"],
                env=env, start_new_session=True, preexec_fn=functools.partial(die_with_parent, os.getpid()))
            folder = _servers_dir()
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{os.getpid()}.json").write_text(
                json.dumps({"owner": os.getpid(), "pid": proc.pid, "port": self.port}), encoding="utf-8")
            return proc

        def start(self, *args: object, **kwargs: object) -> None:
            super().start(*args, **kwargs)  # Prefect may call it again: one watcher per server
            if self.server_process is not None and getattr(self, "_stopping", None) is None:
                self._stopping = threading.Event()
                threading.Thread(target=_watch_server, args=(self.server_process, self._stopping), daemon=True,
                                 name="vnreport-server-watch").start()

        def stop(self) -> None:
            # uvicorn waits for open connections (this process's event websocket) before exiting, so Prefect's
            # own stop always ran into its 5 s timeout; give it STOP_GRACE seconds, then kill it
            if getattr(self, "_stopping", None) is not None:
                self._stopping.set()
            proc = self.server_process
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=STOP_GRACE)
                except subprocess.TimeoutExpired:
                    proc.kill()
            super().stop()
            (_servers_dir() / f"{os.getpid()}.json").unlink(missing_ok=True)

    return TiedServer


def _server_lost_message() -> str:
    return (f"Prefect's temporary server exited during the run (exit code {SERVER_LOST[0]}); the run stopped: the "
            "datasets are as before it, and a write it interrupted is repaired by the next run")


def _watch_server(proc: subprocess.Popen, stopping: threading.Event) -> None:
    """Daemon thread: when the temporary server exits unasked, stop the run (the clean-stop path), and end the
    process if it is still waiting on the lost server SERVER_LOST_GRACE seconds later."""
    while proc.poll() is None:
        if stopping.wait(0.5):
            return
    if stopping.is_set():
        return
    SERVER_LOST.append(proc.returncode)
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(SERVER_LOST_GRACE)
    if not _LOST_REPORTED.is_set():
        sys.stderr.write(f"vnreport: {_server_lost_message()}\n")
    sys.stderr.flush()
    os._exit(SERVER_LOST_EXIT)
