"""A Prefect server on PostgreSQL: two flow runs at once against it complete, and PostgreSQL holds them.

Starts a throwaway PostgreSQL cluster on loopback (initdb + pg_ctl in a temporary folder, as the
`postgres` user when the tests run as root, since PostgreSQL refuses to run as root), then
`prefect server start` with PREFECT_API_DATABASE_CONNECTION_URL=postgresql+asyncpg://..., then two
`newsline run` processes pointed at that server through PREFECT_API_URL. Needs the PostgreSQL server
binaries (Debian: `apt-get install -y postgresql`); without them the test fails and says so.
"""

from __future__ import annotations

import glob
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent


def _pg_bin() -> Path:
    found = shutil.which("initdb")
    candidates = [Path(found).resolve().parent] if found else []  # Debian links some tools into PATH
    candidates += [Path(p).parent for p in sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)]
    for folder in candidates:
        if all((folder / tool).exists() for tool in ("pg_ctl", "postgres", "createdb", "psql")):
            return folder
    pytest.fail("PostgreSQL server binaries (initdb, pg_ctl, postgres, createdb, psql) not found on PATH or in "
                "/usr/lib/postgresql/*/bin: install them (Debian: apt-get install -y postgresql)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_db_user() -> dict:
    """subprocess arguments to run PostgreSQL tools as an ordinary user (root is refused)."""
    if os.geteuid() != 0:
        return {}
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        pytest.fail("running as root and there is no 'postgres' user to run PostgreSQL as "
                    "(the Debian postgresql package creates it)")
    return {"user": "postgres", "group": "postgres"}


@pytest.fixture
def postgres_url():
    bin_dir, who = _pg_bin(), _as_db_user()
    base = Path(tempfile.mkdtemp(prefix="newsline-pg-"))
    if who:
        shutil.chown(base, user="postgres", group="postgres")
    data, port = base / "data", _free_port()
    run = dict(check=True, capture_output=True, text=True, cwd=base, timeout=120, **who)
    subprocess.run([str(bin_dir / "initdb"), "-D", str(data), "-U", "newsline", "--auth=trust", "-E", "UTF8"], **run)
    options = f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories='' -c fsync=off"
    subprocess.run([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(base / "postgres.log"),
                    "-w", "-t", "60", "start"], **run)
    try:
        subprocess.run([str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "newsline", "prefect"], **run)
        yield f"postgresql+asyncpg://newsline@127.0.0.1:{port}/prefect", (bin_dir, port, who)
    finally:
        subprocess.run([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                       capture_output=True, cwd=base, timeout=120, **who)
        shutil.rmtree(base, ignore_errors=True)


def _wait_healthy(url: str, server: subprocess.Popen, log: Path, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"prefect server exited ({server.returncode}):\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=5) as answer:
                if answer.status == 200:
                    return
        except OSError:
            pass
        time.sleep(1)
    pytest.fail(f"prefect server not healthy after {timeout} s:\n{log.read_text()[-3000:]}")


def test_flow_runs_complete_on_a_postgres_backed_server(postgres_url, seed_dir, tmp_path):
    database_url, (bin_dir, pg_port, who) = postgres_url
    api_port = _free_port()
    api = f"http://127.0.0.1:{api_port}/api"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(tmp_path / "prefect-home"), PREFECT_API_DATABASE_CONNECTION_URL=database_url,
               PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_UI_ENABLED="false", PYTHONPATH=str(ROOT))
    log = tmp_path / "server.log"
    with open(log, "w") as sink:
        server = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                                   "--port", str(api_port)], env=env, stdout=sink, stderr=subprocess.STDOUT,
                                  cwd=tmp_path, start_new_session=True)
    try:
        _wait_healthy(api, server, log)
        client_env = {k: v for k, v in env.items() if k != "PREFECT_API_DATABASE_CONNECTION_URL"}
        client_env["PREFECT_API_URL"] = api
        runs = [subprocess.Popen([sys.executable, "-m", "timeline.cli", "run", str(seed_dir), "--out",
                                  str(tmp_path / f"out-{i}"), "--state-dir", str(tmp_path / f"state-{i}")],
                                 env=client_env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for i in range(2)]  # two runs at the same time: the case SQLite serialises
        for proc in runs:
            out, err = proc.communicate(timeout=600)
            assert proc.returncode == 0, err[-3000:]

        ids = []
        for i in range(2):
            record = json.loads((tmp_path / f"out-{i}" / "run.json").read_text(encoding="utf-8"))
            assert record["events"] > 0
            ids.append(record["flow_run_id"])
            with urllib.request.urlopen(f"{api}/flow_runs/{record['flow_run_id']}", timeout=10) as answer:
                flow_run = json.loads(answer.read())
            assert flow_run["state_type"] == "COMPLETED", flow_run["state"]
        assert ids[0] != ids[1]
        assert (tmp_path / "out-0" / "timeline.json").read_bytes() == (tmp_path / "out-1" / "timeline.json").read_bytes()

        # The runs are rows of PostgreSQL's flow_run table, not of a SQLite file.
        query = subprocess.run([str(bin_dir / "psql"), "-h", "127.0.0.1", "-p", str(pg_port), "-U", "newsline",
                                "-d", "prefect", "-At", "-c",
                                "select state_type from flow_run where id in ('%s', '%s')" % tuple(ids)],
                               capture_output=True, text=True, check=True, timeout=60, **who)
        assert query.stdout.split() == ["COMPLETED", "COMPLETED"]
        assert not list((tmp_path / "prefect-home").glob("*.db")), "the server wrote a SQLite database"
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
