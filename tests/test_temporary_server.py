"""The temporary Prefect server of `newsline run` (embedded mode): started, waited for, stopped whatever
happens, a clear error when it cannot start; and the run's own process never loads the server's code.
The fast tests stand a small static HTTP server in for Prefect's (the same start, wait and stop)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import psutil
import pytest

from flows import temporary_server as ts


@pytest.fixture()
def stand_in(tmp_path, monkeypatch):
    """`_command` serves a folder with api/health in it; a list of the commands started."""
    (tmp_path / "site" / "api").mkdir(parents=True)
    (tmp_path / "site" / "api" / "health").write_text("true")
    started = []

    def command(port: int) -> list[str]:
        started.append(port)
        return [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                "--directory", str(tmp_path / "site")]

    monkeypatch.setattr(ts, "_command", command)
    return started


def _gone(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def _server_pid(port: int) -> int:
    for connection in psutil.net_connections("tcp"):
        if connection.laddr and connection.laddr.port == port and connection.status == psutil.CONN_LISTEN:
            return connection.pid
    raise AssertionError(f"nothing listens on {port}")


def test_the_server_answers_inside_the_block_and_is_stopped_after(stand_in, tmp_path):
    with ts.temporary_server(30, tmp_path / "server.log") as url:
        assert url == f"http://127.0.0.1:{stand_in[-1]}/api"
        with urllib.request.urlopen(url + "/health", timeout=5) as response:
            assert response.read() == b"true"
        pid = _server_pid(stand_in[-1])
    assert _gone(pid)


def test_the_server_is_stopped_when_the_run_fails(stand_in, tmp_path):
    with pytest.raises(RuntimeError, match="the flow failed"):
        with ts.temporary_server(30, tmp_path / "server.log"):
            pid = _server_pid(stand_in[-1])
            raise RuntimeError("the flow failed")
    assert _gone(pid)


def test_a_server_that_exits_is_reported_with_its_output(monkeypatch, tmp_path):
    monkeypatch.setattr(ts, "_command", lambda port: [sys.executable, "-c",
                                                      "import sys; print('database is locked'); sys.exit(1)"])
    with pytest.raises(ts.ServerDidNotStart, match="exited with code 1: database is locked"):
        with ts.temporary_server(30, tmp_path / "server.log"):
            pytest.fail("the block must not run")


def test_a_server_that_never_answers_is_stopped_and_reported(monkeypatch, tmp_path):
    marker = tmp_path / "pid"
    monkeypatch.setattr(ts, "_command", lambda port: [
        sys.executable, "-c", f"import os, time; open({str(marker)!r}, 'w').write(str(os.getpid())); time.sleep(60)"])
    with pytest.raises(ts.ServerDidNotStart, match="did not answer in time"):
        with ts.temporary_server(1.5, tmp_path / "server.log"):
            pytest.fail("the block must not run")
    assert _gone(int(marker.read_text()))


def test_a_port_taken_meanwhile_means_another_port(stand_in, monkeypatch, tmp_path):
    serve = ts._command
    attempts = []

    def taken_once(port: int) -> list[str]:
        attempts.append(port)
        if len(attempts) == 1:
            return [sys.executable, "-c", f"import sys; sys.exit({ts.PORT_IN_USE})"]
        return serve(port)

    monkeypatch.setattr(ts, "_command", taken_once)
    with ts.temporary_server(30, tmp_path / "server.log") as url:
        assert len(attempts) == 2 and url.endswith(f":{attempts[1]}/api")


def test_a_server_named_by_the_prefect_profile_is_used_not_a_temporary_one(tmp_path):
    """PREFECT_API_URL from the active Prefect profile (not the environment) names the server: the run goes
    there (here nothing listens, so it fails saying so) and starts no server of its own."""
    home = tmp_path / "prefect-home"
    home.mkdir()
    (home / "profiles.toml").write_text('active = "custom"\n\n[profiles.custom]\n'
                                        'PREFECT_API_URL = "http://127.0.0.1:9/api"\n')
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["PREFECT_HOME"] = str(home)
    done = subprocess.run([sys.executable, "-m", "timeline.cli", "run", str(Path(__file__).resolve().parent.parent / "inputs"),
                           "--out", str(tmp_path / "out"), "--state-dir", str(tmp_path / "state")],
                          cwd=Path(__file__).resolve().parent.parent, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode != 0 and "http://127.0.0.1:9/api" in done.stderr, done.stderr[-2000:]
    assert not (tmp_path / "state" / "prefect-server.log").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")
def test_a_killed_run_takes_its_server_with_it(tmp_path):
    """Even SIGKILL, which runs no clean-up code in the run's process, leaves no server behind."""
    site = tmp_path / "site" / "api"
    site.mkdir(parents=True)
    (site / "health").write_text("true")
    script = (
        "import sys, time\nfrom pathlib import Path\nfrom flows import temporary_server as ts\n"
        f"ts._command = lambda port: [sys.executable, '-m', 'http.server', str(port), '--bind', '127.0.0.1', "
        f"'--directory', {str(tmp_path / 'site')!r}]\n"
        f"with ts.temporary_server(30, Path({str(tmp_path / 'server.log')!r})) as url:\n"
        "    print(url, flush=True)\n    time.sleep(60)\n")
    run = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                           cwd=Path(__file__).resolve().parent.parent)
    try:
        url = run.stdout.readline().strip()
        pid = _server_pid(int(url.rsplit(":", 1)[1].split("/")[0]))
        run.kill()
        run.wait(timeout=10)
        psutil.Process(pid).wait(timeout=10)
        assert _gone(pid)
    finally:
        run.kill()


@pytest.mark.slow
def test_an_embedded_run_keeps_the_server_code_out_of_its_process(tmp_path):
    """`newsline run` without PREFECT_API_URL: the run completes against its temporary server, which is
    gone afterwards, and the run's process never imported the server's modules (~80 MB)."""
    inputs = tmp_path / "inputs"
    shutil.copytree(Path(__file__).resolve().parent.parent / "inputs", inputs)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["PREFECT_HOME"] = str(tmp_path / "prefect-home")
    script = ("import json, sys\nfrom timeline.cli import main\n"
              f"code = main(['run', {str(inputs)!r}, '--out', {str(tmp_path / 'out')!r}, "
              f"'--state-dir', {str(tmp_path / 'state')!r}])\n"
              "print(json.dumps({'code': code, 'server_modules': sorted(m for m in sys.modules "
              "if m.startswith(('prefect.server.api', 'sqlalchemy', 'docket', 'prefect.server.database')))}))")
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"code": 0, "server_modules": []}
    assert json.loads((tmp_path / "out" / "run.json").read_text())["events"] > 0
    leftover = [p for p in psutil.process_iter(["cmdline"])
                if "prefect.server.api.server:create_app" in " ".join(p.info["cmdline"] or [])
                and _prefect_home(p) == env["PREFECT_HOME"]]
    assert leftover == []


def _prefect_home(process: psutil.Process) -> str | None:
    try:
        return process.environ().get("PREFECT_HOME")
    except (psutil.AccessDenied, psutil.NoSuchProcess, psutil.ZombieProcess):
        return None
