"""A local Prefect API server for one `newsline run` when no PREFECT_API_URL is set (the embedded mode).

Prefect's own ephemeral mode starts this same server (uvicorn serving `prefect.server.api.server:create_app`
on a loopback port, Prefect's SQLite database under PREFECT_HOME, no UI), but it does so from that module,
which also loads the whole server (SQLAlchemy, FastAPI, the event system: about 80 MB) into the run's own
process, where nothing uses it. Started from here, the server's code is loaded only in the server's process.
The server lives for the block and is stopped when it ends, whatever happens inside (on Linux also when
the run's process is killed). The caller points Prefect at it (`prefect.settings.temporary_settings`).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PORT_IN_USE = 3   # uvicorn's exit code when it cannot bind its port
STOP_WAIT_S = 5.0

# Runs first in the server's process, then becomes the server (exec): on Linux the server is sent SIGTERM
# when the run's process dies, even by SIGKILL, so a killed run leaves no server behind (prctl
# PR_SET_PDEATHSIG, kept across exec; the parent check covers a run that died before it was set).
_LAUNCHER = """
import ctypes, os, signal, sys
try:
    ctypes.CDLL(None).prctl(1, signal.SIGTERM)
except (OSError, AttributeError, TypeError):
    pass
if os.getppid() != int(sys.argv[1]):
    sys.exit(0)
os.execv(sys.argv[2], sys.argv[2:])
"""


class ServerDidNotStart(RuntimeError):
    """The temporary server exited or did not answer in time; the message carries its last output."""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _command(port: int) -> list[str]:
    import prefect

    app_dir = Path(prefect.__file__).parent.parent
    return [sys.executable, "-m", "uvicorn", "--app-dir", str(app_dir), "--factory",
            "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port),
            "--log-level", "error", "--lifespan", "on"]


def _environment() -> dict[str, str]:
    """The run's Prefect settings (environment and profile), and what Prefect's ephemeral mode gives its
    server: no UI, and only the services a one-off run needs."""
    from prefect.settings import get_current_settings

    return {**os.environ, **get_current_settings().to_environment_variables(exclude_unset=True),
            "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=STOP_WAIT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _start(deadline: float, log) -> tuple[subprocess.Popen, str]:
    """The server process and its API URL once it answers; another port if its port was taken meanwhile."""
    while True:
        port = _free_port()
        url = f"http://127.0.0.1:{port}/api"
        process = subprocess.Popen([sys.executable, "-c", _LAUNCHER, str(os.getpid()), *_command(port)],
                                   env=_environment(), stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
        while process.poll() is None and time.monotonic() < deadline:
            if _answers(url):
                return process, url
            time.sleep(0.1)
        if process.poll() == PORT_IN_USE and time.monotonic() < deadline:
            continue   # another program took the port between the probe and the server's bind
        state = (f"exited with code {process.returncode}" if process.poll() is not None
                 else "did not answer in time")
        _stop(process)
        log.seek(0)
        output = log.read().decode("utf-8", "replace").strip()[-2000:]
        raise ServerDidNotStart(f"the temporary Prefect server {state}" + (f": {output}" if output else ""))


@contextmanager
def temporary_server(startup_timeout_s: float, log_path: Path) -> Iterator[str]:
    """Start the server, wait until it answers, yield its API URL; stop it when the block ends. The
    server's output goes to `log_path` (quoted in the error when it does not start)."""
    with open(log_path, "w+b") as log:
        process, url = _start(time.monotonic() + startup_timeout_s, log)
        try:
            yield url
        finally:
            _stop(process)
